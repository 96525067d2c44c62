// Cheap linear tokenizer: words, possessive markers, quote marks and punctuation, with
// sentence, paragraph and quote structure. Offsets are UTF-16 indices into the text.
// One pass over the characters; no regular expressions on the hot path.

export const enum K {
  Word = 1,
  Poss = 2, // ’s  's  or a trailing ’ after s ("Hamas’")
  QuoteOpen = 3,
  QuoteClose = 4,
  Comma = 5,
  End = 6, // . ! ?
  Colon = 7, // : ;
  Dash = 8,
  ParenOpen = 9,
  ParenClose = 10,
  Other = 11,
}

/** Lexicon bits of a lower-case word (wb()). */
export const enum W {
  Function = 1 << 0, // FUNCTION_WORDS
  MonthDay = 1 << 1, // MONTHS_DAYS
  Title = 1 << 2, // TITLE_WORDS
  TitleTok = 1 << 3, // TITLE_WORDS, or its last hyphen part is one ("vice-president")
  RoleMod = 1 << 4, // ROLE_MODIFIERS
  Demonym = 1 << 5, // DEMONYM_WORDS
  DemonymTok = 1 << 6, // DEMONYM_WORDS, or every hyphen part is one
  Org = 1 << 7, // ORG_MARKERS
  Given = 1 << 8, // GIVEN_NAMES
  Speech = 1 << 9, // SPEECH_VERBS
  Aux = 1 << 10, // AUXILIARIES
  Adverb = 1 << 11, // ADVERBS
  Prep = 1 << 12, // PREPOSITIONS
  Portfolio = 1 << 13, // PORTFOLIO_WORDS
  Particle = 1 << 14, // NAME_PARTICLES
  Publication = 1 << 15, // PUBLICATION_WORDS
  Statement = 1 << 16, // STATEMENT_NOUNS
  Mouthpiece = 1 << 17, // MOUTHPIECE_NOUNS
  QuoteVerb = 1 << 18, // QUOTE_VERBS
  Publish = 1 << 19, // PUBLISH_VERBS
  GroupNoun = 1 << 20, // GROUP_NOUNS
  PersonHead = 1 << 21, // PERSON_HEAD_NOUNS
  Complementizer = 1 << 22, // COMPLEMENTIZERS
  PersonNoun = 1 << 23, // PERSON_NOUNS
}

/** an abstract noun's ending ("beautification", "decentralisation", "reconciliation") */
const ABSTRACT_FIELD = /^[a-z]+ation$/;

/** a noun, a preposition and a noun joined by hyphens */
const HYPHENED_ROLE = /^[a-z]+-(?:in|at|of)-[a-z]+$/;

function wordBits(w: string): number {
  let b = 0;
  if (FUNCTION_WORDS.has(w)) b |= W.Function;
  if (MONTHS_DAYS.has(w)) b |= W.MonthDay;
  if (TITLE_WORDS.has(w)) b |= W.Title | W.TitleTok;
  else if (w.indexOf('-') > 0 && TITLE_WORDS.has(w.slice(w.lastIndexOf('-') + 1))) b |= W.TitleTok;
  // (or a title still to be taken up: "Bishop-elect Keogh", "President-elect", "Governor-designate")
  else if ((w.endsWith('-elect') || w.endsWith('-designate')) && TITLE_WORDS.has(w.slice(0, w.lastIndexOf('-')))) b |= W.Title | W.TitleTok;
  if (ROLE_MODIFIERS.has(w)) b |= W.RoleMod;
  if (DEMONYM_WORDS.has(w)) b |= W.Demonym | W.DemonymTok;
  else if (w.indexOf('-') > 0 && w.split('-').every((p) => DEMONYM_WORDS.has(p))) b |= W.DemonymTok;
  if (ORG_MARKERS.has(w)) b |= W.Org;
  if (GIVEN_NAMES.has(w)) b |= W.Given;
  if (SPEECH_VERBS.has(w)) b |= W.Speech;
  if (AUXILIARIES.has(w)) b |= W.Aux;
  if (ADVERBS.has(w)) b |= W.Adverb;
  if (PREPOSITIONS.has(w)) b |= W.Prep;
  if (PORTFOLIO_WORDS.has(w)) b |= W.Portfolio;
  // (a field named by an abstract noun the lexicon lacks: "Minister of Environment and National
  // Beautification", "Decentralisation"; not a body's word, "Foundation", "Federation")
  else if (w.length >= 9 && ABSTRACT_FIELD.test(w) && !(b & W.Org)) b |= W.Portfolio;
  if (NAME_PARTICLES.has(w)) b |= W.Particle;
  if (PUBLICATION_WORDS.has(w)) b |= W.Publication;
  if (STATEMENT_NOUNS.has(w)) b |= W.Statement;
  if (MOUTHPIECE_NOUNS.has(w)) b |= W.Mouthpiece;
  if (QUOTE_VERBS.has(w)) b |= W.QuoteVerb;
  if (PUBLISH_VERBS.has(w)) b |= W.Publish;
  if (GROUP_NOUNS.has(w)) b |= W.GroupNoun;
  if (PERSON_HEAD_NOUNS.has(w)) b |= W.PersonHead;
  if (COMPLEMENTIZERS.has(w)) b |= W.Complementizer;
  if (PERSON_NOUNS.has(w)) b |= W.PersonNoun;
  // (a role in one hyphenated word: "officer-in-charge", "editor-in-chief", "attorney-at-law")
  else if (HYPHENED_ROLE.test(w) && (PERSON_NOUNS.has(w.slice(0, w.indexOf('-'))) || TITLE_WORDS.has(w.slice(0, w.indexOf('-'))))) b |= W.PersonNoun;
  return b;
}

export const enum F {
  Cap = 1, // first letter upper case
  AllCaps = 2, // two or more letters, all upper case
  Para = 4, // first token of a paragraph
  Abbr = 8, // ends with a dot that belongs to the word ("U.S.", "Oct.")
  Digit = 16,
  /** a single quotation mark used as a quote (‘ ’ or ') */
  Single = 32,
  /** a word with a letter outside ASCII (its hash is not that of its lower() form) */
  Wide = 64,
  /** a word containing an ASCII hyphen-minus ("al-Qassam", "Hamas-led" when not split) */
  Hyphen = 128,
}

export interface Tokens {
  text: string;
  n: number;
  start: Int32Array;
  end: Int32Array;
  kind: Uint8Array;
  flags: Uint8Array;
  /** sentence number of each token */
  sent: Int32Array;
  /** first token of each sentence (index by sentence number), plus a final sentinel = n */
  sentStart: number[];
  /** paragraph number of each token */
  para: Int32Array;
  paraStart: number[];
  /** quote region (1-based) containing the token, 0 if none; quote marks themselves carry 0 */
  quote: Int32Array;
  /** quote regions: [open token, close token] (close = last token of the paragraph + 1 when unclosed) */
  quotes: Array<[number, number]>;
  /** per word token: hash of its lower-cased form (see lower()) */
  h: Int32Array;
  /** per word token: 1 + its id in the shared word table once asked for (filled lazily, 0 = not yet) */
  wid: Int32Array;
  /** lazily computed: first token ≥ i that ends the clause (End, sentence change), and the same also stopping at a closing quote */
  clauseEnd?: Int32Array;
  clauseEndQ?: Int32Array;
  /** the hashes of the lower-case word tokens (Word, not F.Cap), as a filter (hasHash()) */
  lowerBits: HashFilter;
  /** the typed arrays of this document are scratch memory (see scratchI32): valid until the next tokenize(text, true) */
  scratch: boolean;
}

// Scratch memory for the per-document typed arrays of extract(), which analyses one document at
// a time and keeps none of them: one buffer per use, grown when needed, handed out as a
// zero-filled view of the length a new array would have. A new typed array of a few kilobytes
// costs an allocation outside the heap (and its accounting) each time: about a fifth of the
// tokenizer's time.
export const enum Buf { Start, End, Kind, Flags, Hash, Sent, Para, Quote, Wid, At, ClauseEnd, ClauseEndQ, Keys, Head, Tail, Next, CapWord }
const SCRATCH: ArrayBuffer[] = [];
const SCRATCH_LOWER_BITS = newHashFilter();

function scratchBuffer(slot: Buf, bytes: number): ArrayBuffer {
  let b = SCRATCH[slot];
  if (b === undefined || b.byteLength < bytes) {
    b = new ArrayBuffer(Math.max(bytes, b === undefined ? 4096 : 2 * b.byteLength));
    SCRATCH[slot] = b;
  }
  return b;
}

/** new Int32Array(length), from scratch memory when `scratch`. */
export function scratchI32(scratch: boolean, slot: Buf, length: number): Int32Array {
  if (!scratch) return new Int32Array(length);
  const a = new Int32Array(scratchBuffer(slot, 4 * length), 0, length);
  a.fill(0);
  return a;
}

/** new Uint8Array(length), from scratch memory when `scratch`. */
export function scratchU8(scratch: boolean, slot: Buf, length: number): Uint8Array {
  if (!scratch) return new Uint8Array(length);
  const a = new Uint8Array(scratchBuffer(slot, length), 0, length);
  a.fill(0);
  return a;
}

import { FUNCTION_WORDS, MONTHS_DAYS, ORG_MARKERS, GIVEN_NAMES, AUXILIARIES, ADVERBS, PREPOSITIONS, NAME_PARTICLES, PUBLICATION_WORDS, GROUP_NOUNS, PERSON_HEAD_NOUNS, COMPLEMENTIZERS } from './lexicon/words';
import { TITLE_WORDS, ROLE_MODIFIERS, PORTFOLIO_WORDS, PERSON_NOUNS } from './lexicon/titles';
import { DEMONYM_WORDS } from './lexicon/places';
import { SPEECH_VERBS, STATEMENT_NOUNS, MOUTHPIECE_NOUNS, QUOTE_VERBS, PUBLISH_VERBS } from './lexicon/speech-verbs';
import { dotless } from './keys';

// ASCII classes: 1 lower, 2 upper, 3 digit
const CLS = new Uint8Array(128);
for (let c = 97; c <= 122; c++) CLS[c] = 1;
for (let c = 65; c <= 90; c++) CLS[c] = 2;
for (let c = 48; c <= 57; c++) CLS[c] = 3;
/** ASCII lower-casing, ' for ’ handled by callers */
const LC = new Uint8Array(128);
for (let c = 0; c < 128; c++) LC[c] = c >= 65 && c <= 90 ? c + 32 : c;

const LETTER = /\p{L}|\p{M}/u;

/** 0 not a word char, 1 lower/other letter, 2 upper, 3 digit */
function cls(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return CLS[c];
  return clsWide(text, i, c);
}

function clsWide(text: string, i: number, c: number): number {
  if (c === 0x2019 || c === 0x201c || c === 0x201d || c === 0x2018 || c === 0xa0 || c === 0x2014 || c === 0x2013) return 0;
  if (c >= 0xd800 && c <= 0xdfff) return 0;
  const ch = text[i];
  if (!LETTER.test(ch)) return 0;
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase() ? 2 : 1;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 12 || c === 11 || (c >= 0x2000 && c <= 0x200b) || c === 0x202f || c === 0x3000 || c === 0x2028 || c === 0x2029;
}

/** name particles joined by a hyphen ("al-Masri", "bin-Salman"): no split, and no given name */
export const HYPHEN_PARTICLES: ReadonlySet<string> = new Set(['al', 'el', 'ad', 'an', 'as', 'at', 'ud', 'ul', 'abu', 'bin', 'ibn', 'ben', 'bou', 'ait', 'o']);

/** English words that follow a capitalised word and a hyphen ("Hamas-held", "Trump-era"). */
const HYPHEN_SUFFIXES = new Set(['held', 'led', 'run', 'born', 'based', 'made', 'owned', 'like', 'era', 'style', 'wide', 'free', 'only', 'type', 'class', 'level', 'area', 'side', 'day', 'year', 'old', 'long', 'size', 'bound', 'proof', 'ridden', 'backed', 'linked',
  'funded', 'allied', 'rooted', 'listed', 'hosted', 'headed', 'signed', 'driven', 'themed', 'facing', 'shaped', 'tested', 'fueled', 'styled', 'ruling', 'loving', 'filled', 'priced', 'minded', 'leaning']);

/** lower-case links of hyphenated place names ("Ile-de-France", "Stoke-on-Trent", "Ashby-de-la-Zouch") and of Urdu and Persian ones ("Tehreek-i-Insaf", "Jamaat-e-Islami") */
const PLACE_LINKS = new Set(['i', 'e', 'de', 'du', 'des', 'la', 'le', 'les', 'lès', 'en', 'sur', 'sous', 'aux', 'on', 'upon', 'under', 'am', 'an', 'der', 'di', 'del', 'della', 'da', 'do', 'dos', 'das']);

/**
 * A hyphen in a place name after a capitalised part: one or two links ("-de-", "-de-la-") and a
 * hyphen before a capitalised part. Kept whole, not split as "Hamas-held" is.
 */
function placeLink(text: string, hyphen: number): boolean {
  let at = hyphen;
  for (let links = 0; links < 2; links++) {
    let e = at + 1;
    while (e < text.length && e - at <= 6 && cls(text, e) === 1) e++;
    if (e === at + 1 || e - at > 6 || text.charCodeAt(e) !== 45 || !PLACE_LINKS.has(text.slice(at + 1, e))) return false;
    if (cls(text, e + 1) === 2) return true;
    at = e;
  }
  return false;
}

/**
 * A Korean, Cantonese or Taiwanese given name of two syllables after a surname ("Kim Jong-un",
 * "Vincent Kwok Wing-hang", "Liang Cheng-hsiang"): a short capitalised syllable, a hyphen and a short lower-case one that is
 * no English word, right after another capitalised word. Kept whole, not split at the hyphen.
 */
function asianGivenName(text: string, s: number, hyphen: number): boolean {
  // (a syllable of up to six letters in Wade-Giles: "Liang Cheng-hsiang", "Chuang")
  if (hyphen - s < 2 || hyphen - s > 6) return false;
  let e = hyphen + 1;
  while (e < text.length && e - hyphen <= 7) {
    const c = text.charCodeAt(e);
    if (c < 97 || c > 122) break;
    e++;
  }
  if (e - hyphen - 1 < 1 || e - hyphen - 1 > 6 || (e < text.length && /[A-Za-z\u00C0-\u024F'’-]/.test(text[e]))) return false;
  if (HYPHEN_SUFFIXES.has(text.slice(hyphen + 1, e))) return false;
  // the surname before it, one space away ("Park Min-ji") …
  if (s >= 3 && text.charCodeAt(s - 1) === 32) {
    let p = s - 2;
    while (p > 0 && /[A-Za-z]/.test(text[p - 1])) p--;
    if (s - 1 - p >= 2 && text.charCodeAt(p) >= 65 && text.charCodeAt(p) <= 90) return true;
  }
  // … or after it, in the Western order ("Min-ji Kwon")
  const n = text.charCodeAt(e + 1);
  return text.charCodeAt(e) === 32 && n >= 65 && n <= 90 && /^[A-Z][a-z]{1,12}\b/.test(text.slice(e + 1, e + 15));
}

/**
 * A hyphen at `hyphen` before "for" and another hyphen: "Not-for-profits" (in "Australian Charities
 * and Not-for-profits Commission"). (Not other links: "Mum-of-two Becky Thorne", "Attorney-at-law
 * X" and "Forty-one-year-old X" are a word and a name.)
 */
function innerLink(text: string, hyphen: number): boolean {
  return text.startsWith('for-', hyphen + 1) && cls(text, hyphen + 5) !== 0;
}

/** Words whose final dot is part of the word (not a sentence end). */
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'gen', 'sen', 'rep', 'lt', 'col', 'gov', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul',
  'aug', 'sept', 'sep', 'oct', 'nov', 'dec', 'st', 'jr', 'sr', 'prof', 'capt', 'sgt', 'inc', 'corp', 'ltd',
  'co', 'no', 'vs', 'etc', 'maj', 'adm', 'cmdr', 'rev', 'hon', 'pres', 'messrs', 'mt', 'ft', 'gens',
  'ald', 'atty', 'supt', 'amb', 'cpl', 'pvt', 'msgr', 'det', 'insp', 'brig', 'cdr', 'coun', 'drh', 'drg', 'ven', 'cdre', 'eng',
  // (a delegate of Virginia's and Maryland's lower houses: "Del. Simone Achterberg-Hayes of Blacksburg said")
  'del',
  // (the Los Angeles Times's and AP's abbreviated bodies: "the Korean American Grocers Assn. said")
  'assn', 'dept', 'bros',
  // (an advocate's title in Israeli and South African copy: "his lawyer, Adv. Eitan Sasson, said")
  'adv',
  // (Indian honorifics of women, Hindi and Tamil: "the Deputy Commissioner, Smt. Akala Konyak, said")
  'smt', 'tmt',
  // (Nigerian engineers' and barristers' titles: "The Minister of Works, Engr. Halima Sule-Adeyemi, said")
  'engr', 'barr',
  // (Australian and Singaporean companies' legal forms: "Pardoo Iron Pty. Ltd. said", "Pte. Ltd.")
  'pty', 'pte',
  // (Sainte in French place names: "the Canadian Mental Health Association Sault Ste. Marie branch")
  'ste',
]);

/** From p: one or two capitals that end a word ("T" of "7294.T", "KS" of "005930.KS") */
function exchangeSuffix(text: string, p: number): boolean {
  let k = p;
  while (k < text.length && k - p < 3 && cls(text, k) === 2) k++;
  return k > p && k - p <= 2 && (k >= text.length || cls(text, k) === 0);
}

/** "hAdhmaill" of "Ó hAdhmaill": h, n or t before a capital and a lower-case letter, after an Irish surname's particle */
function irishMutation(text: string, s: number): boolean {
  const c0 = text.charCodeAt(s);
  if (!((c0 === 104 || c0 === 110 || c0 === 116) && cls(text, s + 1) === 2 && cls(text, s + 2) !== 2)) return false;
  return IRISH_PARTICLE.test(text.slice(Math.max(0, s - 5), s));
}
const IRISH_PARTICLE = /(?:^|[\s(])(?:Ó|Ní|Uí|Ua|Mac|Nic|Mhic)[ \u00A0]$/;

/** "l'" or "d’" at s */
function isElision(text: string, s: number): boolean {
  const c = text.charCodeAt(s) | 32, q = text.charCodeAt(s + 1);
  return (c === 108 || c === 100) && (q === 39 || q === 0x2019);
}

function isNo(text: string, s: number): boolean {
  return (text.charCodeAt(s) | 32) === 110 && (text.charCodeAt(s + 1) | 32) === 111;
}

/** a digit after spaces from p ("No. 5") */
function digitBefore(text: string, p: number): boolean {
  p--;
  while (p >= 0 && text.charCodeAt(p) === 32) p--;
  return p >= 0 && isDigit(text.charCodeAt(p));
}

function digitAfter(text: string, p: number): boolean {
  while (p < text.length && text.charCodeAt(p) === 32) p++;
  return isDigit(text.charCodeAt(p));
}

/** Hashes (as computed by the scanner) of the abbreviations: a word whose hash is not among them is not one. */
/** whether the word before `s` is capitalised (a title, a given name) or `s` starts a sentence or a line ("her Ma. Then …" is no name) */
function capitalOrStartBefore(text: string, s: number): boolean {
  let p = s - 1;
  while (p >= 0 && (text.charCodeAt(p) === 32 || text.charCodeAt(p) === 9)) p--;
  if (p < 0) return true;
  const c = text.charCodeAt(p);
  if (c === 10 || c === 13 || c === 46 || c === 33 || c === 63 || c === 34 || c === 0x201c || c === 0x2014 || c === 44 || c === 58) return true;
  let w = p;
  while (w > 0 && cls(text, w - 1) !== 0) w--;
  return cls(text, w) === 2;
}

/** top-level domains of a web address used as a name ("Layoffs.fyi", "Amazon.com") */
const WEB_DOMAINS: ReadonlySet<string> = new Set(['com', 'org', 'net', 'io', 'fyi', 'ai', 'gov', 'edu', 'info']);

/** abbreviated given names, and an engineer's title ("Ing. Samuel Tetteh"), as written (capitalised): see the tokenizer */
const GIVEN_ABBREVIATIONS: ReadonlySet<string> = new Set(['Ma', 'Wm', 'Chas', 'Thos', 'Jas', 'Geo', 'Jno', 'Ing']);

const ABBREVIATION_HASHES = new Set<number>();
for (const w of ABBREVIATIONS) ABBREVIATION_HASHES.add(scannerHash(w));

/**
 * Is the text hard-wrapped (paragraphs broken into lines of a fixed width, separated by blank
 * lines)? Yes when at least half of the lines of a wrapping width (50–100 characters) that
 * another line follows end inside a sentence (no closing punctuation), over at least three
 * such lines. One paragraph per line (the usual export) has almost none, and short lines
 * (lists, boilerplate) do not count.
 */
export function isHardWrapped(text: string): boolean {
  let inner = 0, open = 0;
  let from = 0;
  for (;;) {
    const nl = text.indexOf('\n', from);
    if (nl < 0) break;
    // the line [from, nl): its last non-space character; the next line: is it empty?
    let e = nl;
    while (e > from && isSpace(text.charCodeAt(e - 1))) e--;
    let k = nl + 1;
    while (k < text.length && text.charCodeAt(k) !== 10 && isSpace(text.charCodeAt(k))) k++;
    const nextEmpty = k >= text.length || text.charCodeAt(k) === 10;
    if (!nextEmpty && e - from >= 50 && e - from <= 100) {
      inner++;
      if (!LINE_END.has(text.charCodeAt(e - 1))) open++;
    }
    from = nl + 1;
  }
  return inner >= 3 && open * 2 >= inner;
}
/** characters that end a line at the end of a sentence or a heading: . ! ? : ” " ’ ' ) ] */
const LINE_END = new Set([46, 33, 63, 58, 0x201d, 34, 0x2019, 39, 41, 93]);

/** From i (after a line break): is the next line empty? */
function blankLineAhead(text: string, i: number): boolean {
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 10) return true;
    if (!isSpace(c)) return false;
    i++;
  }
  return true;
}

/**
 * The tokens of a text. With `scratch`, the arrays are scratch memory, valid until the next
 * call with `scratch` (extract() uses them for one document, then drops them).
 */
export function tokenize(text: string, scratch = false): Tokens {
  if (WORDS.length >= WORDS_MAX) resetWords();
  const len = text.length;
  let cap = Math.max(64, (len >> 2) + 16);
  let start = scratchI32(scratch, Buf.Start, cap);
  let end = scratchI32(scratch, Buf.End, cap);
  let kind = scratchU8(scratch, Buf.Kind, cap);
  let flags = scratchU8(scratch, Buf.Flags, cap);
  let hash = scratchI32(scratch, Buf.Hash, cap);
  const lowerBits = scratch ? SCRATCH_LOWER_BITS.fill(0) : newHashFilter();
  let n = 0;
  let paraPending = true;
  let sq = false;
  // hard-wrapped text: a single line break is a space, a blank line ends the paragraph
  const wrapped = isHardWrapped(text);
  const grow = () => {
    cap *= 2;
    const s2 = new Int32Array(cap); s2.set(start); start = s2;
    const e2 = new Int32Array(cap); e2.set(end); end = e2;
    const k2 = new Uint8Array(cap); k2.set(kind); kind = k2;
    const f2 = new Uint8Array(cap); f2.set(flags); flags = f2;
    const h2 = new Int32Array(cap); h2.set(hash); hash = h2;
  };
  const push = (s: number, e: number, k: number, f: number) => {
    if (n === cap) grow();
    start[n] = s; end[n] = e; kind[n] = k;
    flags[n] = f | (paraPending ? F.Para : 0);
    paraPending = false;
    n++;
  };

  let i = 0;
  while (i < len) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      if (c === 10 && (!wrapped || blankLineAhead(text, i + 1))) paraPending = true;
      i++;
      continue;
    }
    const k0 = cls(text, i);
    if (k0 !== 0) {
      // a word; hash of the lower-cased form is computed on the way (see lower())
      const s = i;
      const firstUpper = k0 === 2;
      /** a compound's inner "for" read ("Not-for-profits"): its later hyphens split nothing */
      let linked = false;
      let upper = k0 === 2 ? 1 : 0;
      let lower = k0 === 1 ? 1 : 0;
      let letters = k0 !== 3 ? 1 : 0;
      let fl = 0;
      let poss = -1; // start of a possessive split
      let possTrailing = false;
      let hh = c < 128 ? LC[c] : c;
      if (c >= 128) fl |= F.Wide;
      i++;
      for (;;) {
        // the common case first: a run of ASCII lower-case letters
        let d = text.charCodeAt(i);
        if (d >= 97 && d <= 122) {
          const from = i;
          do {
            hh = (Math.imul(hh, 31) + d) | 0;
            d = text.charCodeAt(++i);
          } while (d >= 97 && d <= 122);
          lower += i - from;
          letters += i - from;
        }
        if (i >= len) break;
        const k = d < 128 ? CLS[d] : clsWide(text, i, d);
        if (k !== 0) {
          if (d >= 128) fl |= F.Wide;
          if (k === 2) upper++; else if (k === 1) lower++;
          if (k !== 3) letters++;
          hh = (Math.imul(hh, 31) + (d < 128 ? LC[d] : d)) | 0;
          i++;
          continue;
        }
        const nk = i + 1 < len ? cls(text, i + 1) : 0;
        if (d === 45 /* - */ || d === 0x2010 || d === 0x2011) {
          if (nk === 0) break;
          // "Hamas-held": a capitalised part followed by a lower-case part is split
          // (not a compound that "for" links on: "Not-for-profits")
          if (firstUpper && nk === 1 && !HYPHEN_PARTICLES.has(text.slice(s, i).toLowerCase()) && !asianGivenName(text, s, i) && !placeLink(text, i) && !linked && !(linked = innerLink(text, i))) break;
          if (d === 45) fl |= F.Hyphen;
          hh = (Math.imul(hh, 31) + d) | 0;
          i++;
          continue;
        }
        // a campus after its university's letters and an en dash is one name: "UW–Madison", "UNC–Chapel Hill"
        if (d === 0x2013 && nk === 2 && upper >= 2 && lower === 0 && i - s <= 5 && (i + 2 >= len || cls(text, i + 2) === 1)) {
          hh = (Math.imul(hh, 31) + d) | 0;
          i++;
          continue;
        }
        // a number's thousands separator: "700,000" is one token (a comma there ends no clause)
        if (d === 44 && k0 === 3 && isDigit(text.charCodeAt(i + 1)) && isDigit(text.charCodeAt(i + 2)) && isDigit(text.charCodeAt(i + 3)) && !isDigit(text.charCodeAt(i + 4))) {
          hh = (Math.imul(hh, 31) + 44) | 0;
          i++;
          continue;
        }
        if (d === 46 /* . */) {
          // U.S. / U.N. / 3.5 / e.g.
          const runLen = i - s;
          // a web address as a name: "Layoffs.fyi", "Amazon.com"
          if (firstUpper && runLen >= 2 && nk === 1) {
            let e = i + 1;
            while (e < len && e - i <= 5 && cls(text, e) === 1) e++;
            if (e - i >= 3 && cls(text, e) === 0 && text.charCodeAt(e) !== 45 && WEB_DOMAINS.has(text.slice(i + 1, e))) {
              for (let k = i; k < e; k++) hh = (Math.imul(hh, 31) + (k === i ? 46 : text.charCodeAt(k))) | 0;
              i = e;
              break;
            }
          }
          // a ticker's exchange: "(7294.T)", "(ACME.O)", "005930.KS" (upper case or digits before)
          if (nk === 2 && lower === 0 && exchangeSuffix(text, i + 1)) { hh = (Math.imul(hh, 31) + 46) | 0; i++; continue; }
          // (a single letter after a dot or a hyphen: "U.S.", "D-N.Y.")
          const prevIsSingleLetter = runLen === 1 || (runLen >= 2 && (text.charCodeAt(i - 2) === 46 || text.charCodeAt(i - 2) === 45));
          if (nk !== 0 && (prevIsSingleLetter || (nk === 3 && (k0 === 3 || isDigit(text.charCodeAt(i - 1)))))) { hh = (Math.imul(hh, 31) + 46) | 0; i++; continue; }
          // a Mongolian patronymic's initial of two letters glued to the name: "Ts.Enkhjargal", "Ch.Bat-Erdene"
          // (not an abbreviation's: "St.Petersburg", "Dr.Smith")
          if (runLen === 2 && firstUpper && nk === 2 && cls(text, s + 1) === 1 && cls(text, i + 2) === 1 && !ABBREVIATIONS.has(text.slice(s, i).toLowerCase())) { hh = (Math.imul(hh, 31) + 46) | 0; i++; continue; }
          // "D-Ill.", "R-Texas." party-state tags: the dot belongs to the word
          // (also in brackets: "Sen. Dana Whitlock (R-Kan.), the bill's author, insists")
          if (firstUpper && runLen <= 7 && text.charCodeAt(s + 1) === 45 && nk === 0 && (text.charCodeAt(i + 1) === 44 || text.charCodeAt(i + 1) === 41)) { hh = (Math.imul(hh, 31) + 46) | 0; i++; fl |= F.Abbr; break; }
          if (prevIsSingleLetter && letters > 0) { hh = (Math.imul(hh, 31) + 46) | 0; i++; fl |= F.Abbr; break; }
          // a short capitalised word whose dot a comma or a bracket follows: a state's abbreviation
          // ("(D., Miss.)", "Columbus, Ga., president of …"), not a sentence's end
          // (nor before a hyphen's lower-case word: "the Vernon, Calif.-based jeans label")
          if (firstUpper && runLen <= 5 && nk === 0 && (text.charCodeAt(i + 1) === 44 || text.charCodeAt(i + 1) === 41 || (text.charCodeAt(i + 1) === 45 && cls(text, i + 2) === 1))) { hh = (Math.imul(hh, 31) + 46) | 0; i++; fl |= F.Abbr; break; }
          // a party tag's place that starts abbreviated: "D-St. Louis", "R-Ft. Worth"
          if (firstUpper && runLen <= 6 && runLen >= 4 && text.charCodeAt(s + 1) === 45 && nk === 0 && ABBREVIATIONS.has(text.slice(s + 2, i).toLowerCase())) { hh = (Math.imul(hh, 31) + 46) | 0; i++; fl |= F.Abbr; break; }
          // ("No. 5", but "she said no. Then …")
          // (a currency's hundredth in lower case after a sum ends its sentence: "rose 6 sen. Bina Teguh said")
          if (runLen <= 8 && ABBREVIATION_HASHES.has(hh) && ABBREVIATIONS.has(text.slice(s, i).toLowerCase()) && !(runLen === 2 && isNo(text, s) && !digitAfter(text, i + 1)) && (firstUpper || runLen !== 3 || text.slice(s, i) !== 'sen' || !digitBefore(text, s))) { hh = (Math.imul(hh, 31) + 46) | 0; i++; fl |= F.Abbr; }
          // an abbreviated given name before another name: "Ma. Teresa Santos" (Maria, in Philippine
          // copy), "Jose Ma. Cruz", "Wm. Harris"
          else if (runLen <= 4 && firstUpper && GIVEN_ABBREVIATIONS.has(text.slice(s, i)) && text.charCodeAt(i + 1) === 32 && cls(text, i + 2) === 2 && capitalOrStartBefore(text, s)) { hh = (Math.imul(hh, 31) + 46) | 0; i++; fl |= F.Abbr; }
          break;
        }
        if (d === 0x2019 || d === 39) {
          if (nk !== 0) {
            const after = i + 2 < len ? cls(text, i + 2) : 0;
            const nc = text.charCodeAt(i + 1);
            if ((nc === 115 || nc === 83) && after === 0) { poss = i; break; } // ’s
            if (nk === 2 || letters > 0) { hh = (Math.imul(hh, 31) + 39) | 0; i++; continue; } // O’Brien, doesn’t
            break;
          }
          // trailing apostrophe after s: possessive ("Hamas’ refusal")
          const pc = text.charCodeAt(i - 1);
          if ((pc === 115 || pc === 83) && firstUpper) { possTrailing = true; poss = i; }
          break;
        }
        if (d === 38 /* & */ && upper > 0 && lower === 0 && nk === 2) { hh = (Math.imul(hh, 31) + 38) | 0; i++; continue; } // AT&T
        if (d === 43 /* + */ && upper >= 2 && lower === 0 && nk === 0) { hh = (Math.imul(hh, 31) + 43) | 0; i++; break; } // OPEC+
        break;
      }
      let e = i;
      // an elided French or Italian article before a name: "Institut de l'Elevage", "Côte d’Ivoire"
      const elided = !firstUpper && e - s >= 4 && isElision(text, s) && cls(text, s + 2) === 2;
      // (an Irish surname's mutation before its capital, after "Ó", "Ní", "Mac"…: "Ó hAdhmaill", "Ní hÉalaithe")
      const mutated = !firstUpper && !elided && e - s >= 4 && irishMutation(text, s);
      if (firstUpper || elided || mutated) fl |= F.Cap;
      if (upper >= 2 && lower === 0) fl |= F.AllCaps;
      if (k0 === 3) fl |= F.Digit;
      if (n === cap) grow();
      hash[n] = hh;
      if (!firstUpper && !elided && !mutated) addHash(lowerBits, hh);
      push(s, e, K.Word, fl);
      if (poss >= 0) {
        const pe = possTrailing ? poss + 1 : poss + 2;
        push(poss, pe, K.Poss, 0);
        i = pe;
      }
      continue;
    }
    // punctuation
    let k: number;
    // the wire's old double quotes: ``…'' (two backticks open, two apostrophes close)
    if ((c === 96 || c === 39) && i + 1 < len && text.charCodeAt(i + 1) === c) {
      push(i, i + 2, c === 96 ? K.QuoteOpen : K.QuoteClose, 0);
      i += 2;
      continue;
    }
    switch (c) {
      case 0x201c: case 0x201e: case 0xab: k = K.QuoteOpen; break; // “ „ « (guillemets: Central Asian and French-style copy)
      case 0x201d: case 0xbb: k = K.QuoteClose; break; // ” »
      case 0x2018: case 0x2019: case 39: { // single quotation marks (British style); apostrophes are inside words
        const p = i > 0 ? text.charCodeAt(i - 1) : 32;
        const q = i + 1 < len ? text.charCodeAt(i + 1) : 32;
        const pSpace = i === 0 || isSpace(p) || p === 40 || p === 91 || p === 0x2014 || p === 0x2013 || p === 0x201c || p === 34;
        const qSpace = i + 1 >= len || isSpace(q) || q === 44 || q === 46 || q === 59 || q === 58 || q === 41 || q === 63 || q === 33 || q === 0x201d || q === 34 || q === 0x2014;
        if (c !== 0x2019 && pSpace && !qSpace) { k = K.QuoteOpen; sq = true; }
        else if (c !== 0x2018 && !pSpace && qSpace) { k = K.QuoteClose; sq = true; }
        else k = K.Other;
        break;
      }
      case 34: { // " '
        const p = i > 0 ? text.charCodeAt(i - 1) : 32;
        const opening = i === 0 || isSpace(p) || p === 40 || p === 91 || p === 0x2014 || p === 0x2013 || p === 45 || p === 0x201c || p === 0x2018;
        k = opening ? K.QuoteOpen : K.QuoteClose;
        break;
      }
      case 44: k = K.Comma; break;
      // (a point that opens a number is no full stop: a batting average, "hitting .214 before the game")
      case 46: k = i + 1 < len && isDigit(text.charCodeAt(i + 1)) && (i === 0 || isSpace(text.charCodeAt(i - 1)) || text.charCodeAt(i - 1) === 40) ? K.Other : K.End; break;
      case 33: case 63: case 0x2026: k = K.End; break;
      // (a clock's colon is no clause's: "at 6:30am", "ran 13:18.42")
      case 58: k = i > 0 && isDigit(text.charCodeAt(i - 1)) && i + 1 < len && isDigit(text.charCodeAt(i + 1)) ? K.Other : K.Colon; break;
      case 59: k = K.Colon; break;
      case 0x2014: case 0x2013: case 45: k = K.Dash; break;
      case 40: case 91: k = K.ParenOpen; break;
      case 41: case 93: k = K.ParenClose; break;
      default: k = K.Other;
    }
    // a run of dots is one token
    let e = i + 1;
    if (c === 46) while (e < len && text.charCodeAt(e) === 46) e++;
    push(i, e, k, sq ? F.Single : 0);
    sq = false;
    i = e;
  }

  // structure: paragraphs, sentences, quotes
  const sent = scratchI32(scratch, Buf.Sent, n);
  const para = scratchI32(scratch, Buf.Para, n);
  const quote = scratchI32(scratch, Buf.Quote, n);
  const sentStart: number[] = [];
  const paraStart: number[] = [];
  const quotes: Array<[number, number]> = [];
  let s = -1;
  let p = -1;
  let newSent = true;
  let open = -1;
  const closeOpen = (at: number) => {
    if (open >= 0) {
      quotes.push([open, at]);
      const id = quotes.length;
      for (let j = open + 1; j < at && j < n; j++) quote[j] = id;
      open = -1;
    }
  };
  for (let t = 0; t < n; t++) {
    const f = flags[t];
    if (f & F.Para) {
      closeOpen(t);
      p++;
      paraStart.push(t);
      newSent = true;
    }
    const k = kind[t];
    if (newSent && !(k === K.QuoteClose && !(f & F.Para) && s >= 0)) {
      s++;
      sentStart.push(t);
      newSent = false;
    }
    sent[t] = s;
    para[t] = p;
    if (k === K.End) newSent = true;
    // a single quote of one to three words that ends in "s’": its end, not a plural's possessive
    // ("Lesego ‘Bra Les’ Tshekiso")
    else if (k === K.Poss && open >= 0 && open >= t - 4 && (flags[open] & F.Single) && end[t] - start[t] === 1 && sent[open] === s) {
      kind[t] = K.QuoteClose;
      flags[t] |= F.Single;
      closeOpen(t);
    } else if (k === K.QuoteOpen) {
      if (open < 0) open = t;
      else if (f & F.Single) kind[t] = K.Other; // ‘ inside a quote
    } else if (k === K.QuoteClose) {
      // only close an open quote of the same kind (’ inside “…” is not its end)
      if (open >= 0 && ((flags[open] ^ f) & F.Single) === 0) closeOpen(t);
      else if (f & F.Single) kind[t] = K.Other;
    }
  }
  closeOpen(n);
  sentStart.push(n);
  paraStart.push(n);
  // clauseEnd/clauseEndQ are filled in later (clauseEnd()): declared here so that every Tokens
  // object keeps one shape (a property added later is a new map, and the code reading tokens
  // deoptimises on it)
  return {
    text, n, start, end, kind, flags, sent, sentStart, para, paraStart, quote, quotes, h: hash, wid: scratchI32(scratch, Buf.Wid, n),
    clauseEnd: undefined, clauseEndQ: undefined, lowerBits, scratch,
  };
}

// The shared word table: every distinct lower-case word once (found by the scanner's hash and
// verified against the text), with its lexicon bits (see W). Ids are stable within a document;
// the table is only emptied between documents (tokenize) once it holds WORDS_MAX words.
const WORDS: string[] = [];
/** per id: its nameKey (keys.ts) once asked for: the word without dots */
const WKEYS: Array<string | undefined> = [];
let WBITS = new Int32Array(1024);
/** per id: the scanner's hash it was found by (the table's key) */
let WHASH = new Int32Array(1024);
let slotMask = (1 << 12) - 1;
let slotKey = new Int32Array(slotMask + 1);
let slotId = new Int32Array(slotMask + 1); // id + 1, 0 = empty
const WORDS_MAX = 1 << 18;

function resetWords(): void {
  WORDS.length = 0;
  WKEYS.length = 0;
  slotMask = (1 << 12) - 1;
  slotKey = new Int32Array(slotMask + 1);
  slotId = new Int32Array(slotMask + 1);
}

function insertSlot(h: number, id: number): void {
  let slot = Math.imul(h, 0x9e3779b1) >>> 20 & slotMask;
  while (slotId[slot] !== 0) slot = (slot + 1) & slotMask;
  slotKey[slot] = h;
  slotId[slot] = id + 1;
}

/** Id of word token i (a Word token) in the shared word table. */
function wordId(t: Tokens, i: number): number {
  const known = t.wid[i];
  if (known !== 0) return known - 1;
  const s = t.start[i], len = t.end[i] - s;
  const h = t.h[i];
  const text = t.text;
  let slot = Math.imul(h, 0x9e3779b1) >>> 20 & slotMask;
  for (;;) {
    const id1 = slotId[slot];
    if (id1 === 0) break;
    if (slotKey[slot] === h) {
      const cand = WORDS[id1 - 1];
      if (cand.length === len && sameLower(text, s, cand)) { t.wid[i] = id1; return id1 - 1; }
    }
    slot = (slot + 1) & slotMask;
  }
  let w = text.slice(s, s + len).toLowerCase();
  if (w.indexOf('’') >= 0) w = w.replace(/’/g, "'");
  const id = WORDS.length;
  WORDS.push(w);
  WKEYS.push(undefined);
  if (id >= WBITS.length) {
    const b2 = new Int32Array(WBITS.length * 2); b2.set(WBITS); WBITS = b2;
    const h2 = new Int32Array(WHASH.length * 2); h2.set(WHASH); WHASH = h2;
  }
  WBITS[id] = wordBits(w);
  WHASH[id] = h;
  if (2 * WORDS.length > slotMask) {
    slotMask = slotMask * 2 + 1;
    slotKey = new Int32Array(slotMask + 1);
    slotId = new Int32Array(slotMask + 1);
    for (let k = 0; k < WORDS.length - 1; k++) insertSlot(WHASH[k], k);
    insertSlot(h, id);
  } else {
    slotKey[slot] = h;
    slotId[slot] = id + 1;
  }
  t.wid[i] = id + 1;
  return id;
}

/** The word's text, lower-cased, with ’ as ' ("" for punctuation). */
export function lower(t: Tokens, i: number): string {
  if (i < 0 || i >= t.n || t.kind[i] !== 1) return '';
  return WORDS[wordId(t, i)];
}

/**
 * nameKey() of word token i on its own, from the word table: lower() without dots ("U.S." → "us").
 * A single word has no spaces and no leading article, so nothing else of nameKey applies.
 */
export function wordKey(t: Tokens, i: number): string {
  if (i < 0 || i >= t.n || t.kind[i] !== 1) return '';
  const id = wordId(t, i);
  let k = WKEYS[id];
  if (k === undefined) {
    const w = WORDS[id];
    k = dotless(w);
    WKEYS[id] = k;
  }
  return k;
}

/** Lexicon bits (W) of token i's lower() form; 0 for punctuation and out of range. */
export function wb(t: Tokens, i: number): number {
  if (i < 0 || i >= t.n || t.kind[i] !== 1) return 0;
  return WBITS[wordId(t, i)];
}

function sameLower(text: string, s: number, w: string): boolean {
  for (let k = 0; k < w.length; k++) {
    let c = text.charCodeAt(s + k);
    if (c < 128) c = LC[c];
    else if (c === 0x2019) c = 39;
    if (c !== w.charCodeAt(k)) return false;
  }
  return true;
}

/** True when word token i, lower-cased, equals w (w lower case ASCII; no allocation). */
export function isWord(t: Tokens, i: number, w: string): boolean {
  if (i < 0 || i >= t.n || t.kind[i] !== 1 || t.end[i] - t.start[i] !== w.length) return false;
  return sameLower(t.text, t.start[i], w);
}

/**
 * First token e ≥ i with kind End, in another sentence than i, or (stopAtClose) a closing quote;
 * n at the end. Precomputed once per document so that clause scans stay linear.
 */
export function clauseEnd(t: Tokens, i: number, stopAtClose: boolean): number {
  let arr = stopAtClose ? t.clauseEndQ : t.clauseEnd;
  if (!arr) {
    const n = t.n;
    arr = scratchI32(t.scratch, stopAtClose ? Buf.ClauseEndQ : Buf.ClauseEnd, n + 1);
    arr[n] = n;
    for (let k = n - 1; k >= 0; k--) {
      const kk = t.kind[k];
      if (kk === K.End || (stopAtClose && kk === K.QuoteClose)) arr[k] = k;
      else arr[k] = k + 1 < n && t.sent[k + 1] !== t.sent[k] ? k + 1 : arr[k + 1];
    }
    if (stopAtClose) t.clauseEndQ = arr; else t.clauseEnd = arr;
  }
  return arr[i];
}

/** Length of token i in UTF-16 units. */
export function tlen(t: Tokens, i: number): number {
  return i >= 0 && i < t.n ? t.end[i] - t.start[i] : 0;
}

/** A bit per scanner hash (folded to 16 bits) of some lower-case words, for mayBe() and hasHash(). */
export type HashFilter = Uint32Array;

function newHashFilter(): HashFilter {
  return new Uint32Array(1 << 11);
}

/** The scanner's hash of a word (the tokenizer computes it of each word's lower-cased form). */
export function scannerHash(w: string): number {
  let h = w.charCodeAt(0);
  for (let k = 1; k < w.length; k++) h = (Math.imul(h, 31) + w.charCodeAt(k)) | 0;
  return h;
}

function addHash(filter: HashFilter, h: number): void {
  const f = (h ^ (h >>> 16)) & 0xffff;
  filter[f >>> 5] |= 1 << (f & 31);
}

/** False when no word of the filter has the hash h; true may still be none of them. */
export function hasHash(filter: HashFilter, h: number): boolean {
  const f = (h ^ (h >>> 16)) & 0xffff;
  return (filter[f >>> 5] & (1 << (f & 31))) !== 0;
}

/** The scanner's hashes of lower-case words, for mayBe(). */
export function wordHashes(words: Iterable<string>): HashFilter {
  const out = newHashFilter();
  for (const w of words) if (w) addHash(out, scannerHash(w));
  return out;
}

/**
 * False when word token i, lower-cased, is certainly none of the words whose wordHashes() are
 * given (no string is read): ASCII words have the hash of their lower() form. A prefilter only:
 * true may still be none of them.
 */
export function mayBe(t: Tokens, i: number, hashes: HashFilter): boolean {
  return (t.flags[i] & F.Wide) !== 0 || hasHash(hashes, t.h[i]);
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
