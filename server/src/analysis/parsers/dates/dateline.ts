// The article's own date from a dateline near the top: a line that is only a date with labels
// ("Published: 13 November 2024", "Nov 13, 2024 10:02 AM", "By Jane Doe | March 3, 2021",
// "2024-11-13"), or a line that opens with "CITY, date (Agency) -". A date in a caption or a
// body sentence is not a dateline: the words around the date must be labels, names or times.
import type { DateReference } from '../../types';
import { scanCandidates } from './scan';
import { FULL_DATE, fullYear, isoDate, pad2 } from './timex';
import { MONTHS, MONTH_NAMES } from './lexicon';

const MAX_LINES = 8;
const MAX_OFFSET = 1500;
const MAX_DATE_LINE = 160;

const LABELS = new Set(['published', 'updated', 'update', 'posted', 'date', 'dated', 'on', 'at', 'by', 'last', 'modified',
  'first', 'and', 'am', 'pm', 'a.m', 'p.m', 'gmt', 'utc', 'et', 'est', 'edt', 'pt', 'pst', 'pdt', 'bst', 'cet', 'cest',
  'local', 'time', 'hours', 'hrs', 'h', 'of', 'the', 'staff', 'reporter', 'correspondent', 'in', 'from', 'issue',
  'edition', 'filed', 'created', 'released', 'min', 'mins', 'minute', 'minutes', 'read', 'ago',
  'this', 'content', 'was', 'story', 'article', 'submitted', 'page', 'pg', 'section', 'sec', 'under', 'news',
  // (a blog's byline line: "2026/05/07 by Dana Kwok Leave a Comment", "No Comments")
  'a', 'comment', 'comments', 'no',
  // (a web page's age of its update: "Updated an hour ago")
  'an', 'hour',
  // (a bulletin's heading: "ZJB Evening News for Tuesday June 9, 2026", "Local News for Wednesday 11th February 2026")
  'for']);

/** Words around a dateline date: labels, capitalised words (names, places, weekdays), numbers (times). */
function labelsOnly(s: string, maxWords: number): boolean {
  return wordsAreLabels(wordsOf(s), maxWords);
}

// (a zone's offset is a sign and numbers: "5 May 2026 15:47 (UTC +04:00)")
const wordsOf = (s: string): string[] => s.split(/[\s\u00A0|•·●▪■◆♦►>»,;:()[\]\-–—/+]+/).filter((w) => w.length > 0);

function wordsAreLabels(words: string[], maxWords: number): boolean {
  if (words.length > maxWords) return false;
  for (let i = 0; i < words.length; i++) {
    const bare = words[i].replace(/[.'’]+$/, '');
    if (bare === '') continue;
    // (any author's handle after "by": "Submitted by barbadosadvocate on Thu, 04/22/2027")
    if (i > 0 && words[i - 1].toLowerCase() === 'by') continue;
    // (and a second stamp's date: "5.2.2029 12:41 • Updated 5.2.2029 15:20")
    // (and a count of views or comments: "Saturday, 23 May 2026 00:20 -     - 214")
    // (and a masthead's cover price: "VOLUME XXI ISSUE 8, 13th FEBRUARY 2026, PRICE £1")
    // (an hour with "hrs" or "h" glued on: "at 07:42hrs", "10h00", Casino.org's "07:42h.")
    if (/^\d{1,2}([:.h]\d\d){0,2}([ap]m|hrs?|h)?$/i.test(bare) || /^\d{1,6}$/.test(bare) || /^\d{1,2}[./]\d{1,2}[./](?:19|20)\d\d$/.test(bare) || COVER_PRICE.test(bare)) continue;
    if (LABELS.has(bare.toLowerCase())) continue;
    // (and a hashtag as a place: "#TurksandCaicos, October 21, 2026 –")
    // (a capital of any script's letters: "Ştefan Baciu, 14.10.2026, 12:00")
    if (/^[@#\p{Lu}]/u.test(bare)) continue;
    return false;
  }
  return true;
}

/** a price in a masthead's line ("£1", "$2.50", "50p") */
const COVER_PRICE = /^(?:[£$€]\d{1,2}(?:\.\d\d)?|\d{1,3}p)$/;

/** a 12-hour clock ("5:42 PM", "9 a.m.") and a 24-hour one ("17:45") after an ambiguous date */
const TWELVE_HOUR = /\d\s?[AaPp]\.?[Mm]\b/;
const CLOCK_24 = /(?:^|[^\d:])(?:[01]?\d|2[0-3]):[0-5]\d(?![\d:]|\s?[AaPp]\.?[Mm])/;

/**
 * The order of an ambiguous "07/08/2025" by the clock after it: a 12-hour clock goes with the
 * American order (month first: false), a 24-hour one with the day first (true); no clock, null.
 */
function dayFirst(after: string): boolean | null {
  // (a clock glued to a lower-case "pm", "3:52pm", is British web style as often as American: no order)
  if (GLUED_LOWER_CLOCK.test(after)) return null;
  return TWELVE_HOUR.test(after) ? false : CLOCK_24.test(after) || CLOCK_HHMM.test(after) ? true : null;
}
/** a 24-hour clock of four digits right after the date, as a bulletin stamps it: "04/03/26 0700" */
const CLOCK_HHMM = /^[ \u00A0]+(?:[01]\d|2[0-3])[0-5]\d(?![\d:.])/;
const GLUED_LOWER_CLOCK = /\d[ap]m\b/;

/** "(Reuters) -", "/PRNewswire/ --", " — ", ": " right after the date: the body starts there. */
// (also an old wire's agency after a comma: "ABU DHABI, Nov 10, Reuter - ")
// (or an agency in brackets or slashes and the body's first capital, without a dash: "January
// 13/2026 (ENA) Ethiopia has secured", "Sept. 23, 2026 / Kabar /. Glaciers in Kyrgyzstan")
// (or an agency's letters without brackets: "Phnom Penh, September 24, 2026 AKP -- Cambodian …")
// (the dash may follow a period, as old papers print it: "EUREKA, Jan. 24.—The steamer …")
// (or the date comes first, then the place and a period or a colon: "14 May 2026, Apia Samoa. Nearly 40 percent …",
// "13 March 2026, New Delhi: The Centre on Thursday released …")
// (the date may close a bracket first: "LEICESTER, United Kingdom (May 6, 2026)—")
// (or a wire release's slash after it: "WALLINGFORD, CT / ACCESSWIRE / September 9, 2026 / Kestrel …")
const BODY_AFTER = /^\)?[\s\u00A0]*(?:(?:\([^()\n]{1,40}\)|\/[^/\n]{1,40}\/|,[ \u00A0]?[A-Z][A-Za-z]{1,20}|[A-Z]{2,8})[\s\u00A0]*)?\.?[-–—:|]|^[\s\u00A0]*(?:\([A-Za-z][^()\n]{0,39}\)|\/[^/\n]{1,40}\/)\.?[ \u00A0]+[A-Z]|^,[ \u00A0][A-Z][a-z]+(?:[ \u00A0][A-Z][a-z]+){0,2}[.:][ \u00A0]+[A-Z]|^[ \u00A0]*\/[ \u00A0]+[A-Z]/;

/**
 * The article's date from its dateline; a dateline without a year ("SAO PAULO, Dec 11 (Reuters) -")
 * gives a partial one, "XXXX-12-11", unless a full date follows in the next lines or the closing
 * tagline (dates.ts resolves only days and months against a partial one).
 */
export function findDateline(text: string): DateReference | null {
  let partial: string | null = null;
  const lines = [...headLines(text)];
  for (let k = 0; k < lines.length; k++) {
    const { line, end } = lines[k];
    let found = datelineIn(line);
    // ("12/08/2025" with no clock: the reading the article's weekdays or months agree with)
    if (found?.startsWith('?')) found = byText(text, end, found);
    // (a yearless dateline below it is the story's day: "Otago Daily Times, Thursday, March 14,
    // 1985, page 5" then "OAMARU, March 13.")
    if (found && !found.startsWith('XXXX')) return { date: filedOn(lines.slice(k + 1), found) ?? found, source: 'dateline' };
    partial ??= found;
  }
  const tagline = taglineDate(text);
  // (a yearless dateline above it is the story's day, in the year that puts it up to a week before: "Oct. 18—" with "appears in print on October 19, 1972")
  if (tagline) return { date: (partial && withYearBefore(partial, tagline)) ?? tagline, source: 'dateline' };
  // (a stamp at the text's end gives a yearless dateline its year: "Tokyo, June 10 (Jiji Press)--" … "(2026/06/10-18:42)")
  const footer = footerStamp(text);
  if (partial) return { date: leadYear(text, partial) ?? (footer && withYearBefore(partial, footer)) ?? partial, source: 'dateline' };
  return footer ? { date: footer, source: 'dateline' } : null;
}

/**
 * A stamp that ends the text on a line of its own, as Jiji Press and others put it: "(2026/06/10-18:42)".
 * Only a whole date with labels or a clock around it, maybe in brackets.
 */
function footerStamp(text: string): string | null {
  let e = text.length;
  // (or the line above a last line of its own, as a government release ends: "Ends/Friday, June 12,
  // 2026" then "Issued at HKT 18:05"; its "Ends/" is no part of the stamp)
  for (let tries = 0; tries < 2; tries++) {
    while (e > 0 && /\s/.test(text[e - 1])) e--;
    const s = text.lastIndexOf('\n', e - 1) + 1;
    if (e - s > 60 || e - s < 8) return null;
    const line = text.slice(s, e).replace(/^\((.*)\)$/, '$1').replace(/^Ends\s*\/\s*/, '');
    let found = datelineIn(line);
    // ("Midi Madagasikara - Edition No. 11842 of 03-02-2026": the reading the text agrees with)
    if (found?.startsWith('?')) found = byText(text, 0, found);
    if (found && FULL_DATE.test(found)) return found;
    e = s;
  }
  return null;
}

/** how far into the text a yearless dateline's year is looked for */
const LEAD_REACH = 600;

/**
 * A yearless dateline ("MOSCOW. Nov 12 (Interfax) -") in the year of a reporting period that ends
 * in the story's lead up to three months before the dateline's month: a report on a period just
 * past ("fell 23% in January-September 2026", "in the nine months to September 2026") is filed
 * in the same year. Null otherwise.
 */
function leadYear(text: string, partial: string): string | null {
  const m = /^XXXX-(\d\d)-(\d\d)$/.exec(partial);
  if (!m) return null;
  const lead = text.slice(0, LEAD_REACH);
  for (const c of scanCandidates(lead)) {
    if (c.kind !== 'month' || c.year === undefined || c.month === undefined) continue;
    const back = Number(m[1]) - c.month;
    if (back >= 0 && back <= 3 && PERIOD_TO.test(lead.slice(Math.max(0, c.start - 24), c.start))) return `${c.year}${partial.slice(4)}`;
  }
  return null;
}
/** the start of a period that ends at the month after it: "January-", "January to ", "months to " */
const PERIOD_TO = /(?:\b(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?\s?(?:-|–|to |through )|\bmonths (?:to|ended|through) )$/;

/** the lines near the top where a dateline may stand: non-blank, at most MAX_LINES, within MAX_OFFSET; each with its end */
function* headLines(text: string): Generator<{ line: string; end: number }> {
  let pos = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let seen = 0;
  while (pos < text.length && pos < MAX_OFFSET && seen < MAX_LINES) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = text.length;
    const line = text.slice(pos, nl).replace(/\r$/, '');
    pos = nl + 1;
    if (line.trim() === '') continue;
    seen++;
    yield { line, end: nl };
  }
}

/** the most days a story's dateline may come before the date it was published */
const FILED_BEFORE_DAYS = 7;

/**
 * A dateline without a year under a full publication date ("Published: November 14, 1987" then
 * "MINEOLA, L.I., Nov. 13 —"), in the lines after it: the story's day is the dateline's, in the
 * year that puts it up to a week before the publication (the days its "today" and "yesterday"
 * count from).
 */
function filedOn(lines: Iterable<{ line: string }>, published: string): string | null {
  for (const { line } of lines) {
    const found = datelineIn(line);
    if (found === null) continue;
    return found.startsWith('XXXX') ? withYearBefore(found, published) : null;
  }
  return null;
}

/** a yearless day ("XXXX-11-13") in the year that puts it up to a week before a full date, or null */
function withYearBefore(partial: string, published: string): string | null {
  if (!/^XXXX-\d\d-\d\d$/.test(partial)) return null;
  const year = Number(published.slice(0, 4)), month = Number(partial.slice(5, 7)), day = Number(partial.slice(8, 10));
  const at = Date.UTC(year, Number(published.slice(5, 7)) - 1, Number(published.slice(8, 10)));
  for (const y of [year, year - 1]) {
    const filed = Date.UTC(y, month - 1, day);
    if (filed <= at && at - filed <= FILED_BEFORE_DAYS * 86400000) return isoDate(y, month, day);
  }
  return null;
}

/** a wire's closing line: "This report by The Canadian Press was first published Nov. 26, 2025." (or an AP slug, below);
 * an archive's: "A version of this article appears in print on October 19, 1972, Page 34" */
const TAGLINE = /\b(?:first published|appears? in print) (?:on )?/i;

/** an AP wire's closing slug, "AP-NY-03-14-86 1712EST": month, day, two-digit year */
const AP_SLUG = /\bAP-[A-Z]{2}-(\d\d)-(\d\d)-(\d\d) \d{4}[A-Z]{3}\b/;

/**
 * A wire's closing slug of place and date in brackets, "(Colombo/Mar19/2026)" (EconomyNext):
 * the story's date, and a date span of its own; null when the text does not end with one.
 */
export function footerSlug(text: string): { start: number; end: number; date: string; value: string } | null {
  const from = Math.max(0, text.length - 80);
  // (or a wire's last line of date and clock, "03-05-26 1618ET", "03-20-85 1614EST": month, day,
  // two-digit year, then the time; a date span of the time)
  const w = WIRE_SLUG.exec(text.slice(from));
  if (w) {
    const mo = Number(w[1]), d = Number(w[2]), y = fullYear(Number(w[3])), hh = Number(w[4]), mm = Number(w[5]);
    if (mo >= 1 && mo <= 12 && hh <= 23 && mm <= 59 && new Date(Date.UTC(y, mo - 1, d)).getUTCDate() === d) {
      const date = isoDate(y, mo, d);
      const start = from + w.index + w[0].length - w[0].trimStart().length;
      return { start, end: start + w[0].trim().length, date, value: `${date}T${w[4]}:${w[5]}` };
    }
  }
  const m = FOOTER_SLUG.exec(text.slice(from));
  if (!m) return null;
  const month = MONTHS[m[1].toLowerCase()], day = Number(m[2]), year = Number(m[3]);
  if (month === undefined || new Date(Date.UTC(year, month - 1, day)).getUTCDate() !== day) return null;
  const start = from + m.index + m[0].indexOf('/') + 1;
  const date = isoDate(year, month, day);
  return { start, end: start + m[1].length + m[2].length + 1 + m[3].length, date, value: date };
}
const WIRE_SLUG = /(?:^|\n)[ \t]*(\d\d)-(\d\d)-(\d\d) (\d\d)(\d\d)(?:[A-Z]{2,4})?[ \t]*\n?$/;
const FOOTER_SLUG = /\([A-Z][A-Za-z .'-]{1,30}\/([A-Z][a-z]{2,3})(\d{1,2})\/((?:19|20)\d\d)\)\s*$/;

function taglineDate(text: string): string | null {
  const slug0 = footerSlug(text);
  if (slug0) return slug0.date;
  const from = Math.max(0, text.length - 400);
  const tail = text.slice(from);
  const slug = AP_SLUG.exec(tail);
  if (slug) {
    const m = Number(slug[1]), d = Number(slug[2]), yy = Number(slug[3]);
    const y = fullYear(yy);
    if (m >= 1 && m <= 12 && d >= 1 && d <= 31 && new Date(Date.UTC(y, m - 1, d)).getUTCDate() === d) return isoDate(y, m, d);
  }
  const m = TAGLINE.exec(tail);
  if (!m) return null;
  const at = m.index + m[0].length;
  for (const c of scanCandidates(tail.slice(at, at + 40))) {
    if (c.start === 0 && c.kind === 'calendar' && c.year !== undefined && c.month !== undefined && c.day !== undefined && !c.ambiguous) return isoDate(c.year, c.month, c.day);
    break;
  }
  return null;
}

function datelineIn(line: string, afterLabel = false): string | null {
  // only the head of a long line can be a dateline ("WASHINGTON, Nov. 13, 2024 (Reuters) - …")
  const head = line.length > 200 ? line.slice(0, 200) : line;
  // a dateline date has a day and a year: no digit in the head, no dateline (most lines of prose)
  const digit = firstDigit(head);
  if (digit < 0) return null;
  const odd = oddStamp(line, head);
  if (odd) return odd;
  // (a stamp's label after a headline on the same line: "Dangriga Mourns Drum Maker Cyril Lambey,
  // (posted on Thu Aug 20, 2026)": what stands before the label is no prose around the date)
  // (once: the line from the label is read as a line of its own)
  const label = afterLabel ? null : STAMP_LABEL.exec(head);
  if (label && label.index > 0) return datelineIn(line.slice(label.index + label[0].length - label[1].length), true);
  // (a line of fields apart by "|": the date's own field counts, "Source: Xinhua | 2025-11-12 20:31:45 | Editor: huaxia")
  // (or by a middle dot or a bullet: "Horowhenua Chronicle · 12 Mar, 2026 04:00 AM · 3 mins to read")
  const fields = line.length <= MAX_DATE_LINE && FIELD_BAR.test(line);
  // (nor when the words before the first digit are prose, but for the last few, which may be the
  // date's own, "Wednesday, the 13th": no date in the line can have labels only before it)
  if (!fields) {
    const lead = wordsOf(head.slice(0, digit));
    if (!wordsAreLabels(lead.slice(0, Math.max(0, lead.length - DATE_WORDS_BEFORE_DIGIT)), 8)) return null;
  }
  for (const c of scanCandidates(head)) {
    if (c.kind !== 'calendar' || c.month === undefined || c.day === undefined) continue;
    let before = head.slice(0, c.start);
    if (fields) before = before.slice(lastBar(before) + 1);
    if (!labelsOnly(before, 8)) return null; // a date after prose: caption or body sentence
    // (after it: times, zones and an "Updated" stamp: "at 11:02 AM CDT | Updated: 6:45 PM CDT";
    // in a line of fields, up to the next "|")
    // (a two-digit year after a day and a month's name: Telangana Today's "Mon - 27 July 26",
    // interest.co.nz's "27th Jan 26, 9:14am", the FT's "15 MAR 95")
    const yy = c.year === undefined && !c.ambiguous ? TWO_DIGIT_YEAR.exec(line.slice(c.end)) : null;
    let after = line.slice(c.end + (yy ? yy[0].length : 0));
    let whole = line.length <= MAX_DATE_LINE && labelsOnly(after, 16);
    const bar = fields && !whole ? after.search(FIELD_BAR) : -1;
    if (bar >= 0) {
      after = after.slice(0, bar);
      whole = labelsOnly(after, 16);
    }
    if (!whole && !BODY_AFTER.test(after)) return null;
    if (c.year !== undefined && dateSpan(after)) return null;
    if (yy) return isoDate(fullYear(Number(yy[1])), c.month, c.day);
    // (no year: a partial date, "XXXX-12-11")
    if (c.year === undefined) return c.ambiguous ? null : `XXXX-${pad2(c.month)}-${pad2(c.day)}`;
    // ("07/08/2025 - 17:45", "03/04/2025 5:42 PM": its clock tells the order; without one, no date)
    const swap = c.ambiguous ? dayFirst(after) : false;
    // (no clock: both readings, for byText to choose from)
    if (swap === null) return `?${isoDate(c.year, c.month, c.day)}|${isoDate(c.year, c.day, c.month)}`;
    return swap ? isoDate(c.year, c.day, c.month) : isoDate(c.year, c.month, c.day);
  }
  return shortYearDate(line);
}

/** what parts a line of fields: a bar, a middle dot, a bullet (or a tab or a gap of three spaces, as a site's masthead sets its fields: "The First Art Newspaper on the Net    Established in 1996    Thursday, March 12, 2026") */
const FIELD_BAR = /[|·•\t]| {3}/;
/** the index of the last field bar in s, or -1 */
function lastBar(s: string): number {
  const gap = s.lastIndexOf('   ');
  return Math.max(s.lastIndexOf('|'), s.lastIndexOf('·'), s.lastIndexOf('•'), s.lastIndexOf('\t'), gap < 0 ? -1 : gap + 2);
}

/** a two-digit year right after a day and a month, not a clock's hour or a number's part */
const TWO_DIGIT_YEAR = /^[ \u00A0](\d\d)(?![\d:./]|[ \u00A0]?[AaPp]\.?[Mm]\b)/;

/** a web stamp's label after other words and a bracket, bar, comma or dash: "…, (posted on " */
const STAMP_LABEL = /[(|,\-–—][\s\u00A0]*((?:posted|published|updated)[\s\u00A0]+on[\s\u00A0]+)/i;

/** a dash and a second full date: the line is a span ("Feb. 3, 1934 - Jan. 9, 2027", a life's), no dateline */
function dateSpan(after: string): boolean {
  const m = /^[\s\u00A0]*[-–—][\s\u00A0]*/.exec(after);
  if (!m) return false;
  for (const d of scanCandidates(after.slice(m[0].length, m[0].length + 40))) return d.start === 0 && d.kind === 'calendar' && d.year !== undefined && d.day !== undefined;
  return false;
}

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
/** the weekday's name of an ISO day */
const weekdayOf = (iso: string): string => WEEKDAYS[new Date(iso + 'T12:00:00Z').getUTCDay()];
const WEEKDAY_WORD = /\b(?:Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b/;

/**
 * Of the two readings of an ambiguous dateline ("?2025-12-08|2025-08-12"), the one whose weekday
 * is the first weekday the article names after it (a day's news: "ministers agreed on Monday"),
 * else the one whose month the article names while it does not name the other's; else null.
 */
function byText(text: string, from: number, both: string): string | null {
  const [a, b] = both.slice(1).split('|');
  const body = text.slice(from, from + 3000);
  // (British and Commonwealth copy puts the day first, whatever day its first weekday is:
  // "12/05/2026" above "on Saturday night" in a Namibian paper)
  if (BRITISH.test(body)) return b;
  const w = WEEKDAY_WORD.exec(body.slice(0, 1200))?.[0];
  if (w && (weekdayOf(a) === w) !== (weekdayOf(b) === w)) return weekdayOf(a) === w ? a : b;
  const named = (iso: string) => new RegExp(`\\b${MONTH_NAMES[Number(iso.slice(5, 7))]}\\b`).test(body);
  if (named(a) !== named(b)) return named(a) ? a : b;
  // (else the text's English: British copy puts the day first; the second reading is day-first)
  if (BRITISH.test(body)) return b;
  return null;
}

/** marks of British and Commonwealth copy: the pound, day-month dates, British spellings */
const BRITISH = /£|\b\d{1,2} (?:January|February|March|April|May|June|July|August|September|October|November|December)\b|\b(?:colour|favour(?:ite)?|centre|programme|organis(?:e|ed|ation)|realis(?:e|ed)|metres|tyres?|team-mate|per cent)\b/;

/** a date with a two-digit year, only as a whole dateline field: "BY MARGARET COLLIER - 03/04/25 5:42 PM ET",
 * "Published 13.11.25, 07:14 AM" (with dots, the day first) */
// (or dashes, as a web stamp may write them: "Last updated 05-14-26 at 3:05 p.m.")
const SHORT_YEAR = /(?:^|[^\d/.-])(\d{1,2})([/.-])(\d{1,2})\2(\d{2})(?![\d/-]|\.\d)/;

function shortYearDate(line: string): string | null {
  return shortYearField(line)?.value ?? null;
}

/** shortYearDate's value with the date's place in the line */
function shortYearField(line: string): { start: number; end: number; value: string } | null {
  if (line.length > MAX_DATE_LINE) return null;
  const m = SHORT_YEAR.exec(line);
  if (!m) return null;
  const end = m.index + m[0].length;
  const start = end - (m[1].length + m[3].length + m[4].length + 2);
  const after = line.slice(end);
  if (!labelsOnly(line.slice(0, start), 8) || !labelsOnly(after, 16)) return null;
  const a = Number(m[1]), b = Number(m[3]), year = fullYear(Number(m[4]));
  // (the order as for "07/08/2025", unless a number over 12 tells it; dots put the day first)
  const swap = a > 12 ? true : b > 12 ? false : m[2] === '.' ? true : dayFirst(after);
  const valid = (month: number, day: number) => month >= 1 && month <= 12 && day >= 1 && day <= 31 && new Date(Date.UTC(year, month - 1, day)).getUTCDate() === day;
  // (no order: both readings, month first, for byText to choose from)
  if (swap === null) return valid(a, b) && valid(b, a) ? { start, end, value: `?${isoDate(year, a, b)}|${isoDate(year, b, a)}` } : null;
  const [month, day] = swap ? [b, a] : [a, b];
  return valid(month, day) ? { start, end, value: isoDate(year, month, day) } : null;
}

/**
 * The span of a stamp with a two-digit year that gave the article its date ("27.06.26 18:40",
 * "Published 13.11.25, 07:14 AM"): the scanner reads no such date, so the dateline's own.
 */
export function shortYearStamp(text: string, reference: DateReference | null): { start: number; end: number; value: string } | null {
  // (the text's own dateline when the day was given from outside; none when there is no
  // reference, which findReferenceDate gives only for a text without a dateline)
  const own = reference === null || reference.source === 'dateline' ? reference : findDateline(text);
  if (own === null) return null;
  for (const { line, end } of headLines(text)) {
    const f = shortYearField(line);
    if (f === null) continue;
    // (the reading the dateline took, of both when the order was open)
    if (f.value !== own.date && !(f.value.startsWith('?') && f.value.slice(1).split('|').includes(own.date))) return null;
    const start = text.lastIndexOf('\n', end - 1) + 1;
    return { start: start + f.start, end: start + f.end, value: own.date };
  }
  return null;
}

/**
 * A stamp line in a less common order, as a whole line with labels and times around it: the
 * year first with dots, as Hungarian sites print it ("2026. September 24. – 2:12 PM"), or the
 * month with a comma before the day ("February, 20, 2026 - 19:35"). `head`: the line's first 200 characters.
 */
function oddStamp(line: string, head: string): string | null {
  const m = YEAR_DOT_MONTH.exec(head) ?? MONTH_COMMA_DAY.exec(head) ?? MONTH_DAY_SLASH_YEAR.exec(head) ?? FRENCH_DATE.exec(head) ?? LOWER_MONTH_DATE.exec(head) ?? ISSUE_WEEK.exec(head);
  if (!m) return null;
  const g = m.groups!;
  const year = Number(g.y), month = MONTHS[g.m.toLowerCase()] ?? FRENCH_MONTHS[g.m.toLowerCase()], day = Number(g.d);
  if (month === undefined || new Date(Date.UTC(year, month - 1, day)).getUTCDate() !== day) return null;
  const after = line.slice(m.index + m[0].length);
  if (!labelsOnly(head.slice(0, m.index), 8) || !((line.length <= MAX_DATE_LINE && labelsOnly(after, 16)) || BODY_AFTER.test(after))) return null;
  return isoDate(year, month, day);
}
const YEAR_DOT_MONTH = /\b(?<y>(?:19|20)\d\d)\. (?<m>[A-Z][a-z]{2,8}) (?<d>\d{1,2})\.(?!\d)/;
const MONTH_COMMA_DAY = /\b(?<m>[A-Z][a-z]{2,8}), (?<d>\d{1,2}), (?<y>(?:19|20)\d\d)\b/;
/** the Ethiopian News Agency's "January 13/2026" */
const MONTH_DAY_SLASH_YEAR = /\b(?<m>[A-Z][a-z]{2,8})\.? (?<d>\d{1,2})\/(?<y>(?:19|20)\d\d)\b/;
/** a French stamp on an English page of a francophone paper: "18 juin 2026, 16:30" */
const FRENCH_DATE = /\b(?<d>\d{1,2}) (?<m>janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre) (?<y>(?:19|20)\d\d)\b/;
/** a month written in lower case in an agency's dateline: "DILI, 14 july 2026 (TATOLI)—" (not "may") */
const LOWER_MONTH_DATE = /\b(?<d>\d{1,2}) (?<m>january|february|march|april|june|july|august|september|october|november|december) (?<y>(?:19|20)\d\d)\b/;
/** a weekly's issue line, dated by its first day: "March 22 - 28, 2026" */
const ISSUE_WEEK = /\b(?<m>[A-Z][a-z]{2,8})\.? (?<d>\d{1,2}) ?[-–] ?\d{1,2}, (?<y>(?:19|20)\d\d)\b/;
const FRENCH_MONTHS: Readonly<Record<string, number>> = { janvier: 1, février: 2, fevrier: 2, mars: 3, avril: 4, mai: 5, juin: 6, juillet: 7, août: 8, aout: 8, septembre: 9, octobre: 10, novembre: 11, décembre: 12, decembre: 12 };

/** the most words of a date before its first digit ("on Wednesday, the 13th") */
const DATE_WORDS_BEFORE_DIGIT = 4;

function firstDigit(s: string): number {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) return i;
  }
  return -1;
}
