// Two sums joined by "to", "and" or "or" share the second one's scale word: "bids of $2.5 and $3
// million", "from $4 to $5 billion". The first, written bare, is read in millions or billions too
// (in the gold sets, 3 of 3 such first sums are).

import type { Annotation } from '../../types';
import { scaleDecimal, writtenScale } from './numbers';

/** what stands between the two sums */
const JOIN = /^[ \u00A0](?:to|and|or)[ \u00A0]$|^[ \u00A0]?[-\u2013][ \u00A0]?$/;

/** The figures with each bare first sum of such a pair scaled as its second (in place). */
export function shareScale(text: string, figs: Annotation[]): Annotation[] {
  for (let i = 0; i + 1 < figs.length; i++) {
    const a = figs[i], b = figs[i + 1];
    if (a.subtype !== 'money' || b.subtype !== 'money' || a.unit !== b.unit || typeof a.value !== 'number' || typeof b.value !== 'number') continue;
    if (!/\d$/.test(a.text) || !JOIN.test(text.slice(a.end, b.start))) continue;
    const digits = b.text.search(/\d/);
    const scale = digits < 0 ? 1 : writtenScale(text, b.start + digits, b.value);
    if (scale === 1 || a.value * scale > b.value) continue;
    a.value = scaleDecimal(String(a.value), scale);
  }
  return figs;
}
