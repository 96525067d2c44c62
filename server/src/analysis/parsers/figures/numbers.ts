// Reads the number itself at a candidate position: a run of digits ("1,200", "2.5", "404th",
// "3bn", "1.2 million") or a sequence of number words ("forty-five", "three hundred and fifty",
// "twenty-first", "hundreds of thousands"). Hand-written, linear in the characters it reads.
import { NUM_WORDS, SCALE_SUFFIXES, SCALE_WORDS, CURRENCY_SCALE_WORDS, GLUED_UNITS, type NumKind } from './lexicon';
import { inStatsLine } from './stats-line';
import { digitRunEnd, isDigit, isHyphen, isLetter, nextToken, wordEnd, type Token } from './text';

export interface NumberCore {
  start: number;
  end: number;
  value: number | null;
  ordinal: boolean;
  /** "dozens", "hundreds of thousands", "several hundred" */
  vague: boolean;
  /** "twice" */
  multiple: boolean;
  /** unit glued to the digits ("10km") */
  gluedUnit: string | null;
  /** the digits as written (without commas), for year and list checks; '' for words */
  digits: string;
  /** the number had a range second part ("10-15") */
  range: boolean;
  /** a point in a range the words give ("the low 80s"): an approximate figure with a value */
  approx?: boolean;
  /** where a range's second number starts ("3-5 per cent": at the 5); a range's numbers are two figures */
  rangeSecond?: number;
}

/** A digit run that is not a quantity: skip to `resume`. */
export interface Skip {
  skip: true;
  resume: number;
}

const ORDINAL_SUFFIXES = new Set(['st', 'nd', 'rd', 'th']);
/** a number of a range written with decimals ("3.5", "10.5", "11") */
const RANGE_DECIMAL = /^\d{1,3}(?:\.\d{1,2})?$/;
/** a share or a scale word after a range's second number */
const SHARE_OR_SCALE_AFTER = /^(?:%|[ \u00A0]?(?:per[ \u00A0]?cent|percent|pc|million|billion|trillion|bn|mn|m)\b)/i;

/** Validates "1,200", "1200", "2.5", "1,200.75"; rejects "1,1,1", "1.2.3", "12,34". */
function wellFormed(run: string): boolean {
  if (run.indexOf(',') < 0 && run.indexOf('.') < 0) return true;
  const dot = run.indexOf('.');
  if (dot >= 0 && run.indexOf('.', dot + 1) >= 0) return false;
  const int = dot >= 0 ? run.slice(0, dot) : run;
  if (dot >= 0 && run.indexOf(',', dot) >= 0) return false;
  if (int.indexOf(',') < 0) return true;
  const groups = int.split(',');
  if (groups[0].length < 1 || groups[0].length > 3) return false;
  let western = true;
  for (let i = 1; i < groups.length; i++) if (groups[i].length !== 3) western = false;
  return western || southAsian(groups);
}

/** the South Asian grouping, lakhs and crores: "3,87,410", "12,34,56,789" (pairs, then three) */
function southAsian(groups: string[]): boolean {
  if (groups.length < 3 || groups[0].length > 2 || groups[groups.length - 1].length !== 3) return false;
  for (let i = 1; i < groups.length - 1; i++) if (groups[i].length !== 2) return false;
  return true;
}

const DECIMAL_COMMA = /^\d{1,3},\d{1,2}$/;
/** a percent sign right after a number ("61,4%", "61,4 %") */
const PERCENT_AFTER = /^[ \u00A0]?%/;
const SCALE_AFTER = /^[ \u00A0](?:millions?|billions?|trillion)\b/;

/**
 * The scale word a figure's value carries over the number written at `at` ("350 million" is 1e6
 * over 350), when it is one a first number shares ("$300-350 million", "$2.5 and $3 million",
 * "₹2-3 lakh"); else 1.
 */
export function writtenScale(text: string, at: number, value: number): number {
  const written = Number(text.slice(at, digitRunEnd(text, at)).replace(/,/g, ''));
  const scale = written > 0 ? Math.round(value / written) : 1;
  return SHARED_SCALES.has(scale) ? scale : 1;
}
const SHARED_SCALES: ReadonlySet<number> = new Set([1e3, 1e5, 1e6, 1e7, 1e9, 1e12]);

/** number × 10^exp without binary rounding noise: "2.3" × 1e6 → 2300000. */
export function scaleDecimal(digits: string, scale: number): number {
  if (scale === 1) return Number(digits);
  return Number(`${digits}e${Math.round(Math.log10(scale))}`);
}

/**
 * Digits at `pos` (the first digit of a run). `currency` allows the "m"/"b"/"k" suffixes.
 * Returns a Skip for codes, times, versions and malformed runs.
 */
/** From p: "1/2", "1/3", "3/4" (a proper fraction of one digit each) and no more digits: its end, else -1 */
function mixedFraction(text: string, p: number): number {
  const a = text.charCodeAt(p) - 48, b = text.charCodeAt(p + 2) - 48;
  if (!(a >= 1 && a <= 9) || text.charCodeAt(p + 1) !== 47 || !(b >= 2 && b <= 9) || a >= b) return -1;
  const after = p + 3 < text.length ? text.charCodeAt(p + 3) : 32;
  return isDigit(after) || after === 47 || isLetter(after) ? -1 : p + 3;
}

/** From p: one or two capitals and a closing bracket, space or end ("T" of "7294.T)") */
function tickerExchange(text: string, p: number): boolean {
  let k = p;
  while (k < text.length && k - p < 3 && text.charCodeAt(k) >= 65 && text.charCodeAt(k) <= 90) k++;
  const c = k < text.length ? text.charCodeAt(k) : 32;
  return k > p && k - p <= 2 && (c === 41 || c === 32 || c === 44 || c === 59);
}

/** words after a length or a level in metres ("2.4m tall", "1.5m of rain", "peaks at 4.61m on Sunday", "the 5.4m mark") */
const METRE_WORDS: ReadonlySet<string> = new Set(['tall', 'high', 'long', 'deep', 'wide', 'away', 'above', 'below', 'of', 'in', 'from', 'across', 'thick', 'under', 'over', 'and', 'or', 'to',
  'on', 'at', 'by', 'for', 'when', 'as', 'with', 'before', 'after', 'since', 'during', 'is', 'was', 'were', 'has', 'had', 'set', 'mark', 'level', 'peak']);

/** At e: a space and a lower-case word that counts things (not a length's adjective) */
function countedAfter(text: string, e: number): boolean {
  if (text.charCodeAt(e) !== 32) return false;
  let k = e + 1;
  while (k < text.length && text.charCodeAt(k) >= 97 && text.charCodeAt(k) <= 122) k++;
  // (nor a level's verb: "the 5.4m reached in November 2000")
  const w = text.slice(e + 1, k);
  return k > e + 2 && !METRE_WORDS.has(w) && !(w.endsWith('ed') && !w.endsWith('eed'));
}

/**
 * At e, after a whole number glued to "m": what is counted in millions, as The Economist writes
 * it ("600m Africans", "4m homes", "some 380m of the …"), not a distance ("a 25m pool", "the 400m
 * hurdles", "40m away")
 */
function millionsOf(text: string, e: number): boolean {
  if (text.charCodeAt(e) !== 32) return false;
  let k = e + 1;
  while (k < text.length && isLetter(text.charCodeAt(k))) k++;
  const w = text.slice(e + 1, k).toLowerCase();
  if (w === 'of') return /^ (?:the|its|their|them|those|these)\b/.test(text.slice(k, k + 7));
  if (w.length < 4 || METRE_WORDS.has(w) || METRE_EVENTS.has(w)) return false;
  return (w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us')) || w === 'people' || w === 'children';
}
/** races and events named by their distance in metres */
const METRE_EVENTS: ReadonlySet<string> = new Set(['hurdles', 'freestyle', 'backstroke', 'breaststroke', 'butterfly', 'medley', 'relay', 'relays', 'sprints', 'heats', 'finals', 'metres', 'meters', 'steeplechase', 'yards', 'yachts', 'laps']);

/** a part of a decade before its digits: "low ", "mid-", "upper " */
const DECADE_PART_BEFORE = /\b(low|lower|mid|high|upper)[ \u00A0-]$/i;
/** before an age's decade: "in their 80s", "in his early 40s", "their 80s and 90s" */
export const AGE_DECADE_BEFORE = /\b(?:their|his|her|my|our|your)[ \u00A0](?:(?:early|mid|late)[ \u00A0-])?(?:\d0s[ \u00A0](?:and|or|to)[ \u00A0])?$/i;

/** the vulgar fraction characters: ½ ¼ ¾ ⅓ ⅔ ⅕ ⅛ ⅜ ⅝ ⅞ */
const VULGAR_FRACTIONS: Readonly<Record<number, number>> = { 0xbd: 1 / 2, 0xbc: 1 / 4, 0xbe: 3 / 4, 0x2153: 1 / 3, 0x2154: 2 / 3, 0x2155: 1 / 5, 0x215b: 1 / 8, 0x215c: 3 / 8, 0x215d: 5 / 8, 0x215e: 7 / 8 };

/** units of length whose square or cube is glued on as a digit: "m2", "km2", "m3" */
const SQUARED_BASES: ReadonlySet<string> = new Set(['m', 'km', 'cm', 'mm', 'hm', 'ft']);

/** a number grouped in thousands: "360,000" */
const THOUSANDS = /^\d{1,3}(?:,\d{3})+$/;

/** a price quoted to two decimals, and its offer after the slash: two digits, or a price of two decimals */
const BID_PRICE = /^\d{1,4}\.\d\d$/;
const BID_OFFER_TAIL = /^(?:\d{1,4}\.\d\d|\d\d)(?![\d/.,]\d|[\d/])/;

/** the end of a bid's offer after the slash at `slash` ("299.10/20"), or -1 */
function bidOfferEnd(text: string, slash: number, run: string): number {
  if (!BID_PRICE.test(run)) return -1;
  const m = BID_OFFER_TAIL.exec(text.slice(slash + 1, slash + 9));
  return m ? slash + 1 + m[0].length : -1;
}

export function readDigits(text: string, pos: number, currency: boolean): NumberCore | Skip {
  const runEnd = digitRunEnd(text, pos);
  const run = text.slice(pos, runEnd);
  // a decimal comma before a scale word, as southern African and continental copy writes it:
  // "3,2 million" (a thousands comma is followed by three digits), or after a currency:
  // "US$3,12 a kilogramme", "ZiG26,8" (not before more digits: "$3,12 5"); or before a percent
  // sign: "61,4%"
  const decimalComma = DECIMAL_COMMA.test(run) && (SCALE_AFTER.test(text.slice(runEnd, runEnd + 10)) || (currency && !/^[ \u00A0]?\d/.test(text.slice(runEnd, runEnd + 2))) || PERCENT_AFTER.test(text.slice(runEnd, runEnd + 2)));
  if (run.length > 24 || (!decimalComma && !wellFormed(run))) return { skip: true, resume: runEnd };
  const digits = decimalComma ? run.replace(',', '.') : run.indexOf(',') >= 0 ? run.replace(/,/g, '') : run;
  let value = Number(digits);
  let end = runEnd;
  let ordinal = false;
  let gluedUnit: string | null = null;
  let approx = false;
  /** the length of a word before the digits that is part of the figure ("low " of "low 80s") */
  let lead = 0;
  let decade: RegExpExecArray | null = null;
  const n = text.length;
  const c = end < n ? text.charCodeAt(end) : 0;
  const bid = c === 47 ? bidOfferEnd(text, end, run) : -1;
  // a plan's or a statute's section, its letter in brackets glued on: "401(k)", "501(c)", "510(k)"
  if (c === 40 && end + 2 < n && text.charCodeAt(end + 2) === 41 && text.charCodeAt(end + 1) >= 97 && text.charCodeAt(end + 1) <= 122) return { skip: true, resume: end + 3 };
  if (isLetter(c)) {
    let e = end;
    while (e < n && isLetter(text.charCodeAt(e))) e++;
    // (but an area's or a volume's unit, its power glued on: "275,000m3/d", "260,000m2", "12km2": the number alone)
    if (e < n && isDigit(text.charCodeAt(e)) && SQUARED_BASES.has(text.slice(end, e)) && (text.charCodeAt(e) === 50 || text.charCodeAt(e) === 51) && !isLetter(text.charCodeAt(e + 1)) && !isDigit(text.charCodeAt(e + 1))) {
      return { start: pos, end, value, ordinal: false, vague: false, multiple: false, gluedUnit: text.slice(end, e + 1), digits, range: false };
    }
    if (e < n && isDigit(text.charCodeAt(e))) return { skip: true, resume: e }; // "3G4"
    const suffix = text.slice(end, e).toLowerCase();
    const scale = SCALE_SUFFIXES[suffix];
    if (ORDINAL_SUFFIXES.has(suffix) && digits.indexOf('.') < 0) {
      ordinal = true;
      end = e;
    } else if (scale && (!scale.currencyOnly || currency || (suffix === 'm' && !THOUSANDS.test(run) /* "8,000m peaks" are metres: a count in millions of thousands would be "8bn" */ && (digits.indexOf('.') >= 0 ? countedAfter(text, e) : millionsOf(text, e))))) {
      // (without a currency, "8.4m containers": millions of things, not metres: "2.4m tall")
      value = scaleDecimal(digits, scale.value);
      end = e;
    } else if ((suffix === 'p' && !(text.charCodeAt(e) === 46 && (text.charCodeAt(e + 1) | 32) === 109)) || suffix === 'ppl') {
      // pence, in British copy: "26.4p", "1,284p" (not "5p.m."); pence a litre in farm and fuel copy, "cut by 1.5ppl"
      gluedUnit = 'p';
      end = e;
    } else if (suffix === 's' && /^[1-9]0$/.test(digits) && (decade = DECADE_PART_BEFORE.exec(text.slice(Math.max(0, pos - 7), pos)))) {
      // a part of a decade, as temperatures and ages are given: "the low 80s", "the mid-20s",
      // "the upper 80s", "her mid-40s" (a point in it: 80, 25, 88, 45; the word goes with it)
      const part = decade[1].toLowerCase();
      value += part === 'mid' ? 5 : part === 'low' || part === 'lower' ? 0 : 8;
      approx = true;
      lead = decade[0].length;
      end = e;
    } else if (suffix === 's' && /^[1-9]0$/.test(digits) && AGE_DECADE_BEFORE.test(text.slice(Math.max(0, pos - 24), pos))) {
      // an age by its decade: "survivors are in their 80s and 90s", "a man in his 40s"
      gluedUnit = 'years';
      end = e;
    } else if (suffix === 's' && digits.indexOf('.') > 0) {
      // seconds with their decimals: a race's gap, "3.418s" (not a decade, "1990s", nor an age, "40s")
      gluedUnit = 's';
      end = e;
    } else if (e === end + 1 && text.charCodeAt(end) === 116 && !currency) {
      // tonnes, in commodity copy: "600,000t unsold" (after a currency, "$1.2t" is a trillion)
      gluedUnit = 't';
      end = e;
    } else if (e === end + 1 && text.charCodeAt(end) === 99 && !currency && text.charCodeAt(e) !== 40) {
      // cents written with a small "c" ("rose 9c a kilo", "70c in coins", "fell 85c"; not the tax code "501c(3)")
      gluedUnit = '¢';
      end = e;
    } else if (GLUED_UNITS.has(suffix) || (suffix === 'm' && text.charCodeAt(end) === 109 && text.charCodeAt(e) !== 47) || (e === end + 1 && (text.charCodeAt(end) === 67 || text.charCodeAt(end) === 70))) {
      // (and degrees written with their scale's letter: "1.5C", "40F"; metres when no millions: "peaked at 4.61m on Sunday")
      gluedUnit = text.slice(end, e);
      end = e;
    } else {
      return { skip: true, resume: e }; // "4G", "3D", "1990s", "5pm", "A320neo"
    }
  } else if (VULGAR_FRACTIONS[c] !== undefined && /^\d+$/.test(run)) {
    // "4½ years", "2¾ per cent": a whole number and a fraction character (to two decimals, as the gold sets write fractions)
    value = Math.round((value + VULGAR_FRACTIONS[c]) * 100) / 100;
    end++;
  } else if (c === 32 && run.length <= 3 && /^\d+$/.test(run) && mixedFraction(text, end + 1) > 0) {
    // "5 1/2 games", "6 1/3 innings": a whole number and a fraction
    const f = mixedFraction(text, end + 1);
    value += (text.charCodeAt(end + 1) - 48) / (text.charCodeAt(end + 3) - 48);
    end = f;
  } else if (c === 0xa2) {
    gluedUnit = '¢'; // "31¢ a share"
    end++;
  } else if (c === 46 && tickerExchange(text, end + 1)) {
    return { skip: true, resume: end + 1 }; // a ticker: "(7294.T)", "005930.KS"
  } else if (c === 58 && end + 1 < n && isDigit(text.charCodeAt(end + 1))) {
    return { skip: true, resume: digitRunEnd(text, end + 1) }; // 10:30
  } else if (bid > 0) {
    // a dealer's bid and offer, the offer's last digits or in full: "299.10/20", "8.95/9.05
    // percent": one figure, valued at the bid
    end = bid;
  } else if ((c === 47 || c === 92) && end + 1 < n && (isDigit(text.charCodeAt(end + 1)) || isLetter(text.charCodeAt(end + 1))) && !(c === 47 && (PER_UNIT.test(text.slice(end + 1, end + 8)) || (currency && isLetter(text.charCodeAt(end + 1)))))) {
    // 24/7, 10/12/2020, paths (not a price per unit: "₹178/kg", "$4,000/oz"; after a currency any
    // unit's letters: "$2,310/FEU", "$12,480/mt")
    return { skip: true, resume: end + 1 };
  } else if ((isHyphen(c) || c === 0x2013) && end + 1 < n && isDigit(text.charCodeAt(end + 1))) {
    const second = digitRunEnd(text, end + 1);
    const after = second < n ? text.charCodeAt(second) : 0;
    const secondRun = text.slice(end + 1, second);
    const shortRange = run.length <= 3 && secondRun.length <= 3 && /^\d+$/.test(run);
    // (decimals, with a share or a scale after them: "3.5-4.5 percent", "$10.5-11 billion")
    const decimalRange = !shortRange && RANGE_DECIMAL.test(run) && RANGE_DECIMAL.test(secondRun) && SHARE_OR_SCALE_AFTER.test(text.slice(second, second + 10));
    // (thousands, each grouped, upward: "360,000-375,000 boepd")
    const thousandsRange = !shortRange && THOUSANDS.test(run) && THOUSANDS.test(secondRun) && Number(secondRun.replace(/,/g, '')) > value;
    // (a unit or a scale glued to the second: "20-30mm", "5-7pc", "$5-7bn")
    const glued = isLetter(after) ? text.slice(second, wordEnd(text, second)).toLowerCase() : '';
    const gluedAfter = glued !== '' && (GLUED_UNITS.has(glued) || SCALE_SUFFIXES[glued] !== undefined);
    // (a team's record, "(12-8-2)": each number alone, read one at a time)
    const record = recordTriple(text, pos);
    if (!record && (!(shortRange || decimalRange || thousandsRange) || isHyphen(after) || after === 0x2013 || (isLetter(after) && !gluedAfter) || (after === 46 && second + 1 < n && isDigit(text.charCodeAt(second + 1))))) {
      return { skip: true, resume: second }; // phone numbers, 2019-2020, ISBNs
    }
    // two figures, read one at a time: a score or a tally (twoFigures), or a range, which runs
    // upward ("10-15 people", "3-5 per cent"), its first number taking the second's unit and
    // scale (figures.ts, rangeOf), as the gold sets write every range
    if (!record && !twoFigures(text, pos, run, secondRun)) {
      return { start: pos, end, value, ordinal, vague: false, multiple: false, gluedUnit, digits, range: true, rangeSecond: end + 1 };
    }
  }
  // "1.2 million", "3 billion": only read the next word when it starts like a scale word
  const h = end + 1 < n ? text.charCodeAt(end + 1) | 32 : 0;
  // (h t m b, and c l for the South Asian "crore" and "lakh")
  if (!ordinal && end === runEnd && !isHyphen(text.charCodeAt(end)) && (h === 104 || h === 116 || h === 109 || h === 98 || h === 99 || h === 108)) {
    const t = nextToken(text, end);
    if (t.kind === 'word' && t.start - end <= 2) {
      // (also glued by a hyphen to what it counts: "a 28.5 billion-rupee contract")
      const hyphen = t.lower.indexOf('-');
      const word = hyphen > 0 ? t.lower.slice(0, hyphen) : t.lower;
      // (Malaysian papers' short forms after a currency, with a space: "RM2.1 bil", "RM780 mil")
      const scale = SCALE_WORDS[word] ?? (currency && hyphen < 0 ? CURRENCY_SCALE_WORDS[word] : undefined);
      if (scale) {
        value = scaleDecimal(digits, scale);
        end = t.start + word.length;
        // ("₹1.68 lakh crore": a hundred thousand crore)
        if (word === 'lakh' && hyphen < 0) {
          const t2 = nextToken(text, end);
          if (t2.kind === 'word' && t2.start === end + 1 && (t2.lower === 'crore' || t2.lower.startsWith('crore-'))) {
            value = scaleDecimal(digits, 1e12);
            end = t2.start + 5;
          }
        }
      }
    }
  } else if (!ordinal && end === runEnd && isHyphen(text.charCodeAt(end)) && isLetter(text.charCodeAt(end + 1))) {
    // "a ₹3,850-crore plant", "a $5-billion deal" (and before what it counts: "the 9.6-billion-baht wall")
    let e = end + 1;
    while (e < n && isLetter(text.charCodeAt(e))) e++;
    const scale = SCALE_WORDS[text.slice(end + 1, e).toLowerCase()];
    if (scale && scale >= 1e3) {
      value = scaleDecimal(digits, scale);
      end = e;
    }
  }
  if (!Number.isFinite(value)) return { skip: true, resume: runEnd };
  const core: NumberCore = { start: pos - lead, end, value, ordinal, vague: false, multiple: false, gluedUnit, digits, range: false };
  if (approx) core.approx = true;
  return core;
}

function accepts(last: NumKind | null, w: { kind: NumKind; base?: NumKind }, lastScale: number, scale: number): boolean {
  const k = w.kind === 'ordinal' ? w.base! : w.kind;
  switch (last) {
    case null:
      return k !== 'vague' && k !== 'multiple';
    case 'unit':
      return k === 'hundred' || (k === 'scale' && scale < lastScale) || (k === 'dozen' && w.kind !== 'ordinal');
    case 'teen':
      return k === 'hundred' || (k === 'scale' && scale < lastScale);
    case 'tens':
      return k === 'unit' || (k === 'scale' && scale < lastScale);
    case 'hundred':
      return k === 'unit' || k === 'teen' || k === 'tens' || (k === 'scale' && scale < lastScale);
    case 'scale':
      return k === 'unit' || k === 'teen' || k === 'tens';
    default:
      return false;
  }
}

/**
 * A sequence of number words starting at `first` (a key of NUM_WORDS, not vague).
 * A sequence that starts with hundred/thousand/dozen counts it once ("a hundred" is handled by the caller).
 */
export function readWords(text: string, first: Token): NumberCore {
  let total = 0;
  let cur = 0;
  let last: NumKind | null = null;
  let lastScale = Infinity;
  let end = first.end;
  let ordinal = false;
  let tok: Token = first;
  for (;;) {
    const w = NUM_WORDS.get(tok.lower);
    if (!w) break;
    const scale = w.kind === 'scale' || w.base === 'scale' ? w.value : 0;
    if (!accepts(last, w, lastScale, scale || 0)) break;
    const k = w.kind === 'ordinal' ? w.base! : w.kind;
    if (k === 'unit' || k === 'teen' || k === 'tens') cur += w.value;
    else if (k === 'hundred') cur = (cur || 1) * 100;
    else if (k === 'dozen') cur = (cur || 1) * 12;
    else if (k === 'scale') {
      total += (cur || 1) * w.value;
      cur = 0;
      lastScale = w.value;
    }
    last = k;
    end = tok.end;
    if (w.kind === 'ordinal') {
      ordinal = true;
      break;
    }
    if (last === 'dozen') break;
    // next word: "forty-five" (hyphen), "three hundred", "three hundred and fifty"
    const c = text.charCodeAt(end);
    let next: Token | null = null;
    if (isHyphen(c)) {
      if (last === 'tens') {
        const nt = nextToken(text, end + 1);
        if (nt.start === end + 1 && nt.kind === 'word') next = plainWord(text, nt);
      }
    } else {
      const nt = nextToken(text, end);
      if (nt.kind === 'word' && noBreakBetween(text, end, nt.start)) {
        if (nt.lower === 'and' && (last === 'hundred' || last === 'scale')) {
          // (its first part when hyphenated: "three hundred and ninety-six")
          const n2 = plainWord(text, nextToken(text, nt.end));
          const w2 = n2.kind === 'word' ? NUM_WORDS.get(n2.lower) : undefined;
          const k2 = w2 && (w2.kind === 'ordinal' ? w2.base : w2.kind);
          if (k2 === 'unit' || k2 === 'teen' || k2 === 'tens') next = n2;
        } else if (NUM_WORDS.has(nt.lower)) next = nt;
      }
    }
    if (!next) break;
    tok = next;
  }
  // "three and a half", "two and a half years": and a half more (or a quarter, or three
  // quarters: a race's "two and a quarter lengths", "one and three-quarter lengths")
  let half = 0;
  if (!ordinal && (last === 'unit' || last === 'teen' || last === 'tens')) {
    const and = nextToken(text, end), a = nextToken(text, and.end), h = nextToken(text, a.end);
    const part = and.lower !== 'and' ? null : a.lower === 'a' ? (h.lower === 'half' ? 0.5 : h.lower === 'quarter' ? 0.25 : null) : a.lower === 'three-quarter' || a.lower === 'three-quarters' ? 0.75 : null;
    const partEnd = a.lower === 'a' ? h.end : a.end;
    if (part !== null && noBreakBetween(text, end, partEnd) && !isHyphen(text.charCodeAt(partEnd))) {
      half = part;
      end = partEnd;
      // ("one and a half million people": of the scale after it)
      const sc = nextToken(text, end);
      const scale = total === 0 && sc.kind === 'word' && noBreakBetween(text, end, sc.start) ? NUM_WORDS.get(sc.lower) : undefined;
      if (scale?.kind === 'scale') return { start: first.start, end: sc.end, value: (cur + half) * scale.value, ordinal, vague: false, multiple: false, gluedUnit: null, digits: '', range: false };
    }
  }
  return { start: first.start, end, value: total + cur + half, ordinal, vague: false, multiple: false, gluedUnit: null, digits: '', range: false };
}

/** A word token cut to its letters (no hyphen): "forty" of "forty-five", "five" of "five-day". */
function plainWord(text: string, t: Token): Token {
  if (t.kind !== 'word') return t;
  const e = wordEndPlain(text, t.start);
  return e === t.end ? t : { ...t, end: e, text: text.slice(t.start, e), lower: text.slice(t.start, e).toLowerCase() };
}

/** Letters only (no hyphen): the second half of "forty-five". */
function wordEndPlain(text: string, pos: number): number {
  let e = pos;
  while (e < text.length && isLetter(text.charCodeAt(e))) e++;
  return e;
}

/** Only horizontal space between a and b (no line break, no punctuation). */
export function noBreakBetween(text: string, a: number, b: number): boolean {
  for (let i = a; i < b; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return false;
  }
  return true;
}

/**
 * Whether a text writes Gaelic games scores, goals and points ("1-14 to 0-15", "S Gilsenan 0-6
 * (4f)"): its "1-14" are two figures, whichever is larger. Asked of one text at a time: the
 * answer for the last text is kept.
 */
let gaelicText: string | null = null;
let gaelicAnswer = false;
function gaelicScores(text: string): boolean {
  if (text !== gaelicText) {
    gaelicText = text;
    gaelicAnswer = GAELIC_SCORES.test(text);
  }
  return gaelicAnswer;
}
const GAELIC_SCORES = /\b\d-\d{1,2} to \d-\d{1,2}\b|\b\d-\d{1,2} \(\d{1,2}f\)/;

/**
 * Whether the number at `pos` is one of a team's record in brackets, wins, losses and overtime
 * losses: "(12-8-2)", three figures, or four (not a date or a phone number: at most two digits each).
 */
export function recordTriple(text: string, pos: number): boolean {
  let a = pos;
  while (a > 0 && pos - a < 9 && (isDigit(text.charCodeAt(a - 1)) || isHyphen(text.charCodeAt(a - 1)))) a--;
  if (a === 0 || text.charCodeAt(a - 1) !== 40) return false;
  let i = a;
  // (three parts, or four with shootout losses: "(11-8-2-1)")
  for (let part = 0; part < 4; part++) {
    const d = i;
    while (i < text.length && i - d < 3 && isDigit(text.charCodeAt(i))) i++;
    if (i === d || i - d > 2) return false;
    if (part >= 2 && text.charCodeAt(i) === 41) return pos < i;
    if (!isHyphen(text.charCodeAt(i))) return false;
    i++;
  }
  return false;
}

/**
 * Whether two numbers joined by a hyphen, the first at `pos`, are two figures rather than a
 * range: a score or a tally, the larger first ("118-109", "voted 6-3", "1-1"); "1-14" in Gaelic
 * games copy; a team's record ("(12-8-2)"); a bowler's "2-48" in a scorecard's line (stats-line.ts)
 */
export function twoFigures(text: string, pos: number, first: string, second: string): boolean {
  const at = pairStart(text, pos);
  return isScore(first, second) || setScores(text, at) || bracketRecord(text, at) || (/^\d$/.test(first) && /^\d{1,2}$/.test(second) && gaelicScores(text)) || recordTriple(text, pos) || (first !== '' && inStatsLine(text, pos));
}

/** where the pair of numbers starts, asked at its first number or at its second ("3-6": at the 3 or at the 6) */
function pairStart(text: string, pos: number): number {
  if (pos < 2 || !(isHyphen(text.charCodeAt(pos - 1)) || text.charCodeAt(pos - 1) === 0x2013)) return pos;
  let a = pos - 1;
  while (a > 0 && pos - 1 - a < 3 && isDigit(text.charCodeAt(a - 1))) a--;
  return a < pos - 1 ? a : pos;
}

/** Is the number at s one of a tennis set's games in a line of sets ("won 3-6 7-5 6-4")? */
export function inSetScores(text: string, s: number): boolean {
  return setScores(text, pairStart(text, s));
}

/** a team's records in brackets, overall then in its conference, either way round: "Kansas State (6-6, 4-5)" */
// (the games of the second, in the conference, are no more than those of the first: not "Ages (18-24, 25-34)")
function bracketRecord(text: string, at: number): boolean {
  let open = -1;
  if (text.charCodeAt(at - 1) === 40) open = at - 1;
  else if (text.charCodeAt(at - 1) === 32 && text.charCodeAt(at - 2) === 44) {
    const from = Math.max(0, at - 9);
    const i = text.slice(from, at).lastIndexOf('(');
    if (i >= 0) open = from + i;
  }
  const m = open >= 0 ? RECORD_PAIRS.exec(text.slice(open, open + 15)) : null;
  return m !== null && Number(m[3]) + Number(m[4]) <= Number(m[1]) + Number(m[2]);
}
const RECORD_PAIRS = /^\((\d{1,2})-(\d{1,2}), (\d{1,2})-(\d{1,2})\)/;

/** the unit of a price written after a slash: "/kg", "/oz", "/litre", "/kWh", "/bbl" */
const PER_UNIT = /^(?:kg|g|lb|oz|t|tonne|ton|bbl|barrel|l|litre|liter|gal|gallon|MWh|kWh|mmBtu|MMBtu|sq ?ft|m2|day|night|month|year|hr|hour|share|head)(?![A-Za-z])/;

/** a tennis set's games in a line of sets, either way round: "won 3-6 7-5 6-4", "6-3 6-7 (4-7) 7-6 (10-8) 6-2" */
function setScores(text: string, pos: number): boolean {
  return SET_THEN_SET.test(text.slice(pos, pos + 24)) || SET_BEFORE.test(text.slice(Math.max(0, pos - 16), pos));
}
/** a set, its tie-break maybe, then another set */
const SET_THEN_SET = /^[0-7]-[0-7](?: \(\d{1,2}-\d{1,2}\))? [0-7]-[0-7](?![\d-])/;
/** … or a set (and its tie-break) right before: the next set, or the tie-break's bracket */
const SET_BEFORE = /(?:^|[\s(])[0-7]-[0-7](?: \(\d{1,2}-\d{1,2}\))? \(?$/;

/** two whole numbers of up to three digits, the first not smaller: a score or a tally ("118-109", "2-2") */
function isScore(first: string, second: string): boolean {
  return /^\d{1,3}$/.test(first) && /^\d{1,3}$/.test(second) && Number(first) >= Number(second);
}
