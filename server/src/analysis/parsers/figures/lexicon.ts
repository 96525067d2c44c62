// Small lexicons of general English used by the figure parser: number words, ordinals,
// vague amounts, modifiers, currencies, time units and the function words that end a noun phrase.
// All keys are lower case.

export type NumKind =
  | 'unit' // one … nine
  | 'teen' // ten … nineteen
  | 'tens' // twenty … ninety
  | 'hundred'
  | 'scale' // thousand, million, billion, trillion
  | 'dozen'
  | 'ordinal' // first … ninetieth, hundredth, thousandth…
  | 'vague' // dozens, hundreds, thousands, scores, tens (of thousands)
  | 'multiple' // twice, thrice
  | 'multiplier' // double, triple: a figure only as a multiple of what follows ("double the penalty", "pay double.")
  | 'half' // "half of", "nearly half" (read alone: never part of a longer number)
  | 'quarter' // "a quarter of", "about a quarter" (read alone, only as such a fraction)
  | 'decades'; // twenties … nineties: an age's decade ("in her nineties"), nothing else

export interface NumWord {
  kind: NumKind;
  value: number;
  /** for ordinals: the kind of the cardinal it derives from (unit/teen/tens/hundred/scale) */
  base?: NumKind;
}

export const NUM_WORDS = new Map<string, NumWord>();

const units = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const teens = ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const tens = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
units.forEach((w, i) => NUM_WORDS.set(w, { kind: 'unit', value: i + 1 }));
teens.forEach((w, i) => NUM_WORDS.set(w, { kind: 'teen', value: i + 10 }));
tens.forEach((w, i) => NUM_WORDS.set(w, { kind: 'tens', value: (i + 2) * 10 }));
// (an age's decade in words: "in her nineties", figures.ts)
tens.forEach((w, i) => NUM_WORDS.set(`${w.slice(0, -1)}ies`, { kind: 'decades', value: (i + 2) * 10 }));
NUM_WORDS.set('hundred', { kind: 'hundred', value: 100 });
NUM_WORDS.set('thousand', { kind: 'scale', value: 1e3 });
NUM_WORDS.set('million', { kind: 'scale', value: 1e6 });
NUM_WORDS.set('billion', { kind: 'scale', value: 1e9 });
NUM_WORDS.set('trillion', { kind: 'scale', value: 1e12 });
// (South Asian scales after a number word: "nearly one lakh homes", "two crore people")
NUM_WORDS.set('lakh', { kind: 'scale', value: 1e5 });
NUM_WORDS.set('crore', { kind: 'scale', value: 1e7 });
NUM_WORDS.set('dozen', { kind: 'dozen', value: 12 });
// ("once" is a count only where it says how often or how many times: figures.ts)
NUM_WORDS.set('once', { kind: 'multiple', value: 1 });
NUM_WORDS.set('twice', { kind: 'multiple', value: 2 });
NUM_WORDS.set('thrice', { kind: 'multiple', value: 3 });
NUM_WORDS.set('double', { kind: 'multiplier', value: 2 });
NUM_WORDS.set('triple', { kind: 'multiplier', value: 3 });
NUM_WORDS.set('quadruple', { kind: 'multiplier', value: 4 });
NUM_WORDS.set('half', { kind: 'half', value: 0.5 });
NUM_WORDS.set('quarter', { kind: 'quarter', value: 0.25 });
// "threefold", "tenfold", "hundredfold": multiples written as one word
[...units.slice(1), 'ten', 'twenty', 'hundred', 'thousand'].forEach((w) => NUM_WORDS.set(`${w}fold`, { kind: 'multiple', value: w === 'ten' ? 10 : w === 'twenty' ? 20 : w === 'hundred' ? 100 : w === 'thousand' ? 1000 : units.indexOf(w) + 1 }));
for (const w of ['dozens', 'hundreds', 'thousands', 'millions', 'billions', 'trillions', 'scores', 'tens']) {
  NUM_WORDS.set(w, { kind: 'vague', value: 0 });
}

const unitOrd = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth'];
const teenOrd = ['tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth'];
const tensOrd = ['twentieth', 'thirtieth', 'fortieth', 'fiftieth', 'sixtieth', 'seventieth', 'eightieth', 'ninetieth'];
unitOrd.forEach((w, i) => NUM_WORDS.set(w, { kind: 'ordinal', value: i + 1, base: 'unit' }));
teenOrd.forEach((w, i) => NUM_WORDS.set(w, { kind: 'ordinal', value: i + 10, base: 'teen' }));
tensOrd.forEach((w, i) => NUM_WORDS.set(w, { kind: 'ordinal', value: (i + 2) * 10, base: 'tens' }));
NUM_WORDS.set('hundredth', { kind: 'ordinal', value: 100, base: 'hundred' });
NUM_WORDS.set('thousandth', { kind: 'ordinal', value: 1e3, base: 'scale' });
NUM_WORDS.set('millionth', { kind: 'ordinal', value: 1e6, base: 'scale' });
NUM_WORDS.set('billionth', { kind: 'ordinal', value: 1e9, base: 'scale' });

/** Denominators of fractions: "two-thirds", "three quarters", "a fifth of" (not "first"/"second"). */
export const FRACTION_DENOMINATORS: ReadonlyMap<string, number> = new Map([
  ['half', 2], ['halves', 2], ['third', 3], ['thirds', 3], ['quarter', 4], ['quarters', 4], ['fourth', 4], ['fourths', 4],
  ['fifth', 5], ['fifths', 5], ['sixth', 6], ['sixths', 6], ['seventh', 7], ['sevenths', 7], ['eighth', 8], ['eighths', 8],
  ['ninth', 9], ['ninths', 9], ['tenth', 10], ['tenths', 10],
]);

/** The scanner's word alternation: every key of NUM_WORDS, longest first within a shared prefix. */
export const NUM_WORD_PATTERN = [...NUM_WORDS.keys()].sort((a, b) => b.length - a.length).join('|');

/** Scale words that may follow digits ("1.2 million") and their suffix forms ("3bn"). */
export const SCALE_WORDS: Record<string, number> = {
  hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, lakh: 1e5, crore: 1e7,
  // (wire abbreviations: Xinhua's "700 mln tonnes", "1.2 bln yuan")
  mln: 1e6, bln: 1e9, trln: 1e12,
  // (francophone papers' English: "Rs 180 millions", "Rs 2,5 millions")
  millions: 1e6, billions: 1e9,
  // (and the FT's and Indian papers' with a space: "₹1.5 trn", "Rs 3 bn")
  bn: 1e9, mn: 1e6, trn: 1e12,
  // (and South Asian papers' short and plural forms: "Rs 15 cr", "Rs 4 lac", "Rs 5 crores")
  cr: 1e7, lac: 1e5, lacs: 1e5, lakhs: 1e5, crores: 1e7,
};
/** Scale words after a currency's amount only ("RM2.1 bil", "RM780 mil"; not "a 5 mil film") */
export const CURRENCY_SCALE_WORDS: Record<string, number> = { bil: 1e9, mil: 1e6 };
/** Suffixes glued to digits; `currencyOnly` ones ("5m", "3b", "10k") only count after a currency sign. */
export const SCALE_SUFFIXES: Record<string, { value: number; currencyOnly: boolean }> = {
  bn: { value: 1e9, currencyOnly: false },
  mn: { value: 1e6, currencyOnly: false },
  tn: { value: 1e12, currencyOnly: false },
  trn: { value: 1e12, currencyOnly: false },
  m: { value: 1e6, currencyOnly: true },
  b: { value: 1e9, currencyOnly: true },
  k: { value: 1e3, currencyOnly: true },
  // (US headlines: "$1.2T spending package")
  t: { value: 1e12, currencyOnly: true },
  // (The Star's "RM218.6mil", "RM1.42bil")
  mil: { value: 1e6, currencyOnly: true },
  bil: { value: 1e9, currencyOnly: true },
  // (Gulf business wires: "SAR 1.85bln", "AED 420mln")
  mln: { value: 1e6, currencyOnly: true },
  bln: { value: 1e9, currencyOnly: true },
  // (British sports copy: "a fee of £38million")
  million: { value: 1e6, currencyOnly: true },
  billion: { value: 1e9, currencyOnly: true },
};

/** Measure units that may be glued to digits ("10km") and count as the figure's unit. */
export const GLUED_UNITS = new Set([
  'km', 'kg', 'cm', 'mm', 'mi', 'ft', 'lb', 'lbs', 'mph', 'kph', 'kmh', 'mw', 'gw', 'kw', 'kwh', 'gb', 'mb', 'tb', 'ml', 'sq', 'pc', 'ha',
  'oz', 'mg', 'mwh', 'gwh', 'bpd',
  // (times and engines' power as motoring and sports copy writes them: "22.18sec", "1180bhp"; not minutes: "Est. 4min" reading)
  'sec', 'secs', 'bhp', 'hp', 'tw', 'twh', 'mbps', 'gbps', 'mah',
  // (basis points as bond and rates copy glues them, "tightens 35bp", "cuts by 250bp"; water in gigalitres, "70GL")
  'bp', 'bps', 'gl',
  // (grain and ore in million and thousand tonnes, "21.3Mt", "450kt")
  'mt', 'kt',
  // (inches: "a 15.6in touchscreen", "a 55in television")
  'in',
]);

/** Modifiers kept in the span, as lower-case word sequences. Longest match wins. */
export const MODIFIERS: string[][] = [
  'more than', 'less than', 'fewer than', 'greater than', 'higher than', 'lower than',
  'no more than', 'no fewer than', 'no less than', 'not more than', 'not less than',
  'slightly more than', 'slightly less than', 'far more than', 'well over', 'well above', 'well below',
  'much more than', 'just over', 'just under', 'just above', 'just below', 'a little over', 'a little more than',
  'at least', 'at most', 'up to', 'as many as', 'as much as', 'as few as', 'as little as', 'as high as', 'as low as',
  'close to', 'upwards of', 'in excess of', 'an estimated', 'estimated', 'an average of', 'on average',
  'some', 'about', 'around', 'approximately', 'roughly', 'nearly', 'almost', 'over', 'under', 'above', 'below',
  'circa', 'approx', 'barely',
].map((m) => m.split(' ')).sort((a, b) => b.length - a.length);
export const MODIFIER_MAX_WORDS = Math.max(...MODIFIERS.map((m) => m.length));
/** Words that start some modifier (cheap pre-check when looking back). */
export const MODIFIER_WORDS = new Set(MODIFIERS.flat());

/** Words before a round number that make it vague ("several hundred", "a few thousand"). */
export const VAGUE_QUANTIFIERS = new Set(['several', 'few', 'many']);

/** Currency signs before digits, and letter prefixes before "$" ("US$", "HK$"). */
export const CURRENCY_SIGNS: Record<string, string> = {
  '$': 'USD', '€': 'EUR', '£': 'GBP', '¥': 'JPY', '₹': 'INR', '₪': 'ILS',
};
export const DOLLAR_PREFIXES: Record<string, string> = {
  us: 'USD', a: 'AUD', au: 'AUD', c: 'CAD', ca: 'CAD', hk: 'HKD', nz: 'NZD', s: 'SGD', r: 'BRL',
  // (Namibia's dollar, Zimbabwe's and Jamaica's: "N$1,2 million", "Z$500", "J$2,000"; Taiwan's "NT$")
  n: 'NAD', z: 'ZWL', j: 'JMD', nt: 'TWD',
};
/** Currency codes written before the number ("USD 5", "NIS 500"). Upper case in the text. */
export const CURRENCY_CODES: Record<string, string> = {
  USD: 'USD', EUR: 'EUR', GBP: 'GBP', JPY: 'JPY', CHF: 'CHF', CNY: 'CNY', INR: 'INR', AUD: 'AUD',
  CAD: 'CAD', NIS: 'ILS', ILS: 'ILS', RMB: 'CNY', HKD: 'HKD', SEK: 'SEK', NOK: 'NOK', DKK: 'DKK', RUB: 'RUB',
  Rs: 'INR', PKR: 'PKR', BRL: 'BRL', ZAR: 'ZAR', NGN: 'NGN', KES: 'KES',
  AED: 'AED', SAR: 'SAR', QAR: 'QAR', KWD: 'KWD', EGP: 'EGP', TRY: 'TRY', MXN: 'MXN', SGD: 'SGD', MYR: 'MYR',
  THB: 'THB', IDR: 'IDR', PHP: 'PHP', KRW: 'KRW', TWD: 'TWD', NZD: 'NZD', UGX: 'UGX', TZS: 'TZS', GHS: 'GHS',
  // more ISO 4217 codes (not those that are also words in capitals: ALL, TOP, CUP)
  UAH: 'UAH', GEL: 'GEL', OMR: 'OMR', BHD: 'BHD', JOD: 'JOD', LBP: 'LBP', IQD: 'IQD', IRR: 'IRR', AFN: 'AFN',
  BDT: 'BDT', LKR: 'LKR', NPR: 'NPR', MMK: 'MMK', VND: 'VND', KHR: 'KHR', LAK: 'LAK', MNT: 'MNT', KZT: 'KZT',
  UZS: 'UZS', AZN: 'AZN', AMD: 'AMD', BYN: 'BYN', PLN: 'PLN', CZK: 'CZK', HUF: 'HUF', RON: 'RON', BGN: 'BGN',
  RSD: 'RSD', ISK: 'ISK', MAD: 'MAD', TND: 'TND', DZD: 'DZD', LYD: 'LYD', ETB: 'ETB', RWF: 'RWF', ZMW: 'ZMW',
  MWK: 'MWK', MZN: 'MZN', BWP: 'BWP', NAD: 'NAD', XOF: 'XOF', XAF: 'XAF', CLP: 'CLP', COP: 'COP', PEN: 'PEN',
  ARS: 'ARS', UYU: 'UYU', BOB: 'BOB', PYG: 'PYG', CRC: 'CRC', GTQ: 'GTQ', DOP: 'DOP', JMD: 'JMD', TTD: 'TTD',
  GYD: 'GYD', BBD: 'BBD', BSD: 'BSD', FJD: 'FJD', PGK: 'PGK', WST: 'WST', SDG: 'SDG', SSP: 'SSP', SOS: 'SOS',
  MOP: 'MOP', MVR: 'MVR', BTN: 'BTN', SCR: 'SCR', MUR: 'MUR', KGS: 'KGS', TJS: 'TJS', TMT: 'TMT', ZWG: 'ZWG', ZWL: 'ZWL',
  // the Gulf's and Lebanon's own abbreviations ("KD 1.3 million", "RO 1.2 million", "BD 4.2 million", "LL 4.5 trillion")
  KD: 'KWD', RO: 'OMR', BD: 'BHD', QR: 'QAR', SR: 'SAR', LL: 'LBP',
  // Egypt's pound as its English-language papers write it ("LE 12 million")
  LE: 'EGP',
  // the CFA franc as Cameroonian and West African papers write it ("FCFA 25 million")
  FCFA: 'XAF', CFA: 'XAF',
  // Bangladesh's taka as its papers write it ("Tk 4.6 crore", "Tk23,000")
  Tk: 'BDT',
  // African and Asian currencies as their papers write them ("LD 6 billion", "Ks 96 billion", "Birr 57", "TSh 3 million",
  // "Shs99.9 trillion" in Uganda, "Fbu 4 million", "ZiG 212", Rwanda's "Frw 1.5 million")
  LD: 'LYD', Ks: 'MMK', Birr: 'ETB', TSh: 'TZS', Tsh: 'TZS', TShs: 'TZS', Shs: 'UGX', USh: 'UGX', UShs: 'UGX',
  // (and Kenya's shilling with a space: "KSh 90", "Ksh 1,200")
  KSh: 'KES', Ksh: 'KES', Kshs: 'KES', KShs: 'KES', Fbu: 'BIF', FBu: 'BIF', ZiG: 'ZWG', Frw: 'RWF', Rwf: 'RWF',
  // Bhutan's ngultrum ("Nu 5.35 a unit"; in a text about Bhutan only: figures.ts)
  Nu: 'BTN',
};
/** Currency words after the number ("5 dollars", "20 million euros"). */
export const CURRENCY_WORDS: Record<string, string> = {
  dollar: 'USD', dollars: 'USD', euro: 'EUR', euros: 'EUR', yen: 'JPY', yuan: 'CNY', renminbi: 'CNY',
  rupee: 'INR', rupees: 'INR', shekel: 'ILS', shekels: 'ILS', ruble: 'RUB', rubles: 'RUB', rouble: 'RUB',
  roubles: 'RUB', peso: 'MXN', pesos: 'MXN', franc: 'CHF', francs: 'CHF', lira: 'TRY', riyal: 'SAR',
  riyals: 'SAR', dirham: 'AED', dirhams: 'AED', sterling: 'GBP',
};
/** Adjectives before "dollars" that change the currency. */
export const DOLLAR_ADJECTIVES: Record<string, string> = {
  us: 'USD', american: 'USD', canadian: 'CAD', australian: 'AUD', singapore: 'SGD', taiwan: 'TWD',
  zealand: 'NZD', kong: 'HKD',
};

export const PERCENT_WORDS = new Set(['percent', 'pct']);

/** Units of time: a cardinal counting them is a duration ("some three months"). */
export const TIME_UNITS = new Set([
  'second', 'seconds', 'minute', 'minutes', 'hour', 'hours', 'day', 'days', 'week', 'weeks', 'fortnight',
  'fortnights', 'month', 'months', 'year', 'years', 'decade', 'decades', 'century', 'centuries', 'night',
  'nights', 'weekend', 'weekends', 'semester', 'semesters', 'term', 'terms',
]);

/** Second parts of hyphenated compounds that make a quantity ("three-day", "10-year-old", "12-member"). */
export const COMPOUND_UNITS = new Set([
  ...TIME_UNITS, 'year-old', 'month-old', 'week-old', 'day-old', 'mile', 'kilometre', 'kilometer', 'km', 'metre',
  'meter', 'foot', 'inch', 'pound', 'ton', 'tonne', 'member', 'man', 'person', 'seat', 'storey', 'story', 'point',
  'game', 'match', 'vote', 'page', 'car', 'vehicle', 'bed', 'room',
  // counts of a game's events ("a two-run homer", "a three-shot lead", "a 40-yard field goal")
  'run', 'hit', 'goal', 'shot', 'stroke', 'yard', 'set', 'lap', 'wicket', 'inning', 'innings',
  'megawatt', 'percent', 'hour-long', 'day-long', 'week-long', 'month-long', 'year-long', 'minute-long',
  // (homes, titles won, sides, sums and measures: "a five-bedroom duplex", "nine-time champions",
  // "a six-team league", "a three-party coalition", "a 10-cent rise")
  'bedroom', 'time', 'team', 'party', 'cent', 'acre', 'hectare', 'litre', 'liter', 'kilogram', 'kilogramme', 'step', 'putt', 'dose', 'session',
]);

export const MONTHS = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
  'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);

/** Words before a bare 4-digit number that make it a year ("in 2007", "since 2007"). */
export const YEAR_PREPOSITIONS = new Set([
  'in', 'since', 'by', 'until', 'till', 'til', 'from', 'to', 'through', 'before', 'after', 'during', 'of', 'between',
  'and', 'or', 'circa', 'early', 'late', 'mid', 'year', 'years', 'summer', 'winter', 'spring', 'fall', 'autumn',
  'the', 'for', 'on', 'as', 'around', 'about', 'at', 'than', 'fiscal', 'election', 'season',
]);

/** Time-of-day and time-zone words after a number: "5 p.m.", "1400 GMT". */
export const CLOCK_WORDS = new Set(['am', 'pm', 'a.m', 'p.m', 'a.m.', 'p.m.', "o'clock", 'o’clock', 'gmt', 'utc', 'hrs', 'bst', 'cet', 'est', 'edt', 'pst', 'pdt']);

/** Abbreviations ending in "." before a number that mark a label or a date, not a quantity. */
export const LABEL_ABBREVIATIONS = new Set(['no', 'nos', 'vol', 'art', 'sec', 'ch', 'fig', 'p', 'pp', 'para', 'ed', 'v', 'ver', 'rev', 'op']);

/** Determiners and possessives: an ordinal word after one of these is a rank ("its second", "the first"). */
export const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'our', 'my', 'your', 'this', 'that', 'these', 'those', 'every', 'each', 'whose', 'any', 'no']);

/** Pronouns after "N of": "20 of whom", "two of them". */
export const PARTITIVE_PRONOUNS = new Set(['whom', 'which', 'them', 'us', 'you', 'those', 'these', 'whose']);

/**
 * Function words (and very common verbs) that end a counted noun phrase. A number word followed by
 * one of these has no counted noun ("one must…", "the one who…").
 */
export const STOP_WORDS = new Set([
  'a', 'an', 'the', 'this', 'that', 'these', 'those', 'its', "it's", 'it’s', 'his', 'her', 'their', 'our', 'my', 'your',
  'i', 'you', 'he', 'she', 'it', 'we', 'they', 'me', 'him', 'us', 'them', 'who', 'whom', 'whose', 'which', 'what',
  'where', 'when', 'why', 'how', 'there', 'here', 'and', 'or', 'but', 'nor', 'if', 'then', 'than', 'as', 'so',
  'because', 'while', 'although', 'though', 'since', 'until', 'unless', 'whether', 'of', 'in', 'on', 'at', 'by',
  'for', 'from', 'to', 'with', 'without', 'into', 'onto', 'upon', 'over', 'under', 'about', 'after', 'before',
  'during', 'between', 'among', 'against', 'across', 'through', 'throughout', 'toward', 'towards', 'via', 'per',
  'within', 'beyond', 'near', 'behind', 'above', 'below', 'around', 'along', 'amid', 'despite', 'like', 'off', 'out',
  'up', 'down', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', 'has', 'have', 'had', 'having', 'do', 'does',
  'did', 'will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must', 'ought', 'cannot', 'not', 'no',
  'yes', 'also', 'only', 'just', 'still', 'even', 'now', 'then', 'ago', 'later', 'earlier', 'more', 'most', 'less',
  'least', 'very', 'too', 'each', 'every', 'all', 'both', 'either', 'neither', 'another', 'other', 'others', 'such',
  'some', 'any', 'many', 'much', 'few', 'several', 'said', 'say', 'says', 'saying', 'told', 'tell', 'tells', 'added',
  'another', 'again', 'ever', 'never', 'already', 'yet', 'once', 'twice', 'instead', 'else', 'same', 'own', 'left',
  'remain', 'remained', 'remains', 'died', 'die', 'came', 'come', 'comes', 'went', 'go', 'goes', 'got', 'get', 'gets',
  'made', 'make', 'makes', 'took', 'take', 'takes', 'gave', 'give', 'knew', 'know', 'think', 'thought', 'seem', 'seems',
  'felt', 'feel', 'became', 'become', 'want', 'wanted', 'need', 'needs', 'let', 'put', 'see', 'saw', 'seen', 'found',
  'according', 'including', 'whereas', 'mr', 'mrs', 'ms', 'dr', 'by', 'away', 'back', 'today', 'yesterday',
  'tomorrow', 'tonight', 'apiece', 'each', 'alone', 'together', 'respectively', 'percent',
]);

/** Adjectives common before a counted noun (the noun, not these, is the head). */
export const ADJECTIVES = new Set([
  'senior', 'major', 'minor', 'new', 'old', 'big', 'small', 'large', 'key', 'main', 'final', 'last', 'full', 'top',
  'high', 'low', 'long', 'short', 'great', 'young', 'other', 'separate', 'different', 'similar', 'early', 'late',
  'first', 'second', 'third', 'straight', 'consecutive', 'successive', 'consecutive', 'additional', 'extra',
  'further', 'more', 'recent', 'previous', 'former', 'current', 'local', 'foreign', 'armed', 'unarmed', 'wounded',
  'injured', 'dead', 'missing', 'living', 'remaining', 'elderly', 'civilian', 'military', 'top', 'best', 'worst',
  'biggest', 'largest', 'smallest', 'few', 'whole', 'entire', 'separate', 'unidentified', 'unnamed', 'alleged',
  'suspected', 'confirmed', 'reported', 'registered', 'eligible', 'likely', 'possible', 'potential', 'hard', 'good',
  'bad', 'real', 'true', 'only', 'single', 'double', 'half', 'rival', 'hostile', 'friendly', 'joint', 'public',
  'private', 'federal', 'national', 'international', 'regional', 'global',
]);

/** Irregular plurals and collective nouns that head a counted noun phrase. */
export const PLURAL_HEADS = new Set([
  'people', 'men', 'women', 'children', 'police', 'personnel', 'staff', 'cattle', 'feet', 'teeth', 'geese', 'mice',
  'data', 'media', 'sheep', 'fish', 'deer', 'aircraft', 'crew', 'folk', 'youth', 'offspring', 'clergy', 'militia',
  'infantry', 'livestock', 'poultry', 'spacecraft', 'km', 'kg', 'mph', 'kph', 'cm', 'mm', 'ft', 'lb', 'lbs', 'mw',
  'gw', 'kw', 'kwh', 'gb', 'mb', 'tb', 'ml', 'times', 'percent',
]);

/** Lower-case words ending in -ly that are not adverbs. */
export const LY_NOUNS = new Set(['family', 'ally', 'rally', 'supply', 'assembly', 'anomaly', 'reply', 'fly', 'belly', 'bully', 'monopoly', 'lily', 'jelly', 'daily', 'weekly', 'monthly', 'quarterly', 'holy', 'italy', 'july']);
