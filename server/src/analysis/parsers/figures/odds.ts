// Fractional odds in racing copy: "the 9-4 favourite", "Kilbrannish Lad (11-2)", "sent off at 7-1",
// "cut to 8-1 from 16-1", "the 20/1 outsider". The two numbers the digit scanner reads apart are
// one figure whose value is their ratio (9-4 is 2.25), as the gold sets write it (25 of 25).

import type { Annotation } from '../../types';

/** the words after odds that name a runner by its price ("the 9-4 favourite", "the 20/1 outsider") */
const AFTER = /^f?(?:[ \u00A0](?:joint|second|third|clear|co-|[a-z]+-)?[ \u00A0]?(?:favourite|favorite|fav|outsider|shot|chance|joint-favourite|joint-favorite))\b/;
/** the words before odds in a race's market ("sent off at", "cut to", "backed from", "Sent off the") */
const BEFORE = /\b(?:sent off the|(?:off|backed|priced) at|(?:odds|SP) of|from|to)[ \u00A0]$/i;
/** a text that is about horse or greyhound racing */
const RACING = /\b(?:furlongs?|jockey|trainer|favourite|favorite|handicap|stakes|each[ -]way|bookmakers?|racecourse|Gold Cup|length(?:s)? (?:clear|behind|in front))\b/;

/**
 * The figures with each pair read from fractional odds joined into one: [a, b] adjacent with only
 * "-" or "/" between, each a whole number, after or before a market's words (or in brackets after a
 * runner's name, or alone on a results line, in a text about racing).
 */
export function joinOdds(text: string, figs: Annotation[]): Annotation[] {
  let racing: boolean | undefined;
  let out: Annotation[] | null = null;
  for (let i = 0; i < figs.length; i++) {
    const a = figs[i], b = figs[i + 1];
    const joined = b && a.end + 1 === b.start && (text[a.end] === '-' || text[a.end] === '/') ? odds(text, a, b, () => (racing ??= RACING.test(text))) : null;
    if (joined && !out) out = figs.slice(0, i);
    if (joined) { out!.push(joined); i++; } else if (out) out.push(a);
  }
  return out ?? figs;
}

function odds(text: string, a: Annotation, b: Annotation, racing: () => boolean): Annotation | null {
  if (!/^\d{1,3}$/.test(a.text) || !/^\d{1,2}$/.test(b.text) || typeof a.value !== 'number' || typeof b.value !== 'number' || b.value === 0 || a.value === 0) return null;
  const after = text.slice(b.end, b.end + 40);
  const fav = AFTER.exec(after);
  const before = text.slice(Math.max(0, a.start - 24), a.start);
  const bracketed = text[a.start - 1] === '(' && text[b.end] === ')';
  if (!fav && !((BEFORE.test(before) || bracketed) && racing())) return null;
  // (a results line's favourite mark is the span's: "9-4f")
  const end = fav && after[0] === 'f' ? b.end + 1 : b.end;
  return { ...a, end, text: text.slice(a.start, end), subtype: 'cardinal', value: Math.round((a.value / b.value) * 1e4) / 1e4, unit: 'odds' };
}
