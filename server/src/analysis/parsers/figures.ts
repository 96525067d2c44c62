// The figure parser: numeric quantities in digits or words, with their modifiers, values and units.
// See ../../../../shared/gold/GUIDELINES.md ("figure") and figures/ for the pieces:
//   figures/lexicon.ts  word tables      figures/text.ts   characters and tokens
//   figures/numbers.ts  the number       figures/units.ts  the counted noun phrase
//
// One linear scan (figures/scanner.ts) finds candidates (a digit, a currency sign, or a number
// word), and hand-written code reads around each candidate. The scan always
// resumes after what a candidate consumed, so every character is looked at a bounded number of times.
//
// Conventions (documented for users of `value`/`subtype`/`unit`):
//   - value: the number as a JS number (9000, 404, 1200000, 2.5); a percentage keeps the number as
//     written ("15%" → 15, subtype percent, unit "percent"); null for vague amounts ("dozens").
//   - subtype: money > percent > approx for vague amounts > duration (a cardinal counting a time unit)
//     > approx (with an approximating modifier) > ordinal > cardinal.
//   - span: modifier + number (+ scale word, "%"/"percent", "times"); the counted noun is `unit`.
//   - money unit: ISO 4217 code ("USD", "EUR", "GBP").
import { joinOdds } from './figures/odds';
import { shareScale } from './figures/shared-scale';
import type { Annotation } from '../types';
import { TITLE_WORDS } from '../entities/lexicon/titles';
import {
  CLOCK_WORDS, COMPOUND_UNITS, CURRENCY_CODES, CURRENCY_SCALE_WORDS, CURRENCY_SIGNS, CURRENCY_WORDS, DETERMINERS, DOLLAR_ADJECTIVES,
  DOLLAR_PREFIXES, FRACTION_DENOMINATORS, LABEL_ABBREVIATIONS, MODIFIER_MAX_WORDS, MODIFIER_WORDS, MODIFIERS, MONTHS,
  NUM_WORDS, PERCENT_WORDS, SCALE_WORDS, STOP_WORDS, TIME_UNITS, VAGUE_QUANTIFIERS, YEAR_PREPOSITIONS,
} from './figures/lexicon';
import { AGE_DECADE_BEFORE, inSetScores, noBreakBetween, readDigits, readWords, recordTriple, scaleDecimal, twoFigures, writtenScale, type NumberCore } from './figures/numbers';
import { inStatsLine } from './figures/stats-line';
import {
  atSentenceStart, digitRunEnd, isAllCaps, isApostrophe, isCapitalized, isDigit, isHSpace, isHyphen, isLetter, isUpper,
  nextToken, prevToken, wordEnd, type Token,
} from './figures/text';
import { scan } from './figures/scanner';
import { DEMONYM_WORDS } from '../entities/lexicon/places';
import { isAbout, type Country } from '../text-country';
import { clockDuration } from './figures/clock';
import { WEEKDAYS } from './dates/lexicon';
import { cricketScore, CRICKET_WORDS } from './figures/cricket-score';
import { extendCoordination, isContentWord, nounPhrase, partitive } from './figures/units';


/** an age group's number after "under-": "16s", "13" (not "10-metre") */
const AGE_GROUP = /^(\d{1,2})s?(?![\w-])/;
/** a title after an age group, before a name: "under-21s coach Craig Pennock" */
const AGE_GROUP_TITLE = /^ (?:head )?(?:coach|manager|boss|captain)\b/;
/** a number's core that ends in its scale word ("103 lakh", "4 million") */
const SCALED = /[\s\u00A0][A-Za-z]/;
/** an age's compound after its number: "-year-old", "-month-old" */
const AGE_COMPOUND = /^-(?:year|month|week|day)s?-old\b/;
/** a minus before a number: hyphen-minus, minus sign, en dash */
const MINUS_SIGNS: ReadonlySet<number> = new Set([45, 0x2212, 0x2013]);
/** a percent sign or word right after a number (a minus glued before it is the figure's: "changed by -2.1%") */
const PERCENT_AFTER = /^(?:%|[ \u00A0]?per ?cent\b|[ \u00A0]percent\b)/;
/** a temperature's unit right after a number: "°", "° Celsius", " C", " degrees" */
const DEGREES_AFTER = /^(?:°|[ \u00A0]?(?:C|F|degrees?|Celsius|Fahrenheit)\b)/;

/** Words before an ordinal or "one" that make it a pronoun/adverb use ("he first said", "no one"). */
const PRONOUNS_AUX = new Set([
  'i', 'you', 'he', 'she', 'it', 'we', 'they', 'who', 'which', 'that', 'is', 'are', 'was', 'were', 'be', 'been',
  'has', 'have', 'had', 'will', 'would', 'can', 'could', 'should', 'may', 'might', 'must', 'to', 'not', 'also',
  'never', 'just', 'only', 'and', 'but', 'or', 'then', 'when', 'if', 'first',
]);
const ONE_PRONOUN_BEFORE = new Set(['no', 'any', 'every', 'each', 'which', 'whichever', 'little', 'loved', 'this', 'that', 'another']);

interface Ctx {
  text: string;
  out: Annotation[];
  /** per glued currency ("P", "Sh"): the text writes sums in it ("P2.4 billion", "pesos"), so "P14" is one too; asked once each */
  gluedSums?: Map<string, boolean>;
  /** the currency of a glued "K" in this text (kwachaKyatOrKina), once asked */
  kCurrency?: string | null;
  /** no figure (or modifier) may start before this: the end of the previous figure */
  floor: number;
  /** whether the text reports cricket (figures/cricket-score.ts), asked once per text */
  aboutCricket: () => boolean;
  /** whether the text counts in pounds ("£", "shillings"), so "19s." is a sum; once asked */
  sterling?: boolean;
}

interface Found {
  fig: Annotation | null;
  resume: number;
  /** a second figure found with the first: a range's upper number ("3-5 per cent": "5 per cent") */
  also?: Annotation;
}

const skip = (resume: number): Found => ({ fig: null, resume });

/** goals, behinds and points: "12.11 (83)" */
const FOOTY_SCORE = /^(\d{1,2})\.(\d{1,2}) \((\d{1,3})\)/;

export function parseFigures(text: string): Annotation[] {
  let cricket: boolean | undefined;
  const ctx: Ctx = { text, out: [], floor: 0, aboutCricket: () => (cricket ??= CRICKET_WORDS.test(text)) };
  if (!text) return ctx.out;
  scan(text, (kind, s, e) => {
    let found: Found;
    if (kind === 'digit') found = atDigits(ctx, s, s, null);
    else if (kind === 'currency') found = atCurrencySign(ctx, s);
    else found = atWord(ctx, s, text.slice(s, e));
    if (found.fig) {
      ctx.out.push(found.fig);
      ctx.floor = found.fig.end;
    }
    if (found.also) {
      ctx.out.push(found.also);
      ctx.floor = found.also.end;
    }
    return found.resume;
  });
  return shareScale(text, joinOdds(text, ctx.out));
}

// ---------------------------------------------------------------------------------------------
// Candidates

function atCurrencySign(ctx: Ctx, s: number): Found {
  const { text } = ctx;
  const sign = text[s];
  let currency = CURRENCY_SIGNS[sign];
  let start = s;
  if (sign === '$') {
    // "US$5", "HK$10"
    let p = s;
    while (p > 0 && s - p < 3 && isLetter(text.charCodeAt(p - 1))) p--;
    if (p < s && (p === 0 || !isLetter(text.charCodeAt(p - 1)))) {
      const code = DOLLAR_PREFIXES[text.slice(p, s).toLowerCase()];
      if (code && isUpper(text.charCodeAt(p))) {
        currency = code;
        start = p;
      }
    } else if (p < s) return skip(s + 1);
    // the Australian papers' "$US91", "$A5" (the country's letters after the sign)
    let q = s + 1;
    while (q < text.length && q - s <= 2 && isUpper(text.charCodeAt(q))) q++;
    const country = q > s + 1 && q < text.length && isDigit(text.charCodeAt(q)) ? DOLLAR_PREFIXES[text.slice(s + 1, q).toLowerCase()] : undefined;
    if (country) return atDigits(ctx, q, start, country);
  }
  let d = s + 1;
  if (d < text.length && isHSpace(text.charCodeAt(d))) d++;
  if (d >= text.length || !isDigit(text.charCodeAt(d))) return skip(s + 1);
  return atDigits(ctx, d, start, currency);
}

/**
 * Digits at `s`; `start` is where the span starts (the currency sign, if any). `upper`: the
 * second number of a range, read by rangeOf (the hyphen before it is no code's, "F-16").
 */
function atDigits(ctx: Ctx, s: number, start: number, currency: string | null, upper = false): Found {
  const { text } = ctx;
  const n = text.length;
  // a currency written glued to the number: the rupee always ("Rs45bn", "Rs25,000"; not "ARs45"),
  // others before a sum ("Sh480m", "KSh1.2 billion", "R2.4 billion", "R3 000"; not "R2", "Sh5")
  if (!currency && s >= 1 && isLetter(text.charCodeAt(s - 1))) {
    let p = s - 1;
    while (p > 0 && s - p < 3 && isLetter(text.charCodeAt(p - 1))) p--;
    const glued = text.slice(p, s);
    // (or any currency's ISO code before a sum: "MVR11.4 million", "USD5bn"; not "RON95" petrol)
    const iso = ISO_GLUED.test(glued) ? CURRENCY_CODES[glued] : undefined;
    const code = glued === 'K' ? kwachaKyatOrKina(ctx) : (LETTER_CURRENCIES[glued] && letterCurrency(ctx, glued)) || (GLUED_CURRENCIES[glued] ?? iso);
    if (code && (p === 0 || !isLetter(text.charCodeAt(p - 1))) && (glued === 'Rs' || looksLikeSum(text, s) || sumsIn(ctx, glued, code)) && !roadNumber(text, p, s)) {
      currency = code;
      start = p;
    }
  }
  // pre-decimal sterling in shillings and pence: "7s. 6d.", "a 19s. claim" (20 shillings a pound)
  // (a text that counts in pounds: not basketball's "corner 3s.", a team's "under-14s.")
  if (!currency && !upper && (s === 0 || isHSpace(text.charCodeAt(s - 1)) || text.charCodeAt(s - 1) === 32 || text.charCodeAt(s - 1) === 40)) {
    const lsd = SHILLINGS.exec(text.slice(s, s + 12));
    const value = lsd ? sterling(0, lsd) : null;
    if (lsd && value !== null && (lsd[2] !== undefined || (ctx.sterling ??= /£|\bshillings?\b/.test(text)))) {
      const end = s + lsd[0].length;
      const core: NumberCore = { start: s, end, value, ordinal: false, vague: false, multiple: false, gluedUnit: null, digits: '', range: false };
      return finish(ctx, core, s, 'GBP', { prev: prevToken(text, s), next: nextToken(text, end) });
    }
  }
  // the Ghanaian cedi: "GH¢3,625"
  if (!currency && s >= 3 && text.charCodeAt(s - 1) === 0xa2 && text.charCodeAt(s - 2) === 72 && text.charCodeAt(s - 3) === 71 && (s === 3 || !isLetter(text.charCodeAt(s - 4)))) {
    currency = 'GHS';
    start = s - 3;
  }
  // an Australian football score, goals and behinds then the points they make: "12.11 (83)"
  // (three figures; a goal is six points)
  if (!currency && !upper && !(s > 0 && /[\d.,]/.test(text[s - 1]))) {
    const sc = FOOTY_SCORE.exec(text.slice(s, s + 13));
    if (sc && 6 * Number(sc[1]) + Number(sc[2]) === Number(sc[3])) {
      const part = (at: number, digits: string, unit: string): Annotation => ({ type: 'figure', start: at, end: at + digits.length, text: digits, entity: null, subtype: 'cardinal', role: null, value: Number(digits), unit, modifier: null });
      const b = s + sc[1].length + 1, p = b + sc[2].length + 2;
      ctx.out.push(part(s, sc[1], 'goals'));
      return { fig: part(b, sc[2], 'behinds'), also: part(p, sc[3], 'points'), resume: p + sc[3].length + 1 };
    }
  }
  // a game clock, a race or a lap time: seconds ("with 5:41 left", "clocked 2:05:11")
  if (!currency) {
    const clock = clockDuration(text, s);
    if (clock) {
      const fig: Annotation = { type: 'figure', start: s, end: clock.end, text: text.slice(s, clock.end), entity: null, subtype: 'duration', role: null, value: clock.seconds, unit: 'seconds', modifier: null };
      return { fig, resume: clock.end };
    }
  }
  // a results list's gap to the winner, in seconds: "2. Kendall Marsh (USA) +12.3", "+0:12" (6 of 6 in the gold sets)
  if (!currency && s > 0 && text.charCodeAt(s - 1) === 43) {
    const gap = gapToWinner(text, s);
    if (gap) return { fig: gap, resume: gap.end };
  }
  // a team's age group in lower case, all of it: "the under-16s", "an under-13 side" (the gold sets
  // mark 26 of 31 so; not "Under-21s coach X", a team's name)
  if (!currency && !upper && s >= 6 && isHyphen(text.charCodeAt(s - 1)) && text.startsWith('under', s - 6) && (s === 6 || !isLetter(text.charCodeAt(s - 7)))) {
    const m = AGE_GROUP.exec(text.slice(s, s + 4));
    // (not a title before a name: "under-21s coach Craig Pennock")
    if (m && !AGE_GROUP_TITLE.test(text.slice(s + m[0].length, s + m[0].length + 12))) {
      const end = s + m[0].length;
      const fig: Annotation = { type: 'figure', start: s - 6, end, text: text.slice(s - 6, end), entity: null, subtype: 'cardinal', role: null, value: Number(m[1]), unit: 'years (age limit)', modifier: null };
      return { fig, resume: end };
    }
  }
  if (!currency && !upper) {
    const b = s > 0 ? text.charCodeAt(s - 1) : 0;
    const b2 = s > 1 ? text.charCodeAt(s - 2) : 0;
    // (the letters and hyphen before a number glued to a word: "F-", "top-", "mid-")
    const lead = (isHyphen(b) || b === 0x2013) && isLetter(b2) ? text.slice(Math.max(0, s - 5), s) : '';
    const bad =
      isLetter(b) || // G7, A320, MH17
      ((isHyphen(b) || b === 0x2013) && ((isLetter(b2) && !TOP_BEFORE.test(lead) && !(MID_DECADE.test(lead) && /^[1-9]0s(?![A-Za-z])/.test(text.slice(s, s + 4)))) || (isDigit(b2) && !scoreBefore(text, s)))) || // F-16, COVID-19 (not a score's second number, nor "a top-10 player")
      b === 47 || b === 92 || b === 95 || b === 61 || b === 64 || b === 35 || (b === 43 && !PLUS_PERCENT.test(text.slice(s - 2, s + 12))) || b === 58 || // / \ _ = @ # + : (not a rise's sign, "(+14.3%)")
      (b === 46 && (isLetter(b2) || isDigit(b2)) && !currencyDot(text, s - 1) && !rankDot(text, s - 1)) || // v.2, 1.2.3 (not "Rs.38 million", "Ksh.120 million", a rank's "No.1")
      (isHSpace(b) && isDigit(b2) && !inSetScores(text, s)); // 202 555 0100 (not a line of sets, "3-6 7-5")
    if (bad && !(b === 47 && cricketScore(text, s, ctx.aboutCricket) === s)) return skip(runEndOf(text, s));
  }
  // thousands grouped by spaces, as in South African and French copy: "17 450", "R3 000"
  const grouped = spaceThousands(text, s);
  // (a currency's code before the sum lets a scale's letter follow it: "Nu 9.8B", "USD 5m")
  const codeBefore = !currency && s >= 3 && text.charCodeAt(s - 1) === 32 && isLetter(text.charCodeAt(s - 2)) && currencyCodeBefore(text, s - 1);
  // (a cricket score or bowling figures, "287/6", "4/38": two numbers, each a figure)
  const pairEnd = !grouped && !currency ? cricketScore(text, s, ctx.aboutCricket) : -1;
  const plain = grouped || (pairEnd > s ? pairEnd : 0);
  const core: NumberCore | { skip: true; resume: number } = plain
    ? { start: s, end: plain, value: Number(text.slice(s, plain).replace(/[^0-9]/g, '')), ordinal: false, vague: false, multiple: false, gluedUnit: null, digits: text.slice(s, plain), range: false }
    : readDigits(text, s, currency !== null || codeBefore);
  if ('skip' in core) return skip(core.resume);
  // (a word before the digits that is part of the figure: "low 80s")
  if (core.start < start) start = core.start;
  if (core.gluedUnit === 'p') {
    if (currency) return skip(core.end);
    currency = 'GBp';
    core.gluedUnit = null;
  }
  // a decimal written without its zero: a batting average's ".211"
  if (!currency && s >= 1 && text.charCodeAt(s - 1) === 46 && (s === 1 || isHSpace(text.charCodeAt(s - 2)) || text.charCodeAt(s - 2) === 40) && core.digits.length >= 2 && /^\d+$/.test(core.digits) && !core.ordinal && !core.gluedUnit && !core.range) {
    core.value = Number(`0.${core.digits}`);
    core.start = s - 1;
    start = s - 1;
  }
  // a temperature below zero, its minus glued to the digits: "below -20C", "–40° Celsius", "-25 C"
  // (or a fall in percent: "changed by -2.1%"; 2 of 2 in the gold sets)
  if (!currency && s >= 2 && MINUS_SIGNS.has(text.charCodeAt(s - 1)) && (isHSpace(text.charCodeAt(s - 2)) || text.charCodeAt(s - 2) === 40) && core.value !== null && core.value > 0 && !core.range && !core.ordinal && (core.gluedUnit === 'C' || core.gluedUnit === 'F' || DEGREES_AFTER.test(text.slice(core.end, core.end + 12)) || PERCENT_AFTER.test(text.slice(core.end, core.end + 9)))) {
    core.value = -core.value;
    core.start = s - 1;
    if (start > s - 1) start = s - 1;
  }
  const after = core.end < n ? text.charCodeAt(core.end) : 0;
  // phone numbers and other digit groups separated by spaces: "202 555 0100"
  if (!currency && isHSpace(after) && core.end + 1 < n && isDigit(text.charCodeAt(core.end + 1)) && !inSetScores(text, s)) return skip(runEndOf(text, core.end + 1));
  // bracketed or list numbers: "(1)", "[3]", "1. First…" at a line start
  const b = s > 0 ? text.charCodeAt(s - 1) : 0;
  if ((b === 40 || b === 91) && (after === 41 || after === 93) && !bracketedFigure(text, s, core)) return skip(core.end);
  if ((after === 46 || after === 41) && atLineStart(text, s) && (core.end + 1 >= n || isHSpace(text.charCodeAt(core.end + 1)))) {
    // (but a results list's place is one: "1. Oksana Hrytsenko (UKR) 21:44.6", "2. Kendall Marsh (USA) +12.3";
    // 20 of 20 such in the gold sets)
    if (after === 46 && !currency && /^\d{1,2}$/.test(core.digits) && resultLine(text, core.end + 1)) return finish(ctx, { ...core, ordinal: true }, s, null, { prev: prevToken(text, s), next: nextToken(text, core.end) });
    return skip(core.end);
  }

  const prev = prevToken(text, start);
  const next = nextToken(text, core.end);
  // a Chicago alderman's ward between commas after the name: "Ald. Tomasz Kowalczyk, 23rd, said"
  if (!currency && core.ordinal && /^\d+$/.test(core.digits) && after === 44 && prev.kind === 'punct' && prev.text === ',' && isCapitalized(prevToken(text, prev.start))) return skip(core.end);
  // a numbered street, district or court in its name: "from 87th Street", "the 11th Circuit", "(22nd
  // Ward)", "the 19th Amendment" (36 of 39 in the gold sets)
  if (!currency && core.ordinal && /^\d+$/.test(core.digits) && next.kind === 'word' && isCapitalized(next) && next.start === core.end + 1 && ORDINAL_NAMES.has(next.lower)) return skip(next.end);
  // dates: "Oct. 7", "April 27", "7 October", "7th of October"
  const prevWord = prev.kind === 'punct' && prev.text === '.' ? prevToken(text, prev.start) : prev;
  if (prevWord.kind === 'word' && isCapitalized(prevWord) && MONTHS.has(prevWord.lower)) return skip(core.end);
  if (next.kind === 'word' && isCapitalized(next) && MONTHS.has(next.lower) && (core.value ?? 0) <= 31) return skip(core.end);
  if (core.ordinal && next.lower === 'of' && MONTHS.has(nextToken(text, next.end).lower)) return skip(core.end);
  // times of day: "5 p.m.", "1400 GMT"
  if (next.kind === 'word' && CLOCK_WORDS.has(next.lower) && next.start - core.end <= 1) return skip(next.end);
  // a rank: "moved to No. 1 in the poll", "beating No. 9 Michigan State" (not a case's or a
  // docket's number, "No. 23-09417"; not the shirt worn, "wore No. 3"; not Downing Street, "No 10 insisted")
  if (prevWord.kind === 'word' && prevWord.text === 'No' && !currency && core.digits.length >= 1 && core.digits.length <= 3 && /^\d+$/.test(core.digits) && !/^[-\u2013:/.]\d/.test(text.slice(core.end, core.end + 2))) {
    if (!rankNumber(text, prevWord.start, core.value ?? 0, next)) return skip(core.end);
    return finish(ctx, { ...core, ordinal: true }, prevWord.start, null, { prev: prevToken(text, prevWord.start), next });
  }
  // labels: "No. 10", "p. 5"
  if (prev.kind === 'punct' && prev.text === '.' && prevWord.kind === 'word' && LABEL_ABBREVIATIONS.has(prevWord.lower) && prevWord.end === prev.start) return skip(core.end);
  // (and a release's or a file's number after its label and a colon, all its parts: "Release Number: 26-097")
  if (prev.kind === 'punct' && prev.text === ':' && NUMBER_LABEL_BEFORE.test(text.slice(Math.max(0, prev.start - 12), prev.start))) return skip(codeEnd(text, core.end));
  // "Rs. 500", "Rs.38 million", "Ksh.120 million": the abbreviation's dot
  if (!currency && prev.kind === 'punct' && prev.text === '.' && prevWord.kind === 'word' && DOTTED_CURRENCIES[prevWord.text] && prevWord.end === prev.start && (prev.end === s || noBreakBetween(text, prev.end, s))) {
    return finish(ctx, core, prevWord.start, DOTTED_CURRENCIES[prevWord.text], { prev: prevToken(text, prevWord.start), next });
  }
  // currency codes: "USD 5", "NIS 500"
  if (!currency && prev.kind === 'word' && CURRENCY_CODES[prev.text] && noBreakBetween(text, prev.end, s) && (prev.text !== 'Nu' || isAbout(text, 'bhutan'))) {
    currency = CURRENCY_CODES[prev.text];
    start = prev.start;
    return finish(ctx, core, start, currency, { prev: prevToken(text, start), next });
  }
  // a reference to a part of a text: "sections 318(4) and 61(2)", "under article 5"
  if (!currency && prev.kind === 'word' && REFERENCE_NOUNS.has(prev.lower)) return skip(core.end);
  // a class named by its number, no count: "a phase 3 trial", "type 2 diabetes", "its tier 1 ratio"
  if (!currency && prev.kind === 'word' && CLASS_NOUNS.has(prev.lower) && prev.end + 1 === s && /^\d$/.test(core.digits) && !core.range && next.kind === 'word' && !NOT_CLASSED.has(next.lower)) return skip(core.end);
  // an airliner's model: "three 777 freighters", "converted 737 and A321 aircraft", "the 787-9 fleet"
  if (!currency && /^7[0-8]7$/.test(core.digits) && !core.range) {
    const model = AIRLINER_AFTER.exec(text.slice(core.end, core.end + 40));
    if (model) return skip(core.end + (model[1]?.length ?? 0));
  }
  // a number dialled: "called 911 himself", "by calling 999" (not "called 300 witnesses"); an
  // emergency number so dialled whatever follows, or 911 and 999 before their service ("dialled 999
  // at 1.52am", "several 911 calls", "a 999 call handler"; not "responded to 112 calls")
  if (!currency && !core.range && /^\d{3}$/.test(core.digits)) {
    const dialled = prev.kind === 'word' && DIAL_VERBS.has(prev.lower);
    const emergency = EMERGENCY_NUMBERS.has(core.digits);
    if (dialled && (emergency || !(next.kind === 'word' && !isCapitalized(next) && !NOT_COUNTED.has(next.lower)))) return skip(core.end);
    if (emergency && core.digits.charCodeAt(0) === 57 && next.kind === 'word' && next.start === core.end + 1 && EMERGENCY_SERVICE.has(next.lower)) return skip(core.end);
  }
  // names and codes: "Route 66", "Boeing 737", "Resolution 2334", "Channel 4", "iPhone 15" (not a
  // share, a count or a sum after a name: "led Whitaker 54.3% to 45.7%", "Whitaker’s 34,744")
  if (
    !currency && prev.kind === 'word' && (isCapitalized(prev) || innerUpper(prev)) && prev.end < s && noBreakBetween(text, prev.end, s) &&
    !(after === 37 || (next.kind === 'word' && PERCENT_WORDS.has(next.lower)) || text.slice(s, core.end).indexOf(',') > 0 || (isPossessiveWord(prev) && next.kind === 'word' && !isCapitalized(next))) &&
    // (a compound after a possessive: "Japan’s 10-year yield", "Rathore’s 41-ball 86")
    // (not a name's: "Langley’s 8-Foot High Temperature Tunnel")
    !(isPossessiveWord(prev) && isHyphen(after) && isLetter(text.charCodeAt(core.end + 1)) && !isUpper(text.charCodeAt(core.end + 1))) &&
    !STOP_WORDS.has(prev.lower) && !MODIFIER_WORDS.has(prev.lower) && !YEAR_PREPOSITIONS.has(prev.lower) && !NUMBERED_EVENTS.has(prev.lower) && prev.lower !== 'aged' &&
    // (a count of a unit of time after a headline's capitalised word: "Launch Scrubbed 31 Seconds
    // Before Liftoff", "May Circle 200 Years"; not a stamp's "Updated 3 hours ago")
    !(next.kind === 'word' && next.start === core.end + 1 && TIME_UNITS.has(next.lower) && nextToken(text, next.end).lower !== 'ago') &&
    // "Killed 20 …", "Chasing 312 for victory, …" start a sentence with a verb
    !((prev.lower.endsWith('ed') || (prev.lower.endsWith('ing') && prev.lower.length >= 6)) && atSentenceStart(text, prev.start)) &&
    // (a result, "Gloucester 27-20 Sale Sharks", or a scorecard's "Haider 104, Aslam 61": figures)
    !(!core.range && (isHyphen(after) || after === 0x2013) && isDigit(text.charCodeAt(core.end + 1))) && !inStatsLine(text, s) &&
    // (nor a sum with its scale word, in a list after places: "Uttar Pradesh 103 lakh tonnes")
    !SCALED.test(text.slice(s, core.end)) &&
    // (nor an age, which no name or code has: "A Newcastle 13-year-old", "One 88-year-old widow")
    !(isHyphen(after) && AGE_COMPOUND.test(text.slice(core.end, core.end + 14))) &&
    // (nor a count of times after a name: "climbed Everest 11 times", "cited Brightwater 37 times")
    !(next.kind === 'word' && next.text === 'times' && next.start === core.end + 1) &&
    // (nor a rank among others after a name: "place Falkirk 23rd of Scotland's 32 council areas")
    !(core.ordinal && next.kind === 'word' && next.text === 'of' && next.start === core.end + 1) &&
    // (nor a count after a title-case headline's verb, of a plural: "Brewing to … Cut 46 Jobs",
    // "Taliban Flog 19 People", "Industrials Gain 14.27 Points")
    // (not a name the story writes with a capital: "Boeing 737 Jets", "Apollo 11 Astronauts")
    !(next.kind === 'word' && next.start === core.end + 1 && HEADLINE_COUNTED.test(text.slice(core.end, core.end + 40)) && !REFERENCE_NOUNS.has(prev.lower) && !CLASS_NOUNS.has(prev.lower) && titleCaseHeadline(text, s) && !capitalisedInBody(text, prev.text))
  ) {
    return skip(core.end);
  }
  const yearLike =
    !currency && !core.ordinal && !core.gluedUnit && !core.range && core.digits.length === 4 &&
    core.end === s + 4 && core.value! >= 1000 && core.value! <= 2100;
  // (pounds with their shillings and pence: "£2 10s.", "£4 2s. 6d.")
  if (currency === 'GBP' && core.value !== null && Number.isInteger(core.value) && !core.range && text.charCodeAt(core.end) === 32) {
    const lsd = SHILLINGS.exec(text.slice(core.end + 1, core.end + 13));
    const value = lsd ? sterling(core.value, lsd) : null;
    if (lsd && value !== null) {
      const end = core.end + 1 + lsd[0].length;
      return finish(ctx, { ...core, end, value }, start, currency, { prev, next: nextToken(text, end) });
    }
  }
  return finish(ctx, core, start, currency, { yearLike, prev, next });
}
/** a road's letter and number, no sum: "bridges on the R61 and N2", "the R102 between …" */
function roadNumber(text: string, p: number, s: number): boolean {
  if (!/(?:^|[^A-Za-z])the $/.test(text.slice(Math.max(0, p - 5), p))) return false;
  const e = digitRunEnd(text, s);
  return e - s <= 3 && ROAD_AFTER.test(text.slice(e, e + 12));
}
const ROAD_AFTER = /^(?: and [A-Z]\d| (?:road|highway|freeway|motorway|route|between|near)\b)/;

/** pounds, shillings and pence in pounds (to a millionth: "£1 4s. 6d." is 1.225); null past 19s. 11d. */
function sterling(pounds: number, lsd: RegExpExecArray): number | null {
  const sh = Number(lsd[1]), d = Number(lsd[2] ?? 0);
  return sh < 20 && d < 12 ? Math.round((pounds + sh / 20 + d / 240) * 1e6) / 1e6 : null;
}
/** shillings, and pence after them, with their points: "7s. 6d.", "19s." (alone, or after pounds: "£2 10s.") */
const SHILLINGS = /^(\d{1,2})s\.(?: (\d{1,2})d\.)?(?![A-Za-z0-9])/;

/** what a numbered name is of, after its ordinal in digits ("87th Street", "the 11th Circuit") */
const ORDINAL_NAMES: ReadonlySet<string> = new Set(['street', 'st', 'avenue', 'ave', 'road', 'rd', 'district', 'ward', 'precinct', 'circuit', 'amendment', 'infantry', 'division', 'brigade', 'regiment', 'battalion', 'congressional', 'judicial', 'parallel', 'fleet', 'army', 'corps', 'squadron', 'airborne']);

/** number words that count (not ordinals: "The Fourth Circuit", "in First Quarter") */
const COUNT_KINDS: ReadonlySet<string> = new Set(['unit', 'teen', 'tens', 'vague']);

/**
 * Is `at` in the text's first line, written in title case (no word of four letters or more
 * without a capital)? ("Jury Convicts Two Former LRA Officers In US$347K Theft Case")
 */
function titleCaseHeadline(text: string, at: number): boolean {
  // (a first line of 200 characters or more is no headline: nothing searched past it)
  if (at >= 200) return false;
  const nl = text.lastIndexOf('\n', 200);
  const end = nl < 0 ? text.length : text.indexOf('\n');
  if (at >= end || end > 200) return false;
  return titleCaseWords(text.slice(0, end));
}

/** whether each word of four letters or more in `s` has a capital, three or more of them */
function titleCaseWords(s: string): boolean {
  let words = 0;
  for (const m of s.matchAll(/[A-Za-z]{4,}/g)) {
    if (m[0].charCodeAt(0) > 90) return false;
    words++;
  }
  return words >= 3;
}

/** whether the line at `at` (200 characters at most) has a capital on each word of four letters or more, three or more of them */
function titleCaseLine(text: string, at: number): boolean {
  // (looked for within 200 characters each way: a longer line is no headline)
  let line = at;
  while (line > 0 && text.charCodeAt(line - 1) !== 10) if (at - --line > 200) return false;
  let e = at;
  while (e < text.length && text.charCodeAt(e) !== 10) if (++e - line > 200) return false;
  // (after a label: "Read also: …")
  const head = text.slice(line, e);
  const colon = head.lastIndexOf(': ', at - line);
  return titleCaseWords(colon >= 0 ? head.slice(colon + 2) : head);
}

/** whether the text below its first line has `word` with its capital inside a sentence (a name's word) */
function capitalisedInBody(text: string, word: string): boolean {
  for (let i = text.indexOf(word, text.indexOf('\n') + 1); i > 0; i = text.indexOf(word, i + 1)) {
    const e = i + word.length;
    if (e < text.length && isLetter(text.charCodeAt(e))) continue;
    if (text.charCodeAt(i - 1) !== 32 || i < 2) continue;
    const c = text.charCodeAt(i - 2);
    if (isLetter(c) || c === 44 || isDigit(c)) return true;
  }
  return false;
}

/** a title-case headline's plural noun or "People", "Percent" after a count, maybe past one or two capitalised words ("Ran 62 Free Night Schools") */
const HEADLINE_COUNTED = /^ (?:[A-Z][a-z]+ ){0,2}(?:[A-Z][a-z]*[a-rt-z]s|People|Percent)\b/;

/** the games or stages of a series, counted as the gold sets count them: "Game 7", "Stage 4" */
const NUMBERED_EVENTS: ReadonlySet<string> = new Set(['game', 'stage', 'round']);

/**
 * Does "once" count here: how often ("once a month", "once every 25 years") or how many times
 * ("at least once", "only once", "more than once")? Not a conjunction after "only" ("only once
 * they were 330 ahead", "only once a broadcast deal was signed"), nor "than once thought".
 */
function onceCounts(text: string, first: Token, prev: Token): boolean {
  const after = text.slice(first.end, first.end + 24);
  if (ONCE_HOW_OFTEN.test(after)) return true;
  if (prev.kind !== 'word' || !ONCE_HOW_MANY.has(prev.lower)) return false;
  if (prev.lower === 'than') {
    const pp = prevToken(text, prev.start);
    if (pp.kind !== 'word' || (pp.lower !== 'more' && pp.lower !== 'less')) return false;
  }
  return !CLAUSE_AFTER.test(after);
}
/** after "once": a period it happens in ("once a month", "once every 25 years"; not "once a quarter of a mile") */
const ONCE_HOW_OFTEN = /^ (?:a|an|every|per|each) (?:\d+ )?(?:day|week|fortnight|month|year|decade|season|quarter(?! of)|night|term|century|lifetime|generation|minute|hour|game|match)s?\b/;
/** before "once": how many times at least or only ("at least once", "only once", "more than once") */
const ONCE_HOW_MANY: ReadonlySet<string> = new Set(['least', 'only', 'just', 'than', 'exactly']);
/** a clause that "once" opens ("only once they were ahead", "only once a deal was signed") */
const CLAUSE_AFTER = /^ (?:(?:the|a|an|they|we|he|she|it|i|you|this|that|these|those|its|their|his|her|our)\b|[A-Z])/;

/** what a multiple is of: "double the penalty", "triple that", "double what it was", "double its size" */
const MULTIPLE_OF: ReadonlySet<string> = new Set(['the', 'that', 'this', 'those', 'what', 'its', 'their', 'his', 'her', 'our', 'last', 'previous']);
/** words that make "double" a verb */
const VERB_BEFORE: ReadonlySet<string> = new Set(['to', 'will', 'would', 'could', 'can', 'may', 'might', 'should', 'must', 'not', 'also', 'and', 'or', 'shall']);
/** words that make "double" a noun or an adjective ("a double", "the double", "his double") */
const NOUN_DETERMINERS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'its', 'his', 'her', 'their', 'our', 'my', 'your', 'this', 'that']);

function atWord(ctx: Ctx, s: number, matched: string): Found {
  const { text } = ctx;
  const lower = matched.toLowerCase();
  const w = NUM_WORDS.get(lower)!;
  const first: Token = { kind: 'word', start: s, end: s + matched.length, text: matched, lower };
  const endCh = first.end < text.length ? text.charCodeAt(first.end) : 0;
  // "one's", "one’s": pronoun
  if (isApostrophe(endCh) && first.end + 1 < text.length && isLetter(text.charCodeAt(first.end + 1))) return skip(first.end);
  // inside a proper name: "Group of Seven", "Fifth Avenue", "Second Amendment"
  if (isCapitalized(first) && !isAllCaps(first) && !atSentenceStart(text, s)) {
    const p = prevToken(text, s);
    const nx = nextToken(text, first.end);
    const nameBefore = p.kind === 'word' && isCapitalized(p) && !STOP_WORDS.has(p.lower) && !MODIFIER_WORDS.has(p.lower);
    const nameAfter = nx.kind === 'word' && isCapitalized(nx) && noBreakBetween(text, first.end, nx.start);
    // (in a title-case headline every word has a capital: "Jury Convicts Two Former LRA Officers",
    // "Faces Its First Test"; not a rugby championship's name, "Six Nations", a court's "The Fourth
    // Circuit", nor a date's "in First Quarter")
    // (a capital after a word in lower case, an ordinal's "th" too, is a name's: "told Seven after
    // the match", "the 14th Five-Year Plan", "“Sunday at Eleven”"; not in a title-case line, "Read
    // also: Raja Casablanca Appoints Paulo Mendes on Two-Year Deal")
    if (p.kind === 'word' && !isCapitalized(p) && !titleCaseLine(text, s)) return skip(first.end);
    if ((nameBefore || nameAfter || (p.kind === 'word' && p.lower === 'of' && isCapitalized(prevToken(text, p.start)))) && !((COUNT_KINDS.has(w.kind) || (w.kind === 'ordinal' && !(p.kind === 'word' && p.lower === 'the') && nx.lower !== 'quarter' && nx.lower !== 'half')) && titleCaseHeadline(text, s) && !(nameAfter && nx.lower === 'nations'))) return skip(first.end);
  }
  const prev = prevToken(text, s);

  // an age's decade: "in her nineties", "in his early sixties" (a point in it; else no figure: "the
  // roaring twenties")
  if (w.kind === 'decades') {
    if (!AGE_DECADE_BEFORE.test(text.slice(Math.max(0, s - 24), s))) return skip(first.end);
    const core: NumberCore = { start: s, end: first.end, value: w.value, ordinal: false, vague: false, multiple: false, gluedUnit: 'years', digits: '', range: false, approx: true };
    return finish(ctx, core, s, null, { prev, next: nextToken(text, first.end) });
  }
  if (w.kind === 'vague') return atVague(ctx, first, prev);
  if (w.kind === 'half') return atHalf(ctx, first, prev);
  if (w.kind === 'quarter') return atQuarter(ctx, first, prev);
  if (w.kind === 'multiplier') {
    // "more than double the national target", "double the current penalty", "pay double.": a
    // multiple of what follows or of what was said; not a noun or an adjective ("a double murder",
    // "double-digit", "the double")
    const nx = nextToken(text, first.end);
    const ofWhat = nx.kind === 'word' ? MULTIPLE_OF.has(nx.lower) : nx.kind === 'end' || (nx.kind === 'punct' && (nx.text === '.' || nx.text === ',' || nx.text === ';'));
    // (nor the verb: "plans to double its headcount", "will triple the fee")
    if (!ofWhat || text.charCodeAt(first.end) === 45 || (prev.kind === 'word' && (NOUN_DETERMINERS.has(prev.lower) || VERB_BEFORE.has(prev.lower)))) return skip(first.end);
    const core: NumberCore = { start: s, end: first.end, value: w.value, ordinal: false, vague: false, multiple: true, gluedUnit: null, digits: '', range: false };
    return finish(ctx, core, s, null, { prev });
  }
  if (w.kind === 'multiple') {
    // ("once" says how often, "once a month", "once every 25 years", or how many times, "at least
    // once", "more than once"; not a conjunction or a past, "once the vote passes", "once had 20
    // theatres": 32 of 41 so placed are figures in the gold sets, 21 of 426 elsewhere)
    if (first.lower === 'once' && !onceCounts(text, first, prev)) return skip(first.end);
    const core: NumberCore = { start: s, end: first.end, value: w.value, ordinal: false, vague: false, multiple: true, gluedUnit: null, digits: '', range: false };
    return finish(ctx, core, s, null, { prev });
  }

  let start = s;
  let vague = false;
  if (w.kind === 'hundred' || w.kind === 'scale' || w.kind === 'dozen') {
    // "a million", "a dozen", "several hundred", "a few thousand"
    if (prev.kind !== 'word' || !noBreakBetween(text, prev.end, s)) return skip(first.end);
    if (prev.lower === 'a' || prev.lower === 'an') start = prev.start;
    else if (VAGUE_QUANTIFIERS.has(prev.lower)) {
      vague = true;
      start = prev.start;
      if (prev.lower === 'few') {
        const pa = prevToken(text, prev.start);
        if (pa.kind === 'word' && pa.lower === 'a') start = pa.start;
      }
    } else return skip(first.end);
  }

  const core = readWords(text, first);
  if (vague) {
    core.vague = true;
    core.value = null;
  }
  // fractions: "two-thirds", "three quarters of", "one-half"; "a third of", "a fifth of"
  const fraction = core.end === first.end && !vague ? fractionAt(text, first, core, prev, w) : null;
  if (fraction) return finish(ctx, fraction.core, fraction.start, null, { prev: prevToken(text, fraction.start) });
  // hyphenated compounds: "three-day" (a quantity), "one-sided", "two-state", "second-largest" (not)
  let compound: string | null = null;
  if (isHyphen(text.charCodeAt(core.end)) && isLetter(text.charCodeAt(core.end + 1))) {
    compound = compoundUnit(text, core.end) ?? (core.ordinal || vague ? null : countedCompound(text, core.end));
    // a rank before a superlative or a placing: "fourth-largest", "third-round pick", "second-placed"
    if (core.ordinal && (compound ? !NOT_ORDINAL_COMPOUNDS.has(compound.toLowerCase()) : rankCompound(text, core.end))) return finish(ctx, core, start, null, { prev, next: nextToken(text, core.end) });
    if (!compound || (core.ordinal && NOT_ORDINAL_COMPOUNDS.has(compound.toLowerCase()))) return skip(wordEnd(text, core.end + 1));
    // ("a one-time bonus", "a one-party state": of a kind, no count; 35 of 35 in the gold sets)
    if (core.value === 1 && !core.ordinal && first.lower === 'one' && (compound === 'time' || compound === 'party' || compound === 'team')) return skip(wordEnd(text, core.end + 1));
  }
  const next = nextToken(text, core.end);
  const single = core.end === first.end;

  if (core.ordinal) {
    if (!ordinalIsRank(text, first, prev, next, single)) return skip(core.end);
  } else if (core.value === 1 && single && !compound) {
    if (!oneIsNumber(text, first, prev, next)) return skip(core.end);
  }
  return finish(ctx, core, start, null, { prev: start === s ? prev : prevToken(text, start), next, compound });
}

/**
 * A fraction at a number word: a small cardinal and a plural denominator, hyphenated or not
 * ("two-thirds", "three quarters"), or "a"/"one" and a singular one before "of" ("a third of
 * the budget", "one-half"). The value is the fraction (0.6667); null when there is none.
 */
function fractionAt(text: string, first: Token, core: NumberCore, prev: Token, w: { kind: string; value: number }): { core: NumberCore; start: number } | null {
  const make = (start: number, end: number, value: number) => ({
    start,
    core: { start, end, value: fractionValue(value), ordinal: false, vague: false, multiple: false, gluedUnit: null, digits: '', range: false } as NumberCore,
  });
  if (w.kind === 'unit') {
    // the denominator right after, joined by a hyphen or one space
    const c = text.charCodeAt(core.end);
    if (!(isHyphen(c) || c === 32) || !isLetter(text.charCodeAt(core.end + 1))) return null;
    const e = wordEnd(text, core.end + 1);
    const den = FRACTION_DENOMINATORS.get(text.slice(core.end + 1, e).toLowerCase());
    if (!den || den < 2 || (core.value! > 1 && !text.slice(core.end + 1, e).toLowerCase().endsWith('s') && den !== 2) || core.value! >= den) return null;
    // "one third", "one half" alone need "of" after them ("one third of the seats"); and quarters,
    // which are also periods ("three quarters of voters", not "for two quarters")
    // (or a comparison: "about one third lower")
    if (c === 32 && (core.value === 1 || den === 4) && !FRACTION_AFTER.has(nextToken(text, e).lower)) return null;
    return make(first.start, e, core.value! / den);
  }
  if (w.kind === 'ordinal' && core.value! >= 3 && core.value! <= 10 && aFraction(text, first, prev, core.end)) {
    // "a third of the budget", "cut by a third", "about a third less fuel", "rose by nearly a fifth"
    return make(prev.start, core.end, 1 / core.value!);
  }
  return null;
}

/** "a third", "a quarter" used as a fraction: "… of", "… less", "by …", "nearly …" */
function aFraction(text: string, first: Token, prev: Token, end: number): boolean {
  if (!(prev.kind === 'word' && prev.lower === 'a' && noBreakBetween(text, prev.end, first.start))) return false;
  const pp = prevToken(text, prev.start).lower;
  return FRACTION_AFTER.has(nextToken(text, end).lower) || pp === 'by' || FRACTION_APPROX.has(pp);
}

/** "a quarter of the workforce", "about a quarter", "cut by a quarter": 0.25 (not "the first quarter", "a quarter century") */
function atQuarter(ctx: Ctx, first: Token, prev: Token): Found {
  if (!aFraction(ctx.text, first, prev, first.end)) return skip(first.end);
  const core: NumberCore = { start: prev.start, end: first.end, value: 0.25, ordinal: false, vague: false, multiple: false, gluedUnit: null, digits: '', range: false };
  return finish(ctx, core, prev.start, null, { prev: prevToken(ctx.text, prev.start) });
}

/** words after "a third" that make it a fraction ("a third of", "a third less") */
const FRACTION_AFTER: ReadonlySet<string> = new Set(['of', 'less', 'more', 'fewer', 'lower', 'higher', 'smaller', 'larger', 'bigger', 'cheaper']);
/** approximators before "a third" ("nearly a fifth", "more than a quarter") */
const FRACTION_APPROX: ReadonlySet<string> = new Set(['nearly', 'almost', 'about', 'roughly', 'around', 'some', 'over', 'than', 'least', 'barely', 'only', 'just']);

/** Words before "half" that make it a part of a period or a thing, not a quantity ("the first half of"). */
const HALF_NOT_AFTER = new Set(['the', 'a', 'an', 'one', 'first', 'second', 'last', 'latter', 'former', 'other', 'back', 'front', 'top', 'bottom', 'and', 'best', 'worst']);

/** the measures "half a …" counts, with the value and the unit it gives */
const HALF_MEASURES: Readonly<Record<string, readonly [number, string]>> = {
  hour: [0.5, 'hours'], minute: [0.5, 'minutes'], second: [0.5, 'seconds'], day: [0.5, 'days'], week: [0.5, 'weeks'], month: [0.5, 'months'],
  year: [0.5, 'years'], season: [0.5, 'seasons'], point: [0.5, 'point'], mile: [0.5, 'mile'], kilometre: [0.5, 'kilometre'], kilometer: [0.5, 'kilometer'],
  metre: [0.5, 'metre'], meter: [0.5, 'meter'], ton: [0.5, 'ton'], tonne: [0.5, 'tonne'], litre: [0.5, 'litre'], liter: [0.5, 'liter'], lap: [0.5, 'lap'],
  length: [0.5, 'length'], inch: [0.5, 'inch'], acre: [0.5, 'acre'], hectare: [0.5, 'hectare'], percent: [0.5, 'percent'],
  cup: [0.5, 'cup'], glass: [0.5, 'glass'], bottle: [0.5, 'bottle'], kilo: [0.5, 'kilo'], kilogram: [0.5, 'kilogram'], pound: [0.5, 'pound'], loaf: [0.5, 'loaf'],
  century: [50, 'years'], decade: [5, 'years'],
};
/** words after "half" that make it a share of what follows ("half the problem", "half its fleet") */
const HALF_SHARES: ReadonlySet<string> = new Set(['the', 'its', 'their', 'his', 'her', 'our', 'my', 'your', 'all', 'these', 'those']);

/** "half of the respondents", "nearly half", "more than half": 0.5. Not "the first half of", "half-brother". */
function atHalf(ctx: Ctx, first: Token, prev: Token): Found {
  const { text } = ctx;
  if (isHyphen(text.charCodeAt(first.end))) return skip(first.end);
  const next = nextToken(text, first.end);
  // (the interval of a game: "at half time", 77 of 77 in the gold sets)
  if (next.lower === 'time' && noBreakBetween(text, first.end, next.start)) return skip(next.end);
  // (nor a flag's "at half mast")
  if (next.lower === 'mast' && noBreakBetween(text, first.end, next.start)) return skip(next.end);
  const p = prev.kind === 'word' ? prev.lower : '';
  // "a day and a half", "two hours and a half": the count with its half, one figure (1.5, 2.5)
  if (p === 'a') {
    const whole = countAndHalf(ctx, prev);
    if (whole) return finish(ctx, { start: whole.start, end: first.end, value: whole.n + 0.5, ordinal: false, vague: false, multiple: false, gluedUnit: null, digits: '', range: false }, whole.start, null, { prev: prevToken(text, whole.start), next });
  }
  // "half a million": half of the scale word after "a"
  if (next.lower === 'a' && noBreakBetween(text, first.end, next.start)) {
    const scale = nextToken(text, next.end);
    const sw = scale.kind === 'word' ? NUM_WORDS.get(scale.lower) : undefined;
    if (sw && (sw.kind === 'scale' || sw.kind === 'hundred' || sw.kind === 'dozen') && noBreakBetween(text, next.end, scale.start)) {
      const core: NumberCore = { start: first.start, end: scale.end, value: sw.value / 2, ordinal: false, vague: false, multiple: false, gluedUnit: null, digits: '', range: false };
      return finish(ctx, core, first.start, null, { prev, next: nextToken(text, scale.end) });
    }
  }
  // "half an hour", "half a point", "half a century" (50 years): the period or the measure with it
  if ((next.lower === 'a' || next.lower === 'an') && noBreakBetween(text, first.end, next.start) && !HALF_NOT_AFTER.has(p)) {
    const u = nextToken(text, next.end);
    const measure = u.kind === 'word' ? HALF_MEASURES[u.lower] : undefined;
    if (measure && noBreakBetween(text, next.end, u.start) && !isHyphen(text.charCodeAt(u.end))) {
      const core: NumberCore = { start: first.start, end: u.end, value: measure[0], ordinal: false, vague: false, multiple: false, gluedUnit: measure[1], digits: '', range: false };
      return finish(ctx, core, first.start, null, { prev, next: nextToken(text, u.end) });
    }
  }
  // "half the problem", "half its fleet", "half their herds" (not "the other half the …")
  const share = HALF_SHARES.has(next.lower) && noBreakBetween(text, first.end, next.start) && !HALF_NOT_AFTER.has(p);
  // (and what a change is by: "if sales drop by half", "cut by half"; not a clock's "by half past midnight")
  if (!(MODIFIER_WORDS.has(p) || share || (p === 'by' && next.lower !== 'past') || (next.lower === 'of' && !HALF_NOT_AFTER.has(p)))) return skip(first.end);
  const core: NumberCore = { start: first.start, end: first.end, value: 0.5, ordinal: false, vague: false, multiple: false, gluedUnit: null, digits: '', range: false };
  return finish(ctx, core, first.start, null, { prev, next });
}

/**
 * The count of "a day and a half" before its "and a" (`a`): where it starts and its number; the
 * count already read as a figure of its own ("two" of "two hours and a half") is taken back.
 */
function countAndHalf(ctx: Ctx, a: Token): { start: number; n: number } | null {
  const { text } = ctx;
  const and = prevToken(text, a.start);
  if (and.kind !== 'word' || and.lower !== 'and') return null;
  const unit = prevToken(text, and.start);
  if (unit.kind !== 'word' || !TIME_UNITS.has(unit.lower)) return null;
  const cnt = prevToken(text, unit.start);
  const w = cnt.kind === 'word' ? NUM_WORDS.get(cnt.lower) : undefined;
  const n = cnt.kind === 'word' && (cnt.lower === 'a' || cnt.lower === 'an') ? 1 : cnt.kind === 'num' && /^\d{1,3}$/.test(cnt.text) ? Number(cnt.text) : w && (w.kind === 'unit' || w.kind === 'teen') ? w.value : null;
  if (n === null || (unit.lower.endsWith('s') ? n === 1 : n !== 1)) return null;
  const last = ctx.out[ctx.out.length - 1];
  if (last && last.start >= cnt.start) {
    ctx.out.pop();
    ctx.floor = cnt.start;
  }
  return { start: cnt.start, n };
}

/** a rank's "top-" before its number: "a top-10 player" (6 of 6 in the gold sets) */
const TOP_BEFORE = /(?<![A-Za-z])[Tt]op-$/;
/** a decade's middle: "the mid-20s" (not "mid-2020") */
const MID_DECADE = /(?<![A-Za-z])[Mm]id-$/;

/** "dozens", "hundreds of thousands", "scores of", "tens of thousands". */
function atVague(ctx: Ctx, first: Token, prev: Token): Found {
  const { text } = ctx;
  let end = first.end;
  let next = nextToken(text, end);
  const bigger = (t: Token) => t.kind === 'word' && (t.lower === 'hundreds' || t.lower === 'thousands' || t.lower === 'millions' || t.lower === 'billions');
  if (first.lower === 'scores' && next.lower !== 'of') return skip(end);
  if (next.lower === 'of') {
    const t = nextToken(text, next.end);
    if (bigger(t) && t.lower !== first.lower) {
      end = t.end;
      next = nextToken(text, end);
    } else if (first.lower === 'tens') return skip(first.end);
  } else if (first.lower === 'tens') return skip(first.end);
  const core: NumberCore = { start: first.start, end, value: null, ordinal: false, vague: true, multiple: false, gluedUnit: null, digits: '', range: false };
  return finish(ctx, core, first.start, null, { prev });
}

/** nouns after "One" for an unnamed source ("One fund manager said", "One resident told …") */
const UNNAMED_SOURCE_NOUNS: ReadonlySet<string> = new Set(['source', 'resident', 'witness', 'trader', 'investor', 'fund', 'banker', 'lawyer', 'western', 'senior', 'insider']);

/** periods counted after an ordinal ("the first nine months") */
const PERIOD_PLURALS: ReadonlySet<string> = new Set(['days', 'weeks', 'months', 'years', 'hours', 'quarters', 'minutes', 'seasons']);

/** An ordinal word used as a rank ("its second", "the 404th", "second response"), not an adverb ("he first said"). */
function ordinalIsRank(text: string, first: Token, prev: Token, next: Token, single: boolean): boolean {
  if (!single) return true; // "twenty-first"
  // (a game's half is a rank, "scored twice in the second half" (59 of 89 in the gold sets, 21 of 21
  // since set 300); a year's, "the second half of 2026", is a date's)
  if (next.lower === 'half' && (first.lower === 'first' || first.lower === 'second') && nextToken(text, next.end).lower === 'of') return false;
  const p = prev.kind === 'word' ? prev.lower : '';
  if (first.lower === 'second') {
    if (p === 'split' || p === 'every' || p === 'per') return false;
    if (p === 'one' && !isContentWord(next)) return false; // "one second" (after "a": below)
  }
  if (first.lower === 'first' && next.lower === 'of' && nextToken(text, next.end).lower === 'all') return false;
  // (a priority: "safety comes first", "conservation has to come first,"; not a race's "came first")
  if (first.lower === 'first' && (p === 'come' || p === 'comes' || p === 'coming') && (next.kind !== 'word' || next.lower === 'and' || next.lower === 'but' || next.lower === 'for')) return false;
  // (care given on the spot: "gave first aid")
  if (first.lower === 'first' && next.lower === 'aid') return false;
  const owner = (!!p && (DETERMINERS.has(p) || isPossessiveWord(prev)) && p !== 'a' && p !== 'an') || pluralPossessive(text, prev);
  // an adverb before a participle: "The intruders, first detected in late September" (not "her first revised budget")
  if (first.lower === 'first' && !owner && next.kind === 'word' && next.lower.length >= 6 && next.lower.endsWith('ed')) return false;
  // a count of periods from the start, whose number is the figure: "the first nine months of the year", "the first 10 weeks"
  if ((next.kind === 'num' || NUM_WORDS.get(next.lower)?.kind === 'unit' || NUM_WORDS.get(next.lower)?.kind === 'teen') && PERIOD_PLURALS.has(nextToken(text, next.end).lower)) return false;
  // a placing: "finished second", "came third in the cup"
  if (PLACING_VERBS.has(p)) return true;
  // (and the next in a pair of them: "finished second and third")
  if (p === 'and' || p === 'or') {
    const o = prevToken(text, prev.start);
    const v = o.kind === 'word' && NUM_WORDS.get(o.lower)?.kind === 'ordinal' ? prevToken(text, o.start) : null;
    if (v && v.kind === 'word' && PLACING_VERBS.has(v.lower)) return true;
  }
  // (and a place in a table or on a grid: "sits third in the table", "lifts Kingsmoor to sixth",
  // "came a distant third", "opened in fourth")
  if (placing(text, prev, p, next)) return true;
  if (owner) return true;
  if (p === 'a' || p === 'an') return isContentWord(next) || anotherOne(text, first, next);
  if (prev.kind === 'num') return false; // "1 second"
  if (atSentenceStart(text, first.start)) return false; // "First, …", "2) Second item"
  return isContentWord(next) && !(p && PRONOUNS_AUX.has(p)) && !atSentenceStartCommaAdverb(next);
}

const atSentenceStartCommaAdverb = (next: Token) => next.kind === 'punct' && next.text === ',';

/**
 * "a" + an ordinal and no noun: one more of what the sentence counts ("added a third in stoppage time", "a second,
 * 48-hour strike", "land for a third."), not a moment ("wait a second.").
 */
function anotherOne(text: string, ord: Token, next: Token): boolean {
  const after = next.kind === 'word' ? next.lower : next.kind === 'punct' ? next.text : '';
  // "third" … "tenth" are fractions too ("pay a third.", "up a third on 2028"): one more only after adding it
  if (ord.lower !== 'first' && ord.lower !== 'second' && !ADD_ONE_VERBS.has(prevToken(text, prevToken(text, ord.start).start).lower)) return false;
  if (after === ',') {
    const w = nextToken(text, next.end);
    return w.kind === 'num' || (isContentWord(w) && w.lower !== 'please');
  }
  return ord.lower !== 'second' && (ANOTHER_ONE_AFTER.has(after) || next.kind === 'end');
}
/** words before "a" + an ordinal when one more is added ("added a third", "land for a third", "rule out a fourth") */
const ADD_ONE_VERBS: ReadonlySet<string> = new Set(['add', 'adds', 'added', 'adding', 'score', 'scores', 'scored', 'netted', 'for', 'win', 'wins', 'won', 'seek', 'seeks', 'sought', 'out', 'build', 'builds', 'built', 'open', 'opens', 'opened']);
/** what may follow such an ordinal with no noun ("a third in stoppage time", "a fourth.") */
const ANOTHER_ONE_AFTER: ReadonlySet<string> = new Set(['.', ';', 'in', 'by', 'for', 'on', 'at', 'before', 'after', 'this', 'next']);

/** verbs of a standing before a bare ordinal ("sits third in the table", "started sixth") */
const STANDING_VERBS: ReadonlySet<string> = new Set(['sit', 'sits', 'sat', 'sitting', 'lie', 'lies', 'lay', 'lying', 'started', 'starts', 'start', 'qualified', 'qualifies']);
/** verbs that move a side to a place ("lifts Kingsmoor to sixth", "climbed to second") */
const MOVE_TO_VERBS: ReadonlySet<string> = new Set([
  'lifts', 'lifted', 'lift', 'move', 'moved', 'moves', 'climb', 'climbed', 'climbs', 'rise', 'rose', 'rises', 'jump', 'jumped', 'jumps',
  'slip', 'slipped', 'slips', 'drop', 'dropped', 'drops', 'fall', 'fell', 'falls', 'go', 'goes', 'went', 'sends', 'sent', 'up', 'back', 'down',
]);
/** copulas before a bare ordinal in a standing ("is third with 14%", "remain fifth on 42 points") */
const STANDING_COPULAS: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'remain', 'remains', 'remained', 'stay', 'stays', 'stayed']);
/** words between a verb of moving and "to" + an ordinal: the side moved ("lifts the … Lions to second", "lifts them to fifth") */
const PLACED_SIDE_WORDS: ReadonlySet<string> = new Set(['the', 'them', 'us', 'him', 'her', 'it', 'side', 'team', 'club']);
/** words before "in" + a bare ordinal ("opened in fourth", "alone in third", "back in third") */
const IN_PLACE_WORDS: ReadonlySet<string> = new Set(['opened', 'finished', 'alone', 'back', 'podium', 'started']);
/** words before "for" + a bare ordinal ("tied for third", "staying on for second") */
const FOR_PLACE_WORDS: ReadonlySet<string> = new Set(['tied', 'tie', 'ties', 'on']);
/** what follows a place in a table ("third in the table", "second with seven points", "third on 241", "third, two points behind") */
const AFTER_PLACE: ReadonlySet<string> = new Set(['in', 'with', 'on', ',', '.', ';', 'behind', 'place', 'overall', 'here', 'there']);

function placing(text: string, prev: Token, p: string, next: Token): boolean {
  const after = next.kind === 'word' ? next.lower : next.kind === 'punct' ? next.text : '';
  const placeEnds = AFTER_PLACE.has(after) || next.kind === 'end';
  if (STANDING_VERBS.has(p)) return placeEnds;
  // a place left or gained: "fought back from seventh", "dropped Marais from third to sixth",
  // "came from ninth of 10"
  // (not "from first to last")
  if (p === 'from') return placeEnds || (after === 'to' && nextToken(text, next.end).lower !== 'last') || after === 'and' || after === 'of';
  if (p === 'to') {
    const o = prevToken(text, prev.start);
    if (o.kind === 'word' && NUM_WORDS.get(o.lower)?.kind === 'ordinal' && prevToken(text, o.start).lower === 'from') return true;
  }
  // a copula: "Confederation is third with 14%", "Rangers remain fifth on 42 points", "we were second at Christmas"
  if (STANDING_COPULAS.has(p)) return placeEnds || after === 'at';
  // a side and its place in a list of standings: "with Rinaldi third on 241", "leaves Rayon fourth on 11 points"
  if (prev.kind === 'word' && isCapitalized(prev) && !isAllCaps(prev) && !atSentenceStart(text, prev.start)) return placeEnds || after === 'for';
  if (p === 'to' || p === 'in' || p === 'for') {
    // ("lifts Kingsmoor to sixth", "lifts the 158th-ranked Lions to second", "lifts them to fifth": past the side;
    // "opened in fourth", "alone in third"; "tied for third")
    let q = prevToken(text, prev.start);
    for (let k = 0; k < 4 && q.kind === 'word' && (/^[A-Z]/.test(q.text) || PLACED_SIDE_WORDS.has(q.lower) || q.text.indexOf('-') > 0 || isHyphen(text.charCodeAt(q.start - 1))); k++) {
      let from = q.start;
      while (from > 0 && !isHSpace(text.charCodeAt(from - 1)) && text.charCodeAt(from - 1) !== 10) from--; // the whole of "158th-ranked"
      q = prevToken(text, from);
    }
    const verbs = p === 'to' ? MOVE_TO_VERBS : p === 'in' ? IN_PLACE_WORDS : FOR_PLACE_WORDS;
    return q.kind === 'word' && verbs.has(q.lower) && (placeEnds || after === 'at' || after === 'for');
  }
  // "came a distant third"
  if (p === 'distant' || p === 'close' || p === 'creditable' || p === 'respectable') {
    const a = prevToken(text, prev.start);
    const v = a.kind === 'word' && a.lower === 'a' ? prevToken(text, a.start) : null;
    return !!v && v.kind === 'word' && PLACING_VERBS.has(v.lower);
  }
  return false;
}

/** a label of a reference number before its colon: "Release Number", "Ref", "Case No" */
const NUMBER_LABEL_BEFORE = /\b(?:[Nn]umber|[Nn]o|[Rr]ef(?:erence)?|ID|[Cc]ode)$/;
/** the end of a code's parts joined by hyphens or slashes after `e` ("26-097", "55/2026") */
function codeEnd(text: string, e: number): number {
  while ((text.charCodeAt(e) === 45 || text.charCodeAt(e) === 47) && isDigit(text.charCodeAt(e + 1))) {
    e++;
    while (isDigit(text.charCodeAt(e))) e++;
  }
  return e;
}

/** The share's second number after its "in", past an "every" ("one in every four toys": one figure in 10 of the gold sets' 13 such). */
function denominator(text: string, afterIn: number): Token {
  const t = nextToken(text, afterIn);
  return t.lower === 'every' ? nextToken(text, t.end) : t;
}

/** "one" as a number ("one of the reasons", "one senior official"), not a pronoun ("one must…", "no one"). */
function oneIsNumber(text: string, first: Token, prev: Token, next: Token): boolean {
  const p = prev.kind === 'word' ? prev.lower : '';
  // "at least one more", "more than one", "exactly one"
  if (p === 'least' || p === 'than' || p === 'exactly') return true;
  // an unnamed source, not a count: "One MP, who asked not to be named, said", "One fund manager said"
  if (first.text === 'One' && atSentenceStart(text, first.start) && (TITLE_WORDS.has(next.lower) || UNNAMED_SOURCE_NOUNS.has(next.lower))) return false;
  // (a share after "which": "a loan book in which one in three loans was non-performing")
  if (next.lower === 'in' && (p === 'which' || p === 'whichever')) {
    const t = denominator(text, next.end);
    if (t.kind === 'num' || (t.kind === 'word' && NUM_WORDS.has(t.lower))) return true;
  }
  if (ONE_PRONOUN_BEFORE.has(p) && !(p === 'this' || p === 'that') ) return false;
  // (not "warned that one in five posts …": a share after a clause's "that")
  if ((p === 'this' || p === 'that' || p === 'the') && !isContentWord(next) && next.lower !== 'of' && !(p === 'that' && next.lower === 'in')) return false;
  if (p === 'at' && (next.lower === 'point' || next.lower === 'time' || next.lower === 'stage')) return false;
  if (next.lower === 'of') {
    const t = nextToken(text, next.end);
    return !(t.kind === 'word' && (t.lower === 'them' || t.lower === 'us' || t.lower === 'you' || t.lower === 'whom' || t.lower === 'which' || t.lower === 'those' || t.lower === 'these' || t.lower === 'it'));
  }
  if (next.lower === 'in') {
    const t = denominator(text, next.end);
    return t.kind === 'num' || (t.kind === 'word' && NUM_WORDS.has(t.lower)); // "one in five"
  }
  // the first of a range: "one to five years", "one or two more tests"
  if (next.lower === 'to' || next.lower === 'or') {
    const t = nextToken(text, next.end);
    if (t.kind === 'num' || (t.kind === 'word' && (NUM_WORDS.get(t.lower)?.kind === 'unit' || NUM_WORDS.get(t.lower)?.kind === 'teen'))) return true;
  }
  if (!isContentWord(next)) return false; // "one must", "the one who", "one another", "day one."
  if (next.lower === 'day' && atSentenceStart(text, first.start)) return false; // "One day, …"
  if (p === 'day' || p === 'square' || p === 'phase') return false;
  return true;
}

function isPossessiveWord(t: Token): boolean {
  const n = t.text.length;
  return t.kind === 'word' && n > 2 && isApostrophe(t.text.charCodeAt(n - 2)) && t.lower.endsWith('s');
}

/** a plural possessive, the apostrophe after the word: "the Hurricanes’ second in four matches" */
function pluralPossessive(text: string, t: Token): boolean {
  if (t.kind === 'punct') return t.text.length === 1 && isApostrophe(t.text.charCodeAt(0)) && t.start > 1 && text.charCodeAt(t.start - 1) === 115 && isLetter(text.charCodeAt(t.start - 2));
  if (t.kind !== 'word') return false;
  return t.lower.endsWith('s') && isApostrophe(text.charCodeAt(t.end)) && !isLetter(text.charCodeAt(t.end + 1));
}

/** the words of currencies written glued to a sum ("P14" in a text about pesos, "Sh48" about shillings) */
const GLUED_CURRENCY_WORDS: Readonly<Record<string, RegExp>> = {
  PHP: /\bpesos?\b|₱/, KES: /\bshillings?\b/, TZS: /\bshillings?\b/, UGX: /\bshillings?\b/, ZAR: /\brand\b/, NGN: /\bnaira\b/,
  GHS: /\bcedis?\b/, MYR: /\bringgit\b/, IDR: /\brupiah\b/, SAR: /\briyals?\b/, QAR: /\briyals?\b/, AED: /\bdirhams?\b/, BDT: /\btaka\b|\bTk \d/,
};

/**
 * Does the text write sums in the currency glued as `glued` elsewhere: its word, or a sum that
 * is one on its own ("P2.4 billion", "Sh1,200")? Then a bare "P14" or "Sh48" is one too.
 */
function sumsIn(ctx: Ctx, glued: string, code: string): boolean {
  const known = ctx.gluedSums?.get(glued);
  if (known !== undefined) return known;
  // (or a price with its hundredths elsewhere in the text: "P21.40 per kilo" makes "P48" one)
  const sum = new RegExp(`\\b${glued}\\d{1,3}(?:,\\d{3})+\\b|\\b${glued}\\d+(?:\\.\\d+)?(?:bn|m| million| billion)\\b|\\b${glued}\\d{1,6}\\.\\d\\d\\b`);
  const yes = (GLUED_CURRENCY_WORDS[code]?.test(ctx.text) ?? false) || sum.test(ctx.text);
  (ctx.gluedSums ??= new Map()).set(glued, yes);
  return yes;
}

/** the currency a glued "K" writes: the kwacha (Zambia's, or Malawi's), the kyat or the kina, by the words and places of the text; else none */
/**
 * A currency written with a letter or two that only a text about its country uses so: the
 * Gambian dalasi "D1.8 million", the Lesotho loti "M450 000", the lilangeni "E2.5 million", the
 * Botswana pula "P1.2 million" (elsewhere "P" is the peso), the Sierra Leone leone "NLe96 million",
 * the Vanuatu vatu "VT500", the Thai baht "B60,000", the Guatemalan quetzal "Q48 million".
 */
const LETTER_CURRENCIES: Readonly<Record<string, readonly [Country, string]>> = {
  D: ['gambia', 'GMD'], M: ['lesotho', 'LSL'], E: ['eswatini', 'SZL'], P: ['botswana', 'BWP'], Le: ['sierra-leone', 'SLE'], NLe: ['sierra-leone', 'SLE'],
  VT: ['vanuatu', 'VUV'], B: ['thailand', 'THB'], Q: ['guatemala', 'GTQ'],
};
function letterCurrency(ctx: Ctx, glued: string): string | null {
  const [country, code] = LETTER_CURRENCIES[glued];
  return isAbout(ctx.text, country) ? code : null;
}

function kwachaKyatOrKina(ctx: Ctx): string | null {
  if (ctx.kCurrency !== undefined) return ctx.kCurrency;
  const text = ctx.text;
  const code = /\bkyats?\b/.test(text) || isAbout(text, 'myanmar') ? 'MMK'
    : /\bkina\b/.test(text) || isAbout(text, 'papua-new-guinea') ? 'PGK'
    : isAbout(text, 'malawi') ? 'MWK'
    : /\bkwacha\b/.test(text) || isAbout(text, 'zambia') ? 'ZMW' : null;
  ctx.kCurrency = code;
  return code;
}

/** whether the word that ends at `e` is a currency's code of two or three letters ("USD", "Nu") */
function currencyCodeBefore(text: string, e: number): boolean {
  let p = e;
  while (p > 0 && e - p < 4 && isLetter(text.charCodeAt(p - 1))) p--;
  return e - p >= 2 && e - p <= 3 && (p === 0 || !isLetter(text.charCodeAt(p - 1))) && CURRENCY_CODES[text.slice(p, e)] !== undefined;
}

/** three capitals, as an ISO 4217 code is written */
const ISO_GLUED = /^[A-Z]{3}$/;

/** currencies written glued to a sum, by the letters before it */
const GLUED_CURRENCIES: Record<string, string> = { Rs: 'INR', Sh: 'KES', KSh: 'KES', Ksh: 'KES', R: 'ZAR', RM: 'MYR', Rp: 'IDR', N: 'NGN', GH: 'GHS', P: 'PHP', SR: 'SAR', QR: 'QAR', Dh: 'AED', Dhs: 'AED', Tsh: 'TZS', TSh: 'TZS', Ush: 'UGX', USh: 'UGX', Rwf: 'RWF', Frw: 'RWF', ZiG: 'ZWG', JD: 'JOD', LE: 'EGP', Br: 'ETB', KD: 'KWD', RO: 'OMR', BD: 'BHD', LL: 'LBP', MOP: 'MOP', Tk: 'BDT', Shs: 'UGX', LD: 'LYD', Ks: 'MMK', Fbu: 'BIF', FBu: 'BIF' };

/** digits at `s` that read as a sum: a scale after them ("480m", "2.4 billion"), thousands ("3 000", "25,000"), a decimal */
function looksLikeSum(text: string, s: number): boolean {
  let e = s;
  while (e < text.length && (isDigit(text.charCodeAt(e)) || text.charCodeAt(e) === 44 || text.charCodeAt(e) === 46)) e++;
  const run = text.slice(s, e);
  if (run.indexOf(',') > 0 || /\d\.\d/.test(run)) return true;
  const c = e < text.length ? text.charCodeAt(e) : 0;
  if (c === 109 || c === 98 || c === 107) return true; // "480m", "2bn", "5k"
  if (c === 45) { // "R447-billion"
    const h = nextToken(text, e + 1);
    if (h.kind === 'word' && h.start === e + 1 && SCALE_WORDS[h.lower] !== undefined) return true;
  }
  if (isHSpace(c) && isDigit(text.charCodeAt(e + 1))) return spaceThousands(text, s) > 0;
  const t = nextToken(text, e);
  return t.kind === 'word' && (SCALE_WORDS[t.lower] !== undefined || CURRENCY_SCALE_WORDS[t.lower] !== undefined);
}

/**
 * A fraction's value as the gold sets write it: exact when it ends within three decimals (1/8 →
 * 0.125), else to two (1/3 → 0.33, 2/3 → 0.67)
 */
function fractionValue(v: number): number {
  // (a share below a hundredth to two significant digits: "one in 227" is 0.0044, "one in 50,000" 0.00002)
  if (v > 0 && v < 0.01) return Number(v.toPrecision(2));
  const thousandths = v * 1000;
  return Math.abs(thousandths - Math.round(thousandths)) < 1e-9 ? Math.round(thousandths) / 1000 : Math.round(v * 100) / 100;
}

/** Is the number at s the second of a score ("118-109": the 109)? */
function scoreBefore(text: string, s: number): boolean {
  if (recordTriple(text, s)) return true; // "(12-8-2)" (its third number follows a hyphen)
  let a = s - 1;
  while (a > 0 && s - 1 - a <= 3 && isDigit(text.charCodeAt(a - 1))) a--;
  if (a > 0 && (isLetter(text.charCodeAt(a - 1)) || isDigit(text.charCodeAt(a - 1)) || text.charCodeAt(a - 1) === 46 || text.charCodeAt(a - 1) === 44 || isHyphen(text.charCodeAt(a - 1)))) return false;
  let e = s;
  while (e < text.length && isDigit(text.charCodeAt(e))) e++;
  return twoFigures(text, s, text.slice(a, s - 1), text.slice(s, e));
}

/** the end of digits grouped by spaces in threes ("17 450", "13 000"), or 0 (not "202 555 0100") */
function spaceThousands(text: string, s: number): number {
  let e = s;
  while (e < text.length && isDigit(text.charCodeAt(e))) e++;
  if (e - s > 3 || e === s) return 0;
  let groups = 0;
  while (e + 4 <= text.length && isHSpace(text.charCodeAt(e)) && isDigit(text.charCodeAt(e + 1)) && isDigit(text.charCodeAt(e + 2)) && isDigit(text.charCodeAt(e + 3)) && !(e + 4 < text.length && isDigit(text.charCodeAt(e + 4)))) {
    e += 4;
    groups++;
  }
  return groups > 0 && groups <= 3 ? e : 0;
}

/** nouns before a number that refer to a part of a text, or a numbered place (a council's "ward 98", "Route 138"), not a quantity */
const REFERENCE_NOUNS: ReadonlySet<string> = new Set(['section', 'sections', 'article', 'articles', 'clause', 'clauses', 'paragraph', 'paragraphs', 'subsection', 'rule', 'rules', 'chapter', 'chapters', 'schedule', 'annex', 'appendix', 'verse', 'verses', 'page', 'pages', 'exhibit',
  'ward', 'wards', 'district', 'route', 'highway', 'zone']);

/** nouns before a class's number ("phase 3", "type 2", "tier 1") */
const CLASS_NOUNS: ReadonlySet<string> = new Set(['phase', 'type', 'tier']);
/** words after such a number that make it a point on a scale ("phase 2 of 3", "tier 1 out of 4") */
const NOT_CLASSED: ReadonlySet<string> = new Set(['of', 'out', 'and', 'or', 'to']);
/** what follows an airliner's model number (its variant, captured, a second model, then the kind of aircraft) */
const AIRLINER_AFTER = /^(-\d{1,3}[A-Z]{0,3})?s?(?: (?:and|or) (?:A3\d\d(?:neo)?|7[0-8]7)(?:-\d{1,3})?s?)? (?:freighters?|jets?|jetliners?|airliners?|aircraft|planes?|widebod(?:y|ies)|MAX|Max|Dreamliners?|fleet|flights?)\b/;

/** words before a point on a scale ("level 4 out of 5") */
const RATING_SCALE_WORDS: ReadonlySet<string> = new Set(['level', 'category', 'tier', 'grade', 'rated', 'scored', 'rating', 'score', 'stage', 'phase']);

/** the emergency numbers of news copy's countries, and what of their service may follow them */
const EMERGENCY_NUMBERS: ReadonlySet<string> = new Set(['911', '999', '111', '112']);
const EMERGENCY_SERVICE: ReadonlySet<string> = new Set(['call', 'calls', 'caller', 'callers', 'center', 'centers', 'centre', 'centres', 'operator', 'operators', 'dispatcher', 'dispatchers', 'dispatch', 'director', 'directors', 'line', 'lines', 'system', 'service', 'services', 'handler', 'handlers', 'emergency']);
/** verbs before a number dialled */
const DIAL_VERBS: ReadonlySet<string> = new Set(['call', 'calls', 'called', 'calling', 'dial', 'dials', 'dialled', 'dialed', 'dialling', 'dialing', 'ring', 'rang', 'text', 'texted']);
/** words after a number dialled that count nothing */
const NOT_COUNTED: ReadonlySet<string> = new Set(['himself', 'herself', 'themselves', 'immediately', 'or', 'and', 'for', 'to', 'after', 'before', 'when', 'as', 'at', 'on', 'from', 'but', 'in', 'if', 'because', 'while', 'again', 'instead', 'first', 'right', 'twice', 'early', 'late']);

/**
 * A number in brackets that is a figure, not a list's number: a measure with its unit ("within 10
 * miles (16km)", "1,650C (3,000F)"), or a count or an age after a name ("Sangrur (41)", "Nenad
 * Ilić (52)"; not a year, "Itonut (1983) Ltd.", nor a day after a weekday, "on Monday (18)").
 */
function bracketedFigure(text: string, s: number, core: NumberCore): boolean {
  if (text.charCodeAt(s - 1) !== 40 || core.ordinal || core.range) return false;
  if (core.gluedUnit) return true;
  if (!(core.value! >= 1) || (core.value! >= 1900 && core.value! <= 2100) || core.digits.indexOf('.') >= 0) return false;
  const p = prevToken(text, s - 1);
  // (not a phone number's: "Crime Stoppers at 328-TIPS (8477)", "(814) 555-0192" on a line of its own)
  return p.kind === 'word' && isCapitalized(p) && p.end === s - 2 && text.charCodeAt(s - 2) === 32 && !MONTHS.has(p.lower) && !Object.hasOwn(WEEKDAYS, p.lower) && !/^[A-Z]+$/.test(p.text);
}

/** verbs of a placing before a bare ordinal ("finished second") */
const PLACING_VERBS: ReadonlySet<string> = new Set(['finish', 'finished', 'finishes', 'finishing', 'came', 'come', 'comes', 'placed', 'ranked', 'ranks', 'rank', 'ranking', 'seeded', 'rated']);

/** words after an ordinal's hyphen that make it a rank ("third-round", "second-placed", "fourth-best") */
const RANK_WORDS: ReadonlySet<string> = new Set(['best', 'worst', 'most', 'least', 'round', 'place', 'placed', 'ranked', 'seeded']);
/** words in -est that are no superlatives */
const NOT_SUPERLATIVES: ReadonlySet<string> = new Set(['interest', 'harvest', 'protest', 'request']);

/** words after an ordinal's hyphen that make an adjective of it, no count ("first-time", "first-degree murder", "second-guess", "first-class") */
const NOT_ORDINAL_COMPOUNDS: ReadonlySet<string> = new Set(['time', 'timer', 'timers', 'degree', 'hand', 'handed', 'look', 'chance', 'home', 'team',
  'half', 'quarter', 'class', 'rate', 'person', 'aid', 'guess', 'guessing', 'string', 'stringers', 'party', 'born', 'choice']);

/**
 * the word after an ordinal's hyphen makes it a rank or a count of a thing ("fourth-largest",
 * "third-round", "third-period comeback", "a third-term senator", "fourth-innings chase"), not
 * an adjective ("first-time buyers", "first-degree murder"); a quarter or a half is a date's
 */
function rankCompound(text: string, hyphen: number): boolean {
  const w = text.slice(hyphen + 1, wordEnd(text, hyphen + 1)).toLowerCase();
  return RANK_WORDS.has(w) || (w.length > 4 && w.endsWith('est') && !NOT_SUPERLATIVES.has(w)) || (/^[a-z]{3,}$/.test(w) && !NOT_ORDINAL_COMPOUNDS.has(w));
}

/**
 * The word after a cardinal's hyphen when it names what is counted ("a five-star hotel", "a
 * three-judge panel", "a six-lane road"), not an adjective of kind ("one-off", "two-way",
 * "three-wheeler", "one-sided", "fast-paced", "one-on-one"): nor a number
 * itself ("five-eighth", "one-thousand", "nineteen-eighties", "three-quarter time")
 */
function countedCompound(text: string, hyphen: number): string | null {
  const e = wordEnd(text, hyphen + 1);
  const w = text.slice(hyphen + 1, e);
  if (!/^[a-z]{3,}$/.test(w) || w.endsWith('ed') || w.endsWith('ing') || NOT_COUNTED_COMPOUNDS.has(w) || NUM_WORDS.has(w) || /(?:ties|quarters?|halfs?)$/.test(w)) return null;
  return w;
}
const NOT_COUNTED_COMPOUNDS: ReadonlySet<string> = new Set(['off', 'way', 'ways', 'state', 'wheeler', 'wheelers', 'wheel', 'timer', 'timers', 'and', 'for', 'all', 'liner', 'liners']);

/** The second part of a hyphenated compound when it is a unit ("day", "year-old"); else null. */
function compoundUnit(text: string, hyphen: number): string | null {
  const e = wordEnd(text, hyphen + 1);
  const comp = text.slice(hyphen + 1, e).toLowerCase();
  let firstSeg = comp;
  for (let i = 0; i < comp.length; i++) {
    if (isHyphen(comp.charCodeAt(i))) {
      firstSeg = comp.slice(0, i);
      break;
    }
  }
  return COMPOUND_UNITS.has(comp) || COMPOUND_UNITS.has(firstSeg) ? text.slice(hyphen + 1, e) : null;
}

// ---------------------------------------------------------------------------------------------
// Assembly: percent, currency words, "times", unit, modifier, subtype.

interface FinishInfo {
  /** the token before the span start (before any modifier) */
  prev: Token;
  /** the token after core.end, if already read */
  next?: Token;
  yearLike?: boolean;
  compound?: string | null;
}

function finish(ctx: Ctx, core: NumberCore, spanStart: number, currency: string | null, info: FinishInfo): Found {
  if (core.rangeSecond !== undefined) return rangeOf(ctx, core, spanStart, currency, info);
  const { text } = ctx;
  let end = core.end;
  let unit: string | null = null;
  let percent = false;
  let times = core.multiple;
  let compound = info.compound ?? null;
  const nt = info.next ?? nextToken(text, end);
  const adjacent = nt.kind !== 'end' && noBreakBetween(text, end, nt.start);

  if (core.gluedUnit === 'pc') percent = true; // "7pc" (British copy)
  if (!core.ordinal && !core.vague && !percent) {
    if (adjacent && nt.text === '%' && nt.start - end <= 1) {
      percent = true;
      end = nt.end;
    } else if (adjacent && nt.kind === 'word' && PERCENT_WORDS.has(nt.lower)) {
      percent = true;
      end = nt.end;
    } else if (adjacent && nt.lower === 'per') {
      const t2 = nextToken(text, nt.end);
      if (t2.lower === 'cent') {
        percent = true;
        end = t2.end;
      }
    }
  }
  if (!percent && !currency && adjacent && nt.kind === 'word') {
    if (CURRENCY_WORDS[nt.lower] && !(nt.lower === 'sterling' && false)) currency = CURRENCY_WORDS[nt.lower];
    else if (DOLLAR_ADJECTIVES[nt.lower]) {
      const t2 = nextToken(text, nt.end);
      if (t2.lower === 'dollars' || t2.lower === 'dollar') currency = DOLLAR_ADJECTIVES[nt.lower];
    } else if (nt.lower === 'pounds' && nextToken(text, nt.end).lower === 'sterling') currency = 'GBP';
    else if (nt.lower === 'times' && !core.ordinal) {
      times = true;
      end = nt.end;
    }
  }
  // "nine in 10 applications", "one in five children": a proportion
  let ratio: number | null = null;
  // (not a count of times: "lost twice in four days")
  // (and "nine out of 10")
  // (not a point on a scale: "a level 4 out of 5")
  const outOf = adjacent && nt.lower === 'out' && nextToken(text, nt.end).lower === 'of' && !RATING_SCALE_WORDS.has(prevToken(text, core.start).lower);
  // (nor a cricket score's wickets: "287/6 in 50 overs")
  if (adjacent && (nt.lower === 'in' || outOf) && !core.ordinal && !core.vague && !core.range && !core.multiple && !percent && !currency && core.value !== null && core.value >= 1 && text.charCodeAt(core.start - 1) !== 47) {
    const d = outOf ? nextToken(text, nextToken(text, nt.end).end) : denominator(text, nt.end);
    const w = d.kind === 'word' ? NUM_WORDS.get(d.lower) : undefined;
    const den = d.kind === 'num' ? Number(d.text.replace(/,/g, '')) : w && (w.kind === 'unit' || w.kind === 'teen' || w.kind === 'tens' || w.kind === 'hundred') ? w.value : NaN;
    // (not a count in a stretch of time: "score three in five minutes")
    const after = nextToken(text, d.end);
    // (a count of a named total is two counts: "39 out of 44 candidates", "23 out of 31 witnesses"; a share is
    // out of ten or a hundred: "nine out of 10", "seven out of ten")
    // (past a thousand only written with its thousands comma, "one in 50,000": not a year, "one in 2019")
    if (den > core.value && (den <= 1000 || (d.kind === 'num' && d.text.includes(','))) && (!outOf || den <= 10 || den === 100 || den === 1000) && noBreakBetween(text, nt.end, d.start) && !isLetter(text.charCodeAt(d.end)) && text.charCodeAt(d.end) !== 45 && !(after.kind === 'word' && after.start === d.end + 1 && TIME_UNITS.has(after.lower))) {
      ratio = fractionValue(core.value / den);
      end = d.end;
    }
  }
  if (!compound && !core.gluedUnit && isHyphen(text.charCodeAt(end)) && isLetter(text.charCodeAt(end + 1))) {
    compound = compoundUnit(text, end) ?? text.slice(end + 1, wordEnd(text, end + 1));
  }

  // unit
  let unitIsPlural = false;
  if (currency) unit = currency;
  else if (percent) unit = 'percent';
  else if (times) unit = 'times';
  else if (core.gluedUnit) unit = core.gluedUnit === 's' ? 'seconds' : core.gluedUnit;
  else if (compound) unit = compound;
  else if (adjacent && nt.lower === 'of') {
    const part = partitive(text, nt.end);
    if (part.pronoun === 'whom' || part.pronoun === 'which') unit = unitOfPreviousFigure(ctx, spanStart);
    else if (part.phrase) {
      unit = clean(text.slice(part.phrase.start, part.phrase.end));
      unitIsPlural = true;
    }
  } else {
    const plural = core.vague || core.range || core.value !== 1 || core.ordinal === false && core.multiple;
    let np = nounPhrase(text, end, plural && !core.ordinal, false, end === core.end ? nt : undefined);
    if (np && plural && !core.ordinal) {
      np = extendCoordination(text, np);
      unitIsPlural = true;
    }
    if (np) unit = clean(text.slice(np.start, np.end));
  }

  // (a place reached is no upper bound: "moved up to second place")
  const found = findModifier(text, spanStart, ctx.floor, info.prev);
  const mod = found && core.ordinal && found.text === 'up to' ? null : found;
  if (info.yearLike && !mod) {
    // a bare 4-digit number that reads as a year: a figure only when it counts a plural noun
    const p = info.prev;
    const dateContext = p.kind === 'punct' ? p.text === ',' : p.kind === 'word' && (YEAR_PREPOSITIONS.has(p.lower) || MONTHS.has(p.lower));
    if (end === core.end && (!unit || !unitIsPlural || dateContext)) return skip(core.end);
  }

  let subtype: string;
  const lastUnitWord = unit ? unit.slice(unit.lastIndexOf(' ') + 1).toLowerCase() : '';
  const durationUnit =
    (unit !== null && !compound && TIME_UNITS.has(lastUnitWord)) ||
    (compound !== null && TIME_UNITS.has(compound.toLowerCase().split(/[-‐‑]/)[0]) && !/old$/i.test(compound));
  if (currency) subtype = 'money';
  else if (percent) subtype = 'percent';
  else if (core.vague || core.approx) subtype = 'approx';
  else if (durationUnit && !core.ordinal) subtype = 'duration';
  else if (mod) subtype = 'approx';
  else if (core.ordinal) subtype = 'ordinal';
  else subtype = 'cardinal';

  // "minus 20 degrees"
  const p = info.prev;
  // (not a tolerance: "3% plus or minus one percentage point")
  const minus = !mod && !core.vague && core.value !== null && p.kind === 'word' && (p.lower === 'minus' || p.lower === 'negative') && noBreakBetween(text, p.end, spanStart) && !/\bplus or $/i.test(text.slice(Math.max(0, p.start - 9), p.start));
  const start = mod ? mod.start : minus ? p.start : spanStart;
  // a temperature under zero: "14 below zero", "10 degrees below zero", "a low of 8 below"
  const below = !minus && !currency && !percent && !core.vague && !core.ordinal && core.value !== null ? BELOW_ZERO.exec(text.slice(end, end + 20)) : null;
  const belowZero = below !== null && (below[1] !== undefined || LOW_OF.test(text.slice(Math.max(0, start - 16), start)));
  if (belowZero) end += below[0].length;
  const fig: Annotation = {
    type: 'figure',
    start,
    end,
    text: text.slice(start, end),
    entity: null,
    subtype,
    role: null,
    value: core.vague ? null : belowZero ? -core.value! : ratio ?? (minus ? -core.value! : core.value),
    unit,
    modifier: mod ? mod.text : null,
  };
  // cents as the dollar's part: "41 cents" and "31¢" are 0.41 and 0.31 (dollars)
  // (in any case: a title-case headline's "Raises Tax Rate 20 Cents")
  const unitHead = unit === null ? '' : unit.split(' ', 1)[0].toLowerCase();
  if (!currency && !percent && !belowZero && typeof fig.value === 'number') {
    if (unitHead === '¢' || unitHead === 'cents' || unitHead === 'cent') asCents(fig, fig.value, 'USD');
    // (and other currencies' hundredths: "6 sen" of a ringgit, "45 satang" of a baht)
    else if (adjacent && nt.kind === 'word' && (unit === null || unit === nt.lower) && Object.hasOwn(MINOR_UNITS, nt.lower)) asCents(fig, fig.value, MINOR_UNITS[nt.lower]);
    // (a dinar's thousandths: "15 fils" is 0.015 of the dinar of the country the text is about)
    else if (adjacent && nt.kind === 'word' && nt.lower === 'fils' && (unit === null || unit === 'fils')) {
      asCents(fig, fig.value / 10, FILS_DINARS.find(([c]) => isAbout(text, c))?.[1] ?? 'KWD');
    }
    // (other thousandths: "200 baisa" of the Omani rial, "500 millimes" of the Tunisian dinar)
    else if (adjacent && nt.kind === 'word' && Object.hasOwn(THOUSANDTHS, nt.lower) && (unit === null || unit === nt.lower)) asCents(fig, fig.value / 10, THOUSANDTHS[nt.lower]);
    // (a country's cents: "37 US cents a kilo", "65.12 Australian cents")
    const national = unit === null || /^(?:[A-Z][a-z]+|[A-Z]{2}) cents?$/.test(unit) ? NATIONAL_CENTS.exec(text.slice(end, end + 24)) : null;
    if (national) {
      const e = end + national[0].length;
      fig.end = e;
      fig.text = text.slice(fig.start, e);
      asCents(fig, fig.value, CENTS_CURRENCY[national[1].replace(/\./g, '').toLowerCase()] ?? 'USD');
      return { fig, resume: e };
    }
  }
  return { fig, resume: end };
}

/**
 * A range, two figures: its upper number read as a figure of its own ("5 per cent", "350
 * million" with the first's currency), and its lower one, with its modifier, taking the upper's
 * subtype, unit and scale: "3-5 per cent" → 3 (percent) and 5 (percent); "$300-350 million" →
 * 300 million and 350 million dollars.
 */
function rangeOf(ctx: Ctx, core: NumberCore, spanStart: number, currency: string | null, info: FinishInfo): Found {
  const lower = finish(ctx, { ...core, rangeSecond: undefined }, spanStart, currency, info);
  const upper = atDigits(ctx, core.rangeSecond!, core.rangeSecond!, currency, true);
  const a = lower.fig;
  const b = upper.fig;
  if (!a || !b) return lower;
  const scale = typeof b.value === 'number' ? writtenScale(ctx.text, core.rangeSecond!, b.value) : 1;
  if (typeof a.value === 'number' && scale > 1) a.value = scaleDecimal(String(a.value), scale);
  if (b.subtype === 'money' || b.subtype === 'percent' || b.subtype === 'duration' || (a.subtype === 'cardinal' && b.subtype !== 'approx')) a.subtype = b.subtype;
  a.unit = b.unit;
  return { fig: a, resume: upper.resume, also: b };
}

const BELOW_ZERO = /^[ \u00A0](?:degrees?[ \u00A0])?below(?:[ \u00A0](zero))?\b/;
/** what makes a bare "below" a temperature: "a low of 8 below", "highs around 5 below" */
const LOW_OF = /\b(?:lows?|highs?|readings?)[ \u00A0](?:of|around|near|at)[ \u00A0]$/i;

/** a sum in cents as its currency's part: 41 cents is 0.41 (dollars) */
function asCents(fig: Annotation, cents: number, code: string): void {
  fig.value = Math.round(cents * 1e6) / 1e8;
  fig.unit = code;
  if (fig.subtype === 'cardinal') fig.subtype = 'money';
}

/** the dinars whose thousandth is a fils, by the country a text is about */
const FILS_DINARS: ReadonlyArray<readonly [Country, string]> = [['kuwait', 'KWD'], ['bahrain', 'BHD'], ['jordan', 'JOD'], ['iraq', 'IQD']];

/** the thousandth of a currency by its name, and the currency */
const THOUSANDTHS: Readonly<Record<string, string>> = { baisa: 'OMR', baiza: 'OMR', baizas: 'OMR', millimes: 'TND', millime: 'TND' };

/** the hundredth of a currency by its name, and the currency */
const MINOR_UNITS: Readonly<Record<string, string>> = {
  sen: 'MYR', satang: 'THB', paise: 'INR', paisa: 'INR', kobo: 'NGN', halalas: 'SAR', halala: 'SAR', tetri: 'GEL', kopecks: 'RUB', kopeks: 'RUB',
  stotinki: 'BGN', bani: 'RON', groszy: 'PLN', grosze: 'PLN', pesewas: 'GHS', thebe: 'BWP', toea: 'PGK', tambala: 'MWK', ngwee: 'ZMW', laari: 'MVR', chhertum: 'BTN',
};

const NATIONAL_CENTS = /^[ \u00A0](US|U\.S\.|American|Australian|Canadian|NZ|Singapore|Hong Kong|HK)[ \u00A0]cents?\b/;
const CENTS_CURRENCY: Readonly<Record<string, string>> = { us: 'USD', american: 'USD', australian: 'AUD', canadian: 'CAD', nz: 'NZD', singapore: 'SGD', 'hong kong': 'HKD', hk: 'HKD' };

/** the dot of a rank's "No" glued to its number, as Australian sites write it ("rose to No.1", "world No.6") */
function rankDot(text: string, dot: number): boolean {
  return dot >= 2 && text.charCodeAt(dot - 2) === 78 && text.charCodeAt(dot - 1) === 111 && (dot === 2 || !isLetter(text.charCodeAt(dot - 3)));
}

/** Is "No. n" at `at` a rank (not a shirt worn, nor Downing Street speaking)? */
function rankNumber(text: string, at: number, value: number, next: { kind: string; lower: string; start: number }): boolean {
  const before = prevToken(text, at);
  if (before.kind === 'word' && /^(?:wear|wears|wore|worn|wearing|jersey|shirt)$/.test(before.lower)) return false;
  // (an issue's number after its volume: "Vol. 26, No. 136")
  if (/\b[Vv]ol(?:ume)?\.? ?\d{1,4}, ?$/.test(text.slice(Math.max(0, at - 16), at))) return false;
  // (a name's number: "the mine's Sindicato No. 1")
  if (before.kind === 'word' && before.text.charCodeAt(0) >= 65 && before.text.charCodeAt(0) <= 90 && before.lower !== 'to' && !DEMONYM_WORDS.has(before.lower) && !/[.!?]\s*$/.test(text.slice(Math.max(0, before.start - 3), before.start))) return false;
  if (value === 10 && next.kind === 'word' && NO10_NEXT.has(next.lower)) return false;
  // (an address: "No. 10 Downing Street")
  if (next.kind === 'word' && /^ [A-Z][a-z]+ (?:Street|St|Road|Rd|Avenue|Ave|Lane|Place|Square|Drive|Way|Boulevard|Terrace|Crescent)\b/.test(text.slice(next.start - 1, next.start + 30))) return false;
  return value >= 1;
}
const NO10_NEXT: ReadonlySet<string> = new Set(['has', 'have', 'had', 'is', 'was', 'said', 'says', 'insisted', 'insists', 'denied', 'sources', 'source', 'spokesman', 'spokeswoman', 'spokesperson', 'official', 'officials', 'aides', 'will', 'would', 'wants', 'refused', 'declined', 'confirmed', 'added']);

/** Collapses line breaks, NBSP and runs of spaces to one space. */
function clean(s: string): string {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c !== 32 && (isHSpace(c) || c === 10 || c === 13)) || (c === 32 && s.charCodeAt(i + 1) === 32)) return s.replace(/\s+/g, ' ');
  }
  return s;
}

/** The modifier right before `start` ("more than", "some", "as little as"), not reaching before `floor`. */
function findModifier(text: string, start: number, floor: number, before: Token): { start: number; text: string } | null {
  if (before.kind !== 'word' || !MODIFIER_WORDS.has(before.lower)) return null;
  const rev: Token[] = [];
  let p = start;
  while (rev.length < MODIFIER_MAX_WORDS) {
    const t = rev.length === 0 ? before : prevToken(text, p);
    if (t.kind !== 'word' || t.start < floor || !MODIFIER_WORDS.has(t.lower)) break;
    rev.push(t);
    p = t.start;
  }
  if (rev.length === 0) return null;
  for (const m of MODIFIERS) {
    if (m.length > rev.length) continue;
    let ok = true;
    for (let j = 0; j < m.length && ok; j++) ok = rev[m.length - 1 - j].lower === m[j];
    if (ok) return { start: rev[m.length - 1].start, text: m.join(' ') };
  }
  return null;
}

/** For "20 of whom": the unit of the previous figure in the same sentence. */
function unitOfPreviousFigure(ctx: Ctx, start: number): string | null {
  const prev = ctx.out[ctx.out.length - 1];
  if (!prev || start - prev.end > 300) return null;
  const between = ctx.text.slice(prev.end, start);
  if (/[.!?]\s/.test(between)) return null;
  return prev.unit;
}

/** A word with a capital after its first letter ("iPhone", "eBay"): a product's name. */
function innerUpper(t: Token): boolean {
  for (let i = 1; i < t.text.length; i++) if (isUpper(t.text.charCodeAt(i))) return !isUpper(t.text.charCodeAt(0));
  return false;
}

function runEndOf(text: string, s: number): number {
  let i = s;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (isDigit(c) || isLetter(c) || ((c === 44 || c === 46 || c === 58 || isHyphen(c)) && i + 1 < text.length && isDigit(text.charCodeAt(i + 1)))) i++;
    else break;
  }
  return Math.max(i, s + 1);
}

/** the gap to the winner at `s`, after its "+", at the end of a results list's line; or null */
function gapToWinner(text: string, s: number): Annotation | null {
  let ls = s;
  while (ls > 0 && text.charCodeAt(ls - 1) !== 10) ls--;
  if (s - ls > 120) return null;
  const m = GAP.exec(text.slice(s, s + 12));
  if (!m || !/^\d{1,2}\.[ \t]/.test(text.slice(ls, ls + 4)) || !resultLine(text, text.indexOf('.', ls) + 1)) return null;
  const end = s + m[1].length;
  const value = m[2] !== undefined ? Number(m[2]) * 60 + Number(m[3]) : Number(m[1]);
  return { type: 'figure', start: s, end, text: m[1], entity: null, subtype: 'duration', role: null, value, unit: 'seconds', modifier: null };
}
const GAP = /^((\d{1,2}):(\d\d(?:\.\d{1,3})?)|\d{1,3}(?:\.\d{1,3})?)[ \t]*(?:\r?\n|$)/;

/**
 * A results list's line from `s`, after its place's number: a name, then a race time or a gap to
 * the winner at the line's end ("Oksana Hrytsenko (UKR) 21:44.6", "Kendall Marsh (USA) +12.3",
 * "Lorenzo Taddeucci (Lidl-Trek) +0:12").
 */
function resultLine(text: string, s: number): boolean {
  let e = text.indexOf('\n', s);
  if (e < 0) e = text.length;
  if (e - s > 120) return false;
  return RESULT_LINE.test(text.slice(s, e));
}
// (not a date's day, "8. Aug 2030 at 18:20", as Slovak and Czech pages write it)
/** a percentage's plus sign after a space or a bracket, its number not part of a phone number's: "Alberta (+14.3%)", "up +2.5%" */
const PLUS_PERCENT = /^[\s(]?\+\d{1,3}(?:\.\d{1,2})?%/;
const RESULT_LINE = /^[ \t]+(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b)[A-Z][^\n]*? (?:\+?\d{1,2}:\d\d(?::\d\d|\.\d{1,3})?|\+\d{1,3}(?:\.\d{1,3})?)\s*$/;

function atLineStart(text: string, s: number): boolean {
  let i = s;
  while (i > 0 && isHSpace(text.charCodeAt(i - 1))) i--;
  return i === 0 || text.charCodeAt(i - 1) === 10 || text.charCodeAt(i - 1) === 13;
}

/** currencies written with an abbreviation's dot before the sum: "Rs. 500", "Rs.38 million", "Ksh.120 million" */
// (the glued forms' codes, and the plurals "Kshs." and "Tshs.", which are only written with a dot)
const DOTTED_CURRENCIES: Readonly<Record<string, string>> = {
  ...Object.fromEntries(['Rs', 'Ksh', 'KSh', 'Shs', 'Tsh', 'TSh', 'Ush', 'USh', 'Tk', 'Dhs', 'Rp', 'Rwf', 'Frw'].map((k) => [k, GLUED_CURRENCIES[k]])),
  Kshs: 'KES', Tshs: 'TZS',
};

/** one of them ends at the dot at `dot` ("Rs." right before the digits) */
function currencyDot(text: string, dot: number): boolean {
  let p = dot;
  while (p > 0 && dot - p < 4 && isLetter(text.charCodeAt(p - 1))) p--;
  return (p === 0 || !isLetter(text.charCodeAt(p - 1))) && DOTTED_CURRENCIES[text.slice(p, dot)] !== undefined;
}
