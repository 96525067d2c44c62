// Normalised keys for matching names: case, dots, commas, apostrophes, spaces and a leading article
// do not matter ("U.S." = "US", "ALL ISRAEL NEWS" = "All Israel News", "The Times" = "Times").
import { isPlaceKey } from './lexicon/places';

export function nameKey(s: string): string {
  let k = s.toLowerCase();
  k = dotless(k);
  // (a nickname in quotes inside a name is not part of its key: "Kabelo ‘Scara’ Mosweu" is "Kabelo Mosweu")
  if (k.indexOf(' ‘') >= 0 || k.indexOf(' “') >= 0 || k.indexOf(' "') >= 0 || k.indexOf(" '") >= 0) k = k.replace(NICKNAME, ' ');
  if (k.indexOf('’') >= 0) k = k.replace(/’/g, "'");
  // ("Meridex Health, Inc." = "Meridex Health Inc.", "Ministry of Agriculture, Forestry and Fisheries")
  if (k.indexOf(',') >= 0) k = k.replace(/, */g, ' ');
  if (oddSpace(k)) k = k.replace(/[\s\u00a0]+/g, ' ');
  if (k.startsWith('the ')) k = k.slice(4);
  return k.trim();
}

/**
 * A lower-case name without its dots ("u.s." → "us"); a patronymic's initials glued to the name,
 * as Mongolian copy writes it, are a word of their own ("ts.dorjpalam" → "ts dorjpalam", whose
 * surname-like part is "dorjpalam"). Keys and the tokenizer's word keys both use it.
 */
export function dotless(k: string): string {
  return k.indexOf('.') >= 0 ? k.replace(GLUED_INITIALS, '$1 ').replace(/\./g, '') : k;
}
const GLUED_INITIALS = /(?<![a-z.])([a-z]{1,2})\.(?=[a-z]{3,})/g;

/** a nickname in quotes between two words of a name */
const NICKNAME = / [‘“"'][^‘’“”"'\s][^‘’“”"']{0,30}[’”"'] (?=\S)/g;

/** the key of a quoted nickname inside a name ("Kabelo ‘Scara’ Mosweu" → "scara"), else null */
export function nicknameKey(name: string): string | null {
  const m = ONE_NICKNAME.exec(name);
  return m ? nameKey(m[0].slice(2, -2)) : null;
}
const ONE_NICKNAME = new RegExp(NICKNAME.source);

/** A name as shown (an entity's canonical name): line breaks and runs of spaces as one space. */
export function displayName(s: string): string {
  return oddSpace(s) ? s.replace(/[\s\u00a0]+/g, ' ').trim() : s;
}

function oddSpace(k: string): boolean {
  let prevSpace = false;
  for (let i = 0; i < k.length; i++) {
    const c = k.charCodeAt(i);
    if (c === 32) { if (prevSpace) return true; prevSpace = true; continue; }
    if (c === 0xa0 || c === 9 || c === 10 || c === 13 || c === 11 || c === 12 || (c > 127 && /\s/.test(k[i]))) return true;
    prevSpace = false;
  }
  return false;
}

/** a government body's head word, after the place it serves ("Montana Department of …") */
const BODY_HEADS: ReadonlySet<string> = new Set(['department', 'ministry', 'bureau', 'office', 'agency', 'commission', 'authority', 'board', 'division']);

/** country prefixes an organisation's acronym leaves out ("U.S. Food and Drug Administration" → "fda") */
const COUNTRY_PREFIXES = new Set(['us', 'uk', 'eu', 'un']);

/**
 * The acronyms an organisation's name key is known by: its initials, and without a leading
 * country prefix ("us food and drug administration" → "usfda", "fda"); only those of 2+ letters.
 */
export function acronymsOf(key: string): string[] {
  const out: string[] = [];
  const ini = initials(key);
  if (ini.length >= 2) out.push(ini);
  // a police force by its department's acronym: "LMPD" of "Louisville Metro Police"
  if (ini.length >= 2 && key.endsWith(' police')) out.push(ini + 'd');
  // a name that grew an "and …" after its acronym was coined: "Centers for Disease Control and
  // Prevention" is still "CDC"
  const and = key.lastIndexOf(' and ');
  if (and > 0 && key.indexOf(' ', and + 5) < 0) {
    const short = initials(key.slice(0, and));
    if (short.length >= 3 && short !== ini) out.push(short);
  }
  const sp = key.indexOf(' ');
  // (and a state's or a place's name before a government body's: "DPHHS" of "Montana Department
  // of Public Health and Human Services")
  const servedPlace = sp > 0 && !COUNTRY_PREFIXES.has(key.slice(0, sp)) && BODY_HEADS.has(key.slice(sp + 1, key.indexOf(' ', sp + 1)));
  if (sp > 0 && (COUNTRY_PREFIXES.has(key.slice(0, sp)) || servedPlace) && key.indexOf(' ', sp + 1) > 0) {
    const rest = initials(key.slice(sp + 1));
    if (rest.length >= (servedPlace ? 3 : 2) && rest !== ini) out.push(rest);
    // ("DOT&PF" of "Alaska Department of Transportation and Public Facilities")
    const amp = withAmpersand(key.slice(sp + 1));
    if (amp !== null && !out.includes(amp)) out.push(amp);
  }
  const amp = withAmpersand(key);
  if (amp !== null && !out.includes(amp)) out.push(amp);
  // a place's body by the place and the rest's initials, or by the place's initials and its last
  // word: "Illinois EPA" of "Illinois Environmental Protection Agency", "NL Hydro" of
  // "Newfoundland and Labrador Hydro"
  if (sp > 0 && key.indexOf(' ', sp + 1) > 0) {
    if (isPlaceKey(key.slice(0, sp))) {
      const rest = initials(key.slice(sp + 1));
      if (rest.length >= 2) out.push(`${key.slice(0, sp)} ${rest}`);
    }
    const last = key.lastIndexOf(' ');
    if (isPlaceKey(key.slice(0, last))) {
      const place = initials(key.slice(0, last));
      if (place.length >= 2) out.push(`${place}${key.slice(last)}`);
    }
  }
  // (and a place of two words before a government body: "PSC" of "North Dakota Public Service Commission")
  const sp2 = sp > 0 ? key.indexOf(' ', sp + 1) : -1;
  if (sp2 > 0 && isPlaceKey(key.slice(0, sp2)) && BODY_HEADS.has(key.slice(key.lastIndexOf(' ') + 1))) {
    const rest = initials(key.slice(sp2 + 1));
    if (rest.length >= 3 && !out.includes(rest)) out.push(rest);
  }
  // (a word of letters without a vowel gives all its letters: "HMRC" of "HM Revenue and Customs")
  if (LETTER_WORD.test(key)) {
    let letters = '';
    for (const w of key.split(' ')) if (w && !INITIALS_SKIP.has(w)) letters += LETTER_WORD_ONLY.test(w) ? w : w[0];
    if (letters.length >= 3 && !out.includes(letters)) out.push(letters);
  }
  // the "of" kept in a mixed-case acronym: "MoD" of "Ministry of Defence", "DoJ"
  if (key.indexOf(' of ') > 0) {
    let withOf = '';
    for (const w of key.split(' ')) if (w && w !== 'the' && w !== 'and' && w !== 'for' && w !== '&') withOf += w[0];
    if (withOf.length >= 3 && !out.includes(withOf)) out.push(withOf);
  }
  return out;
}

/** initials that keep "of" and write "and" as "&", as some agencies do ("dot&pf"); null without an "and" */
function withAmpersand(key: string): string | null {
  if (key.indexOf(' and ') < 0) return null;
  let out = '';
  for (const w of key.split(' ')) if (w && w !== 'the' && w !== 'for') out += w === 'and' || w === '&' ? '&' : w[0];
  return out.length >= 4 && out.length <= 6 ? out : null;
}

/**
 * The acronym a short key may be (for the long names it stands for): the key itself ("fda"),
 * after a country prefix ("us fda" of a headline's "US FDA"), or two words with initials ("nl hydro"); else null.
 */
export function acronymKey(key: string): string | null {
  if (key.length >= 2 && key.length <= 6 && key.indexOf(' ') < 0) return key;
  const sp = key.indexOf(' ');
  if (sp > 0 && COUNTRY_PREFIXES.has(key.slice(0, sp)) && key.length - sp - 1 >= 2 && key.length - sp - 1 <= 6 && key.indexOf(' ', sp + 1) < 0) return key.slice(sp + 1);
  // (two words, one of them initials, as acronymsOf makes them for a place's body: "illinois epa", "nl hydro")
  if (sp > 0 && key.indexOf(' ', sp + 1) < 0 && (sp <= 4 || key.length - sp - 1 <= 4)) return key;
  return null;
}

/** Initials of a multi-word name, skipping function words ("Israel Defense Forces" → "idf"). */
/** the words initials skip */
const INITIALS_SKIP: ReadonlySet<string> = new Set(['of', 'the', 'and', 'for', '&', 'de', 'al']);
/** a word of two to four letters without a vowel, itself letters of an acronym ("hm", "nhs"): in a key, and a whole word */
const NO_VOWELS = '[b-df-hj-np-tv-xz]{2,4}';
const LETTER_WORD = new RegExp(`(?:^| )${NO_VOWELS}(?= |$)`);
const LETTER_WORD_ONLY = new RegExp(`^${NO_VOWELS}$`);

export function initials(key: string): string {
  let out = '';
  for (const w of key.split(' ')) {
    if (INITIALS_SKIP.has(w)) continue;
    for (const part of w.split('-')) if (part) out += part[0];
  }
  return out;
}
