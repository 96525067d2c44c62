// Word tables shared by the date scanner, the value normaliser and the dateline finder.

/** Month name or abbreviation (with or without the period) → 1..12. */
export const MONTHS: Record<string, number> = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8,
  september: 9, october: 10, november: 11, december: 12,
  jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};

/** Weekday name or abbreviation → ISO number (Monday = 1 … Sunday = 7). */
export const WEEKDAYS: Record<string, number> = {
  monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6, sunday: 7,
  mon: 1, tue: 2, tues: 2, wed: 3, thu: 4, thur: 4, thurs: 4, fri: 5, sat: 6, sun: 7,
};

export const WEEKDAY_NAMES = ['', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
export const MONTH_NAMES = ['', 'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
  'September', 'October', 'November', 'December'];

/** TIMEX3 day-part codes. */
export const DAY_PARTS: Record<string, string> = { morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI' };

/** Small number words used in relative expressions ("three days ago", "a couple of weeks ago"). */
export const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100,
  'a couple of': 2, 'couple of': 2, 'a pair of': 2,
};

/** Words after which a bare year ("2007") or a bare "May"/"March" is a date. */
export const DATE_PREPOSITIONS = new Set([
  'in', 'since', 'by', 'until', 'till', 'from', 'during', 'before', 'after', 'through', 'throughout', 'into', 'for', 'on',
  'circa', 'around', 'between', 'early', 'late', 'mid', 'last', 'next', 'this', 'of', 'until', 'as',
  'spring', 'summer', 'autumn', 'fall', 'winter', 'fiscal', 'year', 'around', 'ca', 'c', 'beyond', 'ending', 'entering',
]);

/** Plural count nouns: "2000 people" is a number, not a year. */
export const COUNT_NOUNS = new Set([
  'people', 'persons', 'men', 'women', 'children', 'kids', 'troops', 'soldiers', 'votes', 'cases', 'deaths', 'block',
  'units', 'copies', 'tons', 'tonnes', 'miles', 'kilometers', 'kilometres', 'km', 'meters', 'metres', 'feet',
  'dollars', 'euros', 'pounds', 'rockets', 'missiles', 'residents', 'workers', 'jobs', 'homes', 'houses',
  'students', 'patients', 'members', 'civilians', 'fighters', 'hostages', 'prisoners', 'refugees', 'migrants',
  'employees', 'points', 'hours', 'minutes', 'seconds', 'calories', 'words', 'pages', 'acres', 'hectares',
  'barrels', 'cars', 'vehicles', 'flights', 'passengers', 'visitors', 'users', 'customers', 'signatures',
  'delegates', 'seats', 'police', 'officers', 'protesters', 'demonstrators', 'families', 'households',
  'businesses', 'companies', 'firms', 'schools', 'beds', 'doctors', 'nurses', 'teachers', 'voters', 'times',
  'square', 'sq', 'yards', 'shares', 'jets', 'planes', 'tanks', 'drones', 'shells', 'bombs', 'more', 'fewer',
  'percent', 'per',
]);

/** Plural nouns that do follow a year as an event ("the 2016 elections"). */
export const EVENT_PLURALS = new Set([
  'elections', 'games', 'olympics', 'midterms', 'primaries', 'polls', 'talks', 'protests', 'riots', 'accords',
  'negotiations', 'floods', 'attacks', 'wildfires', 'fires', 'championships', 'finals', 'playoffs', 'hearings',
  'agreements', 'sanctions', 'uprisings', 'clashes', 'strikes', 'earthquakes', 'reforms', 'results', 'awards',
  'summits', 'oscars', 'emmys', 'grammys', 'rules', 'regulations', 'figures', 'statistics', 'standings',
  'series', 'species', 'levels', 'accounts', 'budgets', 'forecasts', 'guidelines', 'targets',
  // (a bond by the year it matures: "the 2042 notes", "the 2031 bonds")
  'notes', 'bonds',
  // (a year's winners: "GAW, the 2023 champions", "Footscray, the 1954 premiers")
  'champions', 'premiers', 'winners', 'finalists', 'medallists', 'medalists',
]);

/** Words after a weekday that make it part of a title ("the Sunday Times"). */
export const WEEKDAY_TITLE_WORDS = new Set([
  'Times', 'Telegraph', 'Mirror', 'Express', 'Mail', 'Post', 'Herald', 'Tribune', 'Independent', 'Star',
  'Sport', 'School', 'Service', 'Best', 'Edition', 'Magazine', 'Review', 'Show', 'Football', 'Night',
  // (more Sunday papers: "Sunday Standard", "Sunday Observer", "Sunday Nation", "Sunday World")
  'Standard', 'Observer', 'Nation', 'World', 'Sun', 'News', 'Guardian', 'Mercury', 'Age', 'Leader', 'Monitor', 'Journal', 'Chronicle', 'Gazette',
]);

/** Cues that a weekday or a month/day without year is ahead of the text's own date. */
export const FUTURE_CUE = /\b(?:will|shall|won[’']t|scheduled|upcoming|[Nn]ext|set (?:for|to)|slated|due|planned|plans? to|plans (?:a|an)|expected|expects?|would|likely|possible|forecasts? (?:to|that|for)|forecasts? (?:more|heavy|light|moderate|further|rain|snow|showers|storms|thunderstorms|temperatures|winds|gusts|frost|fog)|forecasting|(?:is|are|has|have|had|was|were) forecast|planning|meets|eligible|returns|fixes|is to|are to|going to|ahead of|coming|takes? (?:effect|place)|comes? into (?:force|effect)|needs? to|deadline (?:is|of|for)|expires?|begins|starts|opens|ends|runs (?:from|until|till|through)|[Rr]eposing|[Rr]emoval (?:to|from)|[Ff]uneral [Mm]ass (?:on|in|at)|[Rr]equiem [Mm]ass (?:on|in|at)|[Ii]nterment (?:on|in|at|afterwards)|return|resumes?|continues|reopens?|to be (?:[a-z]+ed|held|made|paid|sold|built|set|run|given|taken|done|seen|known|shown|sent|spent|won|cut|put|kept|brought|sought|met|chosen|drawn|struck|laid|read|sworn)|(?:intends?|intended|aims?|aimed|hopes?|hoped|wants?|wanted|promised|pledged|vowed|threatened|agreed|plans?|planned|vows?|pledges?|promises?|propos(?:es|ed|ing)) to|(?:could|may|might|should|must)(?! have)|on (?:schedule|track) for|faces?(?= [A-Z]| off\b| (?:a|another|the) (?:vote|hearing|trial|deadline|ballot|runoff|run-off|final))|hosts?(?= (?:the )?[A-Z])|visits?(?= (?:the )?[A-Z])|(?:is|are) (?:in|at|away at|home to)(?= [A-Z])|if (?:we|they|you|I) [a-z]+|travels? (?:to|home)|takes? on|go(?:es)? before|(?<!\b(?:how|whether|when|where|what|which|who) )to (?:appear|face|meet|vote|decide|rule|sign|visit|hold|host|play|testify|unveil|launch))\b|[’']ll\b/;

/** TIMEX3 codes of the seasons */
export const SEASON_CODES: Readonly<Record<string, string>> = { spring: 'SP', summer: 'SU', autumn: 'FA', fall: 'FA', winter: 'WI' };
