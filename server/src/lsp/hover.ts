// Hover: what Byline knows about the mark under the cursor, as markdown.
import type { Hover, MarkupContent } from 'vscode-languageserver';
import type { Annotation } from '../analysis';
import type { CorpusIndex } from '../index/corpus-index';
import type { Position } from '../index/line-map';
import { baseName } from '../index/uris';
import { trimText } from './describe';

const STATEMENTS_SHOWN = 3;
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

export function hoverAt(index: CorpusIndex, uri: string, position: Position): Hover | null {
  const file = index.file(uri);
  if (!file) return null;
  const a = index.annotationAt(uri, file.lines.offsetAt(position));
  if (!a) return null;
  let value: string;
  switch (a.type) {
    case 'speaker':
    case 'mention':
      value = speakerHover(index, uri, a);
      break;
    case 'date':
      value = dateHover(a);
      break;
    case 'figure':
      value = figureHover(a);
      break;
  }
  const contents: MarkupContent = { kind: 'markdown', value };
  return { contents, range: file.lines.rangeOf(a.start, a.end) };
}

function speakerHover(index: CorpusIndex, uri: string, a: Annotation): string {
  const rec = index.entityOf(a);
  const name = a.entity ?? a.text;
  const lines = [`**${escape(name)}** — ${a.subtype ?? rec?.kind ?? 'entity'}${a.type === 'mention' ? ' (mentioned)' : ' (speaker)'}`];
  if (!rec) return lines.join('\n\n');
  if (rec.roles.length) lines.push(`Role${rec.roles.length > 1 ? 's' : ''}: ${rec.roles.map(escape).join('; ')}`);
  const here = rec.countsIn(uri);
  lines.push(
    `In this article: ${plural(here.statements, 'statement')}, ${plural(here.mentions, 'mention')}  \n` +
      `In the corpus: ${plural(rec.statementCount, 'statement')}, ${plural(rec.mentions, 'mention')} in ${plural(rec.files, 'file')}`,
  );
  const quotedCount = rec.quotedCount;
  if (quotedCount) {
    // this article's statements first, then the corpus's (found without listing them all)
    const shown = [...here.quoted];
    if (shown.length < STATEMENTS_SHOWN) shown.push(...rec.firstQuoted(STATEMENTS_SHOWN - shown.length, uri));
    const items: string[] = [];
    for (const s of shown.slice(0, STATEMENTS_SHOWN)) {
      const f = index.file(s.uri);
      if (!f || !s.quote) continue;
      const line = f.lines.positionAt(s.quote.start).line + 1;
      items.push(`- “${escape(trimText(f.text.slice(s.quote.start, s.quote.end), 160))}” — ${escape(baseName(s.uri))}:${line}`);
    }
    if (items.length) lines.push(items.join('\n') + (quotedCount > items.length ? `\n- … ${quotedCount - items.length} more` : ''));
  }
  return lines.join('\n\n');
}

function dateHover(a: Annotation): string {
  const lines = [`**Date** ${a.subtype && a.subtype !== 'date' ? `(${a.subtype}) ` : ''}“${escape(a.text)}”`];
  lines.push(`Value: \`${a.value ?? 'unknown'}\``);
  if (a.reference) {
    const from = a.reference.source === 'option' ? 'the byline.referenceDate setting' : "the article's dateline";
    // (a dateline without a year gives days and months only: "Resolved against XXXX-12-11 …")
    lines.push(`Resolved against ${a.reference.date} (from ${from}${a.reference.date.startsWith('XXXX') ? ', which gives no year' : ''})`);
  } else {
    lines.push('No reference date: the value is partial');
  }
  const v = typeof a.value === 'string' ? a.value : '';
  if (/^\d{4}-\d{2}-\d{2}$/.test(v)) {
    const d = new Date(`${v}T00:00:00Z`);
    if (!Number.isNaN(d.getTime())) lines.push(`Weekday: ${WEEKDAYS[d.getUTCDay()]}`);
  }
  return lines.join('\n\n');
}

function figureHover(a: Annotation): string {
  const lines = [`**Figure** “${escape(a.text)}”`];
  const rows: string[] = [`Value: \`${a.value ?? 'unknown'}\``];
  if (a.modifier) rows.push(`Modifier: ${escape(a.modifier)}`);
  if (a.unit) rows.push(`Unit: ${escape(a.unit)}`);
  if (a.subtype) rows.push(`Type: ${a.subtype}`);
  lines.push(rows.join('  \n'));
  return lines.join('\n\n');
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function escape(s: string): string {
  return s.replace(/([\\`*_{}\[\]<>#|])/g, '\\$1');
}
