// Finds the counted noun phrase after a number: "9,000 [rockets, missiles and drones] at Israel",
// "two [Middle Eastern states] that", "one of the [reasons]", "the 404th [day] that".
// Heuristic, no tagger: a noun phrase is a short run of content words; with a plural count it ends
// at the first plural-looking word, otherwise at the first noun-looking word.
import { ADJECTIVES, DETERMINERS, LY_NOUNS, NUM_WORDS, PLURAL_HEADS, STOP_WORDS } from './lexicon';
import { isApostrophe, isCapitalized, nextToken, type Token } from './text';

const MAX_NP_WORDS = 5;

export interface UnitPhrase {
  start: number;
  end: number;
}

function isAdverb(t: Token): boolean {
  return t.lower.length > 4 && t.lower.endsWith('ly') && !LY_NOUNS.has(t.lower) && !isCapitalized(t);
}

export function isContentWord(t: Token): boolean {
  return t.kind === 'word' && !STOP_WORDS.has(t.lower) && (!NUM_WORDS.has(t.lower) || t.lower === 'quarter') && !isAdverb(t);
}

function isPossessive(t: Token): boolean {
  const n = t.text.length;
  return n > 2 && isApostrophe(t.text.charCodeAt(n - 2)) && t.lower.charCodeAt(n - 1) === 115;
}

/** "rockets", "Israelis", "people"; not "crisis", "Hamas's", "status". */
function looksPlural(lower: string, capitalized: boolean): boolean {
  if (PLURAL_HEADS.has(lower)) return true;
  const n = lower.length;
  if (n < 3 || lower.charCodeAt(n - 1) !== 115 /* s */) return false;
  const p = lower.charCodeAt(n - 2);
  if (p === 115 /* ss */ || p === 117 /* us */ || p === 39 || p === 0x2019) return false;
  if (p === 105 /* is */) return capitalized; // "Israelis", not "crisis"
  return true;
}

/** -ed / -ing words: participles or verbs, never the head. */
function verbLike(t: Token): boolean {
  const l = t.lower;
  return !isCapitalized(t) && ((l.length > 4 && l.endsWith('ed')) || (l.length > 5 && l.endsWith('ing')));
}

function adjectiveLike(t: Token): boolean {
  if (isCapitalized(t)) return true; // "Israeli", "Middle Eastern": modifiers unless last
  const l = t.lower;
  if (ADJECTIVES.has(l)) return true;
  return /(?:al|ic|ive|ous|ful|less|able|ible|ern|ish|est)$/.test(l) && !l.endsWith('official');
}

/**
 * The noun phrase starting after `pos`. `plural`: the count is more than one, so the phrase ends
 * at the first plural-looking word; otherwise at the first noun-looking word. `strict`: a plural
 * head is required (used for coordinated items).
 */
export function nounPhrase(text: string, pos: number, plural: boolean, strict = false, first?: Token): UnitPhrase | null {
  const words: Token[] = [];
  let p = pos;
  let t = first ?? nextToken(text, p);
  while (words.length < MAX_NP_WORDS && isContentWord(t)) {
    if (isPossessive(t) && words.length === 0) break;
    words.push(t);
    p = t.end;
    const next = nextToken(text, p);
    if (plural || strict) {
      const cap = isCapitalized(t);
      // a capitalized plural ("Israelis") is the head unless a lower-case noun follows ("Hamas terrorists")
      if (looksPlural(t.lower, cap) && !(cap && isContentWord(next) && !isCapitalized(next))) {
        return { start: words[0].start, end: t.end };
      }
    }
    t = next;
  }
  // a count above one needs a plural head ("300 fled" has no counted noun)
  if (strict || plural || words.length === 0) return null;
  // singular (or no plural found): up to the first lower-case noun-looking word
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (verbLike(w)) return i > 0 ? { start: words[0].start, end: words[i - 1].end } : null;
    if (!adjectiveLike(w)) return { start: words[0].start, end: w.end };
  }
  // only adjective-like words: the last one is the head ("one senior official said")
  let last = words.length - 1;
  while (last >= 0 && verbLike(words[last])) last--;
  return last >= 0 ? { start: words[0].start, end: words[last].end } : null;
}

/** Extends a plural head over coordinated items: "rockets, missiles and drones", "civilians and IDF soldiers". */
export function extendCoordination(text: string, np: UnitPhrase): UnitPhrase {
  let committed = np.end;
  let cursor = np.end;
  for (let items = 0; items < 6; items++) {
    const t = nextToken(text, cursor);
    let afterSep: number;
    let closes = false;
    if (t.kind === 'punct' && t.text === ',') {
      const u = nextToken(text, t.end);
      if (u.lower === 'and' || u.lower === 'or') {
        afterSep = u.end;
        closes = true;
      } else afterSep = t.end;
    } else if (t.lower === 'and' || t.lower === 'or') {
      afterSep = t.end;
      closes = true;
    } else break;
    const item = nounPhrase(text, afterSep, true, true);
    if (!item) break;
    cursor = item.end;
    if (closes) {
      committed = item.end;
      break;
    }
  }
  return { start: np.start, end: committed };
}

export interface Partitive {
  /** "20 of whom": the pronoun */
  pronoun: string | null;
  phrase: UnitPhrase | null;
}

/** "one of the reasons", "dozens of Israeli civilians", "20 of the 50 hostages", "20 of whom". `ofEnd` is the end of "of". */
export function partitive(text: string, ofEnd: number): Partitive {
  let t = nextToken(text, ofEnd);
  if (t.kind === 'word' && (t.lower === 'whom' || t.lower === 'which' || t.lower === 'them' || t.lower === 'us' || t.lower === 'you' || t.lower === 'those' || t.lower === 'these' || t.lower === 'whose' || t.lower === 'it')) {
    const n = nextToken(text, t.end);
    // "those killed", "those who": pronominal; "those hostages": a determiner
    if (!(t.lower === 'those' || t.lower === 'these') || !isContentWord(n) || verbLike(n)) return { pronoun: t.lower, phrase: null };
  }
  let pos = ofEnd;
  for (let i = 0; i < 3; i++) {
    if ((t.kind === 'word' && (DETERMINERS.has(t.lower) || isPossessive(t) || NUM_WORDS.has(t.lower))) || t.kind === 'num') {
      pos = t.end;
      t = nextToken(text, pos);
    } else break;
  }
  const np = nounPhrase(text, pos, true);
  return { pronoun: null, phrase: np && extendCoordination(text, np) };
}
