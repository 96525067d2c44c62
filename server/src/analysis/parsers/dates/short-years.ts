// A year written with an apostrophe and its last two digits: "the '68 Olympics", "retired in ’72",
// "the class of ’05" (a date, as the gold sets write all ten such). The century is the one that
// puts the year at or before the article's, or up to five years after it, a student's class
// (without a date, 19xx above 30, else 20xx). Not an
// opening quote before a count: "'68 people died,' he said" (a sentence's start, a lower-case word after it).
import type { Annotation, DateReference } from '../../types';
import { atSentenceStart } from '../figures/text';

// (not a decade, "the ’40s"; not a season's second year, "2024-’25"; not a Gaelic score's count of
// frees, "(6f, 1 ’65)")
const SHORT_YEAR = /(?<![\w'’.,$£€\-–/]|\d )['’](\d\d)(?![\w'’%]|[.,]\d)(?=([ \t]?)(\S?))/g;

export function shortYears(text: string, reference: DateReference | null): Annotation[] {
  if (text.indexOf("'") < 0 && text.indexOf('’') < 0) return [];
  const out: Annotation[] = [];
  const ref = reference && /^\d{4}/.test(reference.date) ? Number(reference.date.slice(0, 4)) : null;
  SHORT_YEAR.lastIndex = 0;
  for (let m = SHORT_YEAR.exec(text); m; m = SHORT_YEAR.exec(text)) {
    const next = m[3];
    // (a lower-case word after it where a quote may open, at a sentence's start: a count in
    // quotes, "'68 people died,'"; not "the class of ’05 met")
    if (m[2] && next >= 'a' && next <= 'z' && atSentenceStart(text, m.index)) continue;
    const yy = Number(m[1]);
    // (up to five years on is this century's: a student's class, "Jane Doe ’27")
    const y = ref !== null ? (yy <= (ref % 100) + 5 ? ref - (ref % 100) + yy : ref - (ref % 100) - 100 + yy) : yy > 30 ? 1900 + yy : 2000 + yy;
    out.push({ type: 'date', start: m.index, end: m.index + 3, text: text.slice(m.index, m.index + 3), entity: null, subtype: 'date', role: null, value: String(y), unit: null, reference: null });
  }
  return out;
}
