// Speech-cue patterns → named speakers. Works on the token stream and the name chunks:
//   X [, appositive,] [aux/adverbs] said        "“…,” said X"       "according to X"
//   X's statement / X's office announced        "a statement from X"  "…, saying" (clause subject)
//   X issued a statement / released … in which … affirmed           coordinated subjects "X and Y said"
//   His lawyer, X, told / X, 45, a teacher, said                    "X was quoted as saying", "as X put it"
//   X: “…” / “…” — X / an interview's "X: …" answers               "according to a report by X"
// Speech verbs used as actions ("pleaded not guilty", "will add 30 beds") and negated speech
// are left out (non-statements.ts).
import { F, K, W, type Tokens, lower, wb, tlen, clauseEnd, wordHashes, mayBe, isWord, wordKey } from './tokens';
import { countryGroup, isPlaceKey } from './lexicon/places';
import { inCharge, judgesJ, partyTagEnd, personNounPlural, POSTNOMINALS, type Chunk, type ChunkIndex } from './names';
import { SPEECH_VERBS, QUOTE_VERBS, SPEECH_PARTICIPLES, QUOTE_PARTICIPLES, STATEMENT_NOUNS, MOUTHPIECE_NOUNS } from './lexicon/speech-verbs';
import { AUXILIARIES, PREPOSITIONS, FUNCTION_WORDS, GROUP_NOUNS, PERSON_HEAD_NOUNS, PLURAL_SOURCES, POSSESSIVE_PRONOUNS } from './lexicon/words';
import { PERSON_NOUNS, POST_NOMINALS, TITLE_WORDS } from './lexicon/titles';
import { actionNotStatement, negated, participleAction } from './non-statements';
import { sourceCueAt } from './roles';

/** what a court does when it rules */
/** the ending of a nation's adjective ("Bosnian", "Congolese") */
/** an age before a name in apposition ("58-year-old") */
const AGE_BEFORE_NAME = /^\d{1,3}-year-old$/;
const NATION_ADJECTIVE = /^[a-z]{3,}(?:ian|ese)$/;
/** "led by X" in an appositive */
const LEADS: ReadonlySet<string> = new Set(['led', 'headed', 'chaired']);
/** what a study led by X found */
const FINDINGS: ReadonlySet<string> = new Set(['found', 'finds', 'showed', 'shows']);
/** verbs whose object hears what is said ("told Senate estimates that") */
const TELLS: ReadonlySet<string> = new Set(['told', 'tell', 'tells', 'telling']);
/** a measure before a name ("10-year", "two-year") */
const MEASURE_WORD = /^(?:\d+|one|two|three|five|ten|thirty)-(?:year|month|week|day)$/;
/** what a name is given as ("known by its French acronym X") */
const NAME_NOUNS: ReadonlySet<string> = new Set(['acronym', 'initials', 'abbreviation', 'name']);
/** a faith's adjectives, no source before a custom's noun ("according to Islamic rites") */
const FAITH_ADJECTIVES: ReadonlySet<string> = new Set(['islamic', 'muslim', 'jewish', 'hindu', 'christian', 'catholic', 'buddhist', 'sikh', 'orthodox', 'protestant', 'anglican', 'methodist', 'baptist', 'lutheran', 'presbyterian', 'shia', 'sunni', 'jain', 'taoist', 'confucian', 'vedic', 'biblical', 'koranic', 'quranic', 'talmudic', 'shinto', 'zoroastrian']);
/** forms of "rule" ("ruled out") */
const RULES: ReadonlySet<string> = new Set(['ruled', 'rules', 'rule']);
/** times a memory is of ("recalls the weeks after the earthquake", "recalled the night the river rose") */
const MEMORY_TIMES: ReadonlySet<string> = new Set(['day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years', 'night', 'nights', 'morning', 'moment', 'moments', 'time', 'times', 'summer', 'winter', 'hours', 'early']);
/** a court's acts that say nothing by themselves (an order, a grant, a verdict upheld) */
const COURT_ACTS: ReadonlySet<string> = new Set(['granted', 'grants', 'upheld', 'upholds', 'ordered', 'orders']);
const COURT_RULINGS: ReadonlySet<string> = new Set(['ruled', 'rules', 'held', 'holds', 'found', 'finds', 'ordered', 'orders', 'directed', 'dismissed', 'upheld', 'upholds', 'overturned', 'quashed', 'declared', 'sided', 'struck', 'granted', 'blocked']);
/** a court's name: "Supreme Court", "High Court", "Court of Appeal", "Nova Scotia Court of Appeal", "Gifu District Court", "tribunal" */
function isCourt(ch: { key: string }): boolean {
  return / (?:court|tribunal)$/.test(ch.key) || /(?:^| )court of /.test(ch.key);
}
/** verbs of citing after a name in a relative clause without "that" ("a holding Holcombe cited") */
const RELATIVE_CITES: ReadonlySet<string> = new Set(['cited', 'quoted', 'mentioned', 'described', 'referenced', 'invoked', 'highlighted', 'disputed', 'questioned', 'rejected', 'praised', 'criticized', 'criticised']);
/** articles before the thing a relative clause without "that" is about ("a holding Holcombe cited") */
const DETERMINERS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'this', 'that', 'every', 'one']);
/** what a firm's named product gives, after its name: "CME Group's FedWatch tool" */
const DATA_PRODUCTS: ReadonlySet<string> = new Set(['tool', 'index', 'indices', 'gauge', 'tracker', 'survey', 'poll', 'data', 'model', 'terminal', 'database', 'barometer', 'monitor', 'dashboard']);
/** words that start where a role is held, after its noun: "head of office in Niamey" */
const ROLE_PLACE_WORDS: ReadonlySet<string> = new Set(['of', 'in', 'at', 'for', 'the']);
/** a part of an organisation named for its place: "the agency's Norton office" */
const BRANCH_NOUNS: ReadonlySet<string> = new Set(['office', 'offices', 'branch', 'bureau', 'division', 'unit', 'station', 'plant', 'depot']);
const TIME_WORDS = new Set(['week', 'month', 'year', 'night', 'morning', 'afternoon', 'evening', 'weekend', 'spring', 'summer', 'fall', 'autumn', 'winter']);

/** Conjunctions that open a clause: a name after them can be its subject ("after the FAA said"). */
const CLAUSE_CONJ = new Set(['after', 'before', 'since', 'until', 'as', 'because', 'while', 'though', 'although']);
/** words that open a clause of time or cause, whose subject is no source: "since the Supreme Court upheld …" */
const SUBORDINATORS: ReadonlySet<string> = new Set([...CLAUSE_CONJ, 'when', 'once', 'if', 'unless']);
/** the future's auxiliaries ("Ofgem will announce …") */
const FUTURE_AUX = ['will', 'shall'];
const OBLIGATION_AUX = ['must', 'should', 'may', 'might'];

/** the kinds of place a list of names may be of ("Chennai, Tiruvallur and Chengalpattu districts") */
const DIVISION_PLURALS: ReadonlySet<string> = new Set(['districts', 'counties', 'provinces', 'regions', 'states', 'cities', 'towns', 'villages', 'municipalities', 'prefectures', 'governorates', 'parishes', 'boroughs', 'islands']);

/** how a press release is glad to say a thing ("X is pleased to announce") */
const PLEASED: ReadonlySet<string> = new Set(['pleased', 'delighted', 'proud', 'happy', 'thrilled', 'excited', 'glad', 'honoured', 'honored']);
/** words that make the name after them a group of its members ("several Democrats") */
const QUANTIFIERS = new Set(['several', 'many', 'some', 'few', 'most', 'other', 'all', 'fellow', 'numerous', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'dozens', 'hundreds', 'thousands']);
/** words that label a paragraph, not a speaker ("Q:", "Update:", "Photo:") */
const LABELS = new Set(['q', 'a', 'question', 'answer', 'interview', 'update', 'updated', 'published', 'correction', 'note', 'photo', 'video', 'watch', 'listen', 'related', 'transcript', 'source', 'sources', 'quote',
  // a headline's section ("Box Office: ‘Harbor Lights’ …", "Exclusive: …")
  'box office', 'exclusive', 'analysis', 'opinion', 'review', 'explainer', 'breaking', 'live', 'factbox', 'timeline', 'editorial',
  // a match report's box ("Referee: …", "Venue: …")
  'referee', 'referees', 'umpire', 'umpires', 'venue', 'attendance', 'scorers', 'teams', 'toss']);
/** verbs of a statement in the progressive after "is" ("Oxfam is calling on …", "NEMA is urging residents to …") */
const PROGRESSIVE_CUES: ReadonlySet<string> = new Set(['urging', 'warning', 'calling', 'asking', 'appealing', 'reminding', 'advising']);
/** whom or what a body "is asking": people, not a price ("is asking CPMs of …") */
const ASKED: ReadonlySet<string> = new Set(['anyone', 'everyone', 'people', 'residents', 'the', 'members', 'motorists', 'drivers', 'parents', 'customers', 'for', 'that', 'all', 'them', 'voters', 'citizens', 'businesses', 'families', 'households', 'users', 'travellers', 'travelers', 'witnesses', 'anybody', 'its', 'their', 'his', 'her']);
/** "X today announced", "X yesterday said" */
const DAY_ADVERBS = new Set(['today', 'yesterday', 'tonight', 'tomorrow']);
/** words before a name that make it qualify an unnamed source ("according to a BCCI official") */
const UNNAMED_DETS: ReadonlySet<string> = new Set(['a', 'an', 'one', 'two', 'three', 'four', 'several', 'some', 'other', 'another']);

/** what a source publishes, after "according to" ("a report by X", "data from X") */
const SOURCE_NOUNS = new Set(['report', 'reports', 'data', 'figures', 'survey', 'study', 'analysis', 'estimate', 'estimates', 'poll', 'research', 'tally', 'count', 'calculations', 'statistics', 'filing', 'filings', 'timeline', 'review', 'assessment', 'audit',
  // ("according to a joint release from X", "a press release by X")
  'release', 'releases', 'announcement', 'bulletin', 'disclosure']);
/** speech words that are also nouns ("ECB caution", "UN appeal") */
const NOUN_LIKE_CUES: ReadonlySet<string> = new Set(['caution', 'call', 'claim', 'comment', 'appeal', 'plea', 'demand', 'warning', 'pledge', 'vow', 'promise', 'threat', 'offer', 'request', 'report', 'criticism', 'praise', 'concern', 'denial', 'rejection', 'statement', 'remark', 'reply', 'response', 'answer', 'question', 'urge', 'push', 'boost', 'bid']);

/** prepositions before a place ("in Cairo and Giza") */
const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'at', 'from', 'near', 'across', 'around', 'between']);

/** first words of a sports wire's section headings ("Takeaways", "Key moment", "Up next", "Big picture") */
const SECTION_HEADS: ReadonlySet<string> = new Set(['takeaways', 'key', 'up', 'big', 'next', 'notes', 'quotable', 'scorers', 'teams', 'line-ups', 'lineups']);

/** cues that inside a quotation sum up rather than report ("“Labor promised a surplus …”") */
const QUOTED_NON_REPORTS: ReadonlySet<string> = new Set(['promised', 'promises', 'promise', 'asked', 'asks', 'statement', 'statements', 'pledged', 'vowed']);

/** words after "and" that start a noun phrase, not a second verb ("tariffs and a slump") */
const NOUN_PHRASE_STARTS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'its', 'their', 'other', 'higher', 'lower', 'weaker', 'stronger', 'rising', 'falling']);

/** words that name a storm before its name ("Hurricane Leah", "Storm Ingrid") */
const STORM_WORDS: ReadonlySet<string> = new Set(['typhoon', 'hurricane', 'cyclone', 'storm', 'tropical']);

/** the auxiliaries that open a reported clause's verb after its subject ("found the FPA had not …") */
const CLAUSE_AUX: ReadonlySet<string> = new Set(['had', 'has', 'have', 'was', 'were', 'is', 'are', 'did', 'would', 'could', 'should', 'must']);

/** words that start a clause of their own (coordinatedSpeech) */
const CLAUSE_BREAKS: ReadonlySet<string> = new Set(['who', 'which', 'that', 'but', 'while', 'whereas', 'although', 'though', 'as', 'when', 'after', 'before', 'because', 'since', 'if', 'where', 'whose', 'whom', 'until', 'he', 'she', 'they', 'it', 'we', 'i']);
const CLAUSE_BREAK_HASHES = wordHashes(CLAUSE_BREAKS);

/** an auxiliary right before a speech verb that makes it passive ("was told", "is being briefed") */
/** speech verbs whose past is their bare form, and past forms that do not end in -ed */
const PAST_AS_BARE: ReadonlySet<string> = new Set(['said', 'told', 'spoke', 'wrote', 'forecast', 'broadcast', 'read', 'put', 'bet', 'thought', 'felt', 'sang', 'swore', 'taught']);

/** the last words of a law's name */
const LAW_WORDS: ReadonlySet<string> = new Set(['bill', 'act', 'treaty', 'accord', 'constitution', 'charter', 'law', 'code', 'directive', 'ordinance', 'amendment']);
const PASSIVE_AUX: ReadonlySet<string> = new Set(['was', 'were', 'is', 'are', 'be', 'been', 'being']);
/** an adverb between the auxiliary and the verb of a passive ("was first reported", "is widely said") */
const PASSIVE_ADVERB = /^(?:first|also|later|since|then|[a-z]+ly)$/;

/** the last word of a street's name */
const STREET_WORDS: ReadonlySet<string> = new Set(['street', 'st.', 'avenue', 'ave.', 'road', 'rd.', 'boulevard', 'blvd.', 'lane', 'drive', 'place', 'terrace', 'way', 'highway', 'square']);
/** where people on a street are: "along Springfield Road", "on Main Street" */
const STREET_PREPOSITIONS: ReadonlySet<string> = new Set(['along', 'on', 'at', 'near', 'off', 'in', 'from', 'across', 'by', 'down', 'up']);

/** words of speech that are also nouns ("the FluView report", "its June estimates") */
const NOUN_CUES: ReadonlySet<string> = new Set(['report', 'reports', 'comment', 'comments', 'estimate', 'estimates', 'forecast', 'forecasts', 'statement', 'survey', 'warning', 'warnings', 'claim', 'claims', 'announcement', 'update', 'updates', 'note', 'notes']);

/** "was" and "is" of a name's state ("X was unhappy with the decision, saying …") */
const COPULAS: ReadonlySet<string> = new Set(['was', 'is', 'were', 'are']);

/** one of a party's members, as a description ("Karen Liu, a Democrat, said", "the Republican said") */
const PARTY_MEMBERS = new Set(['democrat', 'republican', 'independent', 'conservative', 'liberal', 'socialist', 'tory']);
const NOT_APPOSITIVE = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'you', 'and', 'but', 'or', 'said', 'says', 'according']);
/** "X spokesperson said": the spokesperson speaks, unnamed (X is mentioned) */
const SPOKES_NOUNS = new Set(['spokesman', 'spokeswoman', 'spokesperson']);
/** a compass direction before a place ("north-west", "southern", "eastern") */
const DIRECTIONS = /^(?:north|south|east|west|northern|southern|eastern|western|central)(?:-?(?:east|west|eastern|western))?$/;
/** words of nearness before a place ("nearby Darsait", "neighbouring Ruwi") */
const NEAR_WORDS: ReadonlySet<string> = new Set(['nearby', 'neighbouring', 'neighboring', 'surrounding', 'adjacent', 'adjoining']);

/** people whose firm speaks through them ("Analysts at Bernstein said") */
const ANALYST_NOUNS = new Set(['analysts', 'economists', 'strategists']);
/** what they do when the firm speaks (not "Analysts at X estimated peak sales") */
const FIRM_VERBS = new Set(['said', 'say', 'says', 'wrote', 'write', 'noted', 'note', 'told', 'warned', 'were', 'are']);

/** Organisation nouns in "the X agency Y" appositions */
/** the second part of "X-based" before an organisation's name */
const HYPHEN_ADJECTIVES: ReadonlySet<string> = new Set(['based', 'led', 'backed', 'owned', 'funded', 'run', 'headquartered', 'affiliated', 'allied', 'aligned']);

const ORG_NOUNS = new Set(['agency', 'body', 'watchdog', 'secretariat', 'regulator', 'group', 'organisation', 'organization', 'company', 'firm', 'charity', 'newspaper', 'broadcaster', 'network', 'institute', 'party', 'union', 'bank', 'fund', 'commission', 'office', 'unit', 'delegation',
  // ("the INDEC national statistics bureau reported", "The Magen David Adom ambulance service said")
  'bureau', 'service', 'ministry', 'department', 'authority', 'council', 'board', 'association', 'federation', 'airline', 'carrier', 'operator', 'utility', 'retailer', 'lender', 'insurer', 'manufacturer', 'maker', 'producer', 'startup', 'outlet', 'foundation', 'app', 'platform', 'website', 'site', 'tracker', 'brokerage', 'consultancy', 'provider',
  // ("video game publisher Ridgeline Interactive is laying off …, the company said")
  'publisher', 'studio', 'chain', 'distributor', 'supplier', 'shipper', 'refiner', 'brewer', 'grocer', 'supermarket', 'exporter', 'importer',
  // ("according to broker Mercado-Hale Commodities", "shipbroker Braemar")
  'shipbroker', 'carmaker', 'automaker', 'chipmaker', 'drugmaker',
  // ("according to think tank Indepaz", "the advocacy group X", "the club X")
  'tank', 'newswire', 'tabloid', 'portal', 'coalition', 'alliance', 'club', 'nonprofit', 'non-profit', 'ngo', 'initiative', 'campaign', 'lobby', 'cooperative', 'collective', 'consortium']);

/** every word that can start a cue-first pattern (loop 2 of findAttributions) */
const CUE_FIRST = wordHashes(['according', 'per', ...STATEMENT_NOUNS, ...QUOTE_VERBS, ...MOUTHPIECE_NOUNS]);
const PARTICIPLE_HASHES = wordHashes([...SPEECH_PARTICIPLES, ...QUOTE_PARTICIPLES]);
/** the pronouns pronounHint looks for: other words are passed over without reading them */
const PRONOUN_HASHES = wordHashes(['he', 'she', 'his', 'her', 'him', 'it', 'its']);

export interface Attribution {
  chunk: number;
  cue: string;
  cueTok: number;
  /** token index of the first token of the statement or of the quote region (for quote span) */
  quote: { start: number; end: number } | null;
  /** +1 person / -1 org hint from a pronoun later in the sentence */
  pronoun: number;
  /** appositive role after the name */
  appositive: boolean;
}

const IRREGULAR_PAST = new Set([
  'withdrew', 'made', 'took', 'gave', 'went', 'came', 'met', 'began', 'held', 'kept', 'left', 'led', 'sent', 'spent',
  'won', 'lost', 'got', 'put', 'set', 'hit', 'cut', 'ran', 'saw', 'found', 'brought', 'bought', 'thought', 'fought',
  'sought', 'became', 'broke', 'chose', 'drove', 'fell', 'flew', 'grew', 'knew', 'paid', 'rose', 'shot', 'stood',
  'struck', 'threw', 'understood', 'wrote', 'spoke', 'told', 'said', 'is', 'was', 'were', 'are', 'has', 'have', 'had',
  'will', 'would', 'can', 'could', 'may', 'might', 'must', 'should', 'did', 'does', 'do', 'remains', 'hopes',
]);

/** the plain verbs of saying, as a second predicate ("… cut his target price and said …") */
const SAID_FORMS: ReadonlySet<string> = new Set(['said', 'says', 'told']);

/** verbs of speech put before their subject after a reported clause without quotes ("…, noted Radu Tănăsescu, an analyst") */
const UNQUOTED_INVERSIONS: ReadonlySet<string> = new Set(['said', 'says', 'noted', 'notes', 'added', 'adds', 'explained', 'explains', 'argued', 'argues', 'observed', 'observes', 'warned', 'warns', 'cautioned', 'cautions', 'wrote', 'writes']);

/** auxiliaries before a verb's plain form ("did not see", "would never accept") */
const DO_MODALS: ReadonlySet<string> = new Set(['do', 'does', 'did', 'will', 'would', 'can', 'could', 'should', 'may', 'might', 'must', 'shall']);

/** labels of a line that links another story: "Read More:", "READ MORE:", "Also read:", "See also:", "Related:" */
const TEASER_LABELS: ReadonlySet<string> = new Set(['read more', 'also read', 'see also', 'related', 'more', 'read', 'recommended', 'also see', 'further reading', 'read also', 'related story', 'related article']);

function teaserLine(t: Tokens, a: number): boolean {
  // one or two words, then a colon
  for (let k = a + 1; k <= a + 2 && k < t.n; k++) {
    if (t.kind[k] !== K.Colon || t.text.charCodeAt(t.start[k]) !== 58) continue;
    for (let i = a; i < k; i++) if (t.kind[i] !== K.Word) return false;
    return TEASER_LABELS.has(t.text.slice(t.start[a], t.end[k - 1]).toLowerCase().replace(/\s+/g, ' '));
  }
  return false;
}

/** determiners before a description ("the Tory MP", "a Labour MP", "her Ulster Unionist MLA") */
const DESCRIBING_DETS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'this', 'that']);

/** whether text[from, to) holds an empty line (a paragraph break) */
function blankLineBetween(text: string, from: number, to: number): boolean {
  for (let k = text.indexOf('\n', from); k >= 0 && k < to; k = text.indexOf('\n', k + 1)) {
    let m = k + 1;
    while (m < to && (text.charCodeAt(m) === 32 || text.charCodeAt(m) === 9 || text.charCodeAt(m) === 13)) m++;
    if (m < to && text.charCodeAt(m) === 10) return true;
  }
  return false;
}

export function isVerbLike(w: string): boolean {
  if (!w || FUNCTION_WORDS.has(w) && !AUXILIARIES.has(w)) return false;
  if (PREPOSITIONS.has(w) || GROUP_NOUNS.has(w) || PERSON_HEAD_NOUNS.has(w)) return false;
  if (IRREGULAR_PAST.has(w) || SPEECH_VERBS.has(w) || AUXILIARIES.has(w)) return true;
  return w.endsWith('ed') || (w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('ous'));
}

/** a man or a woman named by a place ("Yorkshireman", "Frenchwoman", "Irishman") */
const MAN_OF_A_PLACE = /^[a-z]{4,}(?:s?man|s?woman)$/;

export function findAttributions(t: Tokens, idx: ChunkIndex): Attribution[] {
  const { chunks, at } = idx;
  const out: Attribution[] = [];
  /** per chunk: 1 once attributed */
  const taken = new Uint8Array(chunks.length);
  const n = t.n;
  const sameSent = (a: number, b: number) => a >= 0 && b < n && t.sent[a] === t.sent[b];
  const word = (i: number) => lower(t, i);
  const chunkAt = (i: number): number => (i >= 0 && i < n ? at[i] - 1 : -1);
  /** the chunk that starts at token i, or -1 */
  const chunkFrom = (i: number): number => {
    const c = chunkAt(i);
    return c >= 0 && chunks[c].a === i ? c : -1;
  };
  /** a place's chunk followed by its possessive and a name: that name ("Britain's Open University", "China's Huaxin Power"); else c */
  const pastPlacePossessive = (c: number): number => {
    const b = chunks[c].b;
    if (t.kind[b] !== K.Poss || !(isPlaceKey(wordKey(t, b - 1)) || isPlaceKey(chunks[c].key))) return c;
    const o = chunkFrom(b + 1);
    return o >= 0 ? o : c;
  };

  const add = (members: number[], cue: string, cueTok: number, quote: Attribution['quote'], appositive = false) => {
    // inside a quotation a report of speech names a source ("“Uisce Éireann has told us …”", "Qatar
    // and Egypt, who conveyed their satisfaction"), a promise or a request the speaker sums up does
    // not ("“Labor promised a surplus …”", "what Quebec asked for")
    if (t.quote[cueTok] !== 0 && members.length && t.quote[chunks[members[0]].a] !== 0 && QUOTED_NON_REPORTS.has(cue)) return;
    for (const m of members) {
      if (taken[m] !== 0) continue;
      // (a street after a preposition is where people are: "Several neighbors along Springfield Road told")
      if (chunks[m].words >= 2 && STREET_WORDS.has(word(chunks[m].b - 1)) && STREET_PREPOSITIONS.has(word(chunks[m].a - 1))) continue;
      taken[m] = 1;
      // a party's member or a man of a place described, no name: "the Republican said", "a
      // Democrat told", "the Yorkshireman told"
      if (chunks[m].words === 1 && (PARTY_MEMBERS.has(word(chunks[m].a)) || MAN_OF_A_PLACE.test(word(chunks[m].a))) && DETERMINERS.has(word(chunks[m].a - 1))) continue;
      out.push({ chunk: m, cue, cueTok, quote, pronoun: pronounHint(cueTok), appositive });
    }
    // the organisations and places inside the last one's appositive describe it, they do not
    // speak: "P. Senthamarai, Deputy Director General of Meteorology, RMC, Chennai, said" (a
    // person named there may: "the PDP, in a statement signed by its secretary, Uche Okwara, rejected")
    if (appositive && members.length === 1 && cueTok > chunks[members[0]].b) {
      for (let k = chunks[members[0]].b; k < cueTok; k++) {
        const m = at[k] - 1;
        if (m >= 0 && m !== members[0] && (chunks[m].org || chunks[m].words === 1)) taken[m] = 1;
      }
    }
  };

  /** he/she (person) or it/its (org) after the cue, outside quotes, in the same sentence */
  const pronounHint = (cueTok: number): number => {
    for (let i = cueTok + 1; i < n && i < cueTok + 12 && sameSent(cueTok, i); i++) {
      if (t.kind[i] !== K.Word || t.quote[i]) continue;
      const l = t.end[i] - t.start[i];
      if (l < 2 || l > 3 || !mayBe(t, i, PRONOUN_HASHES)) continue; // he she his her him it its
      const w = word(i);
      if (w === 'he' || w === 'she' || w === 'his' || w === 'her' || w === 'him') return 1;
      if (w === 'it' || w === 'its') return -1;
    }
    return 0;
  };

  /** the end of a street address that starts at a house number k ("412 East 116th Street"), or -1 */
  const streetAddress = (k: number): number => {
    let e = k + 1;
    while (e < k + 5 && t.kind[e] === K.Word && (t.flags[e] & (F.Cap | F.Digit))) e++;
    return e > k + 1 && STREET_WORDS.has(word(e - 1)) ? e : -1;
  };

  /** "will" or "shall" among the tokens [a, b) */
  /** one of the words (lower case) among the tokens [a, b) */
  const wordIn = (a: number, b: number, words: readonly string[]): boolean => {
    for (let k = a; k < b; k++) for (const w of words) if (isWord(t, k, w)) return true;
    return false;
  };

  /** "must", "should", "may" or "might" in lower case among the tokens [a, b) (not the month: "on May 21 forecast") */
  const modalIn = (a: number, b: number): boolean => {
    for (let k = a; k < b; k++) if (!(t.flags[k] & F.Cap) && OBLIGATION_AUX.some((w) => isWord(t, k, w))) return true;
    return false;
  };

  /** a name with a title, a given name or a trade before it: a person ("glaciologist Sunniva Brekke-Aasen") */
  const describedPerson = (c: Chunk): boolean => c.titled || (wb(t, c.a) & W.Given) !== 0 || (t.kind[c.a - 1] === K.Word && !(t.flags[c.a - 1] & F.Cap) && ((wb(t, c.a - 1) & (W.Title | W.PersonNoun)) !== 0 || TRADE_NOUN.test(word(c.a - 1))));

  /** whether every word of a chunk is a nation's adjective ("Bosnian", "Bosnian Serb"; one the lexicon lacks by its ending) */
  const demonymsOnly = (c: Chunk): boolean => {
    for (let k = c.a; k < c.b; k++) if (!(wb(t, k) & W.DemonymTok) && !NATION_ADJECTIVE.test(word(k))) return false;
    return true;
  };

  /** the token of "known" in "known as" or "known by its (French) acronym" right before a (else -1) */
  const knownBy = (a: number): number => {
    if (word(a - 1) === 'as' && word(a - 2) === 'known') return a - 2;
    if (!NAME_NOUNS.has(word(a - 1))) return -1;
    for (let k = a - 2; k >= a - 5 && k > 0; k--) if (word(k) === 'by' && word(k - 1) === 'known') return k - 1;
    return -1;
  };

  /**
   * A verb that is no speech verb alone but reports a statement with what follows it: a memory
   * told or a ruling given ("The Tánaiste, Deirdre Kinsella, recalled that …", "Speaker X ruled
   * that …", "Judge X ruled on Tuesday that …", "Osgood recalled being told …"; not "recalled
   * 10,000 cars"), a counsel's submission ("advocate X submitted that …"), a point made ("…,
   * Dhawan-Sethi pointed out"), a possibility ruled out by a person ("Premier X has ruled out
   * lifting the royalty rate"; not a player "ruled out of the series", nor one who "had been ruled
   * out"; the seeds' gold leaves "The Israeli government has ruled out accepting …" unmarked),
   * a finding ("Oxfam found that …": 7 of the 9 named subjects of "found that" in the gold sets).
   * vw is the verb at v; the subject's clause starts at j.
   */
  const tellsThat = (vw: string, v: number, j: number, ch: Chunk): boolean => {
    const w1 = word(v + 1);
    if (vw === 'submitted' || vw === 'submits') return w1 === 'that';
    if (vw === 'pointed' || vw === 'points') return w1 === 'out' && (word(v + 2) === 'that' || t.kind[v + 2] === K.End || t.kind[v + 2] === K.Comma || t.kind[v + 2] === K.Colon);
    // (and a finding reported: "Oxfam found that …", "Justice X found that …"; not "found him guilty")
    if (vw === 'recalled' || vw === 'recalls' || vw === 'ruled' || vw === 'found' || vw === 'finds') {
      // (past a day: "ruled on Tuesday that", "ruled yesterday that")
      const d = w1 === 'on' && (wb(t, v + 2) & W.MonthDay) ? v + 2 : ((wb(t, v + 1) & W.MonthDay) || w1 === 'yesterday' || w1 === 'today') ? v + 1 : v;
      if (word(d + 1) === 'that' || t.kind[v + 1] === K.Colon) return true;
      // (a finding or a ruling without "that", a named body then its verb: "Justice Marian Goodall
      // found the Forest Practices Authority (FPA) had not considered …")
      if (vw !== 'recalled' && vw !== 'recalls') {
        const o = chunkFrom(word(d + 1) === 'the' ? d + 2 : d + 1);
        if (o >= 0 && chunks[o].a <= d + 2 && CLAUSE_AUX.has(word(pastBracketed(chunks[o].b)))) return true;
      }
      if ((vw === 'recalled' || vw === 'recalls') && (w1 === 'how' || w1 === 'being' || w1 === 'having')) return true;
      // (a person's memory of doing or of a time: "recalled performing with her", "recalls the weeks
      // after the earthquake"; not a club's recall of a player, "recalled forward X")
      if ((vw === 'recalled' || vw === 'recalls') && !ch.org && ((w1.length > 5 && w1.endsWith('ing') && !(t.flags[v + 1] & F.Cap)) || (w1 === 'the' && MEMORY_TIMES.has(word(v + 2))))) return true;
    }
    // (a memory in quotes, as obituaries give it: "remembered her as “the toughest negotiator”",
    // "recalled a commissioner who “read every footnote”"; not a headline's passive, "X remembered as ‘a miner's miner’")
    if ((vw === 'recalled' || vw === 'recalls' || vw === 'remembered' || vw === 'remembers') && w1 !== 'as') {
      for (let k = v + 1; k < n && k < v + 10 && sameSent(v, k); k++) {
        if (t.kind[k] === K.QuoteOpen) return t.quote[k + 1] !== 0;
        if (t.kind[k] !== K.Word && t.kind[k] !== K.Poss) break;
      }
    }
    return RULES.has(vw) && w1 === 'out' && word(v + 2) !== 'of' && !passiveAt(j, v) && !ch.org;
  };

  /** "called the bill “a gift…”", "called the vote a long overdue step": a verdict at v */
  const verdictAt = (v: number): boolean => {
    const vw = word(v);
    if (!(vw === 'called' || vw === 'calls' || vw === 'branded' || vw === 'labelled' || vw === 'labeled' || vw === 'described' || vw === 'termed' || vw === 'terms')) return false;
    for (let k = v + 2; k < n && k < v + 9 && sameSent(v, k); k++) {
      if (t.kind[k] === K.QuoteOpen) return t.quote[k + 1] !== 0;
      const w = word(k);
      if ((w === 'a' || w === 'an' || w === 'as') && k > v + 2) return true;
      if (t.kind[k] !== K.Word && t.kind[k] !== K.Poss) return false;
    }
    return false;
  };

  /** a lower-case noun at p after an article (no word of the bits in `not`): the thing a relative clause without "that" is about */
  const thingAt = (p: number, not = 0): boolean => t.kind[p] === K.Word && !(t.flags[p] & F.Cap) && !(wb(t, p) & (W.Function | W.Prep | W.Aux | not)) && DETERMINERS.has(word(p - 1));

  /** before a name: an article and a noun (and "the"/"state"), the name opening a relative clause about that thing ("a move the state Supreme Court upheld") */
  const objectRelative = (a: number): boolean => {
    let p = a - 1;
    if (word(p) === 'state' || word(p) === 'federal') p--;
    if (word(p) === 'the') p--;
    return p < a - 1 && thingAt(p);
  };

  /** from token k back: places joined by commas and "and" after a preposition ("Officials in Finland, Denmark and Norway") */
  const placeListAfterPreposition = (k: number): boolean => {
    for (let guard = 0; guard < 6 && k >= 0; guard++) {
      const c = chunkAt(k);
      if (c < 0 || !isPlaceKey(chunks[c].key)) return false;
      const before = chunks[c].a - 1;
      if (PLACE_PREPOSITIONS.has(word(before))) return true;
      if (t.kind[before] !== K.Comma && word(before) !== 'and') return false;
      k = before - 1;
    }
    return false;
  };

  /** "which" or "that" right before a name (and its title): the name is the subject of a relative clause */
  const relativeBefore = (a: number): boolean => {
    let p = a - 1;
    while (p > a - 3 && p > 0 && t.kind[p] === K.Word && (wb(t, p) & W.Title)) p--;
    // (or the thing right before it, after an article: "a forecast Farrow called “optimistic”";
    // or "what": "in what mayor Christos Papadouris called “the biggest change …”")
    return word(p) === 'which' || word(p) === 'that' || word(p) === 'what' || (p === a - 1 && thingAt(p));
  };

  /** a relative clause's verb at v (its clause from a) in the passive: "who was dismissed from the DPWH" */
  // (also with an adverb between: "The Bouquet Fire was first reported around 2:40 p.m.")
  const passiveAt = (a: number, v: number): boolean => v > a && (PASSIVE_AUX.has(word(v - 1)) || (v - 1 > a && PASSIVE_ADVERB.test(word(v - 1)) && PASSIVE_AUX.has(word(v - 2))));

  /** the verb at v of the relative clause opened at rel ("who", "which") after `ch` reports a statement of it: "…, who said", not "who was told", "who adding", "who added 21" */
  const relativeSpeech = (rel: number, v: number, ch: Chunk): boolean =>
    (wb(t, v) & W.Speech) !== 0 && !word(v).endsWith('ing') && !(t.flags[v] & F.Cap) && !passiveAt(rel + 1, v) && !actionNotStatement(t, ch, word(v), v) &&
    // (nor what it must or will say: "the Environment Committee, which must report back within six months")
    !modalIn(rel + 1, v) && !wordIn(rel + 1, v, FUTURE_AUX);


  /** past one bracketed word at k, an acronym ("(IMD)", "(7294.T)"): k + 3; else k */
  /** a lone apostrophe at k, a plural's possessive ("the heirs' attorney", "the EU farmers’ lobby") */
  const apostropheAt = (k: number): boolean => t.kind[k] === K.Other && (t.text.charCodeAt(t.start[k]) === 39 || t.text.charCodeAt(t.start[k]) === 0x2019);
  const pastBracketed = (k: number): number => (t.kind[k] === K.ParenOpen && t.kind[k + 2] === K.ParenClose ? k + 3 : k);

  /** skip auxiliaries and adverbs; returns the next token index */
  const skipAdv = (i: number): number => {
    let steps = 0;
    while (i < n && steps < 5 && t.kind[i] === K.Word) {
      if (t.flags[i] & F.Cap) {
        if ((wb(t, i) & W.MonthDay) !== 0) { i++; steps++; continue; } // "Blinken Tuesday said" (rare) / after "on"
        break;
      }
      const w = word(i);
      // a time phrase first ("last" is also an adverb): "on Tuesday", "last week", "this morning"
      if ((w === 'on' || w === 'last' || w === 'this') && (wb(t, i + 1) & W.MonthDay) !== 0) {
        i += 2;
        // ("had on March 12 warned": the day number after the month)
        if (t.kind[i] === K.Word && (t.flags[i] & F.Digit) && tlen(t, i) <= 2) i++;
        steps++;
        continue;
      }
      if ((w === 'last' || w === 'this' || w === 'earlier' || w === 'later') && TIME_WORDS.has(lower(t, i + 1))) { i += 2; steps++; continue; }
      // ("Dr. Meseret Abebe for her part said", as agencies' translated copy writes it)
      if (w === 'for' && POSSESSIVE_PRONOUNS.has(lower(t, i + 1)) && lower(t, i + 2) === 'part') { i += 3; steps++; continue; }
      // ("in" only in "in turn" or before a month or a day, "in July": not a digest's heading, "Sports in brief: …")
      if (w === 'in' && lower(t, i + 1) !== 'turn' && (wb(t, i + 1) & W.MonthDay) === 0) break;
      if ((wb(t, i) & (W.Aux | W.Adverb)) !== 0 || (w.length > 4 && w.endsWith('ly') && w !== 'rally' && w !== 'family') || DAY_ADVERBS.has(w)) { i++; steps++; continue; }
      // (a press release's "is pleased to announce", "is proud to confirm": the body announces)
      if (PLEASED.has(w) && i > 0 && (wb(t, i - 1) & W.Aux) && lower(t, i + 1) === 'to') { i += 2; steps++; continue; }
      // (and its "wishes to inform", "would like to announce"; not in a quote, where a body's own
      // statement is its spokesman's: "“The Commission wishes to remind Nigerians …”")
      if ((w === 'wishes' || w === 'wish' || (w === 'like' && lower(t, i - 1) === 'would')) && lower(t, i + 1) === 'to' && t.quote[i] === 0) { i += 2; steps++; continue; }
      break;
    }
    return i;
  };

  /**
   * After a name, at comma j: the token after an appositive or relative clause that runs to the
   * next comma (at most two: ", D-Ill., the chairman,"), or j when there is none.
   */
  const pastAppositive = (j: number): number => {
    // (past degrees and honours: "Luisa Echeverria-Pratt, MD, MPH, associate professor …, told")
    const j0 = j;
    // (and a seat's or an office's letters in capitals: "Hon. Marlon Whittaker, JP, MP told")
    const letters = (k: number): boolean => POST_NOMINALS.has(t.text.slice(t.start[k], t.end[k])) || ((t.flags[k] & F.AllCaps) !== 0 && POSTNOMINALS.has(word(k)));
    while (t.kind[j] === K.Comma && t.kind[j + 2] === K.Comma && letters(j + 1)) j += 2;
    // (the last of them right before the verb, no comma after it)
    if (t.kind[j] === K.Comma && letters(j + 1) && t.kind[j + 2] === K.Word && !(t.flags[j + 2] & F.Cap) && isVerbLike(word(j + 2))) return j + 2;
    let end = j === j0 ? j : j + 1;
    // (a party tag first: "Sen. Harlan Pruitt, R-Kan., chairman of the subcommittee, said")
    let afterTag = false;
    // (of a place of several words: "Ruth Aldrich-Coté, D-Chittenden Southeast, said")
    const tagEnd = t.kind[j] === K.Comma ? partyTagEnd(t, j + 1) : -1;
    if (tagEnd > 0 && t.kind[tagEnd] === K.Comma) {
      j = tagEnd;
      end = j + 1;
      afterTag = true;
    }
    // (up to three parts when one is a home town: "Jessica Moreno, 31, of Akron, Ohio, said")
    let parts = 2;
    let firstWord = '';
    for (let ap = 0; ap < parts && t.kind[j] === K.Comma; ap++) {
      const w1 = word(j + 1);
      // (after degrees, a verb is the name's: "Simon Avery, SC, said", "X, SAN, urged the court …, arguing")
      if (ap === 0 && j !== j0 && isVerbLike(w1)) break;
      if (!(w1 && (!NOT_APPOSITIVE.has(w1) || (w1 === 'or' && ap === 1 && (t.flags[j + 2] & F.Cap) !== 0)) && t.kind[j + 1] === K.Word)) break;
      // ("Linda Fairweather, 58, from Stockport, said")
      const hometown = (w1 === 'of' || w1 === 'from') && (t.flags[j + 2] & F.Cap) !== 0;
      if (hometown) parts = 3;
      // (a second part may go on with "including": "Heworth, who has 11 previous convictions,
      // including two for assault, told jurors")
      // (or with a title: "John Smith, 45, president of the union, said")
      // (or with a department between commas, Indian business style: "Sandeep Kothari, partner,
      // indirect tax, at Mehta Sood & Associates, said")
      const department = ap === 1 && departmentThenFirm(j + 1);
      if (department) parts = 3;
      // (another name of the body in the appositive: "Hideo Kuramoto, chairman of the Japan
      // Business Federation, or Keidanren, told")
      const alias = ap === 1 && w1 === 'or' && (t.flags[j + 2] & F.Cap) !== 0;
      if (alias) parts = 3;
      const firm = ap === 2 && parts === 3 && (w1 === 'at' || w1 === 'with');
      // ("Rep. Thomas B. Callender, R-Kan., one of 17 Republicans on the panel, said"; "Sen. Lyle
      // Hoffbeck, R-Soldotna, co-chair of the committee, said")
      // (or with a participle: "Cian Mulcahy, 24, riding in only his second Gold Cup, said")
      const participle = ap === 1 && w1.length > 5 && w1.endsWith('ing') && !SPEECH_PARTICIPLES.has(w1) && !(wb(t, j + 1) & (W.Function | W.Prep));
      // (or with where it is: "Mineira Export, a trader based in Varginha, in southern Minas Gerais, said")
      if (ap === 0) firstWord = w1;
      const placeIn = ap === 1 && (firstWord === 'a' || firstWord === 'an' || firstWord === 'the') && (w1 === 'in' || w1 === 'near') && ((t.flags[j + 2] & F.Cap) !== 0 || (t.kind[j + 2] === K.Word && (t.flags[j + 3] & F.Cap) !== 0 && !(t.flags[j + 2] & F.Cap)));
      // (or what the name is now: "Gachanja, 44, now a second-term legislator, said")
      const nowA = (w1 === 'now' || w1 === 'still') && (word(j + 2) === 'a' || word(j + 2) === 'an' || word(j + 2) === 'the');
      // (or the rest of a list in a relative clause: "Luis Barragán, who farms almonds, pistachios and
      // processing tomatoes near Huron, said")
      let listTail = false;
      if (ap === 1 && (firstWord === 'who' || firstWord === 'which') && !(t.flags[j + 1] & F.Cap)) {
        for (let q = j + 2; q < j + 10 && q < n && t.kind[q] === K.Word; q++) if (word(q) === 'and' || word(q) === 'or') { listTail = true; break; }
      }
      if ((ap > 0 || afterTag) && !department && !firm && !alias && !participle && !placeIn && !nowA && !listTail && !(w1 === 'the' || w1 === 'a' || w1 === 'an' || w1 === 'who' || w1 === 'which' || w1 === 'whose' || w1 === 'including' || w1 === 'one' || w1 === 'among' || hometown || (t.flags[j + 1] & F.Cap) || (wb(t, j + 1) & W.TitleTok) !== 0)) break;
      // (a clause about a kin may hold commas of its own, up to the verb: "Mrs. Norma Fruechting,
      // 41, whose husband, Ray, 44, was among the dead, said")
      // (only when a name or a number in the clause has commas around it)
      if (w1 === 'whose') {
        let c1 = j + 2;
        while (c1 < n && c1 < j + 12 && sameSent(j, c1) && t.kind[c1] !== K.Comma) c1++;
        if (t.kind[c1] === K.Comma && (t.flags[c1 + 1] & (F.Cap | F.Digit))) {
          let q = c1 + 1;
          while (q < n && q < j + 32 && sameSent(j, q) && !(t.kind[q] === K.Comma && speechAfter(q, notParticiple) > 0)) q++;
          if (t.kind[q] === K.Comma && q < j + 32 && sameSent(j, q)) return q + 1;
        }
      }
      let k = j + 1;
      // (a relative clause may quote a few words: "The Japan Meteorological Agency, which issued its
      // first “megaquake advisory” in August 2024, said")
      const relative = w1 === 'who' || w1 === 'which';
      while (k < n && k < j + 26 && sameSent(j, k) && t.kind[k] !== K.Comma && t.kind[k] !== K.QuoteClose && t.kind[k] !== K.Colon) {
        // (past brackets and their commas: "Rashed, who won Sunday's final in four games (11-7, 9-11, 11-4, 11-8), told")
        if (t.kind[k] === K.ParenOpen) {
          let q = k + 1;
          while (q < n && q < k + 24 && t.kind[q] !== K.ParenClose && t.kind[q] !== K.ParenOpen && sameSent(k, q)) q++;
          if (t.kind[q] === K.ParenClose) { k = q + 1; continue; }
        }
        if (t.kind[k] === K.QuoteOpen) {
          if (!relative) break;
          let q = k + 1;
          while (q < k + 8 && q < n && t.kind[q] === K.Word) q++;
          if (t.kind[q] !== K.QuoteClose) break;
          k = q;
        }
        k++;
      }
      if (t.kind[k] === K.Comma && k > j + 1) { j = k; end = k + 1; } else break;
      // (a place's country after it, in the same part: "a seismologist at the GFZ … in Potsdam, Germany, who …")
      const region = chunkAt(j + 1);
      if (region >= 0 && chunks[region].a === j + 1 && t.kind[chunks[region].b] === K.Comma && (isPlaceKey(chunks[region].key) || countryGroup(chunks[region].key) !== undefined) && chunkAt(j - 1) >= 0 && word(chunks[chunkAt(j - 1)].a - 1) === 'in') {
        j = chunks[region].b;
        end = j + 1;
      }
      // (and a city after an office: "P. Senthamarai, Deputy Director General of Meteorology, RMC, Chennai, said")
      if (ap === 1 && parts === 2 && t.kind[j + 1] === K.Word && (t.flags[j + 1] & F.Cap) && t.kind[j + 2] === K.Comma && isPlaceKey(word(j + 1))) parts = 3;
    }
    return end;
  };

  /** from k: one to three lower-case words, a comma, then "at" or "with" and a capitalised word */
  const departmentThenFirm = (k: number): boolean => {
    let e = k;
    while (e < k + 3 && t.kind[e] === K.Word && !(t.flags[e] & F.Cap)) e++;
    if (e === k || t.kind[e] !== K.Comma) return false;
    const w = word(e + 1);
    return (w === 'at' || w === 'with') && (t.flags[e + 2] & F.Cap) !== 0;
  };

  /**
   * The comma after a capitalised title at k, with its modifiers and what it is for ("Minister for
   * Finance,", "Deputy Commissioner General for Compliance,"), or -1.
   */
  const titleThenComma = (k: number): number => {
    const k0 = k;
    let titled = false;
    while (k < k0 + 6 && t.kind[k] === K.Word && (t.flags[k] & F.Cap) && (wb(t, k) & (W.Title | W.RoleMod))) {
      if (wb(t, k) & W.Title) titled = true;
      k++;
    }
    if (!titled) return -1;
    const k1 = k;
    while (k < k1 + 8 && (word(k) === 'for' || word(k) === 'of' || word(k) === 'and') && (t.flags[k + 1] & F.Cap)) {
      k++;
      while (k < k1 + 8 && t.kind[k] === K.Word && (t.flags[k] & F.Cap)) k++;
    }
    return t.kind[k] === K.Comma ? k : -1;
  };

  /**
   * "the group’s organiser, Cheung Wing-sze", "its chief executive, Jane Roe": a role of a few
   * lower-case words (after "the", "a", "its" or a possessive) ending with a person noun, or a
   * capitalised title (titleThenComma), a comma, then a name: that name's chunk, else -1.
   */
  const roleThenName = (i: number): number => {
    let k = i;
    const w0 = word(k);
    // (a capitalised title: "said the Minister for Finance, Paschal Donohoe", "said Deputy
    // Commissioner General for Compliance, Dwayne Hylton-Grant")
    const titled = titleThenComma(w0 === 'the' ? k + 1 : k);
    if (titled >= 0) {
      const c = chunkFrom(titled + 1);
      return c >= 0 && !chunks[c].org && chunks[c].words >= 2 ? c : -1;
    }
    if (w0 === 'the' || w0 === 'a' || w0 === 'an' || w0 === 'its' || w0 === 'his' || w0 === 'her' || w0 === 'their') {
      k++;
      // "the group’s" (or a plural's: "the heirs' attorney, Benjamin Osei-Laurent")
      // (or of more words: "the port authority's chief executive, Alan Milne")
      let m = k;
      while (m < k + 2 && t.kind[m] === K.Word && !(t.flags[m] & F.Cap) && t.kind[m + 1] === K.Word && !(t.flags[m + 1] & F.Cap) && !(wb(t, m) & (W.Function | W.Speech))) m++;
      if (t.kind[m] === K.Word && (t.kind[m + 1] === K.Poss || (apostropheAt(m + 1) && t.end[m] === t.start[m + 1] && word(m).endsWith('s')))) k = m + 2;
    } else {
      // (an organisation's name first: "said OCHA’s head of office in Niamey, Aïssata Boubacar")
      const o = chunkFrom(k);
      if (o < 0 || t.kind[chunks[o].b] !== K.Poss) return -1;
      k = chunks[o].b + 1;
    }
    const from = k;
    // (a place may qualify the role: "its Madagascar coordinator, Fanja Andrianasolo")
    while (k < from + 4 && t.kind[k] === K.Word && (!(t.flags[k] & F.Cap) || (isPlaceKey(wordKey(t, k)) && t.kind[k + 1] === K.Word && !(t.flags[k + 1] & F.Cap)))) k++;
    // (where the role is held, after it: "head of office in Niamey", "chief of staff at the ministry")
    let head = k;
    while (head > from && !(wb(t, head - 1) & (W.PersonNoun | W.Title))) head--;
    // (or a trade right before the comma: "said Hollow's pitmaster, Darnell Briggs")
    if (head === from && k > from && t.kind[k] === K.Comma && TRADE_NOUN.test(word(k - 1))) head = k;
    if (head === from) return -1;
    if (head < k || t.kind[k] !== K.Comma) {
      let m = head;
      while (m < head + 8 && t.kind[m] === K.Word && (ROLE_PLACE_WORDS.has(word(m)) || (t.flags[m] & F.Cap) || (m > head && !(wb(t, m) & (W.Speech | W.Aux | W.Complementizer))))) m++;
      if (m === head || t.kind[m] !== K.Comma || !ROLE_PLACE_WORDS.has(word(head))) return -1;
      k = m;
    }
    // (an honorific may come first: "the district chairperson, Mr Godfrey Kule")
    let a = k + 1;
    while (a < k + 3 && t.kind[a] === K.Word && (t.flags[a] & F.Cap) && (wb(t, a) & W.Title) && chunkAt(a) < 0) a++;
    const c = chunkFrom(a);
    return c >= 0 && !chunks[c].org && chunks[c].words >= 2 ? c : -1;
  };

  /**
   * After a subject's verb at v: the speech verb of a second predicate of the same clause ("…
   * held its rate at 4% last week and said …"), or -1. Not past a clause of its own (who,
   * which, that, but, while, a quote) or a name that may be another subject.
   */
  /** a dash at k joining two names without spaces ("ISEAS–Yusof Ishak Institute") */
  const joinedByDash = (k: number): boolean => t.kind[k] === K.Dash && k > 0 && t.end[k - 1] === t.start[k] && t.end[k] === t.start[k + 1] && (t.flags[k - 1] & F.Cap) !== 0 && chunkFrom(k + 1) >= 0;

  /** "Ankara-based", "state-run" at token k (the word, the hyphen, the participle) */
  const xBased = (k: number): boolean => t.kind[k + 1] === K.Dash && t.end[k] === t.start[k + 1] && HYPHEN_ADJECTIVES.has(word(k + 2));

  /** the speech verb that `accept` takes right after a conjunction at k (and any adverbs), else -1 */
  /** "told (the) X: “…”": X is who was told */
  const toldBefore = (a: number): boolean => {
    const p = word(a - 1) === 'the' ? a - 2 : a - 1;
    return word(p) === 'told' || word(p) === 'tells' || word(p) === 'tell';
  };

  const notParticiple = (w: string): boolean => !w.endsWith('ing');
  /** a one-word name that ends a person's name of two or more words before it ("Mok" after "Kelvin Mok") */
  const surnameOfEarlier = (ch: Chunk): boolean => {
    const tail = ' ' + ch.key;
    for (const o of chunks) {
      if (o.a >= ch.a) break;
      if (o.words >= 2 && !o.org && o.key.endsWith(tail)) return true;
    }
    return false;
  };
  const speechAfter = (k: number, accept: (w: string) => boolean): number => {
    const v2 = skipAdv(k + 1);
    // (not a passive: "… and would be assessed")
    return (wb(t, v2) & W.Speech) && !(t.flags[v2] & F.Cap) && accept(word(v2)) && !(v2 > k + 1 && PASSIVE_AUX.has(word(v2 - 1))) ? v2 : -1;
  };

  /**
   * A name inside what an earlier speech verb of its sentence reports, with no comma or quote
   * between: "Tan said sales could ease if lines resume Suez transits, but added …" (the second
   * verb is Tan's). Not after a comma: "After Smith said no, Jones resigned and said …".
   */
  const reportedBefore = (a: number): boolean => {
    for (let k = a - 1; k >= 0 && sameSent(k, a); k--) {
      if (t.kind[k] !== K.Word) return false;
      if ((wb(t, k) & W.Speech) && !(t.flags[k] & F.Cap)) return true;
    }
    return false;
  };

  /** a headline's closing source: an acronym ("UN", "NBS") or a given name and a surname ("Desmond Lai") */
  // (in a title-case headline a run of capitals is a name only when it starts with a given name)
  // (or a name the story names again, a firm's, "…: Stratavane", or a body's, "…: Bangla Academy")
  const headlineSource = (ch: (typeof chunks)[number]): boolean => {
    const again = (): boolean => ch.words <= 3 && !isPlaceKey(ch.key) && !(wb(t, ch.a) & (W.Title | W.Function)) && !(ch.words === 1 && (wb(t, ch.a) & W.Org)) && chunks.some((o) => o !== ch && o.key === ch.key);
    if (ch.words === 1) return ((t.flags[ch.a] & F.AllCaps) !== 0 && t.end[ch.a] - t.start[ch.a] >= 2 && t.end[ch.a] - t.start[ch.a] <= 6 && (ch.org || !isPlaceKey(ch.key)) && !(wb(t, ch.a) & W.Title)) || again();
    if (ch.org && !ch.titled && again()) return true;
    if (ch.words > 3 || ch.org || ch.titled || isPlaceKey(ch.key)) return false;
    let words = 0, caps = 0;
    for (let i = 0; i < ch.a; i++) if (t.kind[i] === K.Word && !(t.flags[i] & F.Digit)) { words++; if (t.flags[i] & F.Cap) caps++; }
    return caps < 0.6 * words || (wb(t, ch.a) & W.Given) !== 0;
  };

  /** after a participle at i, its object and then a quote within a few words: "calling it “…”", "calling the killing “…”" */
  const quotedObject = (i: number): boolean => {
    if (word(i + 1) === 'for' || word(i + 1) === 'on' || word(i + 1) === 'off') return false;
    for (let k = i + 2; k < n && k <= i + 8 && sameSent(i, k); k++) if (t.kind[k] === K.QuoteOpen) return true;
    return false;
  };

  const coordinatedSpeech = (v: number, participle = false): number => {
    for (let k = v + 1; k < n && k < v + 24 && sameSent(v, k); k++) {
      const kk = t.kind[k];
      // (a word or two in quotes is a term, not a quotation: kept its "buy" call, …)
      if (participle && kk === K.QuoteOpen && (t.kind[k + 2] === K.QuoteClose || t.kind[k + 3] === K.QuoteClose)) { k += t.kind[k + 2] === K.QuoteClose ? 2 : 3; continue; }
      // (a phrase quoted as the object, then the speech verb: "defended the plan as “the most
      // flexible budget …” and said …")
      if (kk === K.QuoteOpen) {
        let e = k + 1;
        while (e < n && e < k + 16 && t.kind[e] !== K.QuoteClose && t.kind[e] !== K.QuoteOpen && sameSent(k, e)) e++;
        if (t.kind[e] === K.QuoteClose && (isWord(t, e + 1, 'and') || isWord(t, e + 1, 'but'))) return speechAfter(e + 1, (w) => SAID_FORMS.has(w) || w === 'added');
        return -1;
      }
      if (kk === K.QuoteOpen || kk === K.QuoteClose || kk === K.Colon || kk === K.ParenOpen || kk === K.Dash) return -1;
      // ("… was unhappy with the decision, saying the …": a participle of speech after a comma)
      if (participle && kk === K.Comma && t.kind[k + 1] === K.Word && !(t.flags[k + 1] & F.Cap) && SPEECH_PARTICIPLES.has(word(k + 1)) && word(k + 2) !== 'to') return participleAction(t, word(k + 1), k + 1) ? -1 : k + 1;
      if (kk !== K.Word) continue;
      // ("… refused to confirm the details but said she would …": "but" and the verb, no new subject)
      // (and "supported the Bill but urged the government to …")
      if (isWord(t, k, 'but')) return speechAfter(k, (w) => SAID_FORMS.has(w) || w.endsWith('ed'));
      // ("… fell 2.4% after saying its chief executive would retire": the subject said it)
      if ((isWord(t, k, 'after') || isWord(t, k, 'before')) && SPEECH_PARTICIPLES.has(word(k + 1)) && word(k + 2) !== 'to' && !participleAction(t, word(k + 1), k + 1)) return k + 1;
      // (hash and length filters first: most words here are never looked up otherwise)
      // ("since 2021" is a time, not a clause)
      // ("as" before a quoted phrase is no clause: "described it as “…” and said")
      if (mayBe(t, k, CLAUSE_BREAK_HASHES) && CLAUSE_BREAKS.has(word(k)) && !(isWord(t, k, 'since') && (t.flags[k + 1] & F.Digit)) && !(isWord(t, k, 'as') && t.kind[k + 1] === K.QuoteOpen)) return -1;
      const c = chunkAt(k);
      if (c >= 0 && chunks[c].a === k && isVerbLike(word(skipAdv(chunks[c].b)))) return -1;
      if (!isWord(t, k, 'and')) continue;
      // (and "wrote" before what was written: "Judge Denise Castellano also imposed $180,000 in
      // penalties …, and wrote that"; not "and wrote more than 40 plays")
      let v2 = speechAfter(k, (w) => w.endsWith('ed') || SAID_FORMS.has(w) || w === 'wrote');
      if (v2 > 0 && word(v2) === 'wrote' && !(word(v2 + 1) === 'that' || t.kind[v2 + 1] === K.Colon || t.kind[v2 + 1] === K.QuoteOpen)) v2 = -1;
      // ("blaming U.S. import tariffs and a slump in China, and said …": an "and" between nouns goes on)
      if (v2 > 0 || t.kind[k + 1] !== K.Word || !NOUN_PHRASE_STARTS.has(word(k + 1))) return v2;
    }
    return -1;
  };

  /**
   * Is the text an interview: a paragraph starts with "Q:", or three start with a name and a
   * colon, one of them again ("Rachel Hanley: …", "Achterberg: …", a transcript)? Asked once
   * per document.
   */
  let isInterview = -1;
  const interview = (): boolean => {
    if (isInterview < 0) {
      isInterview = 0;
      let labelled = 0, repeated = false, lastColon = -1;
      const labels = new Set<string>();
      // (labels under a heading in capitals are a section's list: AP's "TAKEAWAYS", "UP NEXT")
      let underHeading = false;
      for (let p = 0; p + 1 < t.paraStart.length; p++) {
        const a = t.paraStart[p];
        if (t.kind[a] === K.Word && t.kind[a + 1] === K.Colon && (word(a) === 'q' || word(a) === 'question')) { isInterview = 1; break; }
        const end = t.paraStart[p + 1];
        // (a heading: a few words in capitals alone on their line, or a wire's section heading: "Takeaways", "Key moment")
        let caps = end > a && end - a <= 4;
        for (let k = a; caps && k < end; k++) if (t.kind[k] === K.Word && !(t.flags[k] & F.AllCaps)) caps = false;
        if (caps || (end > a && end - a <= 3 && SECTION_HEADS.has(word(a)) && t.kind[end - 1] === K.Word)) { underHeading = true; continue; }
        if (underHeading || teaserLine(t, a)) continue;
        // (a label in capitals too: "LUCAS HARTIGAN: …", "HARTIGAN: …", a magazine's transcript)
        let k = a;
        while (k < a + 3 && t.kind[k] === K.Word && (t.flags[k] & F.Cap)) k++;
        // (each colon once: a paragraph may start inside another's label, "Published: 13 Oct …")
        if (k > a && t.kind[k] === K.Colon && t.text.charCodeAt(t.start[k]) === 58 && !LABELS.has(word(a)) && k !== lastColon) {
          lastColon = k;
          // (a speaker's label comes back; a digest's section labels do not: "Markets:", "Sport:")
          const label = word(k - 1); // (its last word: "Rachel Hanley:", then "Hanley:")
          if (labels.has(label)) repeated = true;
          labels.add(label);
          if (++labelled >= 3 && repeated) { isInterview = 1; break; }
        }
      }
    }
    return isInterview === 1;
  };

  /** coordinated names starting at chunk c: "X and Y", "X, Y and the Z" */
  const group = (c: number): { members: number[]; next: number } => {
    const members = [c];
    let next = chunks[c].b;
    for (let guard = 0; guard < 6; guard++) {
      let j = next;
      // a party tag between members: "Sen. Mike Lee, R-Utah, and Sen. Rand Paul" (or in brackets:
      // "Sens. Elena Varga (D-MN) and Kyle Brandt (R-UT) wrote")
      const tagEnd = t.kind[j] === K.Comma || t.kind[j] === K.ParenOpen ? partyTagEnd(t, j + 1) : -1;
      const tagged = tagEnd > 0 && ((t.kind[j] === K.Comma && t.kind[tagEnd] === K.Comma) || (t.kind[j] === K.ParenOpen && t.kind[tagEnd] === K.ParenClose));
      if (tagged) j = t.kind[j] === K.Comma ? tagEnd : tagEnd + 1;
      const commaBefore = t.kind[j] === K.Comma;
      if (commaBefore) j++;
      const w = word(j);
      const conj = w === 'and' || w === '&' || w === 'or';
      // (a comma before the "and" of two names joins clauses, not names: "spoke Inuktut, and NTI said")
      if (conj && commaBefore && !tagged && members.length === 1) break;
      if (conj) j++;
      else if (t.kind[next] !== K.Comma && j === next) break;
      if (word(j) === 'the') j++;
      // a title before the next member ("and Sen. Rand Paul")
      // ("and Home Secretary Yvette Cooper": a title of several words)
      if (conj && (wb(t, j) & (W.Title | W.Portfolio)) && chunkAt(j) < 0) {
        let k = j + 1;
        while (k < j + 4 && chunkAt(k) < 0 && t.kind[k] === K.Word && (wb(t, k) & (W.Title | W.Portfolio | W.RoleMod))) k++;
        if (chunkAt(k) >= 0) j = k;
      }
      // (the kind of firm the next member is: "LATAM Colombia and low-cost carrier Wingo said")
      if (conj && chunkAt(j) < 0) {
        let k = j;
        while (k < j + 3 && t.kind[k] === K.Word && !(t.flags[k] & F.Cap) && !(wb(t, k) & (W.Function | W.Speech | W.Aux)) && !ORG_NOUNS.has(word(k))) k++;
        if (k < j + 3 && t.kind[k] === K.Word && !(t.flags[k] & F.Cap) && firmNoun(word(k)) && chunkAt(k + 1) >= 0 && chunks[chunkAt(k + 1)].a === k + 1) j = k + 1;
      }
      let m = chunkAt(j);
      // (a country's company: "and China's Huaxin Power")
      if (conj && m >= 0 && chunks[m].a === j) {
        m = pastPlacePossessive(m);
        j = chunks[m].a;
      }
      if (m < 0 || chunks[m].a !== j && !(chunks[m].a === j - 1)) break;
      // a list item must be followed by another separator or end the list with "and"
      if (!conj) {
        const after = chunks[m].b;
        if (t.kind[after] !== K.Comma && word(after) !== 'and') break;
      }
      members.push(m);
      next = chunks[m].b;
      if (conj) return { members, next };
    }
    // a list ends with "and"/"or": without one, the names after commas are appositives
    // ("Senator Lloyd Bentsen, Democrat of Texas, who …")
    return members.length > 1 ? { members: [c], next: chunks[c].b } : { members, next };
  };

  const quoteAfter = (cueTok: number): Attribution['quote'] => {
    for (let i = cueTok + 1; i < n && i < cueTok + 4; i++) {
      if (t.kind[i] === K.QuoteOpen) return regionFrom(i);
      if (!(t.kind[i] === K.Comma || t.kind[i] === K.Colon || word(i) === 'that' || word(i) === 'reporters' || word(i) === 'has' || word(i) === 'had')) break;
    }
    // reported clause: to the end of the sentence (or of the quote it sits in)
    let s = cueTok + 1;
    if (word(s) === 'that') s++;
    let e = s;
    const inQuote = t.quote[cueTok];
    if (e < n && sameSent(cueTok, e)) e = clauseEnd(t, e, inQuote !== 0);
    if (e <= s) return null;
    return { start: t.start[s], end: t.end[e - 1] };
  };
  const regionFrom = (open: number): Attribution['quote'] => {
    const id = t.quote[open + 1];
    if (!id) return null;
    const [o, c] = t.quotes[id - 1];
    const end = c < n ? t.start[c] : t.end[Math.min(n, c) - 1];
    return { start: t.end[o], end };
  };
  /** a closing quote just before token i (“…,” said X / “…,” X said) */
  const quoteBefore = (i: number): Attribution['quote'] => {
    for (let j = i - 1; j >= 0 && j >= i - 3; j--) {
      if (t.kind[j] === K.QuoteClose) {
        const id = t.quote[j - 1];
        // (a quote that ends the paragraph before is not this name's: "“…”⏎⏎Reyes added 22 points")
        if (!id || blankLineBetween(t.text, t.end[j], t.start[i])) return null;
        const [o] = t.quotes[id - 1];
        return { start: t.end[o], end: t.start[j] };
      }
      if (t.kind[j] !== K.Comma && t.kind[j] !== K.End) return null;
    }
    return null;
  };

  const isRoleWord = (i: number): boolean => {
    if (t.kind[i] !== K.Word) return false;
    const w = word(i);
    // (a portfolio word only capitalised, inside a title: "Deputy Fuel and Energy Minister")
    return (wb(t, i) & (W.Title | W.RoleMod | W.Demonym)) !== 0 || ((wb(t, i) & W.Portfolio) !== 0 && ((t.flags[i] & F.Cap) !== 0 || (w === 'and' && (t.flags[i + 1] & F.Cap) !== 0))) || w === 'the' || w === 'of' || w === 'to' || w === 'for' || (w.indexOf('-') > 0 && !(t.flags[i] & F.Cap));
  };
  /** a lower-case person noun right before a name ("said resident Tom Ellis", "said voter Ana Cruz") */
  const personNounBefore = (i: number): boolean => {
    if (t.kind[i] === K.Word && !(t.flags[i] & F.Cap) && !(t.flags[i + 1] & F.Cap) && qualifiedTrade(i)) return true;
    if (t.kind[i] !== K.Word || (t.flags[i] & F.Cap) || !(t.flags[i + 1] & F.Cap)) return false;
    const w = word(i);
    // (or its last hyphen part: "co-author", "ex-minister")
    if (PERSON_NOUNS.has(w) || PERSON_NOUNS.has(w.slice(w.lastIndexOf('-') + 1))) return true;
    // (any one word of a trade right after "said" or "according to", maybe after a title, before a
    // person's full name: "said teller Liza Bautista", "according to chief arbiter Silje Haugland")
    const c = chunkFrom(i + 1);
    // (after "according to", only a name that ends the phrase: not "according to new Carbon Brief analysis")
    const cue = (k: number) => sourceCueAt(t, k) && ((wb(t, k) & W.QuoteVerb) !== 0 || (c >= 0 && t.kind[chunks[c].b] !== K.Word));
    return ((cue(i - 1) || ((wb(t, i - 1) & W.Title) !== 0 && !(t.flags[i - 1] & F.Cap) && cue(i - 2))) && !(t.flags[i] & F.Digit) && c >= 0 && chunks[c].words >= 2 && !chunks[c].org && !(wb(t, i) & (W.Function | W.Adverb)) && !w.endsWith('ly')) || qualifiedTrade(i);
  };
  /**
   * i in a trade of two lower-case words, the one that qualifies it first, right after "said" and
   * before a person's full name: "said maritime archaeologist Søren Kjærgaard", "said local
   * resident Jo Fry" (not "said the …", "said yesterday …")
   */
  const qualifiedTrade = (i: number): boolean => {
    const plain = (k: number) => t.kind[k] === K.Word && !(t.flags[k] & F.Cap) && !(wb(t, k) & (W.Function | W.Adverb | W.Speech | W.Aux)) && !word(k).endsWith('ly') && t.end[k] - t.start[k] >= 3;
    const s0 = i >= 1 && (wb(t, i - 1) & W.QuoteVerb) !== 0 ? i : i >= 2 && (wb(t, i - 2) & W.QuoteVerb) !== 0 ? i - 1 : -1;
    if (s0 < 0 || !plain(s0) || !plain(s0 + 1) || !(t.flags[s0 + 2] & F.Cap)) return false;
    const c = chunkFrom(s0 + 2);
    return c >= 0 && chunks[c].words >= 2 && !chunks[c].org;
  };
  /** lower-case words right before a title word ("farm union leader"), at most two */
  const fieldOfTitle = (i: number): boolean => {
    for (let k = i; k < i + 3 && k < n; k++) {
      // (the title itself may be capitalised: "said board President Angela Dorsey-Kim")
      if (t.kind[k] === K.Word && (wb(t, k) & W.Title) && k > i) return true;
      if (t.kind[k] !== K.Word || (t.flags[k] & F.Cap)) return false;
      if (wb(t, k) & W.Title) return k > i;
      if (wb(t, k) & (W.Function | W.Speech)) return false;
    }
    return false;
  };
  /** the head name after token i, over a role ("said US Secretary of State Antony Blinken") */
  /** at i, lower-case words ending in an organisation noun right before a name: "(according to) travel booking app Hopper" */
  const kindBefore = (i: number): boolean => {
    for (let k = i; k < i + 3 && t.kind[k] === K.Word && !(t.flags[k] & F.Cap); k++) {
      // ("the watchdog group Capitol Ledger": the last of them)
      if (ORG_NOUNS.has(word(k)) && chunkFrom(k + 1) >= 0) return true;
    }
    return false;
  };

  const headAfter = (i: number): number => {
    let last = -1;
    let steps = 0;
    const s0 = t.sent[Math.min(i, n - 1)];
    while (i < n && steps < 14 && t.sent[i] === s0) {
      const c = chunkAt(i);
      if (c >= 0) { last = c; i = chunks[c].b; steps++; continue; }
      // "the Justice Department's Executive Office for Immigration Review", "Acme's chief
      // executive, Jane Doe": the name after the possessive (and its role) is the source
      // (not a place's: "the General Staff of Ukraine's Armed Forces")
      // "France's civil aviation authority DGAC": a place's body, named after the kind it is
      // (the place itself, not a name that ends with one: "the General Staff of Ukraine's Armed Forces")
      if (last >= 0 && t.kind[i] === K.Poss && isPlaceKey(wordKey(t, i - 1)) && isPlaceKey(chunks[last].key)) {
        let k = i + 1;
        while (k < n && k < i + 5 && t.kind[k] === K.Word && !(t.flags[k] & F.Cap) && !(ORG_NOUNS.has(word(k)) && chunkFrom(k + 1) >= 0)) k++;
        if (k < i + 5 && t.kind[k] === K.Word && ORG_NOUNS.has(word(k)) && chunkFrom(k + 1) >= 0 && t.sent[k + 1] === s0) { i = k + 1; continue; }
        // (or right after it: "according to Britain's Open University")
        if (chunkFrom(i + 1) >= 0 && t.sent[i + 1] === s0) { i = i + 1; continue; }
      }
      if (last >= 0 && t.kind[i] === K.Poss && !isPlaceKey(wordKey(t, i - 1))) {
        let k = i + 1;
        while (k < n && k - i <= 4 && chunkAt(k) < 0 && ((wb(t, k) & (W.Title | W.RoleMod)) !== 0 || t.kind[k] === K.Comma)) {
          // (a title's field in lower case: "Pemberton’s head of research Grace Tsang")
          if (word(k + 1) === 'of' && (wb(t, k) & W.Title) && t.kind[k + 2] === K.Word && !(t.flags[k + 2] & F.Cap) && chunkFrom(k + 3) >= 0) { k += 3; break; }
          k++;
        }
        // (not a product of the owner's that gives data: "according to CME Group's FedWatch tool")
        const product = k === i + 1 && chunkAt(k) >= 0 && DATA_PRODUCTS.has(word(chunks[chunkAt(k)].b));
        if (k < n && k > i + 1 - (chunks[last].org ? 1 : 0) && chunkAt(k) >= 0 && t.sent[k] === s0 && !product) { i = k; continue; }
        break;
      }
      // a title's field in lower case: "said Northampton director of rugby Gareth Linley"
      if (last >= 0 && word(i) === 'of' && (wb(t, i - 1) & W.Title) && t.kind[i + 1] === K.Word && !(t.flags[i + 1] & F.Cap) && chunkFrom(i + 2) >= 0) { i += 2; steps += 2; continue; }
      // a title's portfolio after an organisation's name: "according to DOTr Undersecretary for Railways Carmela Ocampo"
      if (last >= 0 && word(i) === 'for' && (wb(t, i - 1) & W.Title)) {
        let k = i + 1;
        while (k < n && k - i <= 4 && chunkAt(k) < 0 && ((wb(t, k) & W.Portfolio) || word(k) === 'and')) k++;
        if (k > i + 1 && chunkAt(k) >= 0 && t.sent[k] === s0) { i = k; steps++; continue; }
      }
      // ("said Special Agent in Charge Lorraine Beckwith-Tate")
      if (last < 0 && inCharge(t, i) && (wb(t, i - 1) & W.Title)) { i += 2; steps += 2; continue; }
      // (a trade of one lower-case word after a body's or a place's name, before a person's full name
      // that ends the phrase: "according to Buller controller Neil Harnett.")
      if (last >= 0 && !isRoleWord(i) && t.kind[i] === K.Word && !(t.flags[i] & F.Cap) && !(wb(t, i) & (W.Function | W.Speech | W.Aux | W.Adverb)) && !word(i).endsWith('ly') && t.end[i] - t.start[i] >= 4) {
        const c = chunkFrom(i + 1);
        if (c >= 0 && chunks[c].a === i + 1 && chunks[c].words >= 2 && !chunks[c].org && t.kind[chunks[c].b] !== K.Word && t.sent[i + 1] === s0) { i++; steps++; continue; }
      }
      if (last >= 0 && !isRoleWord(i)) break;
      // "said Fabien Villedieu of the SUD-Rail union": after a person's name, "of" starts an affiliation
      // (and after a titled one's: "said Dr. Anjali Mehra of Cincinnati Children's Hospital")
      // (or "of the" a body's office: "said Special Agent in Charge X of the FBI's Newark Field Office")
      // (or of the body a titled one serves: "said Sgt. Mike Reilly of the Springfield Police Department")
      if (last >= 0 && word(i) === 'of' && chunks[last].words >= 2 && !chunks[last].org && (!chunks[last].titled || (t.flags[i + 1] & F.Cap) !== 0 || (word(i + 1) === 'the' && chunkFrom(i + 2) >= 0 && (t.kind[chunks[chunkFrom(i + 2)].b] === K.Poss || chunks[chunkFrom(i + 2)].org || (t.flags[chunks[chunkFrom(i + 2)].b - 1] & F.AllCaps) !== 0)))) break;
      // before the name: a role, an article, or the field of a title ("said farm union leader X")
      // ("according to the nonpartisan Legislative Fiscal Bureau": a word that describes the name)
      const describes = last < 0 && word(i - 1) === 'the' && t.kind[i] === K.Word && !(t.flags[i] & F.Cap) && !(wb(t, i) & W.Function) && chunkFrom(i + 1) >= 0;
      // (a kin's or an agent's possessive: "said her son Ketut Arsana", "said his lawyer Jane Roe")
      const whose = last < 0 && (word(i) === 'his' || word(i) === 'her' || word(i) === 'their') && personNounBefore(i + 1);
      if (last < 0 && !isRoleWord(i) && !(word(i) === 'a' || word(i) === 'an') && !fieldOfTitle(i) && !personNounBefore(i) && !kindBefore(i) && !describes && !whose) break;
      if (last >= 0 && !((wb(t, i) & W.Title) !== 0 || (wb(t, i) & W.RoleMod) !== 0 || word(i) === 'of' || word(i) === 'to' || word(i) === 'the' || (wb(t, i) & W.Demonym) !== 0)) break;
      i++;
      steps++;
    }
    // "the United Nations refugee agency UNHCR": a name, an organisation noun, then its name
    if (last >= 0) {
      let k = chunks[last].b;
      if (t.kind[k] === K.Word && !(t.flags[k] & F.Cap) && t.sent[k] === s0) {
        if (!ORG_NOUNS.has(word(k)) && t.kind[k + 1] === K.Word && !(t.flags[k + 1] & F.Cap)) k++;
        const c = chunkAt(k + 1);
        if (ORG_NOUNS.has(word(k)) && c >= 0 && chunks[c].a === k + 1 && t.sent[k + 1] === s0) return c;
      }
    }
    return last;
  };

  /**
   * Before a name at p: "of" after a plural of people, maybe over more names of a list ("residents
   * of Merlin's Bridge and Portfield Gate complained", "villagers of Tana, Uru and Kisi said"): the
   * names are where they live, the people speak
   */
  const placesOfPeople = (p: number): boolean => {
    for (let steps = 0; steps < 8 && p > 0; steps++) {
      if (word(p) === 'of') return PEOPLE_OF_PLACES.has(word(p - 1));
      if (word(p) === 'and' || t.kind[p] === K.Comma || t.kind[p] === K.Poss) { p--; continue; }
      const c = chunkAt(p);
      if (c < 0) return false;
      p = chunks[c].a - 1;
    }
    return false;
  };

  /**
   * After a name at e: "of" the body the name is of, which ends the sentence or its clause ("Nadia
   * Petersen of the Cape Town housing advocacy group Ndifuna Ukwazi.")
   */
  const ofBody = (e: number): boolean => {
    if (word(e) !== 'of') return false;
    let k = e + 1;
    if (word(k) === 'the') k++;
    const c0 = chunkFrom(k);
    if (c0 >= 0 && chunks[c0].a === k) k = chunks[c0].b;
    while (k < e + 9 && t.kind[k] === K.Word && !(t.flags[k] & F.Cap) && !(wb(t, k) & (W.Function | W.Speech | W.Aux))) k++;
    const c = chunkFrom(k);
    const end = c >= 0 ? chunks[c].b : -1;
    return c >= 0 && chunks[c].a === k && (end >= n || t.kind[end] === K.End || t.kind[end] === K.Comma);
  };

  /** from k up to a: nothing, or up to two lower-case words ("senior", "former top") */
  const describedFrom = (k: number, a: number): boolean => {
    if (a - k > 2) return false;
    for (; k < a; k++) if (t.kind[k] !== K.Word || (t.flags[k] & F.Cap)) return false;
    return true;
  };

  /** "(according to) a report by X", "data from X", "figures compiled by X": the name after the source noun */
  const sourceAfter = (i: number): number => {
    for (let j = i; j < n && j < i + 4 && t.kind[j] === K.Word && !(t.flags[j] & F.Cap); j++) {
      if (!SOURCE_NOUNS.has(word(j))) continue;
      let k = j + 1;
      if (word(k) === 'compiled' || word(k) === 'released' || word(k) === 'published' || word(k) === 'presented' || word(k) === 'provided' || word(k) === 'prepared' || word(k) === 'collected' || word(k) === 'gathered') {
        k++;
        // ("data released Wednesday by the CDC", "released on Monday by", "released last month by")
        if (word(k) === 'on' && (wb(t, k + 1) & W.MonthDay)) k += 2;
        else if (wb(t, k) & W.MonthDay) k++;
        else if ((word(k) === 'last' || word(k) === 'this' || word(k) === 'earlier') && (word(k + 1) === 'week' || word(k + 1) === 'month' || word(k + 1) === 'year')) k += 2;
      }
      // (or "of": "according to the weekly market report of Lanka Commodity Brokers (LCB)")
      if (word(k) === 'from' || word(k) === 'by') return headAfter(k + 1);
      if (word(k) === 'of' && k === j + 1) {
        // (a body's name, not people described: not "a survey of Canadian Homeowners")
        const h = headAfter(k + 1);
        return h >= 0 && (chunks[h].org || chunks[h].words >= 3) ? h : -1;
      }
      return -1;
    }
    return -1;
  };

  /** statement noun (within a few tokens) followed by from/by + names */
  const statementFrom = (i: number, cueTok: number, quote: Attribution['quote']): boolean => {
    for (let j = i; j < n && j < i + 5 && t.kind[j] === K.Word; j++) {
      if ((wb(t, j) & W.Statement) !== 0 && (word(j + 1) === 'from' || word(j + 1) === 'by')) {
        const h = headAfter(j + 2);
        const cue = word(cueTok) === 'according' ? 'according to' : word(cueTok) || word(j);
        // "comments from European Central Bank policymakers": the name only qualifies the source
        if (h >= 0 && t.kind[chunks[h].b] === K.Word && !(t.flags[chunks[h].b] & F.Cap) && (wb(t, chunks[h].b) & W.GroupNoun)) return true;
        if (h >= 0) { add(group(h).members, cue, cueTok, quote ?? quoteAfter(chunks[h].b - 1)); return true; }
      }
    }
    return false;
  };

  // 1. subject patterns, from each chunk (a function of its own: findAttributions stays small
  // enough for V8 to optimise; past 60 KB of bytecode it runs about a quarter slower)
  /** a court's order, grant or verdict on a person at token v, no statement ("granted bail", "ordered X to pay", "found X guilty") */
  const courtAct = (v: number): boolean => {
    const vw = word(v);
    if (COURT_ACTS.has(vw)) return word(v + 1) !== 'that';
    if (vw !== 'found' && vw !== 'finds') return false;
    for (let k = v + 1; k < v + 9 && k < n && sameSent(v, k); k++) {
      const w = word(k);
      if (w === 'that') return false;
      if (w === 'guilty' || w === 'liable' || w === 'innocent') return true;
    }
    return false;
  };
  const subjectPatterns = (): void => {
    /** per paragraph: 1 when it is a link to another story ("Read More: BOJ Board Members Signal …"), 2 when not; 0 not asked */
    const teaserMemo = new Uint8Array(t.paraStart.length);
    const teaser = (p: number): boolean => {
      if (teaserMemo[p] === 0) teaserMemo[p] = teaserLine(t, t.paraStart[p]) ? 1 : 2;
      return teaserMemo[p] === 1;
    };
    for (let c = 0; c < chunks.length; c++) {
      if (taken[c] !== 0) continue;
      const ch = chunks[c];
      // a link's title is another story's headline: nobody speaks in it here
      if (teaser(t.para[ch.a])) continue;
      // a law is no speaker: "The Finance Bill, 2024, proposed a 16% VAT", "the Critical Raw Materials Act says"
      if (ch.words >= 2 && LAW_WORDS.has(word(ch.b - 1))) continue;
      // "Senator Lloyd Bentsen, Democrat of Texas, … said": a party appositive describes the name before it
      if (t.kind[ch.a - 1] === K.Comma && PARTY_MEMBERS.has(word(ch.a)) && chunkAt(ch.a - 2) >= 0) continue;
      // a party that counsel speaks for: "The State, represented by Mr Tinashe Gwatidzo, alleged that"
      // (the counsel speaks; the party does not)
      if (t.kind[ch.b] === K.Comma && word(ch.b + 1) === 'represented' && word(ch.b + 2) === 'by') {
        let k = ch.b + 3;
        while (k < ch.b + 6 && chunkAt(k) < 0 && t.kind[k] === K.Word && (wb(t, k) & W.TitleTok)) k++;
        const m = chunkAt(k);
        if (m >= 0 && chunks[m].a === k && t.kind[chunks[m].b] === K.Comma) {
          const v = speechAfter(chunks[m].b, notParticiple);
          if (v > 0) {
            add([m], word(v), v, quoteAfter(v), true);
            taken[c] = 1;
          }
          continue;
        }
      }
      // the subject of a relative clause without "that" about a thing: "a holding Holcombe cited
      // twice", "a figure Pruitt cited on Tuesday" (what was cited, not a statement; but "a target
      // Radwan described as “ambitious”" quotes him)
      if (ch.a >= 2 && thingAt(ch.a - 1, W.Speech | W.Adverb | W.Title | W.PersonNoun | W.RoleMod) && RELATIVE_CITES.has(word(ch.b)) && t.kind[ch.b + 1] !== K.QuoteOpen && !(word(ch.b + 1) === 'as' && t.kind[ch.b + 2] === K.QuoteOpen)) continue;
      // an index and its size before the kind of firm qualify it: "the FTSE 250 group reported", "FTSE 100 company warns"
      if ((t.flags[ch.b] & F.Digit) && t.kind[ch.b] === K.Word && t.kind[ch.b + 1] === K.Word && !(t.flags[ch.b + 1] & F.Cap) && (ORG_NOUNS.has(word(ch.b + 1)) || (wb(t, ch.b + 1) & W.Org))) continue;
      // a party or a seat in brackets after a person's name is a tag of that name: "Adamu
      // Garba-Kazaure (APC, Jigawa North-West), said" (not "the World Food Programme (WFP) said")
      if (t.kind[ch.a - 1] === K.ParenOpen && t.kind[ch.b] === K.Comma && chunkAt(ch.a - 2) >= 0 && !chunks[chunkAt(ch.a - 2)].org && chunks[chunkAt(ch.a - 2)].words >= 2) {
        let e = ch.b + 1;
        while (e < ch.b + 8 && e < n && t.kind[e] !== K.ParenClose && t.kind[e] !== K.End && t.kind[e] !== K.ParenOpen) e++;
        if (t.kind[e] === K.ParenClose) continue;
      }
      // the second of two places after a preposition is no subject: "Governors in Cairo and Giza announced"
      if ((word(ch.a - 1) === 'and' || t.kind[ch.a - 1] === K.Comma) && ch.words <= 2 && isPlaceKey(ch.key) && placeListAfterPreposition(ch.a - 2)) continue;
      if (word(ch.a - 1) === 'and' && ch.words <= 2 && isPlaceKey(chunks[chunkAt(ch.a - 2)]?.key ?? '') && PLACE_PREPOSITIONS.has(word(chunks[chunkAt(ch.a - 2)].a - 1))) continue;
      // a name before a noun of speech after a possessive is what it qualifies: "in its weekly FluView report"
      if (NOUN_CUES.has(word(ch.b)) && !(t.flags[ch.b] & F.Cap)) {
        let p = ch.a - 1;
        while (p > ch.a - 3 && t.kind[p] === K.Word && !(t.flags[p] & F.Cap) && !(wb(t, p) & W.Function)) p--;
        if (POSSESSIVE_PRONOUNS.has(word(p))) continue;
      }
      // a place's part inside a phrase after a preposition: "Grain growers in Western Australia's Wheatbelt say"
      // (a body's own relative clause is read below: "approval by Germany's Federal Cartel Office, which said")
      if (t.kind[ch.a - 1] === K.Poss && chunkAt(ch.a - 2) >= 0 && isPlaceKey(chunks[chunkAt(ch.a - 2)].key) && !(ch.org && t.kind[pastBracketed(ch.b)] === K.Comma && isWord(t, pastBracketed(ch.b) + 1, 'which'))) {
        let p = chunks[chunkAt(ch.a - 2)].a - 1;
        while (p > 0 && t.kind[p] === K.Word && (t.flags[p] & F.Cap) && (wb(t, p) & W.DemonymTok)) p--;
        if (wb(t, p) & W.Prep) continue;
      }
      // a place's region in an aside: "Wiryawan, speaking in Karawang, West Java, said"
      // (after a participle's place: not "Congress MP from Mandya, Kavitha Rajanna, accused")
      if (ch.words <= 2 && t.kind[ch.b] === K.Comma && t.kind[ch.a - 1] === K.Comma && chunkAt(ch.a - 2) >= 0 && PLACE_PREPOSITIONS.has(word(chunks[chunkAt(ch.a - 2)].a - 1)) && /^[a-z]+(?:ing|ed)$/.test(word(chunks[chunkAt(ch.a - 2)].a - 2)) && !(t.flags[chunks[chunkAt(ch.a - 2)].a - 2] & F.Cap)) continue;
      // nor the country after a city in an appositive: "a seismologist at the GFZ … in Potsdam,
      // Germany, who was not involved, called …" (the appositive's name speaks)
      if (ch.words <= 2 && t.kind[ch.a - 1] === K.Comma && t.kind[ch.b] === K.Comma && (isPlaceKey(ch.key) || countryGroup(ch.key) !== undefined) && chunkAt(ch.a - 2) >= 0 && word(chunks[chunkAt(ch.a - 2)].a - 1) === 'in') continue;
      // places where the people who speak live: "residents of Merlin's Bridge and Portfield Gate complained"
      if (placesOfPeople(ch.a - 1)) continue;
      // a street in an address is no subject: "of 412 East 116th Street, who said …"
      if (STREET_WORDS.has(word(ch.b - 1)) && t.kind[ch.a - 1] === K.Word && (t.flags[ch.a - 1] & F.Digit)) continue;
      // a sentence's first word before a plural of people qualifies them: "Working parents welcomed …"
      if (ch.sentInitial && ch.words === 1 && !ch.org && t.kind[ch.b] === K.Word && !(t.flags[ch.b] & F.Cap) && PLURAL_SOURCES.has(word(ch.b))) continue;
      // a portfolio that starts a title is no subject: "Environment and infrastructure MMC Kabelo Ntuli told"
      if (ch.words === 1 && (wb(t, ch.a) & W.Portfolio) && word(ch.b) === 'and' && t.kind[ch.b + 1] === K.Word && !(t.flags[ch.b + 1] & F.Cap) && (wb(t, ch.b + 1) & W.Portfolio)) continue;
      // a relative clause says who spoke, wherever the name stands: "The letter was organised by
      // Caroline Hebden-Smith, the MP for a Cotswolds seat, who said …"
      // (past a party tag or a ward in brackets: "Supervisor Harriet K. Lowell (D-Annandale), who argued")
      let cb = ch.b;
      if (t.kind[cb] === K.ParenOpen) { let e = cb + 1; while (e < cb + 8 && e < n && t.kind[e] !== K.ParenClose && t.kind[e] !== K.End) e++; if (t.kind[e] === K.ParenClose && isWord(t, e + 2, 'who')) cb = e + 1; }
      // (past the body a person is of: "Professor Andile Mthembu-Ravat of the University of Cape Town, who told")
      if (!ch.org && ch.words >= 2 && (word(cb) === 'of' || word(cb) === 'at')) {
        const oc = chunkFrom(word(cb + 1) === 'the' ? cb + 2 : cb + 1);
        if (oc >= 0 && chunks[oc].org && t.kind[chunks[oc].b] === K.Comma && isWord(t, chunks[oc].b + 1, 'who')) cb = chunks[oc].b;
      }
      if (t.kind[cb] === K.Comma) {
        let k = cb;
        if (!isWord(t, k + 1, 'who')) {
          k++;
          while (k < n && k < cb + 16 && sameSent(cb, k) && (t.kind[k] === K.Word || t.kind[k] === K.Poss)) k++;
          // (the appositive is no name of its own: not "the state Chairman of the APC, Chief Adebayo
          // Ogundimu-Lawal, who described …", whose relative clause is the name's)
          // (a name further in is the appositive's own: "Caroline Hebden-Smith, the MP for a Cotswolds seat, who said")
          let x = cb + 1;
          while (x < k && (t.flags[x] & F.Cap) && (wb(t, x) & W.Title)) x++;
          if (k === cb + 1 || chunkAt(x) >= 0) k = -1;
        } else {
          // (not a name inside another's appositive: "Priya Raman, the member for Leeds East, who said")
          let q = ch.a - 1;
          while (q > ch.a - 12 && q > 0 && t.kind[q] === K.Word && sameSent(q, ch.a)) q--;
          if (t.kind[q] === K.Comma && chunkAt(q - 1) >= 0) k = -1;
          // (nor a person's firm: "according to Priya Natarajan at Castlerock Securities, who said")
          // (also past "the": "Professor Andile Mthembu-Ravat of the University of Cape Town, who told")
          const pp = word(ch.a - 1) === 'the' ? ch.a - 2 : ch.a - 1;
          const pc = chunkAt(pp - 1);
          if ((word(pp) === 'at' || word(pp) === 'of') && pc >= 0 && !chunks[pc].org && chunks[pc].words >= 2) k = -1;
        }
        if (k > 0 && t.kind[k] === K.Comma && isWord(t, k + 1, 'who')) {
          const v = skipAdv(k + 2);
          if (relativeSpeech(k + 1, v, ch)) { add([c], word(v), v, quoteAfter(v), true); continue; }
          // ("Councilman Gilbert Navarro, who called the requirement “a second punishment”": what he called it, quoted)
          if (word(v) === 'called' || word(v) === 'calls' || word(v) === 'described' || word(v) === 'describes') {
            let e = v + 1;
            while (e < n && e < v + 7 && t.kind[e] === K.Word && !(t.flags[e] & F.Cap)) e++;
            if (t.kind[e] === K.QuoteOpen && e > v + 1) { add([c], word(v), v, quoteAfter(v), true); continue; }
          }
        }
      }
      // not a subject right after a preposition ("in Doha", "with Hamas", "for Ms. Lindqvist")
      let p = ch.a - 1;
      while (p > ch.a - 3 && p > 0 && t.kind[p] === K.Word && (t.flags[p] & F.Cap) && (wb(t, p) & W.Title)) p--;
      // (a title's portfolio that is itself a title word, after its "of": "Minister of Justice John Smith said")
      if (p === ch.a - 2 && (word(p) === 'of' || word(p) === 'for') && (wb(t, p + 1) & W.Portfolio) && (t.flags[p - 1] & F.Cap) && (wb(t, p - 1) & W.TitleTok)) {
        p -= 2;
        while (p > ch.a - 6 && p > 0 && t.kind[p] === K.Word && (t.flags[p] & F.Cap) && (wb(t, p) & W.Title)) p--;
      }
      // ("of the Ankara-based Center …")
      if (p >= 2 && xBased(p - 2)) p -= 3;
      // ("of the ISEAS–Yusof Ishak Institute")
      if (p >= 2 && joinedByDash(p)) p -= 2;
      // ("Rep. Yoon Seo-yeon of the main opposition People Power Party said": words that describe it
      // after a name's "of the")
      { let k = p; while (k > ch.a - 4 && t.kind[k] === K.Word && !(t.flags[k] & F.Cap) && !(wb(t, k) & (W.Speech | W.Function))) k--; if (k < p && word(k) === 'the' && word(k - 1) === 'of' && chunkAt(k - 2) >= 0 && chunks[chunkAt(k - 2)].words >= 2) p = k - 1; }
      if (word(p) === 'the') p--;
      // ("in north-west England": a direction before the place)
      if (t.kind[p] === K.Word && !(t.flags[p] & F.Cap) && DIRECTIONS.test(word(p))) p--;
      // (or a word of nearness: "Residents of nearby Darsait and Ruwi … said")
      else if (t.kind[p] === K.Word && !(t.flags[p] & F.Cap) && NEAR_WORDS.has(word(p))) p--;
      // ("of brokerage Halvard Oil Associates": the kind of firm after the preposition)
      if (t.kind[p] === K.Word && !(t.flags[p] & F.Cap) && ORG_NOUNS.has(word(p)) && word(p - 1) === 'of') p--;
      // ("of Britain's Open University": a place's possessive after the preposition)
      if (t.kind[p] === K.Poss && p >= 2 && t.kind[p - 1] === K.Word && (wb(t, p - 2) & W.Prep) && isPlaceKey(wordKey(t, p - 1))) p -= 2;
      const pw = word(p);
      // a court's bench speaks by its judges: "A single bench of Justice Milind Sathaye observed that …",
      // "A bench of Justices X and Y said" (not "… issued notice")
      if (!taken[c] && (word(ch.a - 1) === 'justice' || word(ch.a - 1) === 'justices') && word(ch.a - 2) === 'of' && word(ch.a - 3) === 'bench') {
        const g0 = group(c);
        let v = skipAdv(g0.next);
        // (past an aside between commas: "A single-judge bench of Justice X, in an order passed on Tuesday, held that …")
        if (t.kind[v] === K.Comma) {
          let k = v + 1;
          while (k < v + 12 && k < n && sameSent(v, k) && t.kind[k] !== K.Comma && t.kind[k] !== K.QuoteOpen) k++;
          if (t.kind[k] === K.Comma) v = skipAdv(k + 1);
        }
        // (and a holding: "A Bench of Justice X and Justice Y held that claims … stand extinguished")
        const holds = COURT_RULINGS.has(word(v)) && word(v + 1) === 'that';
        if (t.kind[v] === K.Word && !(t.flags[v] & F.Cap) && ((wb(t, v) & W.Speech) !== 0 || holds) && !word(v).endsWith('ing')) { add(g0.members, word(v), v, quoteAfter(v)); continue; }
      }
      // a name after "told" is who heard it ("has told Senate estimates that …")
      if (TELLS.has(pw)) continue;
      // a name after a measure modifies the noun after it ("the 10-year Treasury note fell")
      if (ch.words === 1 && t.kind[ch.a - 1] === K.Word && !(t.flags[ch.a - 1] & F.Cap) && MEASURE_WORD.test(word(ch.a - 1))) continue;
      // the leader named in an appositive speaks for what they lead ("The Bosnian Serb delegation, led
      // by Dragan Vukelja, rejected the proposal"; "A 2024 study, led by Chiara Benedetti at the
      // London School of Hygiene, found that …")
      // (not when a name leads the sentence: "The Physical Infrastructure Committee, chaired by … MP X, told")
      if (pw === 'by' && LEADS.has(word(p - 1)) && t.kind[p - 2] === K.Comma && !(chunkAt(p - 3) >= 0 && chunks[chunkAt(p - 3)].a <= t.sentStart[t.sent[p]] + 1)) {
        let k = ch.b;
        while (k < ch.b + 12 && k < n && t.kind[k] !== K.Comma && sameSent(ch.a, k) && (t.kind[k] !== K.Word || (t.flags[k] & F.Cap) || (wb(t, k) & (W.Prep | W.Function)))) k++;
        const v = k + 1;
        if (t.kind[k] === K.Comma && t.kind[v] === K.Word && (((wb(t, v) & W.Speech) && !word(v).endsWith('ing') && !actionNotStatement(t, ch, word(v), v)) || FINDINGS.has(word(v)))) { add([c], word(v), v, quoteAfter(v)); continue; }
      }
      // the name of an organisation described in lower case ("Quebec’s forest fire prevention agency,
      // known by its French acronym SOPFEU, said"; a name before it speaks itself: "the Saudi Ports
      // Authority, known as Mawani, said")
      if (t.kind[ch.b] === K.Comma && (wb(t, ch.b + 1) & W.Speech) && !word(ch.b + 1).endsWith('ing')) {
        const known = knownBy(ch.a);
        if (known > 0 && t.kind[known - 1] === K.Comma && chunkAt(known - 2) < 0) { add([c], word(ch.b + 1), ch.b + 1, quoteAfter(ch.b + 1)); continue; }
      }
      // "with Chief Minister S. Kathiravan accusing the Centre of …": the name speaks in an absolute clause
      // (or past a role in lower case: "with ousted chief technology officer Varun Sethi alleging oppression")
      let rw = ch.a - 1;
      if (t.kind[rw] === K.Word && !(t.flags[rw] & F.Cap) && (wb(t, rw) & (W.Title | W.PersonNoun))) {
        while (rw > ch.a - 6 && t.kind[rw] === K.Word && !(t.flags[rw] & F.Cap) && !(wb(t, rw) & (W.Function | W.Prep))) rw--;
      }
      if (pw === 'with' || (rw < ch.a - 1 && word(rw) === 'with')) {
        // (past its acronym in brackets: "With the India Meteorological Department (IMD) forecasting …")
        const v = skipAdv(pastBracketed(ch.b));
        if (t.kind[v] === K.Word && !(t.flags[v] & F.Cap) && SPEECH_PARTICIPLES.has(word(v)) && word(v + 1) !== 'to') { add([c], word(v), v, quoteAfter(v)); continue; }
      }
      // "Analysts at Bernstein said": the firm is the source of its analysts' view
      const firmOfAnalysts = pw === 'at' && ANALYST_NOUNS.has(word(p - 1)) && FIRM_VERBS.has(word(skipAdv(ch.b)));
      // "The office of Devika Rampersad, …, said": the office speaks for the person (as "X's office said")
      const officeOf = pw === 'of' && word(p - 1) === 'office' && (word(p - 2) === 'the' || t.sentStart[t.sent[p]] === p - 1);
      if ((wb(t, p) & W.Prep) && pw !== 'according' && !CLAUSE_CONJ.has(pw) && !firmOfAnalysts && !officeOf) {
        const g0 = group(c);
        // (nor the rest of a list it opens: "in Chennai, Tiruvallur and Chengalpattu districts till Friday, and said",
        // "Residents of Nowhatta, Rainawari and Bemina complained", "president for Azerbaijan, Georgia and Türkiye, Claire
        // Whitmore, said"; not the sources "according to" names, nor people in a title's plural, "a bench of Justices X and
        // Y said", nor people in apposition to the first, "members of the County Council, Ray Dominguez and Alicia Porter-Banks, said",
        // nor the authors of a statement, "the joint declaration from Chile and Peru")
        const titlesBefore = (wb(t, ch.a - 1) & W.Title) !== 0 || ((t.flags[ch.a - 1] & F.Cap) !== 0 && TITLE_WORDS.has(word(ch.a - 1).replace(/s$/, '')));
        const listOf = g0.members.length > 1 && word(p - 1) !== 'according' && !(wb(t, p - 1) & W.Statement) && !titlesBefore && !ch.titled
          && !g0.members.slice(1).some((m) => chunks[m].titled || chunks[m].org !== ch.org || (wb(t, chunks[m].a) & W.Given) !== 0);
        if (listOf || (g0.members.length > 1 && DIVISION_PLURALS.has(word(g0.next)))) for (const m of g0.members) taken[m] = 1;
        // (its own relative clause of speech may follow: "an objection by the Israel Consumer
        // Council, which argued that …", "a meeting with Karen Liu, who said …")
        // (past its acronym in brackets: "confirmed by the Lithuanian Basketball Federation (LKF), which said")
        const gn = pastBracketed(g0.next);
        if ((pw === 'by' || pw === 'with' || pw === 'from' || pw === 'to') && g0.members.length === 1 && t.kind[gn] === K.Comma && (word(gn + 1) === 'who' || word(gn + 1) === 'which') && !isPlaceKey(ch.key) && countryGroup(ch.key) === undefined) {
          const v = skipAdv(gn + 2);
          if (relativeSpeech(gn + 1, v, ch)) add([c], word(v), v, quoteAfter(v), true);
        }
        continue;
      }
      // "a spokesperson for Ontario Transportation Minister Derek Pallister said": the spokesperson speaks
      let q = ch.a - 1;
      while (q > ch.a - 6 && q > 0 && t.kind[q] === K.Word && (t.flags[q] & F.Cap)) q--;
      if (word(q) === 'for' && SPOKES_NOUNS.has(word(q - 1))) continue;
      // "Executives will discuss the results": a sentence's first word, a plural of people, is no name
      // (or one of those who speak as a group: "Advocates welcomed the cap but said …")
      if (ch.sentInitial && ch.words === 1 && (GROUP_NOUNS.has(ch.key) || ((PLURAL_SOURCES.has(ch.key) || personNounPlural(ch.key)) && !(t.flags[ch.a] & F.AllCaps)))) continue;
      // "Several Democrats", "Many Gazans", "two Republicans": a group described, not named
      if (QUANTIFIERS.has(pw) && !(t.flags[ch.a] & F.AllCaps)) continue;
      // the object of a relative clause is no subject of the verb after it: "Dentists who packed City
      // Hall disagreed", "Those who know Smith say …" (the clause's head noun speaks)
      if (ch.a >= 2 && t.kind[ch.a - 1] === K.Word && !(t.flags[ch.a - 1] & F.Cap) && !(wb(t, ch.a - 1) & (W.Function | W.Aux | W.Title | W.PersonNoun | W.RoleMod)) && word(ch.a - 2) === 'who' && t.kind[ch.b] === K.Word && (wb(t, ch.b) & W.Speech) !== 0) continue;
      // a journal a study was published in is no subject: "A study published in March in the
      // journal PLOS Neglected Tropical Diseases found that …" (the study found it)
      if ((pw === 'journal' && word(ch.a - 3) === 'in') || (pw === 'in' && (word(ch.a - 2) === 'published' || word(ch.a - 3) === 'published' || word(ch.a - 4) === 'published'))) continue;
      // a named storm ("Typhoon Gardo slams Cagayan") is no source (a centre named for storms is: "the Storm Prediction Center warned")
      if (STORM_WORDS.has(word(ch.a)) && ch.words >= 2 && !ch.org) continue;
      // a temperature's scale letter ("6.8°C had trapped pollutants … and warned") is no source
      if (ch.words === 1 && t.end[ch.a] - t.start[ch.a] === 1 && t.start[ch.a] > 0 && t.text.charCodeAt(t.start[ch.a] - 1) === 0xb0) continue;
      // a dateline's city ("WASHINGTON, Feb. 3 (AP)—Gen. X … told") is no source
      // (any city in capitals when a date follows: "PITTSBURGH, March 8 — The … Corporation said")
      if ((t.flags[ch.a] & F.AllCaps) && t.paraStart[t.para[ch.a]] === ch.a && t.kind[ch.b] === K.Comma && (isPlaceKey(ch.key) || (wb(t, ch.b + 1) & W.MonthDay) !== 0)) continue;
      // a state's abbreviation ("of Columbus, Ga., president of …"; "(D., Miss.)") is no source
      if (ch.words === 1 && (t.flags[ch.a] & F.Abbr) && t.end[ch.a] - t.start[ch.a] <= 6 && (t.kind[ch.a - 1] === K.Comma || t.kind[ch.a - 1] === K.ParenOpen)) continue;
      const g = group(c);
      // capitals joined after "a" are one thing described, no list of sources: "Executive
      // Vice-President for a Clean and Competitive Transition, Margit Oksanen, said"
      if (g.members.length >= 2 && (pw === 'a' || pw === 'an')) { for (const m of g.members) taken[m] = 1; continue; }
      let j = g.next;
      // states or cities that report figures are no named sources: "New York, Colorado and Louisiana reported “high” flu activity"
      if (g.members.length >= 2 && word(skipAdv(j)) === 'reported' && g.members.every((m) => isPlaceKey(chunks[m].key) && countryGroup(chunks[m].key) === undefined)) { for (const m of g.members) taken[m] = 1; continue; }
      // (letters after the name: "Andrew Fenwick KC, mitigating, said"; after "the" they are the
      // office of someone described, not named: "the Lagan Valley MLA added", "the Tory MP said")
      if (t.kind[j] === K.Word && (t.flags[j] & F.AllCaps) && POSTNOMINALS.has(word(j)) && DESCRIBING_DETS.has(word(ch.a - 1))) continue;
      while (t.kind[j] === K.Word && (((t.flags[j] & F.AllCaps) && POSTNOMINALS.has(word(j))) || (judgesJ(t, j) && t.end[j - 1] === t.start[j] - 1))) j++;
      let appositive = false;
      // a quote signed with a dash: “The numbers don't lie.” — Marco Ruiz
      if (t.kind[ch.a - 1] === K.Dash && g.members.length === 1) {
        const q = quoteBefore(ch.a - 1);
        if (q) { add(g.members, '—', ch.a - 1, q); continue; }
      }
      // a name, a colon, a quote: Ines Vidal: “We will not give up.”
      if (t.kind[j] === K.Colon && t.text.charCodeAt(t.start[j]) === 58 && t.kind[j + 1] === K.QuoteOpen && g.members.length === 1 && !LABELS.has(ch.key) && !toldBefore(ch.a)) {
        const q = regionFrom(j + 1);
        if (q) { add(g.members, ':', j, q); continue; }
      }
      // a pundit's analysis under a line that names them and where they spoke, BBC Sport's way:
      // "Former England seamer Graham Ashdown-Pike on BBC Test Match Special:" and the next paragraph
      if (word(j) === 'on' && g.members.length === 1 && !ch.org && ch.words >= 2) {
        let k = j + 1;
        while (k < n && k < j + 8 && t.kind[k] === K.Word && (t.flags[k] & (F.Cap | F.Digit))) k++;
        const para = t.para[ch.a];
        if (k > j + 1 && t.kind[k] === K.Colon && t.paraStart[para + 1] === k + 1 && k + 1 < n) {
          const end = t.paraStart[para + 2] ?? n;
          if (end - (k + 1) >= 3) { add(g.members, ':', k, { start: t.start[k + 1], end: t.end[end - 1] }); continue; }
        }
      }
      // a manner of speaking, a colon, then the quote: "Scotland head coach Ruaridh McAlpine was more blunt: “We had …”"
      if ((word(j) === 'was' || word(j) === 'were' || word(j) === 'is') && g.members.length === 1) {
        let k = j + 1;
        while (k < j + 4 && t.kind[k] === K.Word && !(t.flags[k] & F.Cap)) k++;
        if (k > j + 1 && t.kind[k] === K.Colon && t.text.charCodeAt(t.start[k]) === 58 && t.kind[k + 1] === K.QuoteOpen) {
          const q = regionFrom(k + 1);
          if (q) { add(g.members, ':', k, q); continue; }
        }
      }
      // an interview's answer: "Herrera: My mother died three years ago." in a text with "Q:" paragraphs
      if (t.kind[j] === K.Colon && t.text.charCodeAt(t.start[j]) === 58 && g.members.length === 1 && t.paraStart[t.para[ch.a]] === ch.a && !LABELS.has(ch.key) && interview()) {
        const end = t.paraStart[t.para[ch.a] + 1] ?? n;
        // (not a line of a match's box, with labels of its own: "Scotland: Tries: Drysdale 2 Cons: …")
        let boxLine = false;
        for (let k = j + 2; k < end && !boxLine; k++) if (t.kind[k] === K.Colon && t.kind[k - 1] === K.Word && (t.flags[k - 1] & F.Cap)) boxLine = true;
        if (end - (j + 1) >= 3 && !boxLine) { add(g.members, ':', j, { start: t.start[j + 1], end: t.end[end - 1] }); continue; }
      }
      // a parenthesis after the name: "The World Food Programme (WFP) said", "Coun. Peter Lyszczak
      // (Ward 22, Scarborough—Agincourt) warned"
      // (and a press release's two: its ticker, then the short names it defines, "Northkeel Foods
      // Inc. (TSX: NKF) ("Northkeel" or "the Company") today announced")
      for (let p = 0; p < 2 && t.kind[j] === K.ParenOpen; p++) {
        let k = j + 1;
        while (k < n && k < j + 12 && t.kind[k] !== K.ParenClose && t.kind[k] !== K.End) k++;
        if (t.kind[k] !== K.ParenClose) break;
        j = k + 1;
      }
      // "Sen. Chuck Grassley of Iowa, the panel's top Republican, said", "Mitch McConnell of Kentucky said"
      // "Sgt. Mike Reilly of the Springfield Police Department said" (and a person's home: "Linda
      // Fairweather from Stockport said")
      if (word(j) === 'of' && g.members.length === 1 && chunks[c].words >= 2 && (t.flags[j + 1] & F.Digit) && streetAddress(j + 1) > 0) {
        // ("Mrs. Rose Albanese of 412 East 116th Street, who …, said": an address)
        j = streetAddress(j + 1);
      // (or "at" a body, for a person: "glaciologist Sunniva Brekke-Aasen at the Polar Institute told NTB")
      } else if ((word(j) === 'of' || ((word(j) === 'from' || (word(j) === 'at' && chunkFrom(word(j + 1) === 'the' ? j + 2 : j + 1) >= 0 && describedPerson(chunks[c]))) && !chunks[c].org)) && g.members.length === 1 && chunks[c].words >= 2) {
        let at = word(j + 1) === 'the' ? j + 2 : j + 1;
        // ("Rep. Yoon Seo-yeon of the main opposition People Power Party said": words that describe it)
        // (and a place before them: "Olena Marchuk of the Kyiv consultancy Barva Agro told")
        if (at === j + 2) {
          let k = at;
          const pl = chunkFrom(k);
          // (or any name of a place or an area before the kind of firm: "Keisha Barrett of the Westwood firm Lim Ashford LLP said")
          if (pl >= 0 && chunks[pl].words <= 2 && (isPlaceKey(chunks[pl].key) || (!chunks[pl].org && ORG_NOUNS.has(word(chunks[pl].b)) && chunkFrom(chunks[pl].b + 1) >= 0)) && t.kind[chunks[pl].b] === K.Word && !(t.flags[chunks[pl].b] & F.Cap)) k = chunks[pl].b;
          const k0 = k;
          while (k < k0 + 3 && t.kind[k] === K.Word && !(t.flags[k] & F.Cap) && !(wb(t, k) & (W.Speech | W.Function))) k++;
          if (k > k0 && chunkFrom(k) >= 0) at = k;
        }
        // ("Sudhir Raman of brokerage Halvard Oil Associates said", "attorney Seo Dong-hyuk of law firm Daon said")
        if (t.kind[at] === K.Word && !(t.flags[at] & F.Cap) && ORG_NOUNS.has(word(at))) at++;
        else if (at === j + 1 && t.kind[at] === K.Word && t.kind[at + 1] === K.Word && !(t.flags[at] & F.Cap) && !(t.flags[at + 1] & F.Cap) && !(wb(t, at) & (W.Speech | W.Function)) && ORG_NOUNS.has(word(at + 1))) at += 2;
        // ("of the Ankara-based Center for …")
        if (xBased(at)) at += 3;
        let pc = chunkFrom(at);
        // ("Ruth Okafor of Britain's Open University cautioned")
        if (pc >= 0) pc = pastPlacePossessive(pc);
        // ("Nguyen Thu Ha of the ISEAS–Yusof Ishak Institute has written": two names joined by a dash)
        if (pc >= 0 && joinedByDash(chunks[pc].b)) pc = chunkFrom(chunks[pc].b + 1);
        // ("Professor Jang Min-su of Seoul National University's Graduate School of Public Health said": a named part)
        if (pc >= 0 && t.kind[chunks[pc].b] === K.Poss && chunkFrom(chunks[pc].b + 1) >= 0) pc = chunkFrom(chunks[pc].b + 1);
        // ("Capt. Lorraine Fitzhugh-Adams of CMPD’s homicide unit said": the body's part after its possessive)
        if (pc >= 0 && t.kind[chunks[pc].b] === K.Poss) {
          let k = chunks[pc].b + 1;
          while (k < chunks[pc].b + 4 && t.kind[k] === K.Word && !(t.flags[k] & F.Cap) && !ORG_NOUNS.has(word(k))) k++;
          if (t.kind[k] === K.Word && !(t.flags[k] & F.Cap) && ORG_NOUNS.has(word(k)) && (t.kind[k + 1] === K.Word || t.kind[k + 1] === K.Comma)) { j = k + 1; pc = -1; }
        }
        // (the body the person is of does not speak in their clause: "… of the Kyiv consultancy Barva Agro told")
        // (nor past its own relative clause: "… of the Westwood firm Lim Ashford LLP, which represented the models, said")
        if (pc >= 0 && (t.kind[chunks[pc].b] === K.Comma || t.kind[chunks[pc].b] === K.Word)) { j = chunks[pc].b; if ((wb(t, skipAdv(j)) & W.Speech) || (t.kind[j] === K.Comma && (word(j + 1) === 'which' || word(j + 1) === 'who') && (wb(t, skipAdv(pastAppositive(j))) & W.Speech))) taken[pc] = 1; }
        // (and its acronym in brackets: "Yuli Hartati of the Indonesia Food Policy Institute (IFPI) said")
        else if (pc >= 0 && pastBracketed(chunks[pc].b) > chunks[pc].b) j = chunks[pc].b + 3;
      }
      // "The Interfax news agency reported", "the Nikkei business daily said": the name, the kind
      // of organisation it is, then the verb
      if (g.members.length === 1 && t.kind[j] === K.Word && !(t.flags[j] & F.Cap)) {
        let k = j, past = -1;
        const placeName = ch.words <= 3 && (countryGroup(ch.key) !== undefined || isPlaceKey(ch.key));
        while (k < j + 3 && t.kind[k] === K.Word && !(t.flags[k] & F.Cap) && (!(wb(t, k) & (W.Speech | W.Function | W.Aux)) || (k === j && word(k) === 'state'))) {
          // (and a place's government: "The Punjab government announced", as a state speaks for itself)
          const w = word(k);
          // (and "the Lagos state government")
          // (a country or a place only qualifies a kind of firm: "the UK engineering company said")
          // (not a branch of an organisation named before it: "Forecasters at the agency's Norton office said")
          if (BRANCH_NOUNS.has(w) && t.kind[ch.a - 1] === K.Poss) break;
          if (((ORG_NOUNS.has(w) || w === 'daily') && !placeName) || ((k === j || (k === j + 1 && word(j) === 'state')) && (w === 'government' || w === 'administration'))) past = k + 1;
          k++;
        }
        // (not one of a kind, unnamed: "Analysts at a Hamburg bank noted")
        if (past > 0 && (word(ch.a - 1) === 'a' || word(ch.a - 1) === 'an')) continue;
        if (past > 0 && (wb(t, skipAdv(past)) & W.Speech) !== 0) j = past;
        // (and an appositive after it: "The SUD-Rail union, the second-largest at SNCF, said")
        else if (past > 0 && t.kind[past] === K.Comma) {
          const e = pastAppositive(past);
          if (e > past + 1 && (wb(t, skipAdv(e)) & W.Speech) !== 0) j = e;
        }
      }
      // "The Health Ministry in Port Sudan said": where the source sits, then the verb
      if (isWord(t, j, 'in') && g.members.length === 1) {
        const pc = chunkAt(j + 1);
        // (or a clause about the name after it: "Dr. Ellen Marsh of the U.S. Geological Survey in Denver, who …, called",
        // "The Aldermoor Museum in Leeds, which bought 11 of the pieces …, said")
        if (pc >= 0 && chunks[pc].a === j + 1 && chunks[pc].b - chunks[pc].a <= 3 && ((wb(t, skipAdv(chunks[pc].b)) & W.Speech) !== 0 || (t.kind[chunks[pc].b] === K.Comma && (isWord(t, chunks[pc].b + 1, 'who') || isWord(t, chunks[pc].b + 1, 'which'))))) j = chunks[pc].b;
      }
      // "The Meteorological Department at Beirut airport said": a body's seat, a place and its kind of site
      if (isWord(t, j, 'at') && g.members.length === 1 && ch.org) {
        const pc = chunkAt(j + 1);
        const e = pc >= 0 && chunks[pc].a === j + 1 && chunks[pc].b - chunks[pc].a <= 2 && isPlaceKey(chunks[pc].key) ? chunks[pc].b : -1;
        if (e > 0 && t.kind[e] === K.Word && SITE_NOUNS.has(word(e)) && (wb(t, skipAdv(e + 1)) & W.Speech) !== 0) j = e + 1;
      }
      // possessive: X's statement / X's office announced
      if (t.kind[j] === K.Poss) {
        let k = j + 1;
        let steps = 0;
        while (k < n && steps < 3 && t.kind[k] === K.Word && !(wb(t, k) & (W.Statement | W.Mouthpiece)) && !(t.flags[k] & F.Cap)) {
          const w = word(k);
          if (!(w.endsWith('ed') || w.endsWith('al') || w === 'own' || w === 'latest' || w === 'new' || w === 'recent' || w === 'joint' || w === 'official' || w === 'public' || (wb(t, k) & W.RoleMod) !== 0)) break;
          k++; steps++;
        }
        const w = word(k);
        const kb = wb(t, k);
        if (kb & W.Statement) { add(g.members, w, k, quoteAfter(k)); continue; }
        // (and a press office by another name: "Volzhsky Azot's press service told TASS")
        // (not a title alone after "the": "the President's press office said" names no one)
        if (((kb & W.Mouthpiece) || (word(k - 1) === 'press' && PRESS_NOUNS.has(w))) && !(ch.words === 1 && (wb(t, ch.a) & W.Title) && word(ch.a - 1) === 'the')) {
          const v = skipAdv(k + 1);
          // (not "Dunleavy's office did not respond to a request for comment")
          if ((wb(t, v) & W.Speech) !== 0 && !negated(t, k + 1, v)) add(g.members, word(v), v, quoteBefore(ch.a) ?? quoteAfter(v));
        }
        continue;
      }
      // "A spokesman for X, Michael Steel, said", "The teachers' union, the Lakewood Education
      // Association, said": a name in apposition, then the verb
      // (one word after a comma is more often the end of a place: "the University of California, Berkeley,")
      // (titles between the comma and the name: "Its chairman, Sir Graham Pettifer, said")
      let pre = ch.a - 1;
      // (and a demonym: "His fellow co-rapporteur, Finnish MEP Anneli Koskinen, told …")
      // (or in lower case: "But the rebels' leader, the former minister Dominic Earnshaw, argued")
      // (or a trade: "Her son, the cameraman Ondřej Machek, told")
      // (or a role the name's run split off: "Her daughter, Ma Thiri Nu, said", Myanmar's "Ma")
      // (or an age: "One resident, 58-year-old Premalatha Kumari, said")
      while (pre > ch.a - 4 && t.kind[pre] === K.Word && ((t.flags[pre] & F.Cap) ? (wb(t, pre) & (W.Title | W.RoleMod | W.DemonymTok)) || (ch.roleFrom >= 0 && pre >= ch.roleFrom) : ((wb(t, pre) & (W.Title | W.RoleMod | (pre === ch.a - 1 ? W.PersonNoun : 0))) && !(wb(t, pre) & W.Function)) || (pre === ch.a - 1 && AGE_BEFORE_NAME.test(word(pre))))) pre--;
      // (and the thing a trade is of, in lower case: "Its chairperson, café owner Aoife Treacy-Lydon, said")
      if (pre < ch.a - 1 && pre > 0 && t.kind[pre] === K.Word && !(t.flags[pre] & (F.Cap | F.Digit)) && t.kind[pre - 1] === K.Comma && !(wb(t, pre) & (W.Function | W.Speech | W.Aux | W.Prep)) && (wb(t, pre + 1) & (W.Title | W.PersonNoun)) !== 0 && !(wb(t, pre + 1) & W.Function)) pre--;
      // (and the place or party a title is of, right after the comma: "One of them, Lothian MSP Kirsty MacAulay, said")
      // (or a lower-case role word after it: "Halvorsen’s attorney, Minneapolis defense lawyer Maria Esposito, called")
      if (pre < ch.a - 1 && pre > 0 && t.kind[pre] === K.Word && (t.flags[pre] & F.Cap) && t.kind[pre - 1] === K.Comma && (chunkAt(pre) < 0 || chunks[chunkAt(pre)].b === pre + 1) && ((wb(t, pre + 1) & W.Title) || ((wb(t, pre + 1) & W.RoleMod) && !(t.flags[pre + 1] & F.Cap)))) pre--;
      // (and a party's or a body's possessive: "The committee's deputy chair, Sinn Féin's Órlaith Ní Bhriain, asked")
      if (pre === ch.a - 1 && t.kind[pre] === K.Poss && chunkAt(pre - 1) >= 0 && chunks[chunkAt(pre - 1)].words <= 3 && t.kind[chunks[chunkAt(pre - 1)].a - 1] === K.Comma && ch.words >= 2) pre = chunks[chunkAt(pre - 1)].a - 1;
      // (or the place it is based in: "The owner, Murmansk-based Sever Trawl Fleet, said")
      if (pre === ch.a - 1 && ch.a >= 4 && xBased(ch.a - 3) && (t.kind[ch.a - 4] === K.Comma || (word(ch.a - 4) === 'the' && t.kind[ch.a - 5] === K.Comma))) pre = ch.a - 4;
      let commaBefore = (t.kind[pre] === K.Comma && ch.words >= 2) || (word(pre) === 'the' && t.kind[pre - 1] === K.Comma)
        // (or a spaced dash after a role in lower case, as Sierra Leonean copy writes it: "The authority’s general manager – Mr Sorie Kamara-Turay, told")
        || (t.kind[pre] === K.Dash && ch.words >= 2 && t.end[pre - 1] < t.start[pre] && t.kind[pre - 1] === K.Word && !(t.flags[pre - 1] & F.Cap) && (wb(t, pre - 1) & W.Title) !== 0 && t.kind[ch.b] === K.Comma)
        // (one name after a person noun: "Another resident, Shakila, said")
        || (t.kind[pre] === K.Comma && ch.words === 1 && !(t.flags[ch.a] & F.AllCaps) && t.kind[pre - 1] === K.Word && !(t.flags[pre - 1] & F.Cap) && (wb(t, pre - 1) & W.PersonNoun) !== 0 && t.kind[ch.b] === K.Comma && (wb(t, ch.b + 1) & W.Speech) !== 0)
        // (an acronym after the kind of body it is: "Kenya's energy regulator, EPRA, said")
        // (or a name of one word before a verb of speech: "Ohio's economic development agency, JobsOhio, said")
        || (t.kind[pre] === K.Comma && ch.words === 1 && ((((t.flags[ch.a] & F.AllCaps) !== 0 && t.end[ch.a] - t.start[ch.a] >= 3)) || (wb(t, ch.b + 1) & W.Speech) !== 0) && t.kind[ch.b] === K.Comma && t.kind[pre - 1] === K.Word && !(t.flags[pre - 1] & F.Cap) && (ORG_NOUNS.has(word(pre - 1)) || (wb(t, pre - 1) & W.Org) !== 0));
      // (not a name closing a relative clause of the subject before it: "Mr Adeyemo, who visited
      // the areas with the Commissioner for Environment, Segun Ilesanmi, announced …")
      if (commaBefore) {
        let k = t.kind[pre] === K.Comma ? pre - 1 : pre - 2;
        while (k > pre - 30 && k > 0 && t.kind[k] !== K.Comma && t.kind[k] !== K.End && t.kind[k] !== K.QuoteOpen && t.kind[k] !== K.QuoteClose) {
          // (a restrictive clause of a person noun is the name's description: "The CISM entomologist
          // who led the field work, Albino Cuamba, told AIM")
          // (nor "whose" and the name's role right before it: "the Rotary Club of Nairobi-Kilimani,
          // whose president, Grace Njeri-Mwangi, said")
          if ((isWord(t, k, 'who') || isWord(t, k, 'which') || isWord(t, k, 'whose')) && !(k > 0 && t.kind[k - 1] === K.Word && !(t.flags[k - 1] & F.Cap) && ((wb(t, k - 1) & (W.PersonNoun | W.Title)) !== 0 || TRADE_NOUN.test(word(k - 1))) && t.kind[k - 2] !== K.Comma) && !(isWord(t, k, 'whose') && t.kind[pre] === K.Comma && pre - k <= 4 && t.kind[pre - 1] === K.Word && (wb(t, pre - 1) & (W.PersonNoun | W.Title)) !== 0)) { commaBefore = false; break; }
          k--;
        }
      }
      // (and names in apposition to a plural: "Two members of the County Council, Ray Dominguez and Alicia Porter-Banks, said")
      if (t.kind[j] === K.Comma && commaBefore && (wb(t, j + 1) & W.Speech) !== 0 && !word(j + 1).endsWith('ing') && !actionNotStatement(t, ch, word(j + 1), j + 1)) {
        add(g.members, word(j + 1), j + 1, quoteAfter(j + 1));
        continue;
      }
      // … and any other verb after the closing comma is the name's ("Its general counsel, Chris
      // Marchese, called it “a win”")
      if (t.kind[j] === K.Comma && commaBefore && g.members.length === 1 && t.kind[j + 1] === K.Word && !(t.flags[j + 1] & F.Cap) && isVerbLike(word(j + 1))) j++;
      if (t.kind[j] === K.Comma) {
        const w = word(j + 1);
        if (w === 'who' || w === 'which') {
          const v = skipAdv(j + 2);
          // (or a verdict: "Eleanor R. Vitale, who called the plan “a very expensive way …”")
          // (not an act: "Isaiah Monroe-Pratt, who added 21")
          if ((((wb(t, v) & W.Speech) !== 0 && !actionNotStatement(t, ch, word(v), v)) || verdictAt(v)) && !passiveAt(j + 2, v)) { add(g.members, word(v), v, quoteAfter(v)); continue; }
        }
        const past = pastAppositive(j);
        // "The Odofin of Oke-Aro, High Chief Ebenezer Olatunji, lamented": the appositive is the
        // titled person, who speaks (taken when that name is reached)
        if (past !== j && !ch.titled && g.members.length === 1) {
          let k = j + 1;
          while (k < past && t.kind[k] === K.Word && (t.flags[k] & F.Cap) && (wb(t, k) & (W.Title | W.RoleMod)) && chunkAt(k) < 0) k++;
          const m = chunkAt(k);
          if (k > j + 1 && m >= 0 && chunks[m].a === k && chunks[m].titled && chunks[m].b === past - 1) continue;
        }
        if (past !== j) { j = past; appositive = true; }
      }
      // two names, each with its appositive: "Nick Clegg, the company's president, and Jennifer
      // Newstead, its chief legal officer, said"
      if (appositive && word(j) === 'and' && g.members.length === 1) {
        const m = chunkAt(j + 1);
        if (m >= 0 && chunks[m].a === j + 1 && taken[m] === 0) {
          let k = chunks[m].b;
          if (t.kind[k] === K.Comma) k = pastAppositive(k);
          const v2 = skipAdv(k);
          if ((wb(t, v2) & W.Speech) !== 0 && !word(v2).endsWith('ing')) {
            add([c, m], word(v2), v2, quoteBefore(ch.a) ?? quoteAfter(v2), true);
            continue;
          }
        }
      }
      // "An FDA spokesperson said": the unnamed spokesperson speaks, the name qualifies them (as
      // "A Hamas official said" in the seeds' gold); no other rule may take the name as subject
      if (SPOKES_NOUNS.has(word(j)) && !(t.flags[j] & F.Cap)) continue;
      const v = skipAdv(j);
      // "X did not respond to requests for comment", "X would not say": no statement
      if (negated(t, j, v)) continue;
      const vw = word(v);
      const vb = wb(t, v);
      if (!vw || (t.flags[v] & F.Cap && !idx.headline[t.para[v]])) continue;
      // (a publication's scoop, "…, The Grocer can reveal": its own report, no source quoted; 3 of 3 in the gold sets)
      if (vw === 'reveal' && (word(v - 1) === 'can' || word(v - 2) === 'can')) continue;
      // a court's ruling is its statement: "The Supreme Court ruled 6-3 on Thursday that …", "the
      // Court of Appeal upheld that decision" (not in a clause of time: "since the Supreme Court upheld …")
      // (nor the subject of a relative clause about a thing: "a move the state Supreme Court upheld 4-3")
      // (not an order or a grant, which says nothing: "granted bail to …", "has upheld an 18-month
      // suspension", "ordered X to pay", "found X guilty"; "upheld that decision" still rules)
      if (COURT_RULINGS.has(vw) && isCourt(ch) && !SUBORDINATORS.has(word(ch.a - 1) === 'the' ? word(ch.a - 2) : word(ch.a - 1)) && !objectRelative(ch.a) && !courtAct(v)) { add(g.members, vw, v, quoteAfter(v), appositive); continue; }
      // a headline's passive at its end: "Ringgit at strongest level in 14 months, Dewan Rakyat told"
      if ((vw === 'told' || vw === 'warned' || vw === 'urged' || vw === 'asked') && v + 1 >= (t.paraStart[t.para[v] + 1] ?? n)) continue;
      // a line of a name and a verb alone says nothing: a desk's byline "Star Business Report"
      if (t.paraStart[t.para[ch.a]] === ch.a && v + 1 >= (t.paraStart[t.para[v] + 1] ?? n)) continue;
      // "As X put it: …"
      // (not a thing placed: "Colm put it on a plate", "put it away")
      if ((vw === 'put' || vw === 'puts') && word(v + 1) === 'it' && !PLACED.has(word(v + 2))) {
        add(g.members, 'put it', v + 1, quoteAfter(v + 1), appositive);
        continue;
      }
      // "X was quoted as saying"
      if (vw === 'quoted' && word(v + 1) === 'as' && SPEECH_PARTICIPLES.has(word(v + 2))) {
        add(g.members, `quoted as ${word(v + 2)}`, v + 2, quoteAfter(v + 2), appositive);
        continue;
      }
      // (or before the name's title: "“…,” Mr Opie recalled", "“…,” Chief Executive Jo Bell continued")
      const afterQuote = quoteBefore(ch.a) ?? (ch.roleFrom >= 0 ? quoteBefore(ch.roleFrom) : null);
      // (but a statement in the progressive: "Oxfam is calling on governments to …", "NEMA is urging
      // residents to …", "The RCMP is asking anyone with information to …")
      // (not in a quote, "Kittiwakes are telling us", nor a place's, nor a price asked: "Peacock … is asking CPMs of")
      if (vw.endsWith('ing') && !afterQuote && v > j && t.quote[v] === 0 && PROGRESSIVE_CUES.has(vw) && (COPULAS.has(word(v - 1)) || word(v - 1) === 'been') && !isPlaceKey(ch.key) && countryGroup(ch.key) === undefined && (vw !== 'calling' || word(v + 1) === 'on' || word(v + 1) === 'for') && (vw !== 'appealing' || word(v + 1) === 'for' || word(v + 1) === 'to') && (vw !== 'asking' || ASKED.has(word(v + 1)))) {
        add(g.members, vw, v, quoteAfter(v), appositive);
        continue;
      }
      if (vw.endsWith('ing')) continue;
      // a speech word in its bare form after "the" and a singular name is a noun: "The Stratavane
      // estimate compares with …" (not a plural's verb, "The Democrats say", nor a body's, as
      // British copy has it, "The Council say", "The RCMP say"; nor a past that looks bare, "The IMF forecast")
      if (v === j && g.members.length === 1 && !afterQuote && (vb & W.Speech) && word(ch.a - 1) === 'the' && !vw.endsWith('s') && !vw.endsWith('ed') && !PAST_AS_BARE.has(vw) && !ch.key.endsWith('s') && !(wb(t, ch.b - 1) & W.Org) && !(t.flags[ch.b - 1] & F.AllCaps)) continue;
      // (so is one written with a capital in a title-case headline, where verbs take the present's
      // "-s": "Heavier Sargassum Season Forecast As CZMU Unveils Satellite Study")
      if (v === j && g.members.length === 1 && !afterQuote && (vb & W.Speech) && (t.flags[v] & F.Cap) && idx.headline[t.para[v]] && !vw.endsWith('s') && !vw.endsWith('ed') && !ch.key.endsWith('s') && !(wb(t, ch.b - 1) & W.Org) && !(t.flags[ch.b - 1] & F.AllCaps)) continue;
      // "Critics say", "Analysts warn": a bare plural verb after one sentence-initial word is a common noun
      // (and after an acronym a speech word that is also a noun: "ECB caution offsets …"; not
      // "…, RCMP say")
      // (an acronym is no common noun: "PSNI say two masked men …" opening a standfirst)
      const acronym = (t.flags[ch.a] & F.AllCaps) !== 0 && t.end[ch.a] - t.start[ch.a] >= 2;
      if (g.members.length === 1 && ((ch.sentInitial && !acronym) || (acronym && NOUN_LIKE_CUES.has(vw))) && ch.words === 1 && v === j && !vw.endsWith('s') && !vw.endsWith('ed') && vw !== 'said' && vw !== 'told' && vw !== 'spoke' && vw !== 'wrote') {
        // (but a surname the text gave with its given name, whose second verb is "said": "Kelvin
        // Mok, head of research, said …" then "Mok cut his target price …, and said …")
        // (or a name the text gives inside a sentence too: "Asda hit back on Sunday with cuts to 250
        // lines and said …" after "… than Asda")
        if (ch.sentInitial && IRREGULAR_PAST.has(vw) && !(vb & W.Speech) && (surnameOfEarlier(ch) || chunks.some((o) => o !== ch && o.key === ch.key && !o.sentInitial))) {
          const v2 = coordinatedSpeech(v);
          if (v2 > 0 && SAID_FORMS.has(word(v2)) && !reportedBefore(ch.a)) add(g.members, word(v2), v2, quoteAfter(v2), appositive);
        }
        continue;
      }
      // (after a quote too for "state", which may be a noun: ""…," HACSU state secretary X said")
      if ((vb & W.Speech) && (!afterQuote || vw === 'state') && actionNotStatement(t, ch, vw, v)) continue;
      // the passive: "President Yeltsin was being briefed", "Smith was told to leave"
      if ((vb & W.Speech) && passiveAt(j, v)) continue;
      // the future: "Ofgem will announce the next cap on 25 February" (nothing said yet)
      if ((vb & W.Speech) && v > j && !afterQuote && wordIn(j, v, FUTURE_AUX)) continue;
      // (or what someone must or may say: "the Committee says SASSA must explain why …", "Eskom
      // should tell customers"; the gold marks none of 9 such)
      if ((vb & W.Speech) && v > j && !afterQuote && modalIn(j, v)) continue;
      // (nor what someone can or could say: "the Commission can ask for a lump sum", "could say more
      // with three notes"; but a police force's "can confirm" tells it)
      if ((vb & W.Speech) && v > j && !afterQuote && vw !== 'confirm' && wordIn(j, v, ['can', 'could'])) continue;
      // (and the future in what another reports: "… and said Pakistan would assess the fitness of …")
      if ((vb & W.Speech) && v > j && !afterQuote && wordIn(j, v, ['would']) && reportedBefore(ch.a)) continue;
      if ((vb & W.Speech) || tellsThat(vw, v, j, ch) || (vw === 'called' && (word(v + 1) === 'for' || word(v + 1) === 'on')) || (afterQuote && (vb & W.QuoteVerb))) {
        add(g.members, vw === 'called' ? 'called ' + word(v + 1) : vw, v, afterQuote ?? quoteAfter(v), appositive);
        continue;
      }
      // (not a verdict passed on the subject: "Golos has been labeled a “foreign agent”")
      if (verdictAt(v) && !passiveAt(j, v)) { add(g.members, vw, v, quoteAfter(v), appositive); continue; }
      // (the thing judged before the name: "The city's final offer, which Mr. Corvino called “an insult,”")
      if ((vw === 'called' || vw === 'calls') && v === j && t.kind[v + 1] === K.QuoteOpen && t.quote[v + 2] !== 0 && relativeBefore(ch.a)) { add(g.members, vw, v, quoteAfter(v), appositive); continue; }
      // "posted on X that …", "posted on Facebook: “…”": a post is a statement
      if ((vw === 'posted' || vw === 'posts' || vw === 'wrote') && word(v + 1) === 'on') {
        let k = v + 2;
        while (k < v + 6 && t.kind[k] === K.Word && word(k) !== 'that') k++;
        if (word(k) === 'that' || t.kind[k] === K.Colon || t.kind[k] === K.QuoteOpen) { add(g.members, vw, v, quoteAfter(k - 1), appositive); continue; }
      }
      // "The ECB held its deposit rate at 4% last week and said it would …": the subject's second verb
      // (also after a perfect: "Vulkara … has raised €640m since 2021 and says …")
      const perfect = (vw === 'has' || vw === 'have' || vw === 'had') && t.kind[v + 1] === K.Word && !(t.flags[v + 1] & F.Cap) && word(v + 1).endsWith('ed') ? v + 1 : -1;
      // (a plural noun's possessive is no verb: "Copa, the EU farmers' lobby, called … and said")
      const possessed = t.kind[v + 1] === K.Poss || apostropheAt(v + 1);
      // (nor a noun that looks like a verb before the clause's own speech verb: "Labour rights groups
      // welcomed the report but criticised …", where the name only qualifies the subject)
      const nounBeforeVerb = perfect < 0 && vw.endsWith('s') && t.kind[v + 1] === K.Word && !(t.flags[v + 1] & F.Cap) && !(wb(t, v + 1) & W.Function) && ((wb(t, v + 1) & W.Speech) !== 0 || (t.kind[v + 2] === K.Word && !(t.flags[v + 2] & F.Cap) && (wb(t, v + 2) & W.Speech) !== 0));
      if (!(vb & W.Speech) && !(t.flags[v] & F.Cap) && !possessed && !nounBeforeVerb && (perfect > 0 || (isVerbLike(vw) && !AUXILIARIES.has(vw)) || COPULAS.has(word(j)))) {
        // (a participle only after the sentence's subject: "Harbridge head coach Anders Holmqvist was
        // unhappy …, saying"; not "miners in Siberia and the Arctic walked off the job, demanding")
        let s0 = t.sentStart[t.sent[ch.a]];
        while (s0 < ch.a && ((t.flags[s0] & F.Cap) !== 0 || t.kind[s0] === K.Poss || isRoleWord(s0))) s0++;
        // (or what the firm is: "Department store operator Hoshizora Holdings raised …, saying")
        if (s0 < ch.a && ch.a - s0 <= 3 && firmNoun(word(ch.a - 1))) { let k = s0; while (k < ch.a && t.kind[k] === K.Word && !(t.flags[k] & F.Cap)) k++; if (k === ch.a) s0 = ch.a; }
        const v2 = coordinatedSpeech(perfect > 0 ? perfect : v, s0 === ch.a);
        // (not a second verb of action: "took 214 Test wickets … and claimed 11 five-wicket hauls")
        if (v2 > 0 && !reportedBefore(ch.a) && !actionNotStatement(t, ch, word(v2), v2)) { add(g.members, word(v2), v2, quoteAfter(v2), appositive); continue; }
      }
      if (vb & W.Publish) {
        let ok = false;
        for (let k = v + 1; k < n && k < v + 40 && sameSent(v, k); k++) {
          const w = word(k);
          if (k < v + 7 && (wb(t, k) & W.Statement)) { ok = true; break; }
          if (w === 'which' && word(k - 1) === 'in') {
            for (let m = k + 1; m < k + 6 && m < n; m++) if ((wb(t, m) & W.Speech) !== 0) { ok = true; break; }
            break;
          }
        }
        if (ok) add(g.members, vw, v, quoteAfter(v), appositive);
      }
    }
  };
  subjectPatterns();

  // 2. cue-first patterns; on the same pass, the words after a comma that may be participles (3.)
  const kind = t.kind, flags = t.flags, H = t.h;
  const participles: number[] = [];
  for (let i = 0; i < n; i++) {
    if (kind[i] !== K.Word) continue;
    // cheap filters before reading the word: first its hash (mayBe(), inlined: a word that is
    // not Wide has the hash of its lower() form)
    const h = H[i];
    const f = (h ^ (h >>> 16)) & 0xffff;
    const wide = (flags[i] & F.Wide) !== 0;
    if (i > 0 && kind[i - 1] === K.Comma && (wide || (PARTICIPLE_HASHES[f >>> 5] & (1 << (f & 31))) !== 0)) participles.push(i);
    if (!wide && (CUE_FIRST[f >>> 5] & (1 << (f & 31))) === 0) continue;
    const pk = i > 0 ? kind[i - 1] : 0;
    const nl = tlen(t, i + 1);
    const afterQuote = pk === K.QuoteClose || (pk === K.Comma && i > 1 && kind[i - 2] === K.QuoteClose);
    if (!afterQuote && pk !== K.Comma && !(nl >= 2 && nl <= 4 && kind[i + 1] === K.Word)) continue;
    if (flags[i] & F.Cap && tlen(t, i) !== 9) continue;
    const w = word(i);
    const ib = wb(t, i);
    if (w === 'according' && word(i + 1) === 'to') {
      if (statementFrom(i + 2, i, null)) continue;
      // ("according to the office of Finance Minister Robert Thibodeau": the office speaks for them)
      // (or past whose body it is: "according to the city's Emergency Management Services")
      const theOfficeOf = word(i + 3) === 'office' && word(i + 4) === 'of';
      const whose = t.kind[i + 3] === K.Word && !(t.flags[i + 3] & F.Cap) && t.kind[i + 4] === K.Poss && chunkFrom(i + 5) >= 0;
      const from = word(i + 2) === 'the' && (theOfficeOf || whose) ? i + 5 : i + 2;
      // (a body's role and its holder after a comma: "According to Timeform's head of ratings, Graham Weir, the race …")
      // (or its person right after the possessive: "according to Apple's Tim Cook")
      const owner = chunkFrom(from);
      const owns = owner >= 0 && t.kind[chunks[owner].b] === K.Poss;
      const owned = owns ? chunkFrom(chunks[owner].b + 1) : -1;
      const held = !owns ? -1 : owned >= 0 && !chunks[owned].org && chunks[owned].words >= 2 ? owned : roleThenName(from);
      let h = held >= 0 ? held : headAfter(from);
      // ("according to the district chairperson, Mr Godfrey Kule")
      if (h < 0) h = roleThenName(from);
      if (!(h >= 0 && (chunks[h].a <= i + 8 || (h === held && chunks[h].a <= i + 16)))) h = sourceAfter(i + 2);
      // (a body's officer named after it: "according to KFPL chief librarian Shelagh Monroe")
      if (h >= 0 && h !== held && chunks[h].a === from) {
        let k = chunks[h].b;
        const k0 = k;
        // (its title's field or kind first: "according to VUWSA returning officer Malia Fonoti")
        while (k < k0 + 4 && t.kind[k] === K.Word && !(t.flags[k] & F.Cap) && ((wb(t, k) & (W.Title | W.RoleMod)) || TRADE_NOUN.test(word(k)) || PERSON_NOUNS.has(word(k)) || (k === k0 && fieldOfTitle(k))) && chunkAt(k) < 0) k++;
        const o = k > k0 && (wb(t, k - 1) & (W.Title | W.PersonNoun)) !== 0 ? chunkFrom(k) : -1;
        if (o >= 0 && !chunks[o].org && chunks[o].words >= 2) h = o;
      }
      // (a nation's adjective is no source: "according to Bosnian government figures"; the name
      // it describes is: "according to the Bosnian Serb news agency SRNA")
      if (h >= 0 && demonymsOnly(chunks[h]) && t.kind[chunks[h].b] === K.Word && !(t.flags[chunks[h].b] & F.Cap)) {
        let k = chunks[h].b;
        while (k < chunks[h].b + 4 && t.kind[k] === K.Word && !(t.flags[k] & F.Cap) && !(wb(t, k) & (W.Function | W.Prep))) k++;
        const named = k > chunks[h].b && t.sent[k] === t.sent[i] ? chunkFrom(k) : -1;
        if (named < 0) continue;
        h = named;
      }
      // (nor a faith's: "according to Islamic rites", "according to Jewish tradition")
      if (h >= 0 && chunks[h].b - chunks[h].a === 1 && FAITH_ADJECTIVES.has(word(chunks[h].a)) && t.kind[chunks[h].b] === K.Word && !(t.flags[chunks[h].b] & F.Cap)) continue;
      // "according to a BCCI official", "two Pentagon officials": the name only qualifies an unnamed source
      // ("according to a senior Liberal Democratic Party official": words that describe the source between)
      if (h >= 0 && UNNAMED_DETS.has(word(i + 2)) && describedFrom(i + 3, chunks[h].a) && (wb(t, chunks[h].b) & (W.TitleTok | W.PersonNoun) || word(chunks[h].b) === 'source' || word(chunks[h].b) === 'sources' || word(chunks[h].b) === 'officials')) continue;
      // (a wire's own sums: "according to Reuters calculations")
      if (h >= 0 && chunks[h].a <= i + 3 && word(chunks[h].b) === 'calculations') continue;
      // ("according to U.S. officials", "according to Western diplomats": a plural after the name)
      // (or a study by them: "according to a study by LSU researchers", "by Stanford biologists")
      if (h >= 0 && (chunks[h].a === i + 2 || word(chunks[h].a - 1) === 'by') && t.kind[chunks[h].b] === K.Word && !(t.flags[chunks[h].b] & F.Cap) && (PLURAL_SOURCES.has(word(chunks[h].b)) || (chunks[h].a > i + 2 && personNounPlural(word(chunks[h].b))))) continue;
      if (h >= 0 && chunks[h].a <= i + 12) {
        // statement: the clause before "according to", or after the name
        let q: Attribution['quote'] = null;
        const s0 = t.sentStart[t.sent[i]];
        if (s0 < i - 1) q = { start: t.start[s0], end: t.end[i - 1] - (t.kind[i - 1] === K.Comma ? 1 : 0) };
        else q = quoteAfter(chunks[h].b - 1);
        if (q && t.kind[i - 1] === K.Comma) q = { start: q.start, end: t.start[i - 1] };
        // (when it opens the sentence, its source ends at the comma: in "According to Ofcom,
        // Maharashtra and Karnataka accounted for a third" the names after it are the clause's
        // subject, and after a source that is no name, "According to I4C, Maharashtra …", no one speaks)
        const opens = s0 >= i - 1;
        if (opens && t.kind[i + 3] === K.Comma && chunks[h].a > i + 3 && (t.flags[i + 2] & F.Cap) && chunkAt(i + 2) < 0) continue;
        const g = group(h);
        const members = opens && g.members.length > 1 && t.kind[chunks[h].b] === K.Comma && t.kind[g.next] === K.Word && !(t.flags[g.next] & F.Cap) ? [h] : g.members;
        add(members, 'according to', i, q);
      }
      continue;
    }
    // ", per Commerce Department data", ", per the company": "according to" in US business copy
    // (", per a KFF analysis": after "a", only a name its report, survey or data follows)
    if (w === 'per' && (pk === K.Comma || isWord(t, i - 1, 'as'))) {
      const det = word(i + 1);
      const from = det === 'the' || det === 'a' || det === 'an' ? i + 2 : i + 1;
      const h = chunkFrom(from);
      if (h >= 0 && (from === i + 2 && det !== 'the' ? SOURCE_NOUNS.has(word(chunks[h].b)) : true) && t.sent[from] === t.sent[i] && !(t.flags[from] & F.AllCaps && chunks[h].words === 1 && /^\d/.test(word(chunks[h].b)))) {
        const s0 = t.sentStart[t.sent[i]];
        add(group(h).members, 'per', i, s0 < i - 1 ? { start: t.start[s0], end: t.start[i - 1] } : null);
      }
      continue;
    }
    // (not a figure of speech inside a quote: "“The message from Vienna is discipline,” said X")
    if ((ib & W.Statement) && (word(i + 1) === 'from' || word(i + 1) === 'by') && t.quote[i] === 0) {
      statementFrom(i, i, null);
      continue;
    }
    // “…,” said X  /  , said X
    if ((ib & W.QuoteVerb) && !w.endsWith('ing')) {
      let q = quoteBefore(i);
      if (!q && t.kind[i - 1] !== K.Comma) continue;
      // reported speech without quotes: "That figure could rise by 2050, said co-author X" (not
      // "The man, said to be 40, …"; not "…, told Reuters that", "…, said President X was …":
      // the name ends the sentence or comes before an appositive)
      let unquoted = false;
      if (!q) {
        const s0 = t.sentStart[t.sent[i]];
        // (two words are a clause: "That matters, says Richard Okonkwo-Baines, an epidemiologist")
        if (s0 > i - 3 || !UNQUOTED_INVERSIONS.has(w) || t.kind[s0] === K.QuoteOpen) continue;
        q = { start: t.start[s0], end: t.start[i - 1] };
        unquoted = true;
      }
      if (!unquoted && statementFrom(i + 1, i, q)) continue;
      // "said the group’s organiser, Cheung Wing-sze": a role first, then the name after a comma
      // (without quotes only when the name ends the sentence: "A case was filed, said the
      // station’s officer-in-charge, Md Jahangir Alam"; not "…, said the broker, Lawrence
      // Tedesco, had “preyed …”", where the name is the reported clause's subject)
      // (or ends it with a home town: "…, said his daughter, Mrs. Celeste Tessandier of Metairie.")
      const r = roleThenName(i + 1);
      const endsAt = (e: number) => e >= n || t.kind[e] === K.End;
      const town = r >= 0 && word(chunks[r].b) === 'of' ? chunkFrom(chunks[r].b + 1) : -1;
      if (r >= 0 && (!unquoted || endsAt(chunks[r].b) || (town >= 0 && endsAt(chunks[town].b)))) { add(group(r).members, w, i, q); continue; }
      let h = headAfter(i + 1);
      // ("said Punjab Pollution Control Board (PPCB) chairman Dr Kuldip Singh Bains": the body's
      // officer named after it is the source)
      // (and after an institution's one-word name, its member's trade: "said Caltech seismologist Helen Ashford")
      // (or a place it is based in: "said Lima-based economist Mariela Chumpitaz")
      if (h >= 0 && xBased(chunks[h].b - 1)) {
        let k = chunks[h].b + 2;
        const k0 = k;
        // ("said Tokyo-based Mizuho": the firm itself)
        if (chunkFrom(k) >= 0) k = -1;
        while (k >= 0 && k < k0 + 4 && t.kind[k] === K.Word && ((wb(t, k) & W.Title) || (!(t.flags[k] & F.Cap) && (TRADE_NOUN.test(word(k)) || PERSON_NOUNS.has(word(k)) || k === k0))) && chunkAt(k) < 0) k++;
        const o = k < 0 ? chunkFrom(k0) : k > k0 ? chunkFrom(k) : -1;
        if (o >= 0 && (k < 0 || (!chunks[o].org && chunks[o].words >= 2))) h = o;
      } else if (h >= 0) {
        // (or after a firm's name of any length: "said Harwich Gill tanker analyst Rhiannon Pryce-Adeyemi")
        let k = pastBracketed(chunks[h].b);
        // (past its possessive: "said Tesco's food chief Jens Madsen"; a field of lower-case words may
        // come before the title, possessive or not: "said Zoocheck campaigns director Marcy Tran")
        const poss = t.kind[k] === K.Poss;
        if (poss) k++;
        const k0 = k;
        // (or its office's, with a role's modifier: "said London managing partner Victoria Osei-Ampofo")
        // (or a field's, its title capitalised or not: "said Valley Metro Chief Safety Officer X", "said
        // PRASA acting group CEO X")
        while (k < k0 + 5 && t.kind[k] === K.Word && ((wb(t, k) & (W.Title | W.Portfolio)) || (!(t.flags[k] & F.Cap) && (TRADE_NOUN.test(word(k)) || PERSON_NOUNS.has(word(k)) || (k < k0 + 3 && ((wb(t, k) & W.RoleMod) || word(k) === 'managing' || word(k) === 'group')) || (k === k0 && fieldOfTitle(k))))) && chunkAt(k) < 0) k++;
        // (or the firm's person named right after its possessive: "said Tesco's Ken Murphy")
        const o = k > k0 && (wb(t, k - 1) & (W.RoleMod | W.Title)) !== W.RoleMod ? chunkFrom(k) : poss && k === k0 ? chunkFrom(k) : -1;
        if (o >= 0 && !chunks[o].org && chunks[o].words >= 2) h = o;
      }
      // (or the body the name is of, which ends the sentence: "…, said Nadia Petersen of the Cape Town
      // housing advocacy group Ndifuna Ukwazi.")
      if (unquoted && h >= 0 && !(t.kind[chunks[h].b] === K.Comma || t.kind[chunks[h].b] === K.End || chunks[h].b >= n) && !(chunks[h].words >= 2 && !chunks[h].org && ofBody(chunks[h].b))) continue;
      // (a name that only qualifies an unnamed title holder: "said the England captain.")
      if (h >= 0 && chunks[h].words <= 3 && !chunks[h].titled && t.kind[chunks[h].b] === K.Word && !(t.flags[chunks[h].b] & F.Cap) && (wb(t, chunks[h].b) & (W.Title | W.PersonNoun)) !== 0) {
        let k = chunks[h].b;
        while (k < n && k < chunks[h].b + 3 && t.kind[k] === K.Word && !(t.flags[k] & F.Cap)) k++;
        const named = t.kind[k] === K.Comma ? chunkFrom(k + 1) : chunkFrom(k);
        if (named >= 0 && !chunks[named].org && chunks[named].words >= 2) h = named;
        else continue;
      }
      // (the subject of what was said, past its relative clause: "The Spaniard said Al-Mudaifer,
      // who had come on in the 83rd minute, had been “the best player”")
      if (h >= 0 && chunks[h].a === i + 1 && t.kind[chunks[h].b] === K.Comma && (word(chunks[h].b + 1) === 'who' || word(chunks[h].b + 1) === 'which')) {
        let k = chunks[h].b + 2;
        while (k < n && k < chunks[h].b + 30 && t.kind[k] !== K.Comma && t.kind[k] !== K.End && sameSent(i, k)) k++;
        if (t.kind[k] === K.Comma && t.kind[k + 1] === K.Word && !(t.flags[k + 1] & F.Cap) && (wb(t, k + 1) & W.Aux) !== 0) continue;
      }
      if (h >= 0 && chunks[h].a <= i + 16) add(group(h).members, w, i, q);
      continue;
    }
    // "a spokesman for X said": the speaker is the unnamed spokesman, as "a Hamas official" is
    // (X is mentioned, not the named source; the seeds' gold and two blind annotations agree)
    if ((ib & W.Mouthpiece) && word(i + 1) === 'for') {
      const h = headAfter(i + 2);
      if (h >= 0) {
        let v = chunks[h].b;
        if (t.kind[v] === K.Comma) continue;
        v = skipAdv(v);
        if ((wb(t, v) & W.Speech) !== 0) for (const m of group(h).members) taken[m] = 1;
      }
    }
  }

  // 3. participles: "…, saying …" belongs to the nearest clause subject
  for (const i of participles) {
    const w = word(i);
    // (not "responding to complaints", "adding to the pressure", "adding 37 entities to a list")
    // (or one that names what it quotes: "vetoed the bill, calling it “a gift to the wealthiest”")
    if (!(SPEECH_PARTICIPLES.has(w) || (QUOTE_PARTICIPLES.has(w) && quotedObject(i))) || word(i + 1) === 'to' || participleAction(t, w, i)) continue;
    const s0 = t.sentStart[t.sent[i]];
    const qi = t.quote[i];
    for (let k = i - 2; k >= s0 && k > i - 80; k--) {
      // "…, her representatives said Monday, citing …": the participle is that clause's
      // (not an infinitive: "X declined to say whether …, saying only that …")
      if (t.kind[k] === K.Word && (wb(t, k) & W.Speech) !== 0 && !word(k).endsWith('ing') && !(t.flags[k] & F.Cap) && !isWord(t, k - 1, 'to')) break;
      const c = chunkAt(k);
      if (c < 0) continue;
      const ch = chunks[c];
      k = ch.a;
      if (t.quote[k] !== qi) continue;
      let p = ch.a - 1;
      if (word(p) === 'the') p--;
      const pw = word(p);
      if ((wb(t, p) & W.Prep) || t.kind[p] === K.Poss) continue;
      if (wb(t, p) & W.Complementizer) continue;
      // the subject of a coordinated group is its first member
      if (pw === 'and' || pw === '&') continue;
      // (an acronym in brackets is its name's, not a subject: "The National Rally (RN) abstained, saying")
      if (t.kind[p] === K.ParenOpen) continue;
      const g = group(c);
      let next = g.next;
      if (t.kind[next] === K.ParenOpen) {
        let q = next + 1;
        while (q < n && q < next + 6 && t.kind[q] !== K.ParenClose && t.kind[q] !== K.End) q++;
        if (t.kind[q] === K.ParenClose) next = q + 1;
      }
      let v = skipAdv(next);
      if (t.kind[next] === K.Comma && g.members.length === 1) {
        // the name in apposition ("The Chancellor, Rachel Reeves, has defended …, insisting"), or
        // followed by one ("Karen Liu, a Democrat, lashed out …, saying")
        const direct = skipAdv(next + 1);
        // (past its honorific: "The minister, Mrs Kemi Adesanya-Lawal, defended the cut, saying")
        let a0 = ch.a;
        while (a0 > ch.a - 3 && t.kind[a0 - 1] === K.Word && (t.flags[a0 - 1] & F.Cap) && (wb(t, a0 - 1) & W.TitleTok)) a0--;
        if (t.kind[a0 - 1] === K.Comma && isVerbLike(word(direct))) v = direct;
        else v = skipAdv(pastAppositive(next));
      }
      // (a verb's plain form after an auxiliary counts: "China did not see it that way, warning …")
      const afterAux = v > next && t.kind[v] === K.Word && !(t.flags[v] & F.Digit) && !(wb(t, v) & (W.Function | W.Prep)) && (DO_MODALS.has(word(v - 1)) || ((word(v - 1) === 'not' || word(v - 1) === 'never') && DO_MODALS.has(word(v - 2))));
      if (v >= i - 1 || !(isVerbLike(word(v)) || afterAux) || t.flags[v] & F.Cap) continue;
      // (a name that qualifies the subject, a plural of people: "Several Fianna Fáil councillors opposed …, arguing")
      if (v === next && (PLURAL_SOURCES.has(word(v)) || (wb(t, v) & W.GroupNoun))) break;
      if (g.members.some((m) => taken[m] !== 0)) break;
      add(g.members, w, i, quoteAfter(i));
      break;
    }
  }
  // 4. "Sanreki Electric will invest …, the Osaka-based company said": the sentence's subject, an
  // organisation, is the company the closing clause names (only at the sentence's end)
  for (let i = 0; i + 3 < n; i++) {
    if (t.kind[i] !== K.Comma || !isWord(t, i + 1, 'the')) continue;
    // (words that describe it between: "the Osaka-based company", "the state-run lender")
    // (no name of its own there: not "…, the Phoenix Police Department said")
    let k = i + 2, named = false;
    while (k < n && k < i + 8 && (t.kind[k] === K.Word || t.kind[k] === K.Dash) && !firmNoun(word(k))) {
      if (t.flags[k] & F.Cap && !(t.kind[k + 1] === K.Dash || t.text.charCodeAt(t.start[k + 1]) === 45 || t.text.charCodeAt(t.end[k]) === 45)) named = true;
      k++;
    }
    if (named || k >= n || !firmNoun(word(k)) || t.kind[k] !== K.Word || t.flags[k] & F.Cap) continue;
    const v = k + 1;
    if (!(wb(t, v) & W.Speech) || word(v).endsWith('ing') || t.flags[v] & F.Cap) continue;
    // (what follows the verb: nothing, a day or "in a statement")
    let e = v + 1;
    while (e < n && e < v + 5 && t.kind[e] === K.Word && !(t.flags[e] & F.Cap && !(wb(t, e) & W.MonthDay))) e++;
    if (t.kind[e] !== K.End && t.kind[e] !== K.Comma) continue;
    // the sentence's subject, past a dateline's "(Reuters) -"
    let a = t.sentStart[t.sent[i]];
    for (let d = a; d < a + 12 && d < i; d++) {
      if (t.kind[d] !== K.Dash) continue;
      while (t.kind[d + 1] === K.Dash) d++; // ("TOKYO --")
      a = d + 1;
      break;
    }
    if (isWord(t, a, 'the')) a++;
    // (a firm's name, not a person's, and the subject itself: its verb right after it, not "FFB output rose")
    // (after its country's possessive: "South Korea's Daeyang Motor (017420.KS) will cut …")
    let c = chunkFrom(a);
    if (c >= 0) c = pastPlacePossessive(c);
    // (a one-word name after what it is counts: "SaaS startup Kivra has raised …, the company said")
    if (c < 0 || (chunks[c].words < 2 && !chunks[c].org)) {
      for (let k = a + 1; k < a + 10 && k < i && sameSent(a, k); k++) {
        if (t.kind[k - 1] === K.Word && !(t.flags[k - 1] & F.Cap) && firmNoun(word(k - 1)) && chunkFrom(k) >= 0) { c = chunkFrom(k); break; }
      }
    }
    if (c < 0 || taken[c] !== 0 || t.quote[a] !== 0 || (!chunks[c].org && ((wb(t, chunks[c].a) & W.Given) !== 0 || (chunks[c].words < 2 && !firmNoun(word(chunks[c].a - 1))))) || chunks[c].titled) continue;
    const after = pastBracketed(chunks[c].b);
    if (t.kind[after] !== K.Word || t.flags[after] & F.Cap || !isVerbLike(word(after))) continue;
    // (a country is not its ministry: "South Korea will offer …, the industry ministry said")
    if (countryGroup(chunks[c].key) !== undefined || isPlaceKey(chunks[c].key)) continue;
    add([c], word(v), v, { start: t.start[a], end: t.start[i] });
  }
  // 5. "… in a statement issued on Tuesday and signed by its Head of Public Affairs, Adebisi
  // Lawal": the person who signed the statement is its source
  for (let i = 1; i + 2 < n; i++) {
    if (!isWord(t, i, 'signed') || !isWord(t, i + 1, 'by') || t.quote[i] !== 0) continue;
    let said = false;
    for (let k = i - 1; k >= 0 && k > i - 16 && sameSent(i, k); k--) if (wb(t, k) & W.Statement) { said = true; break; }
    if (!said) continue;
    // (the name right after "by" and its titles, or after its holder's title and a comma)
    let k = i + 2;
    while (k < i + 5 && t.kind[k] === K.Word && (t.flags[k] & F.Cap) && (wb(t, k) & W.Title) && chunkAt(k) < 0) k++;
    let c = chunkFrom(k);
    // (or a title alone, then the holder after a comma: "signed by the Registrar, Mr Gbenga Olaoye,")
    if (c < 0 || chunks[c].org || (chunks[c].words === 1 && (wb(t, chunks[c].a) & W.TitleTok))) {
      let e = i + 2;
      while (e < i + 12 && t.kind[e] !== K.Comma && t.kind[e] !== K.End && sameSent(i, e)) e++;
      // (past an honorific: "…, Mr Gbenga Olaoye,")
      let f = e + 1;
      while (f < e + 3 && t.kind[f] === K.Word && (wb(t, f) & W.TitleTok) && chunkAt(f) < 0) f++;
      c = t.kind[e] === K.Comma ? chunkFrom(f) : -1;
    }
    if (c < 0 || chunks[c].org || chunks[c].words < 2 || taken[c] !== 0) continue;
    const s0 = t.sentStart[t.sent[i]];
    add([c], 'signed', i, { start: t.start[s0], end: t.end[i - 1] });
  }
  // 6. a headline's source after a colon or a dash at its end: "Millions face hunger … again:
  // UN", "Nigeria's inflation eases to 15.82% in November – NBS", "… by 2030: Desmond Lai" (an
  // acronym or a person's name; not a rubric: "…: Markets Wrap", "… — CEO")
  if (t.paraStart.length > 2 && idx.headline.length > 0) {
    const end = t.paraStart[1];
    let last = end - 1;
    while (last > 0 && t.kind[last] === K.End) last--;
    const c = chunkAt(last);
    const sep = c >= 0 ? chunks[c].a - 1 : -1;
    if (c >= 0 && chunks[c].b === last + 1 && taken[c] === 0 && sep >= 3 && (t.kind[sep] === K.Colon || t.kind[sep] === K.Dash) && headlineSource(chunks[c])) {
      add([c], t.kind[sep] === K.Colon ? ':' : '—', sep, { start: t.start[0], end: t.start[sep] });
    }
    // (or after "says" at its end, as the gold sets write 5 of 5 named: "Reinsurers face $4.5bn
    // Odette bill, says ABIR", "Migrant arrivals down 27% this year, says Castellani"; not an
    // unnamed title, "…, says Chief Minister")
    else if (c >= 0 && chunks[c].b === last + 1 && taken[c] === 0 && sep >= 4 && (word(sep) === 'says' || word(sep) === 'say') && t.kind[sep - 1] === K.Comma && !(wb(t, chunks[c].b - 1) & W.Title) && !(chunks[c].words === 1 && (wb(t, chunks[c].a) & W.TitleTok))) {
      add([c], word(sep), sep, { start: t.start[0], end: t.start[sep - 1] });
    }
  }
  // 7. the agent of a statement made public: "The new price, announced by Finance Minister Dr Esi
  // Amponsah-Bekoe at a press conference, represents …" (not a plan "unveiled by" a body: an act)
  for (let c = 0; c < chunks.length; c++) {
    if (taken[c] !== 0 || t.quote[chunks[c].a] !== 0) continue;
    let a = chunks[c].a;
    // (past its title: "by Finance Minister Dr …")
    while (a > 2 && a > chunks[c].a - 5 && t.kind[a - 1] === K.Word && (t.flags[a - 1] & F.Cap) && (wb(t, a - 1) & (W.Title | W.RoleMod))) a--;
    if (word(a - 1) === 'the') a--;
    // (past a title of a body set off before the name: "disclosed by Director of the Coastal
    // Zone Management Unit (CZMU), Dr. Ramona Yearwood-Clarke")
    if (t.kind[a - 1] === K.Comma) {
      let k = a - 2;
      while (k > 0 && k > a - 16 && (t.kind[k] === K.ParenOpen || t.kind[k] === K.ParenClose || (t.kind[k] === K.Word && ((t.flags[k] & F.Cap) || OF_BODY.has(word(k)))))) k--;
      if (word(k) === 'by' && k < a - 3 && (t.flags[k + 1] & F.Cap) && (wb(t, k + 1) & W.Title)) a = k + 1;
      // (or a relative's or a role's words in lower case: "was confirmed by his daughter, Anne Thibodeau,")
      else if (a >= 5 && word(a - 4) === 'by' && KIN_DETS.has(word(a - 3)) && t.kind[a - 2] === K.Word && !(t.flags[a - 2] & F.Cap) && (wb(t, a - 2) & W.PersonNoun)) a -= 3;
    }
    // (a day between: "was announced today by the Honourable Priya Sandhu-Bellerose", "disclosed
    // last Wednesday by …")
    const v = word(a - 2) === 'today' || word(a - 2) === 'yesterday' ? a - 3 : (wb(t, a - 2) & W.MonthDay) && (word(a - 3) === 'last' || word(a - 3) === 'on') ? a - 4 : a - 2;
    if (v < 1 || word(a - 1) !== 'by' || !PASSIVE_STATEMENTS.has(word(v))) continue;
    // (a confirmation made, not one awaited: "was confirmed by"; not "if confirmed by", "must be confirmed by")
    if (word(v) === 'confirmed' && !(word(v - 1) === 'was' || word(v - 1) === 'were' || word(v - 1) === 'been')) continue;
    if (isPlaceKey(chunks[c].key) || countryGroup(chunks[c].key) !== undefined) continue;
    const s0 = t.sentStart[t.sent[a]];
    add([c], word(v), v, { start: t.start[s0], end: t.end[v - 1] });
  }
  // 8. a broadcast transcript's name label: a paragraph of a person's name and a title only
  // ("Dennis Arana-Cus, Assistant Commissioner of Police"), then a paragraph that is a quote
  for (let p = 1; p + 1 < t.paraStart.length - 1; p++) {
    const a = t.paraStart[p], next = t.paraStart[p + 1];
    const c = chunkFrom(a);
    if (c < 0 || taken[c] !== 0 || chunks[c].org || chunks[c].words < 2 || t.kind[chunks[c].b] !== K.Comma || t.kind[next] !== K.QuoteOpen) continue;
    // (the title: capitalised words and small ones, no verb and no sentence's end)
    let k = chunks[c].b + 1, caps = 0;
    while (k < next && t.kind[k] === K.Word && ((t.flags[k] & F.Cap) ? ++caps : (wb(t, k) & (W.Function | W.Prep)) !== 0 && !(wb(t, k) & W.Aux))) k++;
    while (k < next && t.kind[k] === K.End && t.text.charCodeAt(t.start[k]) !== 46) k++;
    if (k !== next || caps === 0) continue;
    const q = regionFrom(next);
    if (q) add([c], 'label', chunks[c].b, q);
  }
  // 9. a news release's sign-off under a quote: a paragraph of a dash, a name and a title
  // ("“…”" then "– The Honourable Priya Sandhu-Bellerose, Secretary of State (Sport)")
  for (let p = 1; p < t.paraStart.length - 1; p++) {
    const a = t.paraStart[p], prev = t.paraStart[p - 1];
    if (t.kind[a] !== K.Dash || t.kind[prev] !== K.QuoteOpen) continue;
    let k = a + 1;
    if (word(k) === 'the') k++;
    while (k < a + 4 && t.kind[k] === K.Word && (t.flags[k] & F.Cap) && (wb(t, k) & W.Title) && chunkFrom(k) < 0) k++;
    const c = chunkFrom(k);
    if (c < 0 || taken[c] !== 0 || chunks[c].org || chunks[c].words < 2) continue;
    const e = chunks[c].b;
    if (!(e >= n || t.kind[e] === K.Comma || t.para[e] !== t.para[a])) continue;
    const q = regionFrom(prev);
    if (q) add([c], 'sign-off', a, q);
  }
  out.sort((a, b) => chunks[a.chunk].start - chunks[b.chunk].start);
  return out;
}

/** a body's press office by other names ("press service", "press team") */
const PRESS_NOUNS: ReadonlySet<string> = new Set(['service', 'office', 'team', 'department', 'centre', 'center']);

/** small words inside a body's name ("Minister of State for the Environment and Climate") */
const OF_BODY: ReadonlySet<string> = new Set(['of', 'the', 'and', 'for', '&']);

/** participles of a statement made public, before "by" and its maker */
// (and a death confirmed: "Her death was confirmed by her daughter, X", "by the Lindqvist Gallery"; 14 of 14 agents in the gold sets speak)
const PASSIVE_STATEMENTS: ReadonlySet<string> = new Set(['announced', 'revealed', 'disclosed', 'stated', 'declared', 'confirmed']);
/** a possessive or an article before a relative's or a role's noun ("by his daughter, X", "by the family's lawyer, X") */
const KIN_DETS: ReadonlySet<string> = new Set(['his', 'her', 'their', 'its', 'the']);

/** a kind of organisation the closing clause names ("the company said", "the Tokyo-based automaker said") */
/** a trade named before a person's name ("seismologist", "economist", "physician", "researcher") */
const TRADE_NOUN = /^[a-z]{4,}(?:ist|ician|ologist|er|or)$/;

/** where a thing is put, after "put it" ("put it on a plate"): no way of saying */
const PLACED: ReadonlySet<string> = new Set(['on', 'onto', 'into', 'away', 'back', 'down', 'up', 'over', 'through', 'past', 'behind', 'under', 'out', 'off', 'there', 'here', 'together', 'aside', 'beyond', 'across', 'between']);

/** the kinds of site a body's office sits at ("at Beirut airport", "at its Lagos headquarters") */
const SITE_NOUNS: ReadonlySet<string> = new Set(['airport', 'headquarters', 'office', 'offices', 'station', 'port', 'base', 'campus', 'observatory']);
/** plurals of the people of a place ("residents of X") */
const PEOPLE_OF_PLACES: ReadonlySet<string> = new Set(['residents', 'villagers', 'inhabitants', 'people', 'citizens', 'locals', 'homeowners', 'householders', 'neighbours', 'neighbors', 'families', 'communities', 'parishioners', 'townspeople']);

function firmNoun(w: string): boolean {
  return ORG_NOUNS.has(w) || w.endsWith('maker') || w === 'conglomerate' || w === 'miner' || w === 'developer' || w === 'giant' || w === 'exchange';
}
