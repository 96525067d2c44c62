// Per-document extraction: name occurrences with person/org evidence, speakers found by the
// attribution patterns, acronym definitions and pending pronoun/continuation statements.
// Output is plain JSON data (cached per file).
import { Buf, F, K, W, hasHash, isWord, lower, scannerHash, scratchI32, tokenize, wb, type Tokens } from './tokens';
import { chunkNames, type Chunk } from './names';
import { nicknameKey } from './keys';
import { clubCities, governmentCapitals } from './place-metonyms';
import { findAttributions } from './attribution';
import { findStatements, type PendingStatement } from './statements';
import { roleBefore, roleAfter } from './roles';
import { capitalCountry, countryGroup, isPlaceKey } from './lexicon/places';
import { COMPANY_ENDS, FUNCTION_WORDS, GIVEN_NAMES, ORG_MARKERS, PLURAL_SOURCES, SURNAME_ENDS } from './lexicon/words';
import { SPEECH_VERBS } from './lexicon/speech-verbs';
import { PERSON_NOUNS } from './lexicon/titles';
import type { Span } from '../types';

export interface SpeakerInfo {
  role: string | null;
  quote: Span | null;
  cue: string;
  /** country group id when a capital stands for its government ("Doha asked") */
  metonym: string | null;
}

export interface NameOcc {
  start: number;
  end: number;
  text: string;
  key: string;
  words: number;
  /** person evidence */
  p: number;
  /** organisation evidence */
  o: number;
  /** match entities inside it by sub-sequences (headlines, ALL CAPS, over-long runs) */
  loose?: boolean;
  /** loose only: word offsets, flattened [start0, end0, start1, end1, …] */
  parts?: number[];
  speaker?: SpeakerInfo;
}

export { type PendingStatement };

export interface Extraction {
  names: NameOcc[];
  /** [acronym key, long form key] from "Long Form (ACR)" */
  acronyms: Array<[string, string]>;
  statements: PendingStatement[];
}

/** a name in Chinese or Japanese characters in brackets, right after the same name in Latin letters: "Lin Po-sheng (林柏昇)" */
const NATIVE_SCRIPT_AFTER = /^ ?[(\uFF08]([\u3400-\u4DBF\u4E00-\u9FFF\u3040-\u30FF]{2,12})[)\uFF09]/;

/**
 * `names` with the native-script form written in brackets after a name (Taipei Times, Focus
 * Taiwan, HKFP) as another occurrence of that name: a mention of its entity.
 */
function withNativeScript(text: string, names: NameOcc[]): NameOcc[] {
  let out: NameOcc[] | null = null;
  for (let i = 0; i < names.length; i++) {
    const o = names[i];
    const c = text.charCodeAt(o.end + (text.charCodeAt(o.end) === 32 ? 1 : 0));
    const m = c === 40 || c === 0xff08 ? NATIVE_SCRIPT_AFTER.exec(text.slice(o.end, o.end + 16)) : null;
    if (!m) { out?.push(o); continue; }
    out ??= names.slice(0, i);
    out.push(o);
    const start = o.end + m[0].indexOf(m[1]);
    out.push({ start, end: start + m[1].length, text: m[1], key: o.key, words: o.words, p: o.p, o: o.o });
  }
  return out ?? names;
}

/** titles that say no more than that the person is a doctor or professor */
const COURTESY_TITLES: ReadonlySet<string> = new Set(['dr.', 'dr', 'doctor', 'prof.', 'prof']);

export function extract(text: string): Extraction {
  if (!text) return { names: [], acronyms: [], statements: [] };
  const t = tokenize(text, true);
  const idx = chunkNames(t);
  const { chunks } = idx;
  const attributions = findAttributions(t, idx);
  const names: NameOcc[] = chunks.map((c) => occurrence(t, c));
  const cueTokens: number[] = [];
  const common = new Map<string, boolean>();
  // last words of the longer names of people in the text ("Susan Price" → "price", "Judge Scott
  // Hall" → "hall", not "Berlin Zoo"), made on first use
  let surnames: Set<string> | null = null;
  const isSurnameHere = (key: string): boolean => {
    if (surnames === null) {
      surnames = new Set();
      for (const d of chunks) if (d.words > 1 && (!d.org || d.titled || (wb(t, d.a) & W.Given))) surnames.add(d.key.slice(d.key.lastIndexOf(' ') + 1));
    }
    return surnames.has(key);
  };
  for (const a of attributions) {
    const c = chunks[a.chunk];
    const occ = names[a.chunk];
    // a code with digits in it names a storm or a model, no one who speaks ("the system, TD05F, … warned")
    if (c.words === 1 && CODE_WITH_DIGITS.test(c.key)) continue;
    // "Police said", "Critics say": a common noun that starts the sentence ("police" is also an
    // organisation marker, which does not make it a name); "Singer cancels tour, citing …",
    // "Zoo welcomes twin cubs": a person or organisation noun, unless a longer name here ends
    // with it ("Paul Singer … Singer said", "Mary Hall … Hall said")
    // (and in a title-case headline: "…, Researchers Say")
    if (c.loose && c.words === 1 && PLURAL_SOURCES.has(c.key)) continue;
    if (c.sentInitial && c.words === 1 && (PLURAL_SOURCES.has(c.key) || (!c.org && commonWord(t, c, common)) || ((genericOrgNoun(c.key) || PERSON_NOUNS.has(c.key) || (pluralAgent(c.key) && !chunks.some((d) => d.key === c.key && !d.sentInitial))) && !isSurnameHere(c.key)))) continue;
    if (FUNCTION_WORDS.has(c.key) && !(c.words === 1 && (t.flags[c.a] & F.AllCaps))) continue;
    // (a common noun in capitals: "the anti-graft NGO said")
    if (c.words === 1 && COMMON_ACRONYMS.has(c.key)) continue;
    // a participle that opens the sentence, when a name after it has the same verb: "Reacting,
    // the Managing Director of the ECG, Ing. Samuel Tetteh, welcomed …" (not "Keating, 79, said")
    if (c.sentInitial && c.words === 1 && c.key.endsWith('ing') && t.kind[c.b] === K.Comma && attributions.some((o) => o !== a && o.cueTok === a.cueTok)) continue;
    // a body a titled office heads, when the holder named after it speaks: "the Chairman of the Senate
    // Committee on Electoral Matters, Senator X, said" (the committee is in the chair's title)
    if (c.org && c.titled && t.kind[c.b] === K.Comma && attributions.some((o) => o !== a && o.cueTok === a.cueTok && chunks[o.chunk].a > c.b && !chunks[o.chunk].org)) continue;
    // (or the object of such a participle: "Piloting the Bill, the Minister of Housing, Mr. Clifton Brissett, said")
    if (c.a >= 2 && t.sentStart[t.sent[c.a]] === c.a - 2 && lower(t, c.a - 1) === 'the' && lower(t, c.a - 2).endsWith('ing') && !(t.flags[c.a - 2] & F.AllCaps) && t.kind[c.b] === K.Comma && attributions.some((o) => o !== a && o.cueTok === a.cueTok)) continue;
    // "the Opposition" alone is the parties out of power, no named source ("Opposition accuses Coalition of …");
    // "the Government" alone is whichever holds power, as New Zealand and Irish copy write it ("the Government confirmed"),
    // and "the Cabinet" alone its ministers ("The Cabinet welcomed the opening of …"; never marked in the gold sets)
    // (nor "the House" and "the Senate" alone, a chamber of whichever legislature the story is in: none of 383 is
    // marked in the gold sets; nor a press release's "the Company", none of 17)
    if (c.key === 'opposition' || c.key === 'the opposition' || c.key === 'government' || c.key === 'the government' || c.key === 'cabinet' || c.key === 'the cabinet' || NAMELESS_ALONE.has(c.key)) continue;
    // a wire's dateline city before its date and agency names no one: "Taipei, March 10 (CNA) Hengtai … said"
    // (also with its year after a slash: "Hawassa, March 20/2026 (EBC) - Ato Tesfaye … said")
    if (t.paraStart[t.para[c.a]] === c.a && c.words <= 3 && t.kind[c.b] === K.Comma && (wb(t, c.b + 1) & W.MonthDay) && (t.flags[c.b + 2] & F.Digit) && (t.kind[c.b + 3] === K.ParenOpen || ((t.flags[c.b + 4] & F.Digit) && t.kind[c.b + 5] === K.ParenOpen))) continue;
    // a speech verb written with a capital ("Update: Added comment from …") names no one
    if (c.words === 1 && c.key.endsWith('ed') && SPEECH_VERBS.has(c.key)) continue;
    let before = roleBefore(t, c);
    // "Dr. Helle Andersen, an epidemiologist at …": the appositive says more than the courtesy title
    const after = before && !COURTESY_TITLES.has(before.toLowerCase()) ? null : roleAfter(t, c);
    if (after?.role) before = null;
    const role = before ?? after?.role ?? null;
    if (role) occ.p += 2;
    occ.p += a.pronoun > 0 ? 1 : 0;
    occ.o += a.pronoun < 0 ? 1 : 0;
    const metonym = c.words === 1 && !countryGroup(c.key) ? capitalCountry(c.key) ?? null : null;
    if (metonym) occ.o += 5;
    occ.speaker = { role, quote: a.quote, cue: a.cue, metonym };
    cueTokens.push(a.cueTok);
  }
  governmentCapitals(t, chunks, names);
  clubCities(t, chunks, names);
  // a capitalised common word that starts a sentence and names no speaker here ("Price rises hit
  // families" in an article that also writes "prices"): not a name, so not a mention of anyone
  // (unless a longer name here ends with it: "Susan Price … Price and Davis disagreed"); nor
  // a word that names no one alone ("the Senate")
  const commonAtStart = (c: Chunk): boolean => {
    if (!c.sentInitial || c.words !== 1 || c.loose) return false;
    // (and the kind of body, capitalised by its place, before a word in lower case: "Council tax
    // bills …", "Council leader Cllr …", "Committee chair …", "Court orders …"; not a body the
    // copy names by its kind alone: "Commission spokesperson X said", "Navy spokesman …")
    const kindOfBody = genericOrgNoun(c.key) && !SHORT_NAMED_BODIES.has(c.key) && t.kind[c.b] === K.Word && !(t.flags[c.b] & (F.Cap | F.Digit));
    if (c.org && !kindOfBody) return false;
    if (!kindOfBody && !commonWord(t, c, common) && !pluralUse(t, c, common)) return false;
    return !isSurnameHere(c.key);
  };
  let kept = names;
  for (let i = 0; i < chunks.length; i++) {
    const c = chunks[i];
    if (names[i].speaker || !(NAMELESS_ALONE.has(c.key) || commonAtStart(c))) continue;
    if (kept === names) kept = names.slice(0, i);
    names[i] = DROPPED;
  }
  if (kept !== names) for (let i = kept.length; i < names.length; i++) if (names[i] !== DROPPED) kept.push(names[i]);
  // a dateline's city in capitals ("PUNE: Residents …", "SAO PAULO, Dec 11 (Reuters) -") names a place, no one's mention
  const dl = datelineCity(t, chunks);
  if (dl >= 0 && names[dl] !== DROPPED && !names[dl].speaker) {
    const city = names[dl];
    kept = kept.filter((o) => o !== city);
  }
  const acronyms: Array<[string, string]> = [];
  for (let i = 0; i + 1 < chunks.length; i++) {
    const c = chunks[i], d = chunks[i + 1];
    if (t.kind[c.b] === K.ParenOpen && d.a === c.b + 1 && d.b === d.a + 1 && t.kind[d.b] === K.ParenClose && ((t.flags[d.a] & F.AllCaps) || mixedCaseAcronym(t, d.a, c) || bracketName(c, d)) && c.words >= 2 && !ticker(t, d.a) && !partyTag(t, c, d)) {
      acronyms.push([d.key, c.key]);
    }
    // "the Saudi Ports Authority, known as Mawani, said": another name of the same
    else if (c.words >= 2 && t.kind[c.b] === K.Comma && knownAs(t, c.b + 1) === d.a && (t.kind[d.b] === K.Comma || t.kind[d.b] === K.End)) {
      acronyms.push([d.key, c.key]);
    }
  }
  // a nickname in quotes inside a name is another name of the same ("Scara" of "Kabelo ‘Scara’ Mosweu")
  // (an alias as acronyms are: resolve.ts looks it up before the name's other forms)
  for (const c of chunks) {
    if (c.words < 3 || c.org) continue;
    const nick = nicknameKey(c.text);
    // (not a given name, which finds its full name as given names do: "Rudy" of "Rudolph “Rudy” Kamakau")
    if (nick !== null && nick !== c.key && !GIVEN_NAMES.has(nick)) acronyms.push([nick, c.key]);
  }
  spelledAcronyms(t, chunks, acronyms);
  lastIndex = null;
  scanned = null;
  return { names: withNativeScript(text, kept), acronyms, statements: findStatements(t, cueTokens) };
}

/**
 * Acronyms in capitals that spell the initials of a longer name of the same text, without
 * brackets ("NASA" of "the National Aeronautics and Space Administration", "USDA" of "the U.S.
 * Department of Agriculture"): the small words may give no letter, a country's short form gives
 * all of its own. Added to `acronyms` when one name alone spells them.
 */
function spelledAcronyms(t: Tokens, chunks: Chunk[], acronyms: Array<[string, string]>): void {
  let byInitials: Map<string, string | null> | null = null;
  const known = new Set(acronyms.map((p) => p[0]));
  // (and in mixed case, a small word's initial in lower case: "TfL" of "Transport for London")
  let byCased: Map<string, string | null> | null = null;
  const put = (m: Map<string, string | null>, k: string, v: string) => {
    const had = m.get(k);
    m.set(k, had === undefined || had === v ? v : null);
  };
  for (const d of chunks) {
    if (d.words !== 1 || known.has(d.key)) continue;
    const len = t.end[d.a] - t.start[d.a];
    if (len < 3 || len > 6 || !/^[a-z]+$/.test(d.key)) continue;
    const caps = (t.flags[d.a] & F.AllCaps) !== 0;
    const word = caps ? '' : t.text.slice(t.start[d.a], t.end[d.a]);
    if (!caps && !MIXED_ACRONYM.test(word)) continue;
    if (!byInitials || !byCased) {
      byInitials = new Map();
      byCased = new Map();
      for (const c of chunks) {
        if (c.words < 2 || c.loose) continue;
        let ini = '', cased = '';
        for (const w of c.key.split(' ')) {
          if (ACRONYM_OPTIONAL.has(w)) { cased += w[0]; continue; }
          ini += w.length <= 2 && (w === 'us' || w === 'uk' || w === 'un' || w === 'eu') ? w : w[0];
          cased += w[0].toUpperCase();
        }
        if (ini.length < 3 && cased.length < 3) continue;
        if (ini.length >= 3) put(byInitials, ini, c.key);
        if (cased !== ini.toUpperCase()) put(byCased, cased, c.key);
      }
    }
    const long = caps ? byInitials.get(d.key) : byCased.get(word);
    if (long) { acronyms.push([d.key, long]); known.add(d.key); }
  }
}

/**
 * An acronym in mixed case made of the starts of the name's words, in order: "DOTr" of
 * "Department of Transportation", "Pemex" of "Petroleos Mexicanos", "Cosla" of "Convention of
 * Scottish Local Authorities" (every word gives a start, but "of", "the", "and" may give none);
 * or of its first words, past two, as Spanish and Portuguese bodies are named: "Icafe" of
 * "Instituto del Café de Costa Rica", "Comibox" of "Comisión de Boxeo Profesional de Panamá"
 * (accents aside).
 */
function mixedCaseAcronym(t: Tokens, k: number, c: Chunk): boolean {
  const acr = plainLetters(lower(t, k));
  const words = plainLetters(c.key).split(' ');
  if (words[0] === 'the') words.shift();
  if (acr.length < 3 || acr.length > 10 || words.length < 2 || words.length > 8) return false;
  // ok[i][w]: acr from i on can be made of words from w on
  const memo = new Map<number, boolean>();
  const from = (i: number, w: number): boolean => {
    if (w === words.length || (i === acr.length && w >= 3)) return i === acr.length;
    const key = i * 16 + w;
    const known = memo.get(key);
    if (known !== undefined) return known;
    const word = words[w];
    let ok = ACRONYM_OPTIONAL.has(word) && from(i, w + 1);
    for (let n = 1; !ok && n <= word.length && i + n <= acr.length && word.charCodeAt(n - 1) === acr.charCodeAt(i + n - 1); n++) ok = from(i + n, w + 1);
    memo.set(key, ok);
    return ok;
  };
  return from(0, 0);
}

/** a word's letters without their accents ("café" → "cafe") */
function plainLetters(s: string): string {
  return /[^\x00-\x7f]/.test(s) ? s.normalize('NFD').replace(/[\u0300-\u036f]/g, '') : s;
}

/** an acronym in mixed case: capitals with one or two small letters between them ("TfL", "DfE", "DoJ") */
const MIXED_ACRONYM = /^[A-Z][a-z]?[A-Z][a-z]?[A-Z]?$/;

/** words an acronym may leave out ("Convention of Scottish Local Authorities" → "Cosla") */
const ACRONYM_OPTIONAL: ReadonlySet<string> = new Set(['of', 'the', 'and', 'for', 'de', 'del', 'la', 'el', '&']);

/** The chunk of a dateline's city: the first run in capitals that starts a paragraph in the article's first 1,500 characters, before a comma, a colon or a dash; else -1 */
function datelineCity(t: Tokens, chunks: Chunk[]): number {
  for (let i = 0; i < chunks.length && t.start[chunks[i].a] < 1500; i++) {
    const c = chunks[i];
    if (t.paraStart[t.para[c.a]] !== c.a || c.words > 3 || t.para[c.a] === 0) continue;
    let caps = true;
    for (let k = c.a; k < c.b && caps; k++) if (t.kind[k] === K.Word && !(t.flags[k] & F.AllCaps)) caps = false;
    if (!caps) continue;
    const after = t.kind[c.b];
    if (after === K.Comma || after === K.Colon || after === K.Dash) return i;
  }
  return -1;
}

/** an organisation's own name in brackets after it in English: "the Swedish Migration Agency (Migrationsverket)" (not a place: "the Ministry of Health (Kenya)") */
function bracketName(c: Chunk, d: Chunk): boolean {
  return c.org && !d.org && d.words === 1 && d.key.length >= 4 && !isPlaceKey(d.key) && !countryGroup(d.key);
}

/**
 * a party's letters in brackets after a person's name ("Employment Minister Pieter Desmedt (N-VA)",
 * "MEP Matthias Grünwald (EPP)"): the person's party, no other name of the person; a person's
 * name is titled or opens with a given name, and the letters do not start as the name does
 */
function partyTag(t: Tokens, c: Chunk, d: Chunk): boolean {
  if (c.org || d.key.charCodeAt(0) === c.key.charCodeAt(0)) return false;
  if (wb(t, c.a) & W.Given) return true;
  // (a title's name has no small words: not "Doctors Without Borders (MSF)")
  if (!c.titled) return false;
  for (let k = c.a; k < c.b; k++) if (wb(t, k) & W.Function) return false;
  return true;
}

/** a ticker in brackets ("(HLWT.L)"): no other name of the company */
function ticker(t: Tokens, k: number): boolean {
  // (a dot one or two letters before the token's end, looked for there only: a search of the
  // whole text back from it made a 1 MB text of bracketed acronyms take 5 s)
  const s = t.start[k], e = t.end[k];
  if (t.text.charCodeAt(e - 1) === 46) return false;
  for (let i = e - 2; i >= e - 3 && i > s; i--) if (t.text.charCodeAt(i) === 46) return true;
  return false;
}

/** after "known as" or "also known as" at k: the token after it, else -1 */
function knownAs(t: Tokens, k: number): number {
  if (isWord(t, k, 'also')) k++;
  return isWord(t, k, 'known') && isWord(t, k + 1, 'as') ? k + 2 : -1;
}

/** one word with digits between letters ("td05f"; not "g20", which may speak) */
const CODE_WITH_DIGITS = /^[a-z]+\d+[a-z]+$/;
/** acronyms that are common nouns, no one's name */
const COMMON_ACRONYMS: ReadonlySet<string> = new Set(['ngo', 'ngos', 'npo', 'sme', 'smes', 'msme', 'msmes']);

/** institutions whose one word is their name ("Congress said", "the Kremlin said") */
const INSTITUTIONS: ReadonlySet<string> = new Set(['congress', 'parliament', 'senate', 'kremlin', 'pentagon', 'treasury', 'cabinet', 'exchequer', 'reuters']);

/** An organisation noun alone ("Zoo welcomes twin cubs", "Museum says"): a common noun, not a name. */
function genericOrgNoun(key: string): boolean {
  const generic = (w: string) => ORG_MARKERS.has(w) && !INSTITUTIONS.has(w);
  // (and its plural: "Schools in Noida said", "Hospitals say")
  return generic(key) || (key.length > 4 && key.endsWith('s') && generic(key.slice(0, -1)));
}

/**
 * words that name no one alone: a legislature's chamber ("the House", "the Senate") and a press
 * release's defined term for its issuer ("(\"Arctic Lode\" or the \"Company\")", "The Company maintains …")
 */
// (and a trust's kind in capitals, as the company's: "The REIT now forecasts …", none of 4 marked;
// and a parliament's "the Bill", no one named Bill: "The Bill proposes to create special seats")
const NAMELESS_ALONE: ReadonlySet<string> = new Set(['house', 'senate', 'company', 'reit', 'bill']);

/**
 * Kinds of body that copy names by the kind alone, as a short form of the one it means: the EU's
 * "Commission", a country's "Army" and "Navy", a sport's "Federation" and "Tribunal", "College"
 * (the gold sets mark these; they leave "Council tax", "Committee chair", "Court orders" unmarked)
 */
const SHORT_NAMED_BODIES: ReadonlySet<string> = new Set(['commission', 'army', 'navy', 'federation', 'tribunal', 'college']);

const DROPPED: NameOcc = { start: 0, end: 0, text: '', key: '', words: 0, p: 0, o: 0 };

/** Does the text use the chunk's word in lower case with a plural -s ("Price" / "prices")? */
function pluralUse(t: Tokens, c: Chunk, cache: Map<string, boolean>): boolean {
  return cachedLowerUse(t, c, `${c.text.toLowerCase()}s`, cache);
}

function occurrence(t: Tokens, c: Chunk): NameOcc {
  let p = 0, o = 0;
  if (c.org) o += 3;
  if (c.titled) p += 2;
  if (c.words >= 2 && (wb(t, c.text.startsWith('The ') ? c.a + 1 : c.a) & W.Given)) p += 2;
  if ((wb(t, c.a - 1) & W.Title) && !(t.flags[c.a - 1] & F.Cap)) p += 2;
  // "the Kenya Red Cross": a name of several words right after "the" is an organisation's
  else if (c.words >= 2 && !c.titled && c.a > 0 && t.kind[c.a - 1] === K.Word && lower(t, c.a - 1) === 'the') o += 1;
  const nextTok = c.b;
  if (nextTok < t.n) {
    if (t.kind[nextTok] === K.Dash && t.start[nextTok] === c.end) o += 1; // Hamas-held
    else if (t.kind[nextTok] === K.Word && !(t.flags[nextTok] & F.Cap)) {
      const bits = wb(t, nextTok);
      if (bits & W.GroupNoun) o += 1;
      else if (bits & W.PersonHead) p += 1;
    }
  }
  if (isPlaceKey(c.key)) o += 5;
  // a name joined by "and" that ends with a country is a body's ("Fisheries and Oceans Canada")
  else if (c.words >= 4 && lower(t, c.a + 1) === 'and' && countryGroup(lower(t, c.b - 1)) !== undefined) o += 3;
  // a name that ends with a company's word is a firm's ("Nordvik Energi", "Kvarven Securities"; not "Ann Power")
  // (nor "Zaldy Co"; but a name of three words is a firm's, "Samsung Electronics Co")
  if (c.words >= 2 && !c.titled && COMPANY_ENDS.has(lower(t, c.b - 1)) && (!SURNAME_ENDS.has(lower(t, c.b - 1)) || (c.words >= 3 && lower(t, c.b - 1) === 'co'))) o += 3;
  // a name that ends in capitals is a firm's, not a person's ("Kindred AI", "Acme USA"; not "Henry Ford III")
  if (c.words >= 2 && !c.loose && !c.titled && (t.flags[c.b - 1] & F.AllCaps) && t.end[c.b - 1] - t.start[c.b - 1] <= 4 && !ROMAN.has(lower(t, c.b - 1)) && !(t.flags[c.a] & F.AllCaps)) o += 2;
  const occ: NameOcc = { start: c.start, end: c.end, text: c.text, key: c.key, words: c.words, p, o };
  if (c.loose && c.words > 1) {
    occ.loose = true;
    const parts: number[] = [];
    for (let i = c.a; i < c.b; i++) if (t.kind[i] === K.Word) parts.push(t.start[i], t.end[i]);
    occ.parts = parts;
  }
  return occ;
}

/** generational numerals and suffixes written in capitals after a person's name */
const ROMAN: ReadonlySet<string> = new Set(['ii', 'iii', 'iv', 'vi', 'vii', 'jr', 'sr', 'jr.', 'sr.']);

/**
 * A plural agent noun of a trade or a crowd ("Truckers said", "Beekeepers say"), by its ending;
 * the caller keeps it when the text writes it as a name inside a sentence ("against Rangers") or
 * as a surname (isSurnameHere: "Jan Summers … Summers said").
 */
function pluralAgent(key: string): boolean {
  return key.length >= 7 && key.endsWith('ers') && key.indexOf(' ') < 0 && !/[^a-z]/.test(key);
}

/** A sentence-initial word that the text also uses in lower case ("Hostages said" → "hostages"). */
function commonWord(t: Tokens, c: Chunk, cache: Map<string, boolean>): boolean {
  const w = c.text.toLowerCase();
  if (SPEECH_VERBS.has(w)) return true;
  return cachedLowerUse(t, c, w, cache);
}

/** lowerUse, answered once per word and document */
function cachedLowerUse(t: Tokens, c: Chunk, w: string, cache: Map<string, boolean>): boolean {
  const hit = cache.get(w);
  if (hit !== undefined) return hit;
  const r = lowerUse(t, c, w);
  cache.set(w, r);
  return r;
}

/** Does the lower-case word w occur as a word token within ±20000 characters of the chunk? */
function lowerUse(t: Tokens, c: Chunk, w: string): boolean {
  const h = w ? scannerHash(w) : 0;
  // most answers are no (a name that the text never writes in lower case): the hashes of the
  // document's lower-case words (t.lowerBits, set by the tokenizer) answer those without a scan
  if (!hasHash(t.lowerBits, h)) return false;
  const from = c.start - 20000, to = c.end + 20000;
  const S = t.start, E = t.end, text = t.text, L = w.length;
  // the first few questions of a document: a scan of the window (cheaper than building the index)
  if (lastIndex === null || lastIndex.t !== t) {
    if (scanned !== t) { scanned = t; scans = 0; }
    if (scans < 4) {
      scans++;
      const H = t.h, kind = t.kind, flags = t.flags, n = t.n;
      let lo = 0, hi = n;
      while (lo < hi) { const mid = (lo + hi) >> 1; if (S[mid] < from) lo = mid + 1; else hi = mid; }
      for (let i = lo; i < n && S[i] <= to; i++) {
        if (H[i] !== h || kind[i] !== K.Word || (flags[i] & F.Cap) || E[i] - S[i] !== L || E[i] > to) continue;
        let same = true;
        for (let k = 0; k < L; k++) if (text.charCodeAt(S[i] + k) !== w.charCodeAt(k)) { same = false; break; }
        if (same) return true;
      }
      return false;
    }
  }
  // candidates: the lower-case word tokens of the same hash, in text order
  const ix = lowerIndex(t);
  let slot = Math.imul(h, 0x9e3779b1) & ix.mask;
  while (ix.head[slot] !== 0 && ix.keys[slot] !== h) slot = (slot + 1) & ix.mask;
  for (let i = ix.head[slot] - 1; i >= 0; i = ix.next[i]) {
    if (E[i] - S[i] !== L || S[i] < from || E[i] > to) continue;
    let same = true;
    for (let k = 0; k < L; k++) if (text.charCodeAt(S[i] + k) !== w.charCodeAt(k)) { same = false; break; }
    if (same) return true;
  }
  return false;
}

interface LowerIndex {
  mask: number;
  /** open-addressing table: word hash → first token (index + 1; 0 = empty slot) */
  keys: Int32Array;
  head: Int32Array;
  /** next token of the same hash, -1 at the end */
  next: Int32Array;
}

// Built once per document on first use (plain typed arrays: a few integer operations per token).
let lastIndex: { t: Tokens; ix: LowerIndex } | null = null;
// the document whose first questions were answered by a scan, and how many
let scanned: Tokens | null = null;
let scans = 0;

function lowerIndex(t: Tokens): LowerIndex {
  if (lastIndex !== null && lastIndex.t === t) return lastIndex.ix;
  const n = t.n;
  let size = 16;
  while (size < 2 * n) size <<= 1;
  const mask = size - 1;
  const keys = scratchI32(t.scratch, Buf.Keys, size), head = scratchI32(t.scratch, Buf.Head, size), tail = scratchI32(t.scratch, Buf.Tail, size);
  const next = scratchI32(t.scratch, Buf.Next, Math.max(n, 1));
  const H = t.h, kind = t.kind, flags = t.flags;
  for (let i = 0; i < n; i++) {
    if (kind[i] !== K.Word || (flags[i] & F.Cap)) continue;
    const h = H[i];
    let slot = Math.imul(h, 0x9e3779b1) & mask;
    while (head[slot] !== 0 && keys[slot] !== h) slot = (slot + 1) & mask;
    next[i] = -1;
    if (head[slot] === 0) { keys[slot] = h; head[slot] = i + 1; }
    else next[tail[slot]] = i;
    tail[slot] = i;
  }
  const ix = { mask, keys, head, next };
  lastIndex = { t, ix };
  return ix;
}
