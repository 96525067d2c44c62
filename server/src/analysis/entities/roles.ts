// Roles of a speaker: the title before the name ("US Secretary of State", "Hezbollah leader",
// "US envoy to the Mideast") or the appositive after it (", a representative of Hamas,").
import { F, K, type Tokens, lower } from './tokens';
import type { Chunk } from './names';
import { TITLE_WORDS, ROLE_MODIFIERS, PERSON_NOUNS } from './lexicon/titles';
import { DEMONYM_WORDS } from './lexicon/places';

function isTitle(w: string): boolean {
  return TITLE_WORDS.has(w) || (w.indexOf('-') > 0 && TITLE_WORDS.has(w.slice(w.lastIndexOf('-') + 1)));
}

/** Whether c is matched by /\s/ (ECMAScript WhiteSpace and LineTerminator). */
function isJsSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a)
    || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * s.replace(/[\s\u00a0]+/g, ' ').trim(), without the regular expression when s has nothing to
 * change (no space at either end, only single ASCII spaces inside): the common case.
 */
function oneSpaced(s: string): string {
  const n = s.length;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c > 32 && c < 0xa0) continue;
    if (!isJsSpace(c)) continue;
    if (c !== 32 || i === 0 || i === n - 1 || s.charCodeAt(i + 1) === 32) return s.replace(/[\s\u00a0]+/g, ' ').trim();
    // a single space between two non-spaces: the next character is checked on the next turn
  }
  return s;
}

const HONORIFICS = new Set(['mr.', 'mrs.', 'ms.', 'mr', 'mrs', 'ms', 'miss', 'sir', 'dame', 'madam']);
const CONNECT = new Set(['of', 'to', 'the', 'for']);

/** Role written before the name, or null. */
export function roleBefore(t: Tokens, c: Chunk): string | null {
  let from = c.roleFrom >= 0 ? c.roleFrom : c.a;
  let hasTitle = c.roleFrom >= 0;
  let i = from - 1;
  let steps = 0;
  while (i >= 0 && steps < 12 && t.kind[i] === K.Word && t.sent[i] === t.sent[c.a]) {
    const w = lower(t, i);
    const cap = (t.flags[i] & F.Cap) !== 0;
    if (isTitle(w)) hasTitle = true;
    else if (!(cap || ROLE_MODIFIERS.has(w) || DEMONYM_WORDS.has(w) || CONNECT.has(w) || w.indexOf('-') > 0)) break;
    if (cap && (w === 'the' || w === 'according' || w === 'however')) break;
    from = i;
    i--;
    steps++;
  }
  if (!hasTitle) return null;
  while (from < c.a && CONNECT.has(lower(t, from))) from++;
  // the role must end with (or contain) a title word: trim trailing non-title connectors
  if (from >= c.a) return null;
  const s = t.start[from];
  let endTok = c.a - 1;
  if (c.text.startsWith('The ')) endTok = c.a - 1;
  const role = oneSpaced(t.text.slice(s, t.end[endTok]));
  if (HONORIFICS.has(role.toLowerCase())) return null;
  return role || null;
}

/** Appositive role after the name (", a member of X," / ", U.S. Special Envoy to the Middle East,"). */
export function roleAfter(t: Tokens, c: Chunk): { role: string | null; end: number; person: boolean } | null {
  const i = c.b;
  if (i >= t.n || t.kind[i] !== K.Comma) return null;
  let j = i + 1;
  const w0 = lower(t, j);
  if (w0 === 'a' || w0 === 'an' || w0 === 'the') j++;
  else if (!(t.flags[j] & F.Cap) && !PERSON_NOUNS.has(w0) && !ROLE_MODIFIERS.has(w0)) return null;
  let k = j;
  let person = false;
  let steps = 0;
  while (k < t.n && steps < 20 && t.sent[k] === t.sent[c.a] && (t.kind[k] === K.Word || t.kind[k] === K.Poss)) {
    const w = lower(t, k);
    if (steps < 5 && PERSON_NOUNS.has(w)) person = true;
    k++;
    steps++;
  }
  if (!person || k === j) return null;
  const role = oneSpaced(t.text.slice(t.start[j], t.end[k - 1]));
  return { role, end: k, person };
}
