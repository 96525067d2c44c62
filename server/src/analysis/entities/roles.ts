// Roles of a speaker: the title before the name ("US Secretary of State", "Hezbollah leader",
// "US envoy to the Mideast") or the appositive after it (", a representative of Hamas,").
import { F, K, W, type Tokens, lower, wb } from './tokens';
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

const HONORIFICS = new Set(['mr.', 'mrs.', 'ms.', 'mr', 'mrs', 'ms', 'miss', 'sir', 'dame', 'madam',
  // (Indian honorifics: "Minister of State for External Affairs Shri Pranav Raghunathan", "Smt. Akala Konyak")
  'shri', 'sri', 'shrimati', 'smt', 'smt.', 'thiru', 'tmt', 'tmt.', 'selvi', 'kumari']);
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
    // (nor a sentence's first conjunction: "But economist Yuli Hartati")
    // (nor a sentence's first possessive: "Her lawyer Jane Doe reported")
    if (cap && (w === 'the' || w === 'according' || w === 'however' || w === 'but' || w === 'and' || w === 'yet' || w === 'so' || w === 'meanwhile' || (DETERMINERS.has(w) && t.sentStart[t.sent[i]] === i))) break;
    from = i;
    i--;
    steps++;
  }
  if (!hasTitle) {
    // "said resident Tom Ellis": a person noun right before the name
    const k = c.a - 1;
    if (k >= 0 && t.kind[k] === K.Word && !(t.flags[k] & F.Cap) && t.sent[k] === t.sent[c.a] && isPersonNoun(lower(t, k))) {
      // (with the word that qualifies it, right after "said": "said local resident Jo Fry")
      const q = k - 1;
      if (q >= 1 && t.kind[q] === K.Word && !(t.flags[q] & F.Cap) && isModifierNoun(lower(t, q)) && (wb(t, q - 1) & W.QuoteVerb)) return `${lower(t, q)} ${lower(t, k)}`;
      return lower(t, k);
    }
    // (any trade right after "said" or "according to", maybe after a title: "according to chief
    // arbiter Silje Haugland", "said teller Liza Bautista")
    if (k >= 1 && t.kind[k] === K.Word && !(t.flags[k] & F.Cap) && t.sent[k] === t.sent[c.a] && isModifierNoun(lower(t, k))) {
      if (sourceCueAt(t, k - 1)) return lower(t, k);
      if (t.kind[k - 1] === K.Word && !(t.flags[k - 1] & F.Cap) && isTitle(lower(t, k - 1)) && sourceCueAt(t, k - 2)) return `${lower(t, k - 1)} ${lower(t, k)}`;
    }
    return roleInApposition(t, c);
  }
  // one lower-case noun before the title ("union leader Sean McBride", "police chief X"), and
  // what qualifies it ("EU foreign policy chief Josep Borrell")
  if (i >= 0 && i === from - 1 && t.kind[i] === K.Word && !(t.flags[i] & F.Cap) && t.sent[i] === t.sent[c.a] && isModifierNoun(lower(t, i))) {
    from = i;
    for (let k = i - 1; k >= 0 && i - k <= 3 && t.kind[k] === K.Word && t.sent[k] === t.sent[c.a]; k--) {
      const w = lower(t, k);
      const cap = (t.flags[k] & F.Cap) !== 0;
      if (!(ROLE_MODIFIERS.has(w) || DEMONYM_WORDS.has(w) || (!cap && isModifierNoun(w)) || (cap && w !== 'the' && w !== 'according' && t.sentStart[t.sent[k]] !== k))) break;
      from = k;
    }
  }
  while (from < c.a && CONNECT.has(lower(t, from))) from++;
  // the role must end with (or contain) a title word: trim trailing non-title connectors
  if (from >= c.a) return null;
  // "a spokesperson for X": the title is someone else's, of whom X is the employer
  if (CONNECT.has(lower(t, c.a - 1)) && c.roleFrom < 0) return null;
  const s = t.start[from];
  let endTok = c.a - 1;
  if (c.text.startsWith('The ')) endTok = c.a - 1;
  let role = oneSpaced(t.text.slice(s, t.end[endTok]));
  if (HONORIFICS.has(role.toLowerCase())) return null;
  // (a title and an honorific before the name: the title alone)
  const sp = role.lastIndexOf(' ');
  if (sp > 0 && HONORIFICS.has(role.slice(sp + 1).toLowerCase())) role = role.slice(0, sp).replace(/,$/, '');
  return role || null;
}

/** Token k ends a cue before a source's role and name: a verb of saying ("said") or "according to". */
export function sourceCueAt(t: Tokens, k: number): boolean {
  return k >= 1 && t.kind[k] === K.Word && ((wb(t, k) & W.QuoteVerb) !== 0 || (lower(t, k) === 'to' && lower(t, k - 1) === 'according'));
}

/** A noun that describes a person: the lexicon, or a profession by its ending ("virologist", "pediatrician"). */
function isPersonNoun(w: string): boolean {
  return PERSON_NOUNS.has(w) || (w.length > 8 && (w.endsWith('ologist') || w.endsWith('ician')));
}

const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'my', 'your']);
const NOT_MODIFIER = new Set(['the', 'a', 'an', 'and', 'or', 'but', 'of', 'to', 'for', 'with', 'by', 'from', 'as', 'at', 'in', 'on', 'that', 'who', 'which', 'than', 'then', 'when', 'while', 'after', 'before', 'said', 'says', 'told', 'met', 'asked', 'new', 'former', 'what', 'whose', 'whom', 'where', 'how', 'why', 'if', 'because', 'since', 'also', 'not', 'this', 'these', 'those', 'his', 'her', 'its', 'their', 'our', 'was', 'were', 'are', 'has', 'have', 'had', 'will', 'would', 'could', 'should', 'can', 'may', 'might', 'must']);

/** A lower-case word that may name the field of a title right after it ("union", "police", "team"). */
function isModifierNoun(w: string): boolean {
  return w.length > 2 && !NOT_MODIFIER.has(w) && !w.endsWith('ed') && !w.endsWith('ly') && !w.endsWith('ing') && !w.endsWith('s') && !/[^a-z-]/.test(w);
}

/**
 * The noun phrase a name stands in apposition to, before it: "His lawyer, Marcus Delgado, told",
 * "A spokeswoman for the bank, Lauren Price, said", "Mayor Diane Fox's spokesman, Tom Reyes,".
 * It must start the clause with a determiner (or hold a possessive), and name a person within
 * its first words; the determiner is not part of the role.
 */
function roleInApposition(t: Tokens, c: Chunk): string | null {
  const comma = c.a - 1;
  if (comma < 1 || t.kind[comma] !== K.Comma || t.kind[c.b] !== K.Comma) return null;
  let s = comma;
  let poss = false;
  while (s - 1 >= 0 && comma - s < 10 && (t.kind[s - 1] === K.Word || t.kind[s - 1] === K.Poss) && t.sent[s - 1] === t.sent[c.a]) {
    s--;
    if (t.kind[s] === K.Poss) poss = true;
  }
  if (s === comma || comma - s >= 10) return null;
  // what comes before the phrase: the start of the sentence, a quote, or a comma
  const before = s - 1;
  if (before >= 0 && t.sent[before] === t.sent[c.a] && t.kind[before] !== K.QuoteClose && t.kind[before] !== K.Comma && t.kind[before] !== K.QuoteOpen) return null;
  // (past "according to": "According to Timeform's head of ratings, Graham Weir, …")
  if (lower(t, s) === 'according' && lower(t, s + 1) === 'to' && s + 2 < comma) s += 2;
  const first = lower(t, s);
  let from = s;
  if (DETERMINERS.has(first)) from++;
  else if (!poss || !(t.flags[s] & F.Cap) || NOT_MODIFIER.has(first)) return null;
  let person = false;
  for (let k = from, words = 0; k < comma && words < 4; k++) {
    if (t.kind[k] !== K.Word) continue;
    words++;
    if (isPersonNoun(lower(t, k))) { person = true; break; }
  }
  if (!person || from >= comma) return null;
  const role = oneSpaced(t.text.slice(t.start[from], t.end[comma - 1]));
  return role || null;
}

/** Words that end an appositive role: a relative clause or the verb of the sentence. */
const ROLE_END = new Set(['who', 'whom', 'whose', 'which', 'that', 'where', 'when', 'said', 'says', 'told', 'added']);

/** Appositive role after the name (", a member of X," / ", U.S. Special Envoy to the Middle East,"). */
export function roleAfter(t: Tokens, c: Chunk): { role: string | null; end: number; person: boolean } | null {
  let i = c.b;
  if (i >= t.n || t.kind[i] !== K.Comma) return null;
  // an age first: "Ruth Adeyemi, 62, a retired teacher"
  if (t.kind[i + 1] === K.Word && t.kind[i + 2] === K.Comma && t.end[i + 1] - t.start[i + 1] <= 3 && /^\d+$/.test(t.text.slice(t.start[i + 1], t.end[i + 1]))) i += 2;
  let j = i + 1;
  const w0 = lower(t, j);
  if (w0 === 'a' || w0 === 'an' || w0 === 'the') j++;
  else if (!(t.flags[j] & F.Cap) && !PERSON_NOUNS.has(w0) && !ROLE_MODIFIERS.has(w0)) return null;
  let k = j;
  let person = false;
  let steps = 0;
  while (k < t.n && steps < 20 && t.sent[k] === t.sent[c.a] && (t.kind[k] === K.Word || t.kind[k] === K.Poss)) {
    const w = lower(t, k);
    if (ROLE_END.has(w)) break;
    if (steps < 5 && isPersonNoun(w)) person = true;
    k++;
    steps++;
  }
  if (!person || k === j) return null;
  const role = oneSpaced(t.text.slice(t.start[j], t.end[k - 1]));
  return { role, end: k, person };
}
