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
// (and an abbreviation in capitals: ANSA's "ROME, SEP 17", the Post-Gazette's "JAN 12, 2027")
const MONTH_CAPS = `${MONTH_FULL.toUpperCase()}|(?:${MONTH_ABBR.toUpperCase()})\\.?`;
const DAY_PART = 'morning|afternoon|evening|night';
/** Unit words; what precedes them ("last", "the past several", "three") is read by look-backs. */
const UNIT = '[Dd]ays?|[Ww]eeks?|[Ff]ortnights?|[Ww]eekends?|[Mm]onths?|[Yy]ears?|[Dd]ecades?|centur(?:y|ies)|[Hh]ours?|nights?|mornings?|afternoons?|evenings?|spring|summer|autumn|fall|winter|[Qq]uarter|[Hh]alf|season';
/** Holidays on a fixed day of the calendar (scan.ts HOLIDAYS gives the day). */
const HOLIDAY = `Christmas(?:${SP}(?:Eve|Day))?|Boxing${SP}Day|Newroz|Nowruz|Navruz|Nauryz|P[oa]hela${SP}B[oa]ishakh|New${SP}Year(?:'|\u2019)s${SP}(?:Eve|Day)|Valentine(?:'|\u2019)s${SP}Day|Halloween|Bastille${SP}Day|Fourth${SP}of${SP}July`
  // holidays whose day moves from year to year (movable-feasts.ts gives a rule for some)
  + `|Labou?r${SP}Day|Memorial${SP}Day|Election${SP}Day|(?:King|Queen)(?:'|\u2019)s${SP}Birthday|International${SP}Mother${SP}Language${SP}Day|Easter(?:${SP}(?:Sunday|Monday))?|Good${SP}Friday|Ash${SP}Wednesday|Maundy${SP}Thursday|Palm${SP}Sunday|Holy${SP}Saturday|Pentecost(?:${SP}Sunday)?|Whit${SP}(?:Sunday|Monday)|Ascension${SP}Day|Lent|Purim|Vesak|Navratri|Onam|Sukkot|Shavuot|Vaisakhi|Baisakhi|Durga${SP}Puja|Ganesh${SP}Chaturthi|Pongal|Black${SP}Friday|Cyber${SP}Monday|Thanksgiving(?:${SP}Day)?|Diwali|Deepavali|Ramadan|Eid(?:${SP}(?:al|Al|ul|Ul|el|El)[- ](?:Fitr|Adha|fitr|adha))?|Hanukkah|Passover|Yom${SP}Kippur|Rosh${SP}Hashanah|Lunar${SP}New${SP}Year|Chinese${SP}New${SP}Year|Holi|Songkran|Chuseok|Youth${SP}Day|May${SP}Day|Workers(?:'|\u2019)?${SP}Day|Pakistan${SP}Day|Patriots(?:'|\u2019)${SP}Day|Hari${SP}Raya(?:${SP}(?:Aidilfitri|Puasa|Haji|Aidiladha))?|Independence${SP}Day|Australia${SP}Day|Anzac${SP}Day|Canada${SP}Day|Waitangi${SP}Day|Guy${SP}Fawkes${SP}Night|St\\.?${SP}Patrick(?:'|\u2019)s${SP}Day|St\\.?${SP}Stephen(?:'|\u2019)s${SP}Day`;
/** what names the day or its part after a time with a point ("11.00 on Thursday", "5.30 every morning") */
const DAY_AFTER_TIME = `(?:on${SP}(?:${WEEKDAY})s?|in${SP}the${SP}(?:morning|afternoon|evening)|every${SP}(?:morning|afternoon|evening|night|day)|(?:this|tomorrow|yesterday)${SP}(?:morning|afternoon|evening)|yesterday|today|tonight|tomorrow)`;
/** "am", "a.m.", "P.M" (the point after a bare "am" ends the sentence: "at 11am.") */
const AMPM = `[AaPp](?:\\.[Mm]\\.?|[Mm])${EOW}`;
const TZ = 'GMT|UTC|ET|EST|EDT|CT|CST|CDT|MT|MST|MDT|PT|PST|PDT|BST|CET|CEST|EET|EEST|IST|JST|AEST|AEDT|WIB|WITA|WIT|ChST|HST|AKST|AKDT|AST|ADT|NST|NDT|SGT|HKT|KST|PHT|ICT|MSK|WAT|CAT|EAT|SAST|GST|PKT|NZST|NZDT|AWST|ACST|WET|WEST|MYT|local time';

/** A month name, or an abbreviation with a period or followed by a day number. */
// (a month in capitals only before a day: a dateline's "PUBLISHED NOVEMBER 14, 2025"; not a
// headline's "PROTESTERS MARCH ON")
// (and an abbreviation before a comma and a year: the NZ Herald's "18 Nov, 2025"; or before a
// dash and a day: Graphic Online's "Dec - 03 - 2025"; and "May." written as the other months are,
// before a number: the JoongAng Daily's "21 May. 2026")
const month = (g: string, afterDay = false) => `(?<${g}>May\\.(?=${SP}\\d)|${MONTH_FULL.replace('May', `May(?!${SP}Day\\b)`)}|(?:${MONTH_ABBR})(?:\\.|(?=${SP}\\d|,${SP}\\d{4}|${SP}?-${SP}?\\d))|(?:${MONTH_CAPS})${afterDay ? `(?=${SP}\\d|${SP}?\\()` : `(?=${SP}\\d)`})${EOW}`;
/** A day number 1-31 (checked later), optionally ordinal, not part of a longer number or a time. */
const day = (g: string) => `(?<${g}>\\d{1,2})(?:st|nd|rd|th)?(?![\\dA-Za-z]|[,.:]\\d)`;
// (a web page's "12 Nov 2025Updated 17:05": a stamp glued to the year)
const year = (g: string) => `(?<${g}>\\d{4})(?![\\da-z]|[A-Z](?!pdated)|[,.]\\d)`;

// Eight alternatives, each starting with its own kind of word, so that few are tried per position.
const ALTERNATIVES = [
  // a unit word and what may follow it: "(last) week", "(three) days ago", "(the) day after
  // (tomorrow)", "day one"
  `(?<unit>${UNIT})${EOW}(?:${SP}(?<follow>ago|earlier|later|after|before|one|One)${EOW}(?:${SP}(?<follow2>yesterday|tomorrow)${EOW})?)?`,
  // today, yesterday morning, tonight, noon, midnight
  // (and older copy's "to-day", "to-night", "to-morrow")
  `(?<deict>[Tt]oday|[Tt]onight|[Yy]esterday|[Tt]omorrow|(?<!-)[Tt]o-(?:day|night|morrow)(?!-)|[Nn]oon|[Mm]idday|[Mm]idnight)${EOW}(?:${SP}(?<deictpart>${DAY_PART})${EOW})?`,
  // Oct. 8, April 27, 2020, June 2024, June
  // (a web page's stamp with dashes: "Dec - 03 - 2025", "Dec-03-2025")
  // (and a year glued after a comma or a slash: the Jordan Times' "Mar 08,2031", Addis Standard's "August 27/2030";
  // or a comma with a space before it: Addis Fortune's "Mar 21 , 2026")
  `${month('mdmon')}(?:${SP}(?:the${SP})?(?:(?<gday>\\d{1,2})[,/](?<gyear>(?:19|20)\\d\\d)(?![\\d/])|${day('mdday')}(?:(?:,?${SP}|${SP},${SP}?)${year('mdyear')})?)|,?${SP}${year('mdyear2')}|${SP}?-${SP}?(?<mhday>\\d{1,2})${SP}?-${SP}?(?<mhyear>\\d{4})(?!\\d))?`,
  // an hour in words "o'clock": "six o'clock", "ten o'clock"
  // (or before the part of the day: "at two in the morning", "nine at night")
  `(?<ockw>one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve)${SP}(?:o['’]clock|(?<ockwp>in${SP}the${SP}(?:morning|afternoon|evening)|at${SP}night))${EOW}`,
  // Wednesday, Friday night
  // (also in the plural, any such day: "closed to cars on Sundays")
  `(?<wd>${WEEKDAY})(?<wds>s)?${EOW}(?:${SP}(?<wdpart>${DAY_PART})${EOW})?`,
  // holidays on a fixed day: Christmas Eve, Boxing Day, New Year's Day
  `(?<hol>${HOLIDAY})${EOW}`,
  // a fiscal year: FY27, FY2025 (a date without a value); a quarter: Q2
  // (and its year after it: "Q1 2026")
  `(?<fy>FY)(?<fyy>\\d{2}(?:\\d{2})?)(?![\\dA-Za-z])|(?<qq>Q)(?<qn>[1-4])(?![\\dA-Za-z])(?:${SP}(?<qy>(?:19|20)\\d\\d)(?![\\d,.]\\d|\\d))?`
    // (the number first, as Asian business papers write it: "4Q25", "1Q2026", "in 3Q")
    + `|(?<qn2>[1-4])Q(?:(?<qy2>(?:19|20)\\d\\d)|(?<qy3>\\d\\d))?(?![\\dA-Za-z])`,
  // a number of up to four digits and what may follow it: 2024-11-13, 11/13/2024, 22.05.2025, 10:30 a.m.,
  // 14:30 GMT, 5 pm, 8 October 2024, the 8th of October, the 1990s; or a bare year (2007)
  `(?<num>\\d{1,4})(?!\\d)(?:-(?<isom>\\d\\d)-(?<isod>\\d\\d)(?!\\d)`
    // (the year first with points, as East Asian sites print it: "2030.03.14")
    + `|\\.(?<isom2>\\d\\d)\\.(?<isod2>\\d\\d)(?![\\d.]\\d|\\d)`
    // (or with slashes: "2028/05/17 17:42")
    + `|/(?<isom3>\\d\\d)/(?<isod3>\\d\\d)(?![\\d/])`
    + `|/(?<slb>\\d{1,2})/(?<sly>\\d{4})(?![\\d/])`
    // (with dashes: "12-11-2025 18:05"; a month between them: "22-Nov-2025", "30-September-2025",
    + `|-(?<dsb>\\d{1,2})-(?<dsy>\\d{4})(?![\\d-])`
    // also in capitals, as press-release wires stamp it: "NEWS RELEASE 12-FEB-2026")
    // (or slashes, as UKClimbing stamps it: "29/May/2026")
    + `|[-/](?<dhmon>January|February|March|April|June|July|August|September|October|November|December|${MONTH_ABBR}|May|JAN|FEB|MAR|APR|MAY|JUNE?|JULY?|AUG|SEPT?|OCT|NOV|DEC)[-/](?<dhy>\\d{4})(?!\\d)`
    // (the year first, as a journal's citation line writes it: "CMAJ 2026 February 9; 198 (5)")
    + `|${SP}${month('ymmon')}${SP}${day('ymday')}`
    // (a month in lower case between a day and a year, as some stamps print it: "27 april, 2026")
    + `|${SP}(?<lcmon>${MONTH_FULL.toLowerCase()}),?${SP}(?<lcyear>(?:19|20)\\d\\d)(?![\\d.,]\\d|\\d)`
    // (an agency's day and month in capitals before its name: "KATIMA MULILO, 12 MAR (NAMPA)")
    // (and a year after a comma with no space, or a space before it: Dunya News' "14 May,2026", Al Arabiya's "10 March ,2026")
    + `|(?:st|nd|rd|th)?${SP}(?:of${SP})?${month('dmmon', true)}(?:(?:,?${SP}|${SP}?,)${year('dmyear')})?`
    // (an hour "o'clock", as older copy writes it: "at 3 o'clock", "8:30 o'clock tonight")
    + `|(?::(?<ocm>[0-5]\\d))?${SP}(?<ock>o['’]clock)${EOW}`
    // (seconds only before "am"/"pm": "07:41:00 PM IST")
    + `|(?::(?<tm>[0-5]\\d)(?!\\d)(?:(?::[0-5]\\d(?!\\d))?${SP}?(?<tap>${AMPM}))?|${SP}?(?<tap2>${AMPM}))(?:${SP}(?<ttz>${TZ})${EOW})?`
    // a European date with points, day first: 22.05.2025
    + `|\\.(?<dtm>\\d{1,2})\\.(?<dty>\\d{4})(?![\\d.]\\d|\\d)`
    // a wire's four-digit time with its zone: 1012 GMT, SeeNews' "1250 CET"
    + `|${SP}(?<ttz4>GMT|UTC|CET|CEST|EET|EEST|BST|WAT|CAT|EAT|SAST|MSK|JST|KST|SGT|HKT|AEST|AEDT|NZST|NZDT|EST|EDT)${EOW}`
    // British times with a point, only with am/pm or a time zone: 4.30pm, 17.30 GMT; or before
    // the day or the part of it they are in: "at 11.00 on Thursday", "at 5.30 every morning";
    // or a 24-hour one at the end of its clause or range: "by 09.00 and", "from 17.00 to 19.59."
    + `|\\.(?<tmd>[0-5]\\d)(?!\\d)(?:${SP}?(?<tapd>${AMPM})|${SP}(?<ttzd>${TZ})${EOW}|(?<tdp>)(?=${SP}${DAY_AFTER_TIME}${EOW})|(?<tdb>)(?=[,;)\\n]|\\.(?:\\s|$)|${SP}(?:and|to)${SP}|$))`
    // hours with an "h" between, as French and Southern African copy writes them: "at 10h00", "at 15h"
    + `|(?<th>h)(?<thm>[0-5]\\d)?(?![\\dA-Za-z])`
    + `|(?<ys>s)${EOW})?`,
];

/**
 * The named groups above become plain numbered groups (a match then carries no groups object,
 * which matters at one match per few hundred characters); GROUP maps each name to its number.
 */
function numberGroups(source: string): { source: string; groups: Record<string, number> } {
  const groups: Record<string, number> = {};
  let n = 0;
  const out = source.replace(/\\.|\((\?<([A-Za-z0-9]+)>)?(?!\?)/g, (all: string, named?: string, name?: string) => {
    if (all.startsWith('\\')) return all;
    n++;
    if (named && name) groups[name] = n;
    return '(';
  });
  return { source: out, groups };
}

const numbered = numberGroups(`\\b(?:${ALTERNATIVES.join('|')})`);

/** Global: one pass over the whole text, every alternative tried at word starts only. */
export const DATE_SCAN = new RegExp(numbered.source, 'g');
/** Group numbers in DATE_SCAN by name. */
export const GROUP: Readonly<Record<string, number>> = numbered.groups;
