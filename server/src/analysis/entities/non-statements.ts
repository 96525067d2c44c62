// Speech verbs used for something other than a statement, and negated speech. Attribution
// (attribution.ts) asks these before it makes a name the source of a statement:
//   "Omar Farid pleaded not guilty", "appealed the ruling"          a court action
//   "the National Assembly rejected the reform"                      a vote or a ruling
//   "the hospital will add 30 beds", "admitted 11 residents"        "add"/"admit" with an object
//   "X did not respond to requests for comment", "wouldn't say"      negated speech
import { F, K, W, type Tokens, lower, wb } from './tokens';
import type { Chunk } from './names';
import { AUXILIARIES } from './lexicon/words';

/** what is appealed in court ("appealed the ruling") */
const COURT_OBJECTS = new Set(['ruling', 'decision', 'verdict', 'sentence', 'conviction', 'judgment', 'judgement', 'order', 'case', 'fine']);
/** bodies that decide by vote or ruling */
const DECIDING_BODIES = new Set(['parliament', 'assembly', 'senate', 'congress', 'legislature', 'court', 'knesset', 'duma', 'bundestag', 'tribunal']);
/** words that start the object of "add" ("add 30 beds", "added a clause", "added its voice") */
const ADDED_OBJECTS = new Set(['a', 'an', 'the', 'more', 'new', 'another', 'some', 'its', 'their', 'his', 'her', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'dozens', 'hundreds', 'thousands', 'millions', 'jobs', 'staff', 'beds', 'capacity']);

/** Is the speech verb vw (token v) after the name `ch` an action, not a statement? */
export function actionNotStatement(t: Tokens, ch: Chunk, vw: string, v: number): boolean {
  return courtAction(t, vw, v) || claimsPrize(t, vw, v) || claimsSum(t, vw, v) || proposesThing(t, vw, v) || reportsToPlace(t, vw, v) || creditLine(t, ch, vw, v) || voteOf(t, ch, vw) || addsObject(t, vw, v) || declaresState(t, vw, v) || conversation(t, vw, v) || stateNoun(t, vw, v) || anonymity(t, vw, v) || pluralNoun(t, vw, v) || loneQualifier(t, ch, vw, v) || beatsForecasts(t, ch, vw, v) || receives(t, vw, v) || answersInPlay(t, vw, v) || attendsCall(t, vw, v) || (REPORTED.has(vw) && lower(t, v + 1) === 'from') || resultsDue(t, vw, v) || creditedWith(t, vw, v) || concedesScore(t, vw, v) || ends(t, vw, v);
}

/**
 * "The inquiry concluded on Tuesday", "negotiators concluded a fourth round of talks": what ended,
 * no finding (none of 7 such is marked in the gold sets); a finding goes on with "that", a
 * quotation or a colon ("concluded that the plant was safe")
 */
function ends(t: Tokens, vw: string, v: number): boolean {
  if (vw !== 'concluded' && vw !== 'concludes' && vw !== 'conclude') return false;
  // (what follows it: a word but "that", or a sentence's end; not a comma, a colon or a quotation:
  // "The cause, ENTSO-E later concluded, was …", "concluded: "…"")
  const k = t.kind[v + 1];
  if (k === K.Word) return lower(t, v + 1) !== 'that' && t.quote[v + 1] === 0;
  return k === K.End || (k === K.Colon && t.text.charCodeAt(t.start[v + 1]) === 59);
}

/** "United conceded 71 runs in six overs", "conceded a late penalty": what a side let in, no admission */
function concedesScore(t: Tokens, vw: string, v: number): boolean {
  if (vw !== 'conceded' && vw !== 'concedes' && vw !== 'concede' && vw !== 'conceding') return false;
  const w1 = lower(t, v + 1);
  return (t.flags[v + 1] & F.Digit) !== 0 || COUNT_WORDS.has(w1) || w1 === 'one' || w1 === 'eleven' || w1 === 'twice' || ((w1 === 'a' || w1 === 'an' || w1 === 'the') && SCORE_NOUNS.has(lower(t, v + 2))) || SCORE_NOUNS.has(w1.replace(/s$/, ''));
}
/** what a side concedes in a game */
const SCORE_NOUNS: ReadonlySet<string> = new Set(['goal', 'goals', 'run', 'runs', 'try', 'tries', 'penalty', 'point', 'points', 'wicket', 'wickets', 'late', 'soft', 'sloppy', 'free-kick', 'corner', 'equaliser', 'equalizer', 'touchdown', 'basket', 'set', 'frame', 'game', 'lead', 'first']);

/** "Oral Vaccine Credited With Sharp Drop in Polio Cases": what is given the credit says nothing */
function creditedWith(t: Tokens, vw: string, v: number): boolean {
  return (vw === 'credited' || vw === 'credits') && lower(t, v + 1) === 'with';
}

/**
 * "Kessler Stores reports third-quarter results before the bell on Tuesday": a company's
 * results on the calendar (the present for what is due), nothing said yet
 */
function resultsDue(t: Tokens, vw: string, v: number): boolean {
  if (vw !== 'reports' && vw !== 'report') return false;
  const w1 = lower(t, v + 1);
  // ("Brightline Software reports after the close": the market's hours)
  if ((w1 === 'after' || w1 === 'before') && lower(t, v + 2) === 'the' && MARKET_HOURS.has(lower(t, v + 3))) return true;
  // ("Fortescue reports next Wednesday": the day it is due)
  if (w1 === 'next' || w1 === 'later' || w1 === 'tomorrow') return true;
  let k = v + 1;
  if (w1 === 'its' || w1 === 'their') k++;
  while (k < v + 5 && t.kind[k] === K.Word && !(t.flags[k] & F.Cap) && !RESULTS.has(lower(t, k))) {
    const w = lower(t, k);
    if (!w.endsWith('-quarter') && !w.endsWith('-year') && !w.endsWith('-half') && !PERIOD_WORDS.has(w)) return false;
    k++;
  }
  return t.kind[k] === K.Word && RESULTS.has(lower(t, k));
}
const RESULTS: ReadonlySet<string> = new Set(['results', 'earnings']);
const MARKET_HOURS: ReadonlySet<string> = new Set(['close', 'bell', 'open', 'opening']);
const PERIOD_WORDS: ReadonlySet<string> = new Set(['quarterly', 'annual', 'interim', 'half-yearly', 'fiscal', 'financial', 'first', 'second', 'third', 'fourth', 'quarter', 'full', 'year']);

/** "Luca Ferraresi claimed his first Formula 1 victory", "claimed pole": a prize won, no statement */
function claimsPrize(t: Tokens, vw: string, v: number): boolean {
  if (vw !== 'claimed' && vw !== 'claims' && vw !== 'claiming') return false;
  // (past a possessive: "claimed the women's singles title")
  for (let k = v + 1; k < t.n && k <= v + 7 && (t.kind[k] === K.Word || t.kind[k] === K.Poss) && t.sent[k] === t.sent[v]; k++) {
    if (t.kind[k] === K.Poss) continue;
    const w = lower(t, k);
    if (PRIZES.has(w)) return true;
    if (w === 'that' || w === 'to' || AUXILIARIES.has(w)) return false;
  }
  return false;
}
const PRIZES: ReadonlySet<string> = new Set(['victory', 'win', 'wins', 'title', 'titles', 'pole', 'medal', 'medals', 'gold', 'silver', 'bronze', 'crown', 'trophy', 'prize', 'podium', 'seat', 'seats', 'wickets', 'haul', 'hauls', 'scalps', 'catches', 'lives']);

/**
 * "Kessel answered with a 46-yard field goal", "Souths responded with two tries": a reply in play,
 * no statement (not "responded with a statement", "replied with a letter")
 */
function answersInPlay(t: Tokens, vw: string, v: number): boolean {
  if (!ANSWER_VERBS.has(vw)) return false;
  // (a count of goals: "Kometa answered twice in the second period", "the Bulldogs answered three times")
  if (SCORE_COUNTS.has(lower(t, v + 1)) || (lower(t, v + 2) === 'times' && !(t.flags[v + 1] & F.Cap))) return true;
  if (lower(t, v + 1) !== 'with') return false;
  const w = lower(t, v + 2);
  if (w !== 'a' && w !== 'an' && w !== 'his' && w !== 'her' && w !== 'their' && w !== 'its' && w !== 'two' && w !== 'three' && !(t.flags[v + 2] & F.Digit)) return false;
  for (let k = v + 3; k < t.n && k <= v + 7 && t.sent[k] === t.sent[v]; k++) {
    if (t.kind[k] === K.QuoteOpen || t.kind[k] === K.Colon) return false;
    if (t.kind[k] === K.Word && ((wb(t, k) & (W.Statement | W.Mouthpiece)) || WRITTEN_REPLIES.has(lower(t, k)))) return false;
  }
  return true;
}
const SCORE_COUNTS: ReadonlySet<string> = new Set(['twice', 'once']);
const WRITTEN_REPLIES: ReadonlySet<string> = new Set(['letter', 'email', 'note', 'post', 'video', 'question', 'questions', 'warning', 'threat', 'lawsuit', 'suit', 'motion', 'filing']);
const ANSWER_VERBS: ReadonlySet<string> = new Set(['answered', 'answers', 'responded', 'responds', 'replied', 'replies', 'countered', 'counters']);

/**
 * "the Fire Services Branch had responded to 167 structural fires", "officers responded to the
 * scene": crews sent out, no reply (not "responded to the report", "responded to questions")
 */
function attendsCall(t: Tokens, vw: string, v: number): boolean {
  if (!ANSWER_VERBS.has(vw) || !vw.startsWith('respond') || lower(t, v + 1) !== 'to') return false;
  if (t.flags[v + 2] & F.Digit) return true;
  for (let k = v + 2; k < t.n && k <= v + 6 && t.kind[k] === K.Word && t.sent[k] === t.sent[v]; k++) if (CALL_OUTS.has(lower(t, k))) return true;
  return false;
}
const CALL_OUTS: ReadonlySet<string> = new Set(['scene', 'call', 'calls', 'fire', 'fires', 'blaze', 'incident', 'incidents', 'emergency', 'emergencies', 'alarm', 'alarms', 'crash', 'crashes', 'accident', 'accidents', 'callout', 'callouts', 'disturbance']);

/** "Holloway reported from Washington": where a reporter worked, a byline's footer */
const REPORTED: ReadonlySet<string> = new Set(['reported', 'reports', 'reporting']);

/** "Japan welcomed a record 3.3 million foreign visitors": a place or a host received them, said nothing */
function receives(t: Tokens, vw: string, v: number): boolean {
  if (vw !== 'welcomed' && vw !== 'welcomes' && vw !== 'welcome') return false;
  const w1 = lower(t, v + 1);
  if ((t.flags[v + 1] & F.Digit) !== 0 || w1 === 'more' || w1 === 'nearly' || w1 === 'almost' || w1 === 'over' || w1 === 'about' || w1 === 'some' || (w1 === 'a' && lower(t, v + 2) === 'record')) return true;
  // a guest or a visiting side by name: "Sale welcome Newcastle Red Bulls on 6 December" (not
  // what a name did: "welcomed Beijing's decision")
  let k = v + 1;
  while (k < t.n && k < v + 6 && t.kind[k] === K.Word && (t.flags[k] & F.Cap)) k++;
  return k > v + 1 && t.kind[k] !== K.Poss;
}

/** a speech word used as a plural noun before its verb: "Damage estimates have climbed", "Police reports show" */
function pluralNoun(t: Tokens, vw: string, v: number): boolean {
  // (or one, before its verb: "The next Market Observation report is due in spring")
  if (SINGULAR_NOUN_VERBS.has(vw) && (lower(t, v + 1) === 'is' || lower(t, v + 1) === 'was') && t.kind[v + 2] === K.Word && !(wb(t, v + 2) & W.Speech)) return true;
  return (vw.length > 4 && vw.endsWith('s') && NOUN_PHRASE_VERBS.has(lower(t, v + 1))) || MARKET_VERBS.has(lower(t, v + 1));
}
/**
 * A speech word that is also a plural noun after one capitalised word that opens a sentence and
 * that the text names nowhere else: "Fraudulent claims, including staged accidents, account for",
 * "Refund claims can be made", "Coastal states strike a deal" (not "Smith claims" after "Anna Smith")
 */
function loneQualifier(t: Tokens, ch: Chunk, vw: string, v: number): boolean {
  if (!PLURAL_NOUN_VERBS.has(vw) || ch.b - ch.a !== 1 || v !== ch.b || t.sentStart[t.sent[ch.a]] !== ch.a || (t.flags[ch.a] & F.AllCaps) || (wb(t, ch.a) & W.Given)) return false;
  const w = lower(t, ch.a);
  for (let k = 0; k < t.n; k++) if (k !== ch.a && t.kind[k] === K.Word && (t.flags[k] & F.Cap) && t.sentStart[t.sent[k]] !== k && lower(t, k) === w) return false;
  return true;
}
/**
 * A speech word as a plural noun that ends its sentence after a name and a word of comparing:
 * "beating City forecasts.", "above Reuters estimates." (not "…,” Smith says.")
 */
function beatsForecasts(t: Tokens, ch: Chunk, vw: string, v: number): boolean {
  if (v !== ch.b || !vw.endsWith('s') || !(t.kind[v + 1] === K.End || t.sent[v + 1] !== t.sent[v] || (t.kind[v + 1] === K.Other && t.text.charCodeAt(t.start[v + 1]) === 46))) return false;
  const p = ch.a - 1;
  if (p < 0 || t.kind[p] !== K.Word || (t.flags[p] & F.Cap)) return false;
  const w = lower(t, p);
  return COMPARING_WORDS.has(w) || (w.endsWith('ing') && w.length > 5);
}
/** words that compare a result with what was expected ("beating", "above", "below") */
const COMPARING_WORDS: ReadonlySet<string> = new Set(['above', 'below', 'against', 'under', 'over', 'than', 'with']);
/** speech words that are also plural nouns */
const PLURAL_NOUN_VERBS: ReadonlySet<string> = new Set(['claims', 'states', 'charges', 'comments', 'reports', 'notes', 'remarks']);
/** speech words that are also singular nouns */
const SINGULAR_NOUN_VERBS: ReadonlySet<string> = new Set(['report', 'statement', 'comment', 'note', 'claim', 'warning', 'remark']);
/** $ £ € ¥ ₹ */
const CURRENCY_SIGNS: ReadonlySet<number> = new Set([36, 0xa3, 0x20ac, 0xa5, 0x20b9]);
/** a price's verbs after a speech word used as a noun: "the 10-year Treasury note rose", "its forecast fell" */
const MARKET_VERBS: ReadonlySet<string> = new Set(['rose', 'fell', 'climbed', 'jumped', 'dropped', 'slipped', 'gained', 'eased', 'edged', 'surged', 'tumbled', 'slid', 'plunged', 'soared', 'rallied']);
const NOUN_PHRASE_VERBS: ReadonlySet<string> = new Set(['have', 'has', 'are', 'were', 'show', 'showed', 'suggest', 'suggested', 'put', 'vary', 'range']);

/** "who asked not to be named", "asked for anonymity": a condition of speaking, not a statement */
function anonymity(t: Tokens, vw: string, v: number): boolean {
  if (vw !== 'asked' && vw !== 'asks' && vw !== 'requested' && vw !== 'spoke') return false;
  const w1 = lower(t, v + 1);
  return (w1 === 'not' && lower(t, v + 2) === 'to') || ((w1 === 'for' || w1 === 'on') && (lower(t, v + 2) === 'anonymity' || lower(t, v + 3) === 'anonymity' || lower(t, v + 2) === 'condition'));
}

/** nouns after "state" as a noun ("a Pennsylvania state Senate seat", "the Lagos state government") */
const STATE_NOUN_HEADS: ReadonlySet<string> = new Set(['senate', 'government', 'legislature', 'house', 'assembly', 'capital', 'police', 'media',
  'broadcaster', 'television', 'officials', 'lawmakers', 'agency', 'agencies', 'department', 'election', 'elections', 'law', 'laws', 'budget',
  'funding', 'authorities', 'troopers', 'university', 'schools', 'prison', 'prisons', 'parks', 'highway', 'line', 'lines', 'level', 'of', 'council', 'governor']);

/**
 * "Pennsylvania state Senate", "Lagos state government", "in Renk, Upper Nile state, have
 * treated": "state" is a noun there, not the verb
 */
function stateNoun(t: Tokens, vw: string, v: number): boolean {
  if (vw === 'states') return statesBeforeVerb(t, v);
  if (vw !== 'state') return false;
  // (or a branch's office: "HACSU state secretary Robbie Kerrigan said", "the union's state president")
  return (t.kind[v + 1] === K.Word && (t.flags[v + 1] & F.Cap) !== 0) || STATE_NOUN_HEADS.has(lower(t, v + 1)) || t.kind[v + 1] === K.Comma || (t.kind[v + 1] === K.Word && (wb(t, v + 1) & W.TitleTok) !== 0);
}

/** "states" as a plural noun before its own verb: "11 Northeast and Midwest states received help", "Gulf states will pay" */
function statesBeforeVerb(t: Tokens, v: number): boolean {
  if (t.kind[v + 1] !== K.Word || (t.flags[v + 1] & (F.Cap | F.Digit)) !== 0) return false;
  const w = lower(t, v + 1);
  return (w.endsWith('ed') && w !== 'need') || NOUN_PHRASE_VERBS.has(w) || VERBS_AFTER_STATES.has(w);
}
/** modals and irregular past verbs that follow "states" the noun ("Gulf states will pay", "… states paid") */
const VERBS_AFTER_STATES: ReadonlySet<string> = new Set(['will', 'would', 'can', 'could', 'may', 'might', 'must', 'should', 'had', 'do', 'did', 'got', 'paid', 'spent', 'sent', 'took', 'made', 'gave', 'won', 'lost']);

/** Is a speech participle an action ("…, adding 37 entities to a blacklist", "…, declaring a state of emergency")? */
export function participleAction(t: Tokens, vw: string, v: number): boolean {
  return addsObject(t, vw, v) || declaresState(t, vw, v) || courtAction(t, vw, v) || reportsResults(t, vw, v) || claimsSum(t, vw, v) || concedesScore(t, vw, v);
}

/** "Rhiannon Adeyemi-Hart reports.": a reporter's credit, a sentence of a name and the verb alone */
function creditLine(t: Tokens, ch: Chunk, vw: string, v: number): boolean {
  return (vw === 'reports' || vw === 'writes') && t.kind[v + 1] === K.End && v === ch.b && t.sentStart[t.sent[ch.a]] === ch.a;
}

/** "must report to the Wake County jail", "reports to the chief executive": a place or a superior, no statement ("reported to police that …" is one) */
function reportsToPlace(t: Tokens, vw: string, v: number): boolean {
  if ((vw !== 'report' && vw !== 'reports' && vw !== 'reporting') || lower(t, v + 1) !== 'to') return false;
  for (let k = v + 2; k < t.n && k <= v + 10 && t.sent[k] === t.sent[v]; k++) if (t.kind[k] === K.Colon || t.kind[k] === K.QuoteOpen || lower(t, k) === 'that') return false;
  return true;
}

/**
 * "The European Commission on Wednesday proposed giving cities …", "has proposed a 15% hike",
 * "The Army requested $486 million": a measure put forward or a sum asked for, no statement
 * (13 of 15 such cues wrong in the gold sets); "proposed that …" is one
 */
function proposesThing(t: Tokens, vw: string, v: number): boolean {
  if (vw === 'proposed' || vw === 'proposes') {
    // (a relative clause about one who speaks elsewhere in the sentence stays: "said X, who proposed the mission")
    if (lower(t, v - 1) === 'who' || (lower(t, v - 2) === 'who' && (wb(t, v - 1) & W.Aux))) return false;
    const k = v + 1;
    if (k >= t.n || t.sent[k] !== t.sent[v] || t.kind[k] !== K.Word) return false;
    const w = lower(t, k);
    return w !== 'that' && w !== 'to';
  }
  if (vw === 'requested' || vw === 'requests') {
    const k = v + 1;
    return k < t.n && t.sent[k] === t.sent[v] && (SUM_SIGNS.includes(t.text[t.start[k]]) || (t.kind[k] === K.Word && (t.flags[k] & F.Digit) !== 0));
  }
  return false;
}

/** "sued Veritium in 2027, claiming £14.2 million", "claimed damages": a sum sought, no statement */
function claimsSum(t: Tokens, vw: string, v: number): boolean {
  if (vw !== 'claimed' && vw !== 'claims' && vw !== 'claiming' && vw !== 'claim') return false;
  let k = v + 1;
  // (past "about", "nearly", "up to", "more than")
  const w0 = lower(t, k);
  if (w0 === 'about' || w0 === 'nearly') k++;
  else if (w0 === 'up' || w0 === 'more') k += 2;
  if (k >= t.n || t.sent[k] !== t.sent[v]) return false;
  const w = lower(t, k);
  return w === 'damages' || w === 'compensation' || SUM_SIGNS.includes(t.text[t.start[k]]);
}
/** currency signs a sum claimed starts with (figures/lexicon.ts reads fewer of them as currencies) */
const SUM_SIGNS = '£$€¥₹₦₱₩₪₺';

/** "… jumped 6.3% after reporting quarterly earnings": a company's results are figures, not a statement */
function reportsResults(t: Tokens, vw: string, v: number): boolean {
  if (vw !== 'reporting' && vw !== 'posting') return false;
  for (let k = v + 1; k < v + 4; k++) if (RESULT_NOUNS.has(lower(t, k))) return true;
  return false;
}
const RESULT_NOUNS: ReadonlySet<string> = new Set(['earnings', 'profit', 'profits', 'results', 'revenue', 'revenues', 'sales', 'loss', 'losses', 'income', 'growth']);

/** "spoke by phone", "talked by video link": a conversation, not a statement */
function conversation(t: Tokens, vw: string, v: number): boolean {
  return (vw === 'spoke' || vw === 'speak' || vw === 'speaks' || vw === 'talked' || vw === 'talk') && lower(t, v + 1) === 'by';
}

/** what is declared as an act, not said ("declared a state of emergency", "declared bankruptcy", "declared force majeure") */
const DECLARED_ACTS = new Set(['state', 'emergency', 'bankruptcy', 'war', 'martial', 'independence', 'holiday', 'disaster', 'curfew', 'ceasefire', 'lockdown', 'victory', 'candidacy', 'dividend', 'force']);

/** "declared a state of emergency", "declares war": an act */
function declaresState(t: Tokens, vw: string, v: number): boolean {
  if (!vw.startsWith('declar')) return false;
  let k = v + 1;
  if (lower(t, k) === 'a' || lower(t, k) === 'an' || lower(t, k) === 'the' || lower(t, k) === 'its' || lower(t, k) === 'his' || lower(t, k) === 'her') k++;
  // (past a word or two that qualify it: "declared a local disaster emergency", "a national state of emergency")
  for (let e = k; e < k + 3 && t.kind[e] === K.Word && !(t.flags[e] & F.Cap); e++) if (DECLARED_ACTS.has(lower(t, e))) return true;
  return false;
}

/** "pleaded not guilty", "appealed the ruling", "appealed against the sentence" (not "appealed for calm") */
function courtAction(t: Tokens, vw: string, v: number): boolean {
  const w1 = lower(t, v + 1);
  // a plea to an offence: "Mabey admitted causing death by dangerous driving" (a deed, -ing)
  if (vw === 'admitted' || vw === 'admits' || vw === 'admit') return OFFENCES.has(w1);
  if (!vw.startsWith('plead') && !vw.startsWith('pled') && !vw.startsWith('appeal')) return false;
  if (vw.startsWith('appeal')) {
    if (w1 === 'against') return true;
    return (w1 === 'the' || w1 === 'a' || w1 === 'his' || w1 === 'her' || w1 === 'its' || w1 === 'their') && COURT_OBJECTS.has(lower(t, v + 2));
  }
  return w1 === 'guilty' || w1 === 'not' || w1 === 'innocent' || w1 === 'no' || w1 === 'the';
}

/** offences a defendant admits to ("admitted causing death by dangerous driving"; not "admitted losing £400,000", testimony) */
const OFFENCES: ReadonlySet<string> = new Set(['causing', 'possessing', 'possession', 'supplying', 'stealing', 'theft', 'assaulting', 'assault', 'importing', 'handling', 'burgling', 'burglary', 'conspiring', 'conspiracy', 'dealing', 'harassing', 'harassment', 'murdering', 'manslaughter', 'wounding', 'robbing', 'robbery', 'defrauding', 'fraud', 'driving', 'attempting', 'careless', 'dangerous', 'criminal', 'charges', 'counts', 'offences', 'offenses']);

/** A legislature or court rejecting or dismissing something: "the Supreme Court dismissed the appeal". */
function voteOf(t: Tokens, ch: Chunk, vw: string): boolean {
  if (!(vw.startsWith('reject') || vw.startsWith('dismiss') || vw === 'denied' || vw === 'denies' || vw === 'deny')) return false;
  for (let k = ch.a; k < ch.b; k++) if (DECIDING_BODIES.has(lower(t, k))) return true;
  return false;
}

/** people let in ("admitted 11 new residents", "admits more students"), not a confession */
const ADMITTED_OBJECTS = new Set(['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'dozens', 'hundreds', 'thousands', 'more', 'new', 'patients', 'residents', 'students', 'refugees', 'members']);

/**
 * "add" with an object ("will add 30 beds", "added a clause"), "admit" with people let in
 * ("admitted 11 new residents"); "added that …", "added the talks would go on" are statements
 */
function addsObject(t: Tokens, vw: string, v: number): boolean {
  if (writesWorks(t, vw, v)) return true;
  const admits = vw === 'admit' || vw === 'admits' || vw === 'admitted' || vw === 'admitting';
  if (vw !== 'add' && vw !== 'adds' && vw !== 'added' && vw !== 'adding' && !admits) return false;
  let k = v + 1;
  // (a number's modifier first: "adding about 600 jobs", "added more than 40 staff")
  // (or a sum's currency sign: "Merchandise added roughly $4.4 million over the run")
  const sign = (x: number) => x < t.n && t.kind[x] !== K.Word && CURRENCY_SIGNS.has(t.text.charCodeAt(t.start[x])) && (t.flags[x + 1] & F.Digit) !== 0;
  if (APPROXIMATELY.has(lower(t, k)) && ((t.flags[k + 1] & F.Digit) || sign(k + 1))) k++;
  else if ((lower(t, k) === 'more' || lower(t, k) === 'up') && (lower(t, k + 1) === 'than' || lower(t, k + 1) === 'to') && (t.flags[k + 2] & F.Digit)) k += 2;
  if (!admits && sign(k)) return true;
  if (k >= t.n || t.kind[k] !== K.Word || t.sent[k] !== t.sent[v]) return false;
  if (!((t.flags[k] & F.Digit) !== 0 || (admits ? ADMITTED_OBJECTS : ADDED_OBJECTS).has(lower(t, k)))) return false;
  // (a number and what it counts: "added 24 points and Andre Kowalczyk had 17 …")
  if ((t.flags[k] & F.Digit) && t.kind[k + 1] === K.Word && !(t.flags[k + 1] & F.Cap) && !AUXILIARIES.has(lower(t, k + 1))) return true;
  // a reported clause without "that" has a verb of its own
  for (let m = k + 1; m < t.n && m <= k + 8 && t.sent[m] === t.sent[v]; m++) if (t.kind[m] === K.Word && AUXILIARIES.has(lower(t, m))) return false;
  return true;
}

/**
 * "Whitcombe wrote 214 checks to himself", "Vance wrote or co-wrote more than 400 songs",
 * "she wrote three novels", "he wrote the score for …": things written, counted or made, no
 * statement ("wrote that …", "wrote in a letter", "wrote on X" are statements)
 */
function writesWorks(t: Tokens, vw: string, v: number): boolean {
  if (vw !== 'wrote' && vw !== 'writes' && vw !== 'write' && vw !== 'penned' && vw !== 'composed') return false;
  let k = v + 1;
  // ("wrote or co-wrote", "wrote and produced")
  if ((lower(t, k) === 'or' || lower(t, k) === 'and') && t.kind[k + 1] === K.Word && !(t.flags[k + 1] & F.Cap)) k += 2;
  if (k >= t.n || t.sent[k] !== t.sent[v]) return false;
  if ((t.flags[k] & F.Digit) !== 0) return true;
  let w = lower(t, k);
  // ("more than 400", "about a dozen", "dozens of")
  if ((w === 'more' || w === 'fewer') && lower(t, k + 1) === 'than') { k += 2; w = lower(t, k); }
  else if (APPROXIMATELY.has(w)) { k++; w = lower(t, k); }
  if ((t.flags[k] & F.Digit) !== 0 || COUNT_WORDS.has(w)) return true;
  // a determiner, up to two modifiers, then a work ("the score", "a best-selling memoir")
  if (w !== 'a' && w !== 'an' && w !== 'the' && w !== 'his' && w !== 'her' && w !== 'their' && w !== 'its') return false;
  for (let m = k + 1; m <= k + 3 && m < t.n && t.kind[m] === K.Word && t.sent[m] === t.sent[v]; m++) if (WORKS.has(lower(t, m))) return true;
  return false;
}
const COUNT_WORDS: ReadonlySet<string> = new Set(['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'twelve', 'twenty', 'dozens', 'hundreds', 'thousands', 'scores', 'several', 'numerous', 'countless']);
const WORKS: ReadonlySet<string> = new Set(['book', 'books', 'novel', 'novels', 'song', 'songs', 'hit', 'hits', 'opera', 'operas', 'play', 'plays', 'symphony', 'symphonies', 'memoir', 'memoirs', 'poem', 'poems', 'score', 'scores', 'script', 'screenplay', 'biography', 'music', 'lyrics', 'album', 'column', 'columns', 'thesis', 'dissertation', 'textbook', 'cookbook', 'musical']);

const APPROXIMATELY: ReadonlySet<string> = new Set(['about', 'around', 'nearly', 'roughly', 'some', 'almost', 'approximately', 'over']);

/** A negation among the words [from, to) skipped before a verb: not, never, didn't. */
export function negated(t: Tokens, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const w = lower(t, k);
    if (w === 'not' || w === 'never' || w.endsWith("n't") || w.endsWith('n’t')) return true;
  }
  return false;
}
