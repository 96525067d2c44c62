// CoNLL-style BIO tokens: `-DOCSTART- <doc>` per article, then one token a line
// (`token<TAB>tag`, tags B-/I-SPEAKER, MENTION, DATE, FIGURE, or O), a blank line between
// sentences. Tokens are split at mark boundaries, so marks map to whole tokens.
import type { Annotation, AnnotationType } from '../analysis';
import type { ExportDocument } from './document';

const TOKEN = /[\p{L}\p{N}]+(?:['’.\-][\p{L}\p{N}]+)*\.?|[^\s\p{L}\p{N}]/gu;
const ABBREVIATION = /^(?:[A-Z]\.|Mr\.|Mrs\.|Ms\.|Dr\.|St\.|Jr\.|Sr\.|Gen\.|Gov\.|Sen\.|Rep\.|Jan\.|Feb\.|Mar\.|Apr\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.|[A-Z](?:\.[A-Z])+\.)$/;

export interface ConllToken {
  text: string;
  start: number;
  end: number;
  tag: string;
}

/** the tokens of a text, split at the marks' boundaries, tagged BIO */
export function tokenize(text: string, annotations: Annotation[]): ConllToken[][] {
  const cuts = new Set<number>();
  for (const a of annotations) cuts.add(a.start), cuts.add(a.end);
  const tokens: ConllToken[] = [];
  for (const m of text.matchAll(TOKEN)) {
    let s = m.index!;
    const e = s + m[0].length;
    // a final period is its own token unless the word is an abbreviation
    let end = e;
    if (m[0].length > 1 && m[0].endsWith('.') && !ABBREVIATION.test(m[0])) end = e - 1;
    for (let i = s + 1; i < end; i++) {
      if (cuts.has(i)) {
        tokens.push({ text: text.slice(s, i), start: s, end: i, tag: 'O' });
        s = i;
      }
    }
    tokens.push({ text: text.slice(s, end), start: s, end, tag: 'O' });
    if (end < e) tokens.push({ text: '.', start: end, end: e, tag: 'O' });
  }
  const sorted = [...annotations].sort((a, b) => a.start - b.start);
  let k = 0;
  for (const a of sorted) {
    while (k < tokens.length && tokens[k].end <= a.start) k++;
    let first = true;
    for (let j = k; j < tokens.length && tokens[j].start < a.end; j++) {
      if (tokens[j].tag !== 'O') continue;
      tokens[j].tag = `${first ? 'B' : 'I'}-${a.type.toUpperCase()}`;
      first = false;
    }
  }
  // sentences: split after . ! ? (not abbreviations) and at blank lines
  const sentences: ConllToken[][] = [];
  let current: ConllToken[] = [];
  tokens.forEach((t, i) => {
    const next = tokens[i + 1];
    current.push(t);
    const gap = next ? text.slice(t.end, next.start) : '';
    const endsSentence = (/^[.!?]$/.test(t.text) && (!next || /\s/.test(gap)) && !next?.tag.startsWith('I-')) || /\n\s*\n/.test(gap);
    if (endsSentence || !next) {
      sentences.push(current);
      current = [];
    }
  });
  return sentences;
}

export function formatConll(docs: ExportDocument[]): string {
  const out: string[] = [];
  for (const d of docs) {
    out.push(`-DOCSTART-\t${d.doc}`, '');
    for (const sentence of tokenize(d.text, d.annotations)) {
      for (const t of sentence) out.push(`${t.text}\t${t.tag}`);
      out.push('');
    }
  }
  return out.join('\n');
}

/** Reads CoNLL back into marks (spans and types) by aligning the tokens with each article's text. */
export function parseConll(conll: string, texts: Map<string, string>): Map<string, { type: AnnotationType; start: number; end: number; text: string }[]> {
  const out = new Map<string, { type: AnnotationType; start: number; end: number; text: string }[]>();
  let doc = '', text = '', pos = 0;
  let open: { type: AnnotationType; start: number; end: number } | null = null;
  const close = () => {
    if (open) out.get(doc)!.push({ ...open, text: text.slice(open.start, open.end) });
    open = null;
  };
  for (const line of conll.split('\n')) {
    if (line.startsWith('-DOCSTART-')) {
      close();
      doc = line.split('\t')[1] ?? '';
      text = texts.get(doc) ?? '';
      pos = 0;
      out.set(doc, []);
      continue;
    }
    if (!line) continue;
    const tab = line.lastIndexOf('\t');
    const token = line.slice(0, tab), tag = line.slice(tab + 1);
    const at = text.indexOf(token, pos);
    if (at === -1) throw new Error(`${doc}: token "${token}" not found after offset ${pos}`);
    pos = at + token.length;
    const [bio, type] = tag.split('-') as [string, string | undefined];
    if (bio === 'I' && open && open.type === type?.toLowerCase()) {
      open.end = pos;
      continue;
    }
    close();
    if (bio === 'B' || bio === 'I') open = { type: type!.toLowerCase() as AnnotationType, start: at, end: pos };
  }
  close();
  return out;
}
