// The one precompiled pattern that finds date candidates in a single left-to-right pass.
//
// Every alternative starts with a word character right after \b, and every quantifier is bounded
// (or runs over a class the next token cannot start with), so the work per start position is a
// constant and the whole scan is linear in the text length, also on adversarial input.
// Alternatives are tried in order at each position; the first that matches wins, so longer
// relative phrases ("the past several weeks") come before their parts.

/** One space between tokens: spaces, tabs, U+00A0, or a single line break (hard-wrapped text). */
const SP = '(?:[ \\t\\u00A0]{1,3}|[ \\t\\u00A0]{0,2}\\r?\\n[ \\t\\u00A0]{0,3})';
/** End of a word made of letters. */
const EOW = '(?![A-Za-z])';

const WEEKDAY = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday';
const MONTH_FULL = 'January|February|March|April|May|June|July|August|September|October|November|December';
const MONTH_ABBR = 'Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec';
const DAY_PART = 'morning|afternoon|evening|night';
const QUANT = `few|several|many|couple${SP}of|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|\\d{1,3}`;
const UNIT = 'days?|weeks?|weekends?|months?|years?|decades?|centur(?:y|ies)|hours|nights?|mornings?|afternoons?|evenings?|spring|summer|autumn|fall|winter|quarter';
const UNIT_AGO = 'days?|weeks?|months?|years?|decades?|hours?|centur(?:y|ies)';
const TZ = 'GMT|UTC|ET|EST|EDT|CT|CST|CDT|MT|MST|MDT|PT|PST|PDT|BST|CET|CEST|EET|EEST|IST|JST|AEST|AEDT|WIB|local time';

/** A month name, or an abbreviation with a period or followed by a day number. */
const month = (g: string) => `(?<${g}>${MONTH_FULL}|(?:${MONTH_ABBR})(?:\\.|(?=${SP}\\d)))${EOW}`;
/** A day number 1-31 (checked later), optionally ordinal, not part of a longer number or a time. */
const day = (g: string) => `(?<${g}>\\d{1,2})(?:st|nd|rd|th)?(?![\\dA-Za-z]|[,.:]\\d)`;
const year = (g: string) => `(?<${g}>\\d{4})(?![\\dA-Za-z]|[,.]\\d)`;

const ALTERNATIVES = [
  // last week, this year, past several weeks, recent weeks, same day (a leading "earlier",
  // "the", "that", "this" is taken in by a look-back, see extend.ts)
  `(?<r1mod>[Ll]ast|[Tt]his|[Nn]ext|[Pp]ast|[Cc]oming|[Pp]revious|[Ff]ollowing|[Rr]ecent|[Ss]ame|[Tt]hat)${SP}(?:(?<r1q>${QUANT})${SP})?(?<r1unit>${UNIT})${EOW}`,
  // (the) day after, (the) night before, (the) day before yesterday
  `(?<r2unit>day|night|morning|evening|week|month|year)${SP}(?<r2rel>after|before)${EOW}(?:${SP}(?<r2deict>yesterday|tomorrow)${EOW})?`,
  // (the) weekend
  `(?<we>weekend)${EOW}`,
  // (three) days ago, (two) years later — the quantity is taken in by a look-back
  `(?<agounit>${UNIT_AGO})${SP}(?<agodir>ago|earlier|later)${EOW}`,
  // today, yesterday morning, tonight
  `(?<deict>[Tt]oday|[Tt]onight|[Yy]esterday|[Tt]omorrow)${EOW}(?:${SP}(?<deictpart>${DAY_PART})${EOW})?`,
  `(?<noon>[Nn]oon|[Mm]idnight)${EOW}`,
  `(?<dayone>[Dd]ay${SP}(?:one|One))${EOW}`,
  // Oct. 8, April 27, 2020, June 2024, June
  `${month('mdmon')}(?:${SP}(?:the${SP})?${day('mdday')}(?:,?${SP}${year('mdyear')})?|,?${SP}${year('mdyear2')})?`,
  // Wednesday, Friday night
  `(?<wd>${WEEKDAY})${EOW}(?:${SP}(?<wdpart>${DAY_PART})${EOW})?`,
  // 8 October 2024, the 8th of October
  `${day('dmday')}${SP}(?:of${SP})?${month('dmmon')}(?:,?${SP}${year('dmyear')})?`,
  // 10:30 a.m., 5 pm ET
  `(?<th>\\d{1,2})(?::(?<tm>[0-5]\\d))?${SP}?(?<tap>[AaPp])\\.?[Mm]\\.?${EOW}(?:${SP}(?<ttz>${TZ})${EOW})?`,
  // 14:30 GMT, at 10:30 (context checked later)
  `(?<t2h>\\d{1,2}):(?<t2m>[0-5]\\d)(?!\\d)(?:${SP}(?<t2tz>${TZ})${EOW})?`,
  // 2024-11-13
  `(?<isoy>\\d{4})-(?<isom>\\d\\d)-(?<isod>\\d\\d)(?![\\d])`,
  // 11/13/2024
  `(?<sla>\\d{1,2})/(?<slb>\\d{1,2})/(?<sly>\\d{4})(?![\\d/])`,
  // 2007, the 1990s (context checked later)
  `(?<y>\\d{4})(?<ys>s)?(?![\\dA-Za-z]|[,.]\\d)`,
];

/** Global, so exec() walks the text; callers reset lastIndex. */
export const DATE_PATTERN = new RegExp(`\\b(?:${ALTERNATIVES.join('|')})`, 'g');
