// Places that stand for a body in an article: a capital for its government ("Beijing has cut
// rates" → China) and a club's city for the club named in full in a match report ("It was
// Vancouver's third straight win" → Vancouver Canucks). Each re-keys the place's name occurrence
// to the body's key, so the corpus step resolves it as a mention of the body; neither touches a
// place named as a place ("in Budapest", "fans in Vancouver").
import { F, K, W, lower, wb, type Tokens } from './tokens';
import type { Chunk } from './names';
import type { NameOcc } from './extract';
import { capitalCountry, countryGroup, isPlaceKey } from './lexicon/places';
import { COMPANY_ENDS, FUNCTION_WORDS } from './lexicon/words';

/** words before a capital that make it the place, not its government ("in Brussels", "a Moscow court", "Senator X of Washington") */
const PLACE_BEFORE: ReadonlySet<string> = new Set(['in', 'at', 'from', 'to', 'near', 'outside', 'inside', 'across', 'around', 'via', 'into',
  'through', 'toward', 'towards', 'of', 'for', 'within', 'throughout', 'visit', 'visits', 'visited', 'visiting', 'linking', 'a', 'an', 'the',
  'capital', 'city', 'link', 'links', 'linked', 'connect', 'connects', 'connecting']);

/** what "Brussels" stands for in the news: the European Union's executive, not Belgium's government */
const EU_SEAT = 'european commission';

/**
 * A capital standing for its government where it is not a speaker ("Beijing has cut mortgage
 * rates", "accused Belgrade of", "Seoul's offer of talks"): its key becomes the country's group
 * id (an '@' key, which no name's own key is), so it is a mention of the country when the
 * country speaks somewhere in the corpus. Not the place: after "in", "from", "of" and the like,
 * before a noun it modifies ("the Washington area"), in a line of names (a byline's or
 * dateline's city), or opening a paragraph before punctuation ("Paris (AFP) –").
 */
export function governmentCapitals(t: Tokens, chunks: Chunk[], names: NameOcc[]): void {
  for (let i = 0; i < chunks.length; i++) {
    const c = chunks[i], occ = names[i];
    if (occ.speaker || c.loose || c.words > 2 || countryGroup(c.key)) continue;
    const country = c.key === 'brussels' ? EU_SEAT : capitalCountry(c.key);
    if (!country) continue;
    const prev = c.a - 1;
    if (prev >= 0 && t.kind[prev] === K.Word && PLACE_BEFORE.has(lower(t, prev))) continue;
    const next = c.b;
    const nk = next < t.n ? t.kind[next] : K.End;
    if (nk === K.Dash && t.start[next] === c.end) continue;
    if (nk === K.Word && !(t.flags[next] & F.Cap) && (wb(t, next) & (W.GroupNoun | W.Org | W.PersonHead | W.PersonNoun))) continue;
    if (t.paraStart[t.para[c.a]] === c.a && nk !== K.Word && nk !== K.Poss) continue;
    if (nameLine(t, c.a)) continue;
    occ.key = country;
  }
}

/** words before a team's city that make it the place ("in Vancouver", "the Seattle area", "the mayor of Boston") */
const TEAM_PLACE_BEFORE: ReadonlySet<string> = new Set(['in', 'at', 'near', 'from', 'into', 'outside', 'inside', 'across', 'around', 'throughout',
  'within', 'via', 'through', 'toward', 'towards', 'downtown', 'visit', 'visits', 'visited', 'visiting', 'of', 'the', 'a', 'an']);
/** plurals that end the names of places, bodies and events, not teams ("Palm Springs", "Texas Democrats", "New York Times") */
const NOT_NICKNAMES: ReadonlySet<string> = new Set(['springs', 'falls', 'hills', 'heights', 'plains', 'woods', 'gardens', 'fields', 'lakes', 'isles',
  'islands', 'keys', 'rapids', 'sands', 'downs', 'meadows', 'acres', 'glades', 'flats', 'pines', 'oaks', 'narrows', 'banks', 'cliffs', 'rocks',
  'docks', 'towers', 'mills', 'works', 'commons', 'estates', 'times', 'news', 'games', 'olympics', 'nations', 'states', 'affairs', 'awards',
  'democrats', 'republicans', 'conservatives', 'liberals', 'socialists', 'independents', 'tories', 'greens', 'nationalists', 'unionists']);
/** first words of a two-word nickname ("Red Sox", "Maple Leafs", "Golden Knights") */
const NICKNAME_LEADS: ReadonlySet<string> = new Set(['red', 'white', 'blue', 'maple', 'golden', 'trail', 'black', 'silver']);

/**
 * A club's city standing for the club where the article names it in full ("Vancouver Canucks"
 * … "It was Vancouver's third straight win", "31 saves for Vancouver", "Kansas City quarterback
 * X"): the city's key becomes the club's, so it is a mention of the club. A club's name here is
 * a city of one or two words before a plural nickname that is no word of the lexicon
 * ("Canucks", "Chiefs", "Red Sox"); not a country. Not the place: after "in", "at", "of", "the"
 * and the like, or opening a paragraph before a comma, a dash or an agency's bracket (a dateline).
 */
export function clubCities(t: Tokens, chunks: Chunk[], names: NameOcc[]): void {
  let clubs: Map<string, string> | null = null;
  for (const c of chunks) {
    if (c.words < 2 || c.words > 4) continue;
    // (cheap rejects first: a last word in -s or "Sox", no given name first: "Jennifer Collins")
    const tail = t.text.charCodeAt(t.end[c.b - 1] - 1);
    if ((tail !== 115 && tail !== 120) || (wb(t, c.a) & W.Given) || (wb(t, c.b - 1) & NOT_NICKNAME_BITS)) continue;
    const last = lower(t, c.b - 1);
    if (!((last.length >= 4 && last.endsWith('s') && !last.endsWith('ss') && !last.endsWith("'s")) || last === 'sox')) continue;
    if (NOT_NICKNAMES.has(last) || COMPANY_ENDS.has(last)) continue;
    const words = c.key.split(' ');
    const cut = words.length >= 3 && NICKNAME_LEADS.has(words[words.length - 2]) ? 2 : 1;
    const city = words.slice(0, -cut).join(' ');
    if (city.length < 3 || words.length - cut > 2 || city.indexOf('-') >= 0 || countryGroup(city) || FUNCTION_WORDS.has(words[0]) || countryGroup(last) || isPlaceKey(last)) continue;
    (clubs ??= new Map()).set(city, c.key);
  }
  if (!clubs || !sportsReport(t)) return;
  for (let i = 0; i < chunks.length; i++) {
    const c = chunks[i], occ = names[i];
    const club = clubs.get(c.key);
    if (!club || occ.speaker || c.loose) continue;
    const prev = c.a - 1;
    if (prev >= 0 && t.kind[prev] === K.Word && TEAM_PLACE_BEFORE.has(lower(t, prev))) continue;
    const nk = c.b < t.n ? t.kind[c.b] : K.End;
    if (t.paraStart[t.para[c.a]] === c.a && (nk === K.Comma || nk === K.Dash || (nk === K.ParenOpen && c.b + 1 < t.n && !(t.flags[c.b + 1] & F.Digit)))) continue;
    if (nameLine(t, c.a)) continue;
    // (the evidence of a place is not the club's)
    occ.key = club;
    occ.p = 0;
    occ.o = 0;
  }
}
/** words of a match report: two of them make an article sport ("Edinburgh Trams" in a council story is a company) */
const SPORTS_WORDS: ReadonlySet<string> = new Set(['coach', 'season', 'playoff', 'playoffs', 'quarterback', 'innings', 'inning', 'touchdown',
  'touchdowns', 'overtime', 'goalkeeper', 'goaltender', 'pitcher', 'striker', 'rebounds', 'halftime', 'half-time', 'league', 'game', 'games',
  'match', 'standings', 'roster', 'rookie', 'homer', 'saves', 'assists', 'penalty', 'power-play', 'fixture', 'derby', 'scored', 'stadium']);

const SPORTS_WORD = new RegExp(`\\b(?:${[...SPORTS_WORDS].join('|')})\\b`, 'g');

function sportsReport(t: Tokens): boolean {
  let first: string | null = null;
  SPORTS_WORD.lastIndex = 0;
  for (let m = SPORTS_WORD.exec(t.text); m; m = SPORTS_WORD.exec(t.text)) {
    if (m[0] === first) continue;
    if (first !== null) return true;
    first = m[0];
  }
  return false;
}

const NOT_NICKNAME_BITS = W.Org | W.GroupNoun | W.PersonNoun | W.PersonHead | W.Publication | W.Function | W.Title | W.Demonym | W.MonthDay;

/** whether the paragraph of token k has no word in lower case (a byline, a dateline's places) */
function nameLine(t: Tokens, k: number): boolean {
  const p = t.para[k];
  for (let j = t.paraStart[p]; j < t.paraStart[p + 1]; j++) if (t.kind[j] === K.Word && !(t.flags[j] & (F.Cap | F.Digit))) return false;
  return true;
}
