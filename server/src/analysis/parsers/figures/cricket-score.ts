// A cricket score or bowling figures written with a slash: "287/6" (runs for wickets), "4/38"
// (wickets for runs). The gold sets count each as two numbers, each a figure; elsewhere a slash
// joins no figures ("24/7", "10/12/2020", a ratio in prose).
import { isDigit } from './text';

/** words that tell a text reports cricket */
export const CRICKET_WORDS = /\b(?:wickets?|overs|bowled|bowler|bowling|batsman|batsmen|ODI|T20I?)\b/;

const CRICKET_PAIR = /^(\d{1,3})\/(\d{1,3})(?![\d/]|\.\d)/;

/**
 * Around digits at s, in a text about cricket (`aboutCricket`, asked only when the digits are
 * beside a slash): one of the two numbers at most 10. At the first number, the end of it; at the
 * second (s right after the slash), s; else -1.
 */
export function cricketScore(text: string, s: number, aboutCricket: () => boolean): number {
  // (most numbers have no slash beside them)
  if (text.charCodeAt(s - 1) !== 47) {
    let e = s;
    while (e < text.length && e - s < 4 && isDigit(text.charCodeAt(e))) e++;
    if (text.charCodeAt(e) !== 47) return -1;
  }
  let a = s;
  if (s > 0 && text.charCodeAt(s - 1) === 47) {
    a = s - 1;
    while (a > 0 && s - a <= 4 && isDigit(text.charCodeAt(a - 1))) a--;
  }
  const m = CRICKET_PAIR.exec(text.slice(a, a + 8));
  if (!m || (a > 0 && (isDigit(text.charCodeAt(a - 1)) || text.charCodeAt(a - 1) === 47 || text.charCodeAt(a - 1) === 46))) return -1;
  if (a !== s && s !== a + m[1].length + 1) return -1;
  if (Number(m[1]) > 10 && Number(m[2]) > 10) return -1;
  if (!aboutCricket()) return -1;
  return a === s ? a + m[1].length : s;
}
