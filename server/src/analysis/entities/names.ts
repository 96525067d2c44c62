// Proper-name chunker: runs of capitalised tokens, split into name segments at titles
// ("US Secretary of State Antony Blinken" → "US" | role | "Antony Blinken"), months, function
// words and leading places ("the Mideast Steve Witkoff" → "Mideast" | "Steve Witkoff").
import { Buf, F, K, W, type Tokens, lower, scratchI32, scratchU8, wb, wordKey } from './tokens';
import { nameKey } from './keys';
import { COMPANY_ENDS, FUNCTION_WORDS, GROUP_NOUNS, MEMBER_PLURALS, NAME_PARTICLES, ORG_MARKERS, POSSESSIVE_PRONOUNS, SURNAME_ENDS } from './lexicon/words';
import { countryGroup, isPlaceKey } from './lexicon/places';
import { PERSON_NOUNS, POST_NOMINALS, TITLE_WORDS } from './lexicon/titles';
import { isAbout } from '../text-country';

export interface Chunk {
  /** token range [a, b) */
  a: number;
  b: number;
  start: number;
  end: number;
  text: string;
  key: string;
  /** number of words */
  words: number;
  /** a person title ends right before the name, inside the same capitalised run */
  titled: boolean;
  /** first token of the role that precedes it in the same run, or -1 */
  roleFrom: number;
  /** contains an organisation marker word or is an acronym */
  org: boolean;
  /** inside a Title Case / ALL CAPS line or an over-long run: match entities by sub-sequences */
  loose: boolean;
  /** first word is a sentence start */
  sentInitial: boolean;
}

const MAX_CHUNK = 8;

/** Paragraphs written in Title Case or ALL CAPS (headlines, boilerplate). */
function headlineParas(t: Tokens): Uint8Array {
  const np = t.paraStart.length - 1;
  const out = new Uint8Array(Math.max(np, 0));
  for (let p = 0; p < np; p++) {
    const a = t.paraStart[p], b = t.paraStart[p + 1];
    // (a dash opens a release's sign-off, not a headline: "– The Honourable X, Secretary of State (Sport)")
    if (t.kind[a] === K.Dash) continue;
    let words = 0, caps = 0, allcaps = 0;
    const last = Math.min(b, a + 64);
    for (let i = a; i < last; i++) {
      if (t.kind[i] !== K.Word || t.flags[i] & F.Digit) continue;
      words++;
      const f = t.flags[i];
      if (f & F.Cap) {
        caps++;
        if (f & F.AllCaps) allcaps++;
      }
    }
    if (words >= 2 && allcaps === words) out[p] = 2;
    else if (words >= 3 && caps / words >= 0.75 && (caps === words || capFunctionWord(t, a, last))) out[p] = 1;
  }
  return out;
}

/** A capitalised function word after the first token of [a, b) ("Talks On The Budget"); asked
 * only of mostly capitalised paragraphs, so that ordinary prose never looks its words up. */
function capFunctionWord(t: Tokens, a: number, b: number): boolean {
  for (let i = a + 1; i < b; i++) {
    if (t.kind[i] === K.Word && (t.flags[i] & (F.Digit | F.Cap)) === F.Cap && (wb(t, i) & W.Function)) return true;
  }
  return false;
}

export interface ChunkIndex {
  chunks: Chunk[];
  /** chunk index + 1 for every token inside a chunk, else 0 */
  at: Int32Array;
  /** per token: 1 if the token is a capitalised word that is not a name part (title word etc.) */
  headline: Uint8Array;
}

export function chunkNames(t: Tokens): ChunkIndex {
  const { text, n, kind, flags } = t;
  const heads = headlineParas(t);
  const chunks: Chunk[] = [];
  const at = scratchI32(t.scratch, Buf.At, n);

  // the words of a place's name at k, two first ("South Africa") then one ("Jordan"), or 0
  const placeWords = (k: number): number => {
    if (capWord(k + 1) && t.sent[k + 1] === t.sent[k] && isPlaceKey(nameKey(text.slice(t.start[k], t.end[k + 1])))) return 2;
    return isPlaceKey(lower(t, k)) || countryGroup(lower(t, k)) !== undefined ? 1 : 0;
  };

  // one-word names that a possessive ends, as the text names a firm before its verb ("Christie's said"), found once on first ask
  let possFirms: Set<string> | null = null;
  const possessiveFirms = (): Set<string> => {
    if (possFirms) return possFirms;
    possFirms = new Set();
    for (let k = 1; k + 1 < n; k++) {
      if (kind[k] !== K.Poss || t.end[k] - t.start[k] !== 2 || kind[k - 1] !== K.Word || !(flags[k - 1] & F.Cap) || kind[k + 1] !== K.Word || !POSSESSIVE_FIRM_VERBS.has(lower(t, k + 1))) continue;
      // (one word, not a sentence's capitalised first word only: "Christie's said", "McDonald's says")
      if (k >= 2 && kind[k - 2] === K.Word && (flags[k - 2] & F.Cap)) continue;
      possFirms.add(lower(t, k - 1));
    }
    return possFirms;
  };

  // capWord() is asked several times of most capitalised tokens (run ends, bridges): their
  // answer is memoised per token (0 not yet, 1 no, 2 yes)
  const capMemo = scratchU8(t.scratch, Buf.CapWord, n);
  const capWord = (i: number): boolean => {
    if (i >= n || kind[i] !== K.Word) return false;
    const f = flags[i];
    if (!(f & F.Cap)) {
      // "ad-Din", "al-Qassam"
      if (!(f & F.Hyphen)) return false;
      const s = t.start[i];
      const h = hyphenIn(text, s, t.end[i]);
      return h > s && h < t.end[i] - 1 && h - s <= 3 && (flags[i] & F.Digit) === 0 && isUpperAt(text, h + 1) && NAME_PARTICLES.has(text.slice(s, h).toLowerCase());
    }
    const m = capMemo[i];
    if (m !== 0) return m === 2;
    const r = capName(i);
    capMemo[i] = r ? 2 : 1;
    return r;
  };
  /** a field's one capitalised word in a body's name: no given name, title, body word, place or acronym */
  const fieldWord = (x: number): boolean => capWord(x) && !(flags[x] & F.AllCaps) && !(wb(t, x) & (W.Given | W.TitleTok | W.Org)) && !isPlaceKey(lower(t, x)) && countryGroup(lower(t, x)) === undefined;
  /** capWord() of a capitalised word */
  const capName = (i: number): boolean => {
    const s = t.start[i];
    // a numbered stage of a competition is no name's word: "AFL Round 3", "a Round 3 match", "Game 7"
    if (i + 1 < n && kind[i + 1] === K.Word && isDigitAt(text, t.start[i + 1]) && STAGE_WORDS.has(lower(t, i))) return false;
    // a currency's code or an economic measure's letters is no name: "15.8 billion USD", "GDP"
    // (a currency's code unless the text defines it in brackets as a body's: "Ghana Health Service (GHS)")
    if ((flags[i] & F.AllCaps) && t.end[i] - s === 3) {
      const letters = text.slice(s, t.end[i]);
      if (MEASURE_LETTERS.has(letters) || (NOT_NAME_LETTERS.has(letters) && text.indexOf(`(${letters})`) < 0)) return false;
    }
    // a reporting period's code is no name's word: "Ardent Specialty Q1 combined ratio", "Thamesgate H1 profit"
    if (t.end[i] - s <= 6 && isDigitAt(text, t.end[i] - 1) && PERIOD_CODE.test(text.slice(s, t.end[i]))) return false;
    // a degree or an honour after a name and a comma is no name: "Luisa Echeverria-Pratt, MD, MPH, told"
    if (i > 0 && kind[i - 1] === K.Comma && t.end[i] - s <= 6 && POST_NOMINALS.has(text.slice(s, t.end[i]))) return false;
    for (let k = s + 1; k < t.end[i]; k++) {
      const ch = text.charCodeAt(k);
      if ((ch === 39 || ch === 0x2019) && FUNCTION_WORDS.has(text.slice(s, k).toLowerCase())) return false; // We’ve, It’s
      // a sum with its currency's letter is no name part: "pays Rand Water R18.26 per kilolitre"
      if (ch === 46 && k + 1 < t.end[i] && isDigitAt(text, k - 1) && isDigitAt(text, k + 1)) return false;
    }
    // a headline's first word that honours the name after it: "Remembering Evelyn Marchetti-Doyle"
    if (t.para[i] === 0 && t.paraStart[0] === i && TRIBUTE_WORDS.has(lower(t, i))) return false;
    if (heads[t.para[i]]) {
      if (wb(t, i) & (W.Function | W.Speech | W.Aux)) return false;
    }
    // a headline's verb after a name, in a first line whose short words are in lower case:
    // "Bank of Korea Cuts Key Rate to 2.25%" (not part of the bank's name)
    if (t.para[i] === 0 && i > 0 && t.kind[i - 1] === K.Word && (t.flags[i - 1] & F.Cap) && HEADLINE_VERBS.has(lower(t, i))) return false;
    return true;
  };

  let i = 0;
  while (i < n) {
    if (!capWord(i)) { i++; continue; }
    // a wire's label before a name at a paragraph's start: "SOURCE Meridex Health, Inc."
    if ((flags[i] & F.AllCaps) && t.paraStart[t.para[i]] === i && WIRE_LABELS.has(lower(t, i)) && i + 1 < n && capWord(i + 1) && !(flags[i + 1] & F.AllCaps)) { i++; continue; }
    // a paragraph's first words set in capitals, as some papers open a story: "A FORMER Lesotho
    // Highlands Development Authority (LHDA) manager" (the role word is no part of the name)
    if (t.paraStart[t.para[i]] === i) {
      const lead = (lower(t, i) === 'a' || lower(t, i) === 'the') && i + 1 < n && t.para[i + 1] === t.para[i] ? i + 1 : i;
      if ((flags[lead] & F.AllCaps) && CAPS_LEADS.has(lower(t, lead)) && lead + 1 < n && capWord(lead + 1) && !(flags[lead + 1] & F.AllCaps)) { i = lead + 1; continue; }
    }
    // a surname's lower-case particle before the run: "de Graaf said", "van der Berg"
    const from = i;
    while (i > 0 && from - i < 2 && kind[i - 1] === K.Word && !(flags[i - 1] & F.Cap) && t.sent[i - 1] === t.sent[from] && LEADING_PARTICLES.has(lower(t, i - 1)) && !(i - 2 >= 0 && kind[i - 2] === K.Word && capWord(i - 2))) i--;
    // maximal run with bridges ("of", "of the", particles)
    let j = i + 1;
    let bridged = false;
    /** inside a title's portfolio ("Minister for …") */
    let inPortfolio = false;
    /** after an institution's "of" ("Department of …") */
    let ofField = false;
    for (;;) {
      // (a ticker after a company's legal form: "Brightvale Foods Inc. BVF tumbled")
      if (j < n && capWord(j) && t.sent[j] === t.sent[i] && (flags[j] & F.AllCaps) && LEGAL_FORMS.has(lower(t, j - 1)) && t.end[j] - t.start[j] <= 5) break;
      if (j < n && capWord(j) && t.sent[j] === t.sent[i]) { j++; continue; }
      // a union's local by its number: "United Steelworkers Local 6500", "Local 1199"
      if (j < n && localNumber(t, j) && t.sent[j] === t.sent[i]) { j++; continue; }
      // a list of portfolios in a ministry's name: "Ministry of Agriculture, Forestry and Fisheries"
      // (or of fields after a body's "for": "Seychelles National Institute for Culture, Heritage and Arts")
      // (the first item a word outside the lexicon right after the "of": "Ministry of Electricity, Water and Renewable
      // Energy", "Academy of Art, Culture and Languages"; not a place: "Bank of Ghana, Ecobank and …")
      // (or of two words: "Ministry of Natural Resources, Ecology and Technical Supervision")
      const firstItem = kind[j] === K.Comma && j >= 2 && !(wb(t, j - 1) & (W.Org | W.Given | W.TitleTok)) && !isPlaceKey(lower(t, j - 1)) &&
        ((lower(t, j - 2) === 'of' || lower(t, j - 2) === 'for') || (j >= 3 && (lower(t, j - 3) === 'of' || lower(t, j - 3) === 'for') && capWord(j - 2) && !(wb(t, j - 2) & (W.Org | W.Given | W.TitleTok)) && !isPlaceKey(lower(t, j - 2)) && FIELD_WORD.test(lower(t, j + 1))));
      if (kind[j] === K.Comma && ((wb(t, j - 1) & W.Portfolio) || bridged || firstItem) && hasMarker(t, i, j) && (bridged || firstItem || lower(t, i + 1) === 'of' || lower(t, i + 1) === 'for' || lower(t, i + 2) === 'of' || lower(t, i + 2) === 'for')) {
        // (items of one or two words: "Ministry of Agriculture, Animal Industry and Fisheries")
        // (a portfolio that is also an organisation's word is a portfolio here: "Culture, Media and Sport")
        const item = (x: number): number => {
          if (!capWord(x) || (wb(t, x) & (W.Given | W.TitleTok))) return 0;
          if (wb(t, x) & W.Portfolio) return 1;
          // (a field's one word: "Ecology", "Hydrology")
          if (FIELD_WORD.test(lower(t, x)) && !(wb(t, x) & W.Org) && (kind[x + 1] === K.Comma || lower(t, x + 1) === 'and')) return 1;
          // (or any one word when the first item was one outside the lexicon, no acronym: "Ministry
          // of Water, Land and Resource Stewardship"; not "the Ministry of Water, Oxfam and UNICEF")
          if ((bridged || (firstItem && !(flags[x] & F.AllCaps) && !(flags[x + 2] & F.AllCaps))) && !(wb(t, x) & W.Org) && !isPlaceKey(lower(t, x)) && (kind[x + 1] === K.Comma || lower(t, x + 1) === 'and')) return 1;
          if (wb(t, x) & W.Org) return 0;
          return capWord(x + 1) && !(wb(t, x + 1) & (W.Given | W.Org | W.TitleTok)) && (kind[x + 2] === K.Comma || lower(t, x + 2) === 'and') ? 2 : 0;
        };
        let k = j;
        while (k + 1 < n && kind[k] === K.Comma && item(k + 1) > 0 && k - j < 8) k += 1 + item(k + 1);
        // (past a serial comma before "and": "Department of Lifelong Education, Advancement, and Potential")
        if (k > j && kind[k] === K.Comma && lower(t, k + 1) === 'and') k++;
        // (the last item may have its article: "Department of Agriculture, Food and the Marine")
        const lastAt = lower(t, k + 1) === 'the' && k > j ? k + 2 : k + 1;
        // (a portfolio that is also a title's word is a portfolio here: "and the Marine")
        // (and one that is also a given name, after its article: "Marine")
        const itemWord = (x: number): boolean => capWord(x) && (!(wb(t, x) & W.Given) || ((wb(t, x) & W.Portfolio) !== 0 && lower(t, x - 1) === 'the')) && (!(wb(t, x) & W.TitleTok) || (wb(t, x) & W.Portfolio) !== 0);
        if (lastAt < n && lower(t, k) === 'and' && itemWord(lastAt)) {
          // (the last item ends with a portfolio or a word that is no organisation's: "and
          // Sport", "and International Cooperation", "and Fisheries")
          let e = lastAt;
          while (e < n && itemWord(e) && e - k < 5 && ((wb(t, e) & W.Portfolio) || !(wb(t, e) & W.Org) || (capWord(e + 1) && e - k < 4))) e++;
          if (e > lastAt) {
            j = e;
            continue;
          }
        }
      }
      // a list of portfolios before the body's head word, first and last a portfolio word:
      // "Foreign, Commonwealth and Development Office", "Digital, Culture, Media and Sport Committee"
      if (kind[j] === K.Comma && j - i <= 2 && allPortfolio(t, i, j)) {
        let k = j;
        while (k + 2 < n && kind[k] === K.Comma && capWord(k + 1) && !(wb(t, k + 1) & (W.Given | W.TitleTok | W.Org)) && k - j < 8) k += 2;
        if (k + 2 < n && lower(t, k) === 'and' && capWord(k + 1) && (wb(t, k + 1) & W.Portfolio)) {
          let e = k + 2;
          while (e < n && e < k + 4 && capWord(e) && (wb(t, e) & W.Portfolio) && !(wb(t, e) & W.Org)) e++;
          if (e < n && capWord(e) && (wb(t, e) & W.Org) && t.sent[e] === t.sent[i]) { j = e + 1; continue; }
        }
      }
      // the trades a union or an association is of, the fields of an agency: "Kenya Medical
      // Practitioners, Pharmacists and Dentists Union", "Philippine Atmospheric, Geophysical and
      // Astronomical Services Administration"
      if (kind[j] === K.Comma && j - i >= 2 && LIST_ITEM.test(lower(t, j - 1)) && hasMarker(t, i, j) === false) {
        let k = j;
        while (k + 2 < n && kind[k] === K.Comma && capWord(k + 1) && LIST_ITEM.test(lower(t, k + 1)) && !(wb(t, k + 1) & (W.Given | W.TitleTok | W.Org)) && k - j < 8) k += 2;
        if (k > j && lower(t, k) === 'and' && capWord(k + 1) && LIST_ITEM.test(lower(t, k + 1))) {
          let e = k + 2;
          while (e < n && e < k + 4 && capWord(e) && !(wb(t, e) & (W.Given | W.TitleTok)) && !MEMBERS_BODIES.has(lower(t, e - 1)) && t.sent[e] === t.sent[i]) e++;
          if (e > k + 2 && (MEMBERS_BODIES.has(lower(t, e - 1)) || (wb(t, e - 1) & W.Org))) { j = e; continue; }
        }
      }
      // a list of one-word fields before a body's head word, the first field alone before its comma:
      // "Rail, Tram and Bus Union", "Economy, Trade and Industry Ministry", "Newry, Mourne and Down
      // District Council" (not a list of names or places: "Kenya, Uganda and Tanzania")
      // (an item may have two words: "Bakery, Confectionery, Tobacco Workers and Grain Millers International Union")
      if (kind[j] === K.Comma && (j === i + 1 || (j === i + 2 && lower(t, i) === 'the')) && fieldWord(j - 1)) {
        // (the words of the item at x: 1 or 2, 0 when no field's)
        const item = (x: number): number => (fieldWord(x) ? (fieldWord(x + 1) ? 2 : 1) : 0);
        let k = j, w = 0;
        while (k + 2 < n && kind[k] === K.Comma && (w = item(k + 1)) > 0 && kind[k + 1 + w] === K.Comma && k - j < 8) k += 1 + w;
        if (k + 2 < n && kind[k] === K.Comma && (w = item(k + 1)) > 0 && lower(t, k + 1 + w) === 'and') k += 1 + w;
        if (k > j && lower(t, k) === 'and' && fieldWord(k + 1)) {
          let e = k + 2;
          while (e < n && e < k + 5 && capWord(e) && !(wb(t, e) & (W.Given | W.TitleTok)) && !(wb(t, e - 1) & W.Org) && t.sent[e] === t.sent[i]) e++;
          if (e > k + 2 && (wb(t, e - 1) & W.Org)) { j = e; continue; }
        }
      }
      // a list that the acronym in brackets after it spells, whatever its last word: "Immigration,
      // Refugees and Citizenship Canada (IRCC)" (the lists above need a body's head word at the end)
      if (kind[j] === K.Comma && (j === i + 1 || (j === i + 2 && lower(t, i) === 'the'))) {
        let k = j, ands = 0;
        for (; k < n && k < j + 12 && t.sent[k] === t.sent[i]; k++) {
          if (lower(t, k) === 'and') ands++;
          else if (kind[k] !== K.Comma && !capWord(k)) break;
        }
        if (ands === 1 && kind[k] === K.ParenOpen && capWord(k - 1) && bracketAcronym(t, k) === initials(t, lower(t, i) === 'the' ? i + 1 : i, k)) { j = k; continue; }
      }
      // a nickname in quotes between a given name and the surname: "Ramon “Bong” Villaraza", after a
      // title too ("Agriculture Secretary Florencio "Dodong" Magsino"); a gamer's handle in lower case
      // glued to its quotes ("Tomas "tomte" Ekholm")
      // (named: the words of the name before the quote, 0 when no quote opens there)
      const named = kind[j] === K.QuoteOpen ? wordsPastTitles(t, i, j) : 0;
      if (j + 3 < n && named >= 1 && named <= 2 && !(wb(t, j - 1) & (W.TitleTok | W.Org)) && (capWord(j + 1) || (kind[j + 1] === K.Word && t.start[j + 1] === t.end[j] && t.end[j + 1] === t.start[j + 2])) && kind[j + 2] === K.QuoteClose && capWord(j + 3) && t.sent[j + 3] === t.sent[i]) { j += 4; continue; }
      // (of two words: "Edgardo “Ka Edong” Manalastas")
      if (j + 4 < n && named >= 1 && named <= 2 && !(wb(t, j - 1) & (W.TitleTok | W.Org)) && capWord(j + 1) && capWord(j + 2) && kind[j + 3] === K.QuoteClose && capWord(j + 4) && t.sent[j + 4] === t.sent[i] && t.start[j + 1] === t.end[j]) { j += 5; continue; }
      // "&" inside a firm's name: "Harrow & Lyle", "Procter & Gamble"
      if (j + 1 < n && kind[j] === K.Other && t.end[j] - t.start[j] === 1 && text.charCodeAt(t.start[j]) === 38 && capWord(j + 1) && t.sent[j + 1] === t.sent[i]) { j += 2; continue; }
      // a word in brackets inside a body's name, before its last word: "Te Atiawa (Taranaki)
      // Trust", "Lanka Coal Company (Pvt) Ltd", "Itonut (1983) Ltd" (not an acronym in capitals)
      if (j + 3 < n && kind[j] === K.ParenOpen && kind[j + 1] === K.Word && kind[j + 2] === K.ParenClose && t.sent[j + 3] === t.sent[i] && capWord(j + 3) && ((capWord(j + 1) && !(flags[j + 1] & F.AllCaps)) || /^\d{4}$/.test(t.text.slice(t.start[j + 1], t.end[j + 1]))) && ((wb(t, j + 3) & W.Org) || LEGAL_FORMS.has(lower(t, j + 3)))) { j += 4; continue; }
      // a company's legal form after a comma: "Meridex Health, Inc.", "Foo Holdings, LLC"
      if (j + 1 < n && kind[j] === K.Comma && capWord(j + 1) && t.sent[j + 1] === t.sent[i] && LEGAL_FORMS.has(lower(t, j + 1))) { j += 2; continue; }
      // a firm whose name ends in a possessive, before its verb: "Moody's said", "Sainsbury's says"
      // (or before a relative clause about it: "Moody’s, which upgraded the country in July, said")
      if (j + 2 < n && kind[j] === K.Poss && j > i && t.end[j] - t.start[j] === 2 && ((kind[j + 1] === K.Word && POSSESSIVE_FIRM_VERBS.has(lower(t, j + 1))) || (kind[j + 1] === K.Comma && lower(t, j + 2) === 'which'))) { j += 1; break; }
      // (and the same one-word name with its possessive anywhere else in the text: "Christie's next
      // watch sale", "Bids at Christie's rose", once "Christie's said" names the firm)
      if (j === i + 1 && kind[j] === K.Poss && t.end[j] - t.start[j] === 2 && possessiveFirms().has(lower(t, i))) { j += 1; break; }
      // a possessive inside an organisation's name: "Alzheimer's Association", "People's Liberation Army"
      if (j + 1 < n && kind[j] === K.Poss && capWord(j + 1) && t.sent[j + 1] === t.sent[i] && possessiveOrg(t, i, j, capWord)) { j += 2; continue; }
      if (j + 1 < n && kind[j] === K.Word && !(flags[j] & F.Cap) && t.sent[j] === t.sent[i]) {
        // every bridge below needs a capitalised word right after it (or after "of the"):
        // without one, the word is not read
        if (!capWord(j + 1) && !capWord(j + 2)) break;
        const w = lower(t, j);
        // a title "in Charge": "Special Agent in Charge Lorraine Beckwith-Tate", "Officer in Charge"
        if (j > i && inCharge(t, j) && (lower(t, j - 1) === 'agent' || lower(t, j - 1) === 'officer')) { j += 2; continue; }
        // a mission named with its host country: "UN Assistance Mission in Afghanistan", "EU Delegation to Georgia"
        // (or an embassy of a country, in the one it is in: "Embassy of Morocco in Belgium")
        const i1 = lower(t, i) === 'the' ? i + 1 : i;
        const embassy = w === 'in' && j - i1 >= 3 && j - i1 <= 4 && HOST_BODIES.has(lower(t, i1)) && lower(t, i1 + 1) === 'of' && (isPlaceKey(lower(t, j - 1)) || countryGroup(lower(t, j - 1)) !== undefined);
        if ((w === 'in' || w === 'to') && j > i && (HOST_BODIES.has(lower(t, j - 1)) || embassy) && capWord(j + 1) && t.sent[j + 1] === t.sent[i]) {
          const place = placeWords(j + 1);
          if (place > 0) { j += place + 1; continue; }
        }
        // the country a members' body is of, after its members: "Association of Banks in Jordan",
        // "Institute of Directors in South Africa" (not "the Ministry of Health in Kenya")
        if (w === 'in' && ofField && j >= i + 3 && lower(t, j - 2) === 'of' && MEMBERS_OF_HEADS.has(lower(t, j - 3)) && lower(t, j - 1).endsWith('s') && capWord(j + 1) && t.sent[j + 1] === t.sent[i]) {
          const place = placeWords(j + 1);
          if (place === 2 || (place === 1 && !capWord(j + 2))) { j += place + 1; continue; }
        }
        // a subject's field after a name bridged by "for": "Moroccan Association for Transparency
        // in Public Spending", "Association for Women in Science" (not a place: "Center for
        // Strategic Studies in Washington", "… in Sri Lanka")
        if (w === 'in' && bridged && capWord(j + 1) && capWord(j + 2) && t.sent[j + 2] === t.sent[i] && !((wb(t, j + 1) | wb(t, j + 2)) & (W.Given | W.TitleTok | W.Org)) && !isPlaceKey(lower(t, j + 1)) && !isPlaceKey(lower(t, j + 2)) && !isPlaceKey(nameKey(t.text.slice(t.start[j + 1], t.end[j + 2]))) && countryGroup(lower(t, j + 1)) === undefined && !(j + 3 < n && capWord(j + 3))) { j += 3; continue; }
        // a title's body after "to the", its holder's name after it: "Secretary to the Treasury Daniel Okafor"
        if (w === 'to' && j > i && (flags[j - 1] & F.Cap) && (wb(t, j - 1) & W.TitleTok) && lower(t, j + 1) === 'the' && capWord(j + 2) && (wb(t, j + 2) & W.Org) && t.sent[j + 2] === t.sent[i]) { j += 3; continue; }
        if (w === 'of') {
          if (!ofBridge(t, i, j)) break;
          // "Fabien Villedieu of the SUD-Rail union": the name before an affiliation (a
          // capitalised modifier of a lower-case organisation noun) stays a name
          if (affiliation(t, lower(t, j + 1) === 'the' ? j + 2 : j + 1, capWord)) break;
          // a ministry's or a title's portfolio: "Department of Health and Social Care"
          if ((wb(t, j - 1) & (W.Org | W.TitleTok)) && (wb(t, j + 1) & W.Portfolio)) inPortfolio = true;
          // (an institution's field, which may have two parts: "Department of Forestry and Fire Protection")
          if (wb(t, j - 1) & W.Org) ofField = true;
          if (capWord(j + 1)) { j += 2; continue; }
          if (j + 2 < n && lower(t, j + 1) === 'the' && capWord(j + 2)) { j += 3; continue; }
        } else if ((wb(t, j) & W.Particle) && capWord(j + 1)) { j += 2; continue; }
        // two particles: "Ursula von der Leyen", "Gabriel de la Torre"
        else if ((wb(t, j) & W.Particle) && j + 2 < n && kind[j + 1] === K.Word && !(flags[j + 1] & F.Cap) && (wb(t, j + 1) & W.Particle) && capWord(j + 2) && t.sent[j + 2] === t.sent[i]) { j += 3; continue; }
        // a country whose name has "and the" in it: "St. Vincent and the Grenadines Meteorological Services"
        else if (w === 'and' && j > i && lower(t, j + 1) === 'the' && capWord(j + 2) && AND_COUNTRIES.has(`${lower(t, j - 1)} and the ${lower(t, j + 2)}`)) { j += 3; continue; }
        // "Office for Budget Responsibility", "Panel on Climate Change", "National Oceanic and
        // Atmospheric Administration", "UN Office for the Coordination of Humanitarian Affairs"
        // (and "and the" inside a name bridged by "for": "National Institute for Public Health and the Environment")
        else if ((w === 'for' || w === 'on' || w === 'and' || (w === 'into' && INTO_HEADS.has(lower(t, j - 1)))) && (capWord(j + 1) || ((w === 'for' || (w === 'and' && bridged)) && lower(t, j + 1) === 'the' && capWord(j + 2)))) {
          // a name that its acronym in brackets spells whole: "Australian Bureau of Agricultural and
          // Resource Economics and Sciences (ABARES)"
          const e = runBeforeBracket(t, j, capWord);
          // (or with its small words: "Transport for London (TfL)")
          const acronym = e > 0 ? bracketAcronym(t, e) : '';
          // (not one that spells the body after the "and" alone: "the AFP and Australian Border Force (ABF)")
          // (or its field alone, past the head and its "of": "Department of Education and Early Childhood Development (EECD)")
          const h0 = lower(t, i) === 'the' ? i + 1 : i;
          const fieldSpelled = acronym !== '' && j > h0 + 2 && lower(t, h0 + 1) === 'of' && (wb(t, h0) & W.Org) !== 0 && spells(acronym, initials(t, h0 + 2, e));
          if (acronym !== '' && (spells(acronym, initials(t, i, e)) || acronym === initials(t, i, e, false) || fieldSpelled) && !(w === 'and' && acronym === initials(t, j + 1, e))) { j = e; continue; }
          const from = capWord(j + 1) ? j + 1 : j + 2;
          let r = from;
          while (r < n && r < from + 5 && capWord(r) && t.sent[r] === t.sent[i]) r++;
          // (a plural possessive inside it, before an organisation word: "Transport and General Workers’ Union")
          if (r > from && r + 1 < n && t.kind[r] === K.Poss && t.end[r] - t.start[r] === 1 && lower(t, r - 1).endsWith('s') && capWord(r + 1) && (wb(t, r + 1) & W.Org) && t.sent[r + 1] === t.sent[i]) r += 2;
          // a title's portfolio: "Minister for Municipal Administration P. Senthilvel", "Deputy
          // Fuel and Energy Minister Gennady Tarasevich"
          // ("Minister of State for Manpower Desmond Lai")
          if (w === 'for' && ((wb(t, j - 1) & W.TitleTok) || (j >= 3 && lower(t, j - 2) === 'of' && (wb(t, j - 3) & W.TitleTok))) && portfolioEnd(t, from, r) > from) {
            inPortfolio = true;
            j = r;
            continue;
          }
          if (w === 'and' && (wb(t, j - 1) & W.Portfolio) && (wb(t, j + 1) & W.Portfolio) && (wb(t, from) & W.Portfolio)) {
            let k = from;
            while (k < r && (wb(t, k) & W.Portfolio)) k++;
            // ("Secretary of State for Health and Social Care Wes Streeting")
            if (inPortfolio || (k < r && (wb(t, k) & W.TitleTok))) { j = r; continue; }
          }
          const leftOrg = hasMarker(t, i, j);
          // two places that name one body: "England and Wales Cricket Board", "Trinidad and Tobago Football Association"
          const i0 = lower(t, i) === 'the' ? i + 1 : i;
          // ("Punjab and Haryana High Court": two names before a court or a board)
          if (w === 'and' && j - i0 === 1 && ((isPlaceKey(lower(t, i0)) && isPlaceKey(lower(t, j + 1))) || (JOINT_BODIES.has(lower(t, r - 1)) && !((wb(t, i0) | wb(t, j + 1)) & (W.Given | W.Org)))) && (wb(t, r - 1) & W.Org) && r - j >= 3) { j = r; continue; }
          // a country whose name has "and" in it: "the Court of Bosnia and Herzegovina", "Trinidad and Tobago"
          if (w === 'and' && j > i && capWord(j + 1) && AND_COUNTRIES.has(`${lower(t, j - 1)} and ${lower(t, j + 1)}`)) { j += 2; continue; }
          // a body of two places: "the Catholic Bishops’ Conference of England and Wales", "the
          // Geological Survey of Denmark and Greenland"
          if (w === 'and' && j >= i + 3 && lower(t, j - 2) === 'of' && isPlaceKey(lower(t, j - 1)) && capWord(j + 1) && isPlaceKey(lower(t, j + 1)) && (leftOrg || ON_HEADS.has(lower(t, j - 3)) || TWO_PLACE_HEADS.has(lower(t, j - 3)) || (wb(t, j - 3) & W.Org))) { j += 2; continue; }
          // (a body's name that goes on after "and" with its kinds alone, no name of their own: "Sunshine
          // Coast Hospital and Health Service", "Metro North Hospital and Health Service")
          // (not a second body of the same kind: "the Fire Department and Police Department")
          if (w === 'and' && leftOrg && r - from >= 2 && r - from <= 3 && (wb(t, r - 1) & W.Org) && allKinds(t, from, r) && lower(t, r - 1) !== lower(t, j - 1)) { j = r; continue; }
          // a family firm: "H. J. Bickerstaffe and Sons"
          if (w === 'and' && r - from === 1 && (lower(t, from) === 'sons' || lower(t, from) === 'daughters')) { j = r; continue; }
          // (and a museum or an archive kept by a body: "Country Music Hall of Fame and Museum")
          if (w === 'and' && r - from === 1 && AND_INSTITUTIONS.has(lower(t, from)) && hasMarker(t, i, j)) { j = r; continue; }
          // a city's department named by two portfolios, after its city's name if any: "Lincoln Parks and Recreation said"
          if (w === 'and' && j - i0 <= 2 && r - from === 1 && (wb(t, j - 1) & W.Portfolio) && (wb(t, from) & W.Portfolio) && !((wb(t, j - 1) | wb(t, from)) & (W.Given | W.TitleTok | W.Org)) && (j - i0 === 1 || !(wb(t, i0) & (W.TitleTok | W.Org)))) { j = r; continue; }
          // a federal department named by its portfolios and its country: "Fisheries and Oceans
          // Canada", "Environment and Climate Change Canada"
          if (w === 'and' && j - i0 === 1 && (wb(t, i0) & W.Portfolio) && !(wb(t, i0) & W.Org) && r - from >= 2 && r - from <= 3 && countryGroup(lower(t, r - 1)) !== undefined && !((wb(t, from) | wb(t, r - 2)) & (W.Given | W.TitleTok | W.Org))) { j = r; continue; }
          // a body that names two fields before its head, after "the": "the International Boundary and
          // Water Commission", "the Texas Independent Producers and Royalty Owners Association" (not
          // two bodies, "the Fire Department and Police Department", nor an acronym's, "the FBI and Justice Department")
          if (w === 'and' && (i0 > i || (i > 0 && lower(t, i - 1) === 'the')) && (wb(t, r - 1) & W.Org) && r - j >= 3 && r - j <= 5 && j - i0 >= 1 && j - i0 <= 3 && allCapitalised(t, i0, j) && !(wb(t, j - 1) & W.Org) && !isPlaceKey(lower(t, j - 1)) && !anyWithBits(t, i0, r, W.Given | W.TitleTok) && !anyAllCaps(t, i0, j)) { j = r; continue; }
          // (two firms' whole names, the second with its legal form, are two: "Prairie Gold Genetics and
          // Hartwell Seed Co. announced"; not "Procter and Gamble Co.")
          // (X "and" a name that goes on with "of" is two names, "Diaz and Highland Chamber of
          // Commerce", unless an article makes it one: "The Securities and Exchange Board of India")
          const rightOrg = (wb(t, r - 1) & W.Org) !== 0;
          // (one organisation word after "the", then "and" and a body of three words or more: "the
          // Community and Public Sector Union")
          if (w === 'and' && leftOrg && j - i === 1 && i > 0 && lower(t, i - 1) === 'the' && rightOrg && r - j >= 4 && !hasMarker(t, j + 1, r - 1) && !((wb(t, j + 1)) & (W.Given | W.TitleTok))) { j = r; continue; }
          // (or two organisation words before one head: "the University and College Union")
          if (w === 'and' && leftOrg && j - i === 1 && i > 0 && lower(t, i - 1) === 'the' && rightOrg && r - j === 3 && (wb(t, j + 1) & W.Org) && !((wb(t, j + 1)) & (W.Given | W.TitleTok))) { j = r; continue; }
          // a transport body named for its place: "Transport for London", "Transport for NSW" (one
          // portfolio word that opens the run, not a title's: "Minister for Transport Jo Lee")
          if (w === 'for' && j - i0 === 1 && (wb(t, i0) & W.Portfolio) && !(wb(t, i0) & (W.TitleTok | W.Org)) && !(i0 > 0 && (wb(t, i0 - 1) & W.TitleTok)) && r - from >= 1 && r - from <= 2 && from === j + 1 && !anyWithBits(t, from, r, W.Given | W.TitleTok | W.Portfolio | W.Org)) { j = r; continue; }
          // a group named for what its members want, of one plural before "for", before its verb:
          // "Homes for Scotland said", "Americans for Prosperity says"
          if (w === 'for' && j - i0 === 1 && !(flags[i0] & F.AllCaps) && lower(t, i0).length >= 5 && lower(t, i0).endsWith('s') && !lower(t, i0).endsWith('ss') && !(wb(t, i0) & (W.TitleTok | W.Org | W.Given | W.Portfolio)) && r - from >= 1 && r - from <= 2 && from === j + 1 && !anyWithBits(t, from, r, W.Given | W.TitleTok) && t.kind[r] === K.Word && (wb(t, r) & W.Speech) !== 0) { j = r; continue; }
          // ("on" only after a body that works on a subject: "Panel on Climate Change", not
          // "the Woods Hole Oceanographic Institution on Cape Cod")
          // (nor an acronym alone after "on": "Delhi Jal Board on IIT study"; nor before "and", which
          // is a body of its own: "NATS and Bristol Airport each told")
          if (((w === 'for' || w === 'into' || ON_HEADS.has(lower(t, j - 1))) && w !== 'and' && leftOrg && r - j > 1 && !(wb(t, from) & W.MonthDay) && !(w === 'on' && r - from === 1 && (t.flags[from] & F.AllCaps))) || (w === 'and' && !leftOrg && rightOrg && j - i >= 1 && !(j - i >= 2 && r - from >= 3 && LEGAL_FORMS.has(lower(t, r - 1))) && !isPlaceKey(lower(t, j - 1)) && !(wb(t, i) & W.Given) && !(j - i === 1 && (flags[i] & F.AllCaps)) && !(r + 1 < n && lower(t, r) === 'of' && capWord(r + 1) && lower(t, i) !== 'the' && !(i > 0 && lower(t, i - 1) === 'the'))) || (w === 'and' && rightOrg && ofComplement(t, i, j, from, r))) {
            if (w !== 'and') bridged = true;
            j = r;
            continue;
          }
          // the last part of a name bridged by "for"/"on": "Centers for Disease Control and
          // Prevention", "Office for Democratic Institutions and Human Rights"
          // (not another organisation or a person: "… and Treasury officials", "… and Maria Lopez")
          // (its last word may be an organisation word: "Center for Energy and Climate Studies")
          // (of three words when none is a name's or a title's: "Center for Volcanology and Geological Hazard Mitigation")
          if (w === 'and' && bridged && (r - j <= 3 || (r - j === 4 && !anyWithBits(t, j + 1, r, W.Given | W.TitleTok))) && !hasMarker(t, j + 1, r - 1) && !(wb(t, j + 1) & W.Org) && !(wb(t, j + 1) & W.Given) && !(r < n && kind[r] === K.Word && !(flags[r] & F.Cap) && (wb(t, r) & W.GroupNoun))) {
            bridged = false;
            j = r;
            continue;
          }
          // ("Department of Forestry and Fire Protection said", not "the Ministry of Defence and
          // Foreign Office", "… and Prime Minister X" or "… and Treasury officials")
          // (one word only as a portfolio or a field: "Water and Sanitation", "Hydrology and
          // Meteorology"; not "… and Cook said")
          // (or a plural after a plural: "Vermont League of Cities and Towns")
          if (w === 'and' && ofField && capWord(j + 1) && r - j <= 3 && (r - j === 3 || (wb(t, j + 1) & W.Portfolio) !== 0 || FIELD_WORD.test(lower(t, j + 1)) || pluralPair(lower(t, j - 1), lower(t, j + 1))) && !hasMarker(t, j + 1, r - 1) && !(FIELD_PLURALS.has(lower(t, r - 1)) ? false : hasMarker(t, r - 1, r)) && !((wb(t, j + 1) | wb(t, r - 1)) & (W.Given | W.TitleTok)) && !isPlaceKey(lower(t, j + 1)) && !(r < n && kind[r] === K.Word && !(flags[r] & F.Cap) && (wb(t, r) & W.GroupNoun)) && !(r < n && lower(t, r) === 'of' && !(capWord(r + 1) && countryGroup(lower(t, r + 1)) !== undefined))) {
            ofField = false;
            j = r;
            continue;
          }
        }
      }
      break;
    }
    // a plural of a title's letters is no name: "opposition MPs say", "MEPs voted"
    if (j === i + 1 && pluralTitle(t, i)) { i = j; continue; }
    // a party's members in a chamber are no name: "Senate Democrats vow", "HOUSE REPUBLICANS DEMAND"
    // (nor a group named by a plural title: "Opposition ODM MPs")
    if (partyMembers(t, i, j) || (j - i <= 4 && j - i >= 2 && pluralTitle(t, j - 1))) { i = j; continue; }
    j = acronymEnd(t, i, j, capWord);
    const loose = heads[t.para[i]] !== 0 || j - i > MAX_CHUNK * 2;
    splitRun(t, i, j, loose, chunks, at);
    i = j;
  }
  return { chunks, at, headline: heads };
}

/** "MPs", "MEPs", "TDs", "CEOs": a title's capital letters and a plural s */
function pluralTitle(t: Tokens, i: number): boolean {
  const w = t.text.slice(t.start[i], t.end[i]);
  if (w.length < 3 || w.length > 5 || w.charCodeAt(w.length - 1) !== 115) return false;
  for (let k = 0; k < w.length - 1; k++) { const c = w.charCodeAt(k); if (c < 65 || c > 90) return false; }
  const base = w.slice(0, -1).toLowerCase();
  return TITLE_WORDS.has(base) || POSTNOMINALS.has(base) || base === 'ceo';
}

/** members of a party, in the plural ("Liberal Democrats", a party's name, has no chamber before it) */
const PARTY_MEMBER_PLURALS: ReadonlySet<string> = new Set(['democrats', 'republicans', 'conservatives', 'liberals', 'socialists', 'independents', 'tories']);
/** plural names of parties' members that name a party after a nation's adjective ("Scottish Conservatives"; not "independents") */
const PARTY_PLURALS: ReadonlySet<string> = new Set([...[...PARTY_MEMBER_PLURALS].filter((w) => w !== 'independents'), 'greens', 'nationalists', 'unionists']);
const CHAMBERS: ReadonlySet<string> = new Set(['senate', 'house', 'congressional', 'assembly', 'parliamentary', 'state', 'gop']);

/** "Democrats", "Senate Republicans", "House GOP Republicans": a group of legislators, not a named source */
function partyMembers(t: Tokens, i: number, j: number): boolean {
  if (lower(t, i) === 'the') i++; // ("The Conservatives called the delay …")
  if (j - i > 3 || !PARTY_MEMBER_PLURALS.has(lower(t, j - 1))) return false;
  for (let k = i; k < j - 1; k++) if (!CHAMBERS.has(lower(t, k))) return false;
  return true;
}

/** small words an acronym leaves out */
const ACRONYM_SKIPS: ReadonlySet<string> = new Set(['of', 'the', 'and', 'for', 'in', 'on', 'at', 'to', 'de', 'du', 'des', 'la', 'le', 'el', '&']);

/**
 * The end of a name that goes on past a small word when an acronym in brackets right after
 * spells the longer name: "Board of Control for Cricket in India (BCCI)" (not "… in India" alone).
 */
function acronymEnd(t: Tokens, i: number, j: number, capWord: (k: number) => boolean): number {
  if (j + 1 >= t.n || t.kind[j] !== K.Word || (t.flags[j] & F.Cap) || !ACRONYM_SKIPS.has(lower(t, j)) || !capWord(j + 1)) return j;
  let r = j + 1;
  while (r < t.n && r - j <= 4 && capWord(r) && t.sent[r] === t.sent[i]) r++;
  // (an acronym in capitals, or in the mixed case some papers write: "(Amcu)", "(Nersa)")
  const acronym = bracketAcronym(t, r);
  if (!acronym) return j;
  const ini = initials(t, i, r);
  // (a country before the name that the acronym leaves out: "U.S. Customs and Border Protection (CBP)")
  return ini === acronym || (ini.slice(1) === acronym && isPlaceKey(wordKey(t, i))) ? r : j;
}

/** the first letters of the words in [a, b) but the small ones ("bcci" of "Board of Control for Cricket in India") */
function initials(t: Tokens, a: number, b: number, skip = true): string {
  let ini = '';
  for (let k = a; k < b; k++) {
    const w = lower(t, k);
    if (t.kind[k] === K.Word && !(skip && ACRONYM_SKIPS.has(w))) ini += w[0];
  }
  return ini;
}

/**
 * Whether an acronym spells a name's initials: all of them, or all but one inside ("CBIC" of
 * "Central Board of Indirect Taxes and Customs", whose "Taxes" it leaves out), or one more.
 */
function spells(acronym: string, ini: string): boolean {
  if (acronym === ini) return true;
  // (or one letter more, a word's second: "NWBCCC" of "Northwest Bronx Community and Clergy Coalition")
  const [short, long] = ini.length === acronym.length + 1 ? [acronym, ini] : acronym.length === ini.length + 1 ? [ini, acronym] : ['', ''];
  if (short.length < 3 || short[0] !== long[0] || short[short.length - 1] !== long[long.length - 1]) return false;
  let k = 0;
  for (let i = 0; i < long.length && k < short.length; i++) if (long[i] === short[k]) k++;
  return k === short.length;
}

/**
 * From j, capitalised words and the short words an acronym skips, up to a bracket: its index, or -1.
 * (One other lower-case word may stand between capitalised ones, as the spelling check then
 * allows one letter more: "Medicines and Healthcare products Regulatory Agency (MHRA)".)
 */
function runBeforeBracket(t: Tokens, j: number, capWord: (i: number) => boolean): number {
  let small = 0;
  for (let k = j; k < t.n && k < j + 12 && t.sent[k] === t.sent[j]; k++) {
    if (t.kind[k] === K.ParenOpen) return k;
    if (capWord(k) || (t.kind[k] === K.Word && ACRONYM_SKIPS.has(lower(t, k)))) continue;
    if (small === 0 && t.kind[k] === K.Word && k > j && capWord(k - 1) && capWord(k + 1)) { small = 1; continue; }
    return -1;
  }
  return -1;
}

/** whether the acronym in brackets after a run spells it ("gic" of "General Insurance Council"), or
 * spells it without a place that ends it ("agc" of "Associated General Contractors of California") */
function acronymOfRun(t: Tokens, a: number, b: number): boolean {
  const acr = bracketAcronym(t, b);
  if (acr === '') return false;
  if (acr === initials(t, a, b)) return true;
  return b - a >= 4 && lower(t, b - 2) === 'of' && isPlaceKey(lower(t, b - 1)) && acr === initials(t, a, b - 2);
}

/** in a run before a bracketed acronym, the first word after "of (the)" of the body it spells, when the whole run's initials do not; else -1 */
function innerBodySpelled(t: Tokens, a: number, b: number): number {
  const acr = bracketAcronym(t, b);
  if (acr === '' || spells(acr, initials(t, a, b))) return -1;
  for (let k = a + 2; k + 1 < b; k++) {
    const of = lower(t, k - 1) === 'the' ? k - 2 : k - 1;
    if (of <= a || lower(t, of) !== 'of' || !(t.flags[k] & F.Cap)) continue;
    if (acr === initials(t, k, b) && hasMarker(t, k, b)) return k;
  }
  return -1;
}

/** the word in brackets at k, lower-case, as an acronym of three letters or more ("aemo" of "(Aemo)"), or '' */
function bracketAcronym(t: Tokens, k: number): string {
  if (k + 2 >= t.n || t.kind[k] !== K.ParenOpen || t.kind[k + 1] !== K.Word || t.kind[k + 2] !== K.ParenClose || !(t.flags[k + 1] & F.Cap)) return '';
  const w = lower(t, k + 1).replace(/\./g, '');
  return w.length >= 3 ? w : '';
}

/** a quarter's, a half's or a fiscal year's code: "Q1", "H2", "FY26", "FY2026" */
const PERIOD_CODE = /^(?:[QH][1-4]|FY\d\d(?:\d\d)?)$/;

/** a "J" alone, a judge's letter after the surname in law reports ("Ashworth-Kemp J said"; attribution.ts reads past it) */
export function judgesJ(t: Tokens, k: number): boolean {
  return t.kind[k] === K.Word && t.end[k] - t.start[k] === 1 && t.text.charCodeAt(t.start[k]) === 74;
}

/** letters after a name (honours, offices: "MS" a Member of the Senedd, "MLA", "MPP") that are not part of it */
/** letters after a name, lower case: a legislator's seat ("MP", "MSP", "TD"), and the degrees and honours of POST_NOMINALS */
export const POSTNOMINALS: ReadonlySet<string> = new Set(['bl', 'mp', 'msp', 'ms', 'mla', 'mpp', 'mna', 'mha', 'mep', 'td', 'am', 'mlc', 'mhk', 'kbe', 'dbe', 'frs', 'jp',
  ...[...POST_NOMINALS].map((w) => w.toLowerCase())]);

/** Capitalised words that begin "X of …" as a quantity, at a sentence's start ("One of", "Most of") */
const OF_QUANTIFIERS: ReadonlySet<string> = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'some', 'most', 'many', 'all', 'each', 'both', 'none', 'several', 'few', 'much', 'part', 'half', 'any', 'either', 'neither', 'members', 'parts', 'residents', 'officials', 'leaders']);

/** inquiries named with what they look into: "Commission of Inquiry into Floods", "Royal Commission into Aged Care" */
const INTO_HEADS: ReadonlySet<string> = new Set(['inquiry', 'commission', 'investigation', 'review', 'taskforce']);
/** Bodies named with what they work on ("Panel on Climate Change", "Council on Foreign Relations"). */
const ON_HEADS: ReadonlySet<string> = new Set(['panel', 'commission', 'committee', 'council', 'conference', 'forum', 'force', 'summit', 'convention', 'subcommittee', 'board', 'office', 'center', 'centre', 'institute', 'coalition', 'campaign', 'network', 'observatory', 'tribunal', 'alliance', 'initiative', 'platform', 'inquiry']);

/** the words from a to b are all a body's or a portfolio's words, none a name, a title or a place ("Health Service") */
function allKinds(t: Tokens, a: number, b: number): boolean {
  for (let k = a; k < b; k++) {
    const bits = wb(t, k);
    if (!(bits & (W.Org | W.Portfolio)) || (bits & (W.Given | W.TitleTok)) || isPlaceKey(lower(t, k))) return false;
  }
  return true;
}

/** heads of bodies named for two places ("Geological Survey of Denmark and Greenland", "Church of England and Wales") */
const TWO_PLACE_HEADS: ReadonlySet<string> = new Set(['survey', 'society', 'synod', 'church', 'conference', 'bank', 'court', 'union']);
/** Possessors that begin organisation names ("Children's Hospital", "Women's Institute"). */
const GROUP_POSSESSORS: ReadonlySet<string> = new Set(['children', 'women', 'men', 'people', 'peoples', 'veterans', 'workers', 'farmers', 'citizens', 'consumers', 'nurses', 'teachers', 'writers', 'girls', 'boys']);
/** Heads that make "X's Head" one name: no person or state has them ("Trump's Cabinet" does not join). */
const POSSESSIVE_ORG_HEADS: ReadonlySet<string> = new Set(['association', 'foundation', 'society', 'hospital', 'institute', 'fund', 'league', 'club', 'network', 'college', 'university', 'school']);

/** what a title holder heads ("Sheriff's Office", "Medical Examiner's Department") */
const TITLE_OFFICES: ReadonlySet<string> = new Set(['office', 'department', 'bureau']);

/**
 * Does the capitalised run [a, poss) with the possessive at `poss` begin an organisation's name?
 * Yes after a group noun ("People's …"), or when one org head word follows and ends the run.
 */
function possessiveOrg(t: Tokens, a: number, poss: number, capWord: (i: number) => boolean): boolean {
  if (poss - a > 1 && lower(t, a) === 'the') a++; // (a run that starts a sentence: "The Independent Miners' Union")
  if (poss - a === 1 && GROUP_POSSESSORS.has(lower(t, a))) return true;
  // (after other words of the name, when an organisation noun follows: "European People’s Party",
  // "National Farmers' Union", "Democratic People's Republic of Korea")
  // (and a trade's men: "Western Isles Fishermen’s Association", "Baymen's Association")
  const owner = lower(t, poss - 1);
  if (GROUP_POSSESSORS.has(owner) || (owner.length > 4 && owner.endsWith('men') && (t.flags[poss - 1] & F.Cap) !== 0)) {
    let e = poss + 1;
    while (e < t.n && e - poss <= 3 && capWord(e)) {
      if ((wb(t, e) & W.Org) || POSSESSIVE_ORG_HEADS.has(lower(t, e)) || lower(t, e) === 'republic') return true;
      e++;
    }
  }
  // a title's office: "the Harbor County Sheriff's Office", "the Attorney General's Office", "the Auditor-General’s Department"
  // (of a title with its portfolio: "the Nebraska Secretary of State’s Office")
  if (((wb(t, poss - 1) & W.TitleTok) || (poss - a >= 3 && lower(t, poss - 2) === 'of' && (wb(t, poss - 3) & W.TitleTok))) && TITLE_OFFICES.has(lower(t, poss + 1)) && !capWord(poss + 2)) return true;
  // a saint's name before an institution: "St. Luke's Regional Medical Center", "St Mary's Hospital"
  const first = lower(t, a);
  if (poss - a <= 2 && (first === 'st.' || first === 'st' || first === 'saint')) {
    let e = poss + 1;
    while (e < t.n && e - poss <= 5 && capWord(e)) e++;
    return e > poss + 1 && (wb(t, e - 1) & W.Org) !== 0;
  }
  // a plural possessor (an apostrophe alone) before an organisation noun: "the Independent
  // Miners' Union", "the Workers' Party", "Minas Gerais Coffee Growers’ Federation" (people and
  // states own in the singular)
  if (t.end[poss] - t.start[poss] === 1 && lower(t, poss - 1).endsWith('s') && !isPlaceKey(wordKey(t, poss - 1))) {
    // (the organisation noun may come a word later: "Commuters’ Welfare Coalition")
    let e = poss + 1;
    while (e < t.n && e - poss <= 3 && capWord(e)) e++;
    if (e > poss + 1 && e - poss <= 3 && (wb(t, e - 1) & W.Org)) return true;
  }
  if (poss - a > 2 || capWord(poss + 2) || isPlaceKey(wordKey(t, poss - 1))) return false;
  return POSSESSIVE_ORG_HEADS.has(lower(t, poss + 1));
}

/** From k: a capitalised run, then a lower-case organisation noun ("SUD-Rail union", "Green party")? */
function affiliation(t: Tokens, k: number, capWord: (i: number) => boolean): boolean {
  let e = k;
  while (e < t.n && e - k < 4 && capWord(e)) e++;
  return e > k && e < t.n && t.kind[e] === K.Word && !(t.flags[e] & F.Cap) && ORG_MARKERS.has(lower(t, e)) && !DATA_NOUNS.has(lower(t, e));
}

/** organisation words that in lower case name what a body made ("a Department of Conservation survey") */
const DATA_NOUNS: ReadonlySet<string> = new Set(['survey']);

/** verbs after a firm named with a possessive ("Moody's said"; not "Thursday's report", "the State's claim") */
const POSSESSIVE_FIRM_VERBS: ReadonlySet<string> = new Set(['said', 'says', 'told', 'added', 'warned', 'noted', 'wrote', 'stated', 'announced', 'cautioned', 'expects',
  // (a rating agency's acts: "Moody's upgraded Kenya's rating …, saying")
  'upgraded', 'downgraded', 'affirmed', 'lowered', 'revised']);

/** the bodies a title is "of the": "Leader of the Opposition", "Speaker of the House" */
const TITLE_BODIES: ReadonlySet<string> = new Set(['opposition', 'house', 'senate', 'assembly', 'council', 'board', 'majority', 'minority']);

/** trades of firms written before their names ("Housebuilder", "Chipmaker", "Carmaker", "Lender") */
const FIRM_TRADE = /^(?:[a-z]+(?:maker|builder|miner)|retailer|lender|insurer|grocer|supermarket|airline|carrier|brewer|conglomerate|startup|broker|developer|operator|consultancy)$/;

/** bodies two places share ("Punjab and Haryana High Court", "Trinidad and Tobago Football Association") */
const JOINT_BODIES: ReadonlySet<string> = new Set(['court', 'council', 'board', 'association', 'federation', 'commission', 'authority', 'assembly']);

/** fields an institution is named for, not its head: "Department of Fire and Emergency Services", "Department of Forestry and Fire Protection" */
const FIELD_PLURALS: ReadonlySet<string> = new Set(['services', 'affairs', 'studies', 'protection', 'enforcement']);

/** verbs a headline puts after its subject, capitalised ("… Cuts Key Rate", "… Warns of Cuts"; not
 * "Reports" or "Falls", which end names: "Consumer Reports", "Niagara Falls") */
const HEADLINE_VERBS: ReadonlySet<string> = new Set(['cuts', 'raises', 'hikes', 'holds', 'keeps', 'signals', 'warns', 'says', 'sets', 'backs', 'wins', 'loses',
  'posts', 'plans', 'seeks', 'faces', 'slashes', 'lifts', 'lowers', 'boosts', 'sues', 'buys', 'sells', 'agrees', 'rejects', 'approves', 'appoints',
  'fires', 'hires', 'launches', 'unveils', 'announces', 'confirms', 'denies', 'urges', 'blames', 'delays', 'extends', 'expands', 'halts', 'scraps',
  'slumps', 'jumps', 'surges', 'tumbles', 'plunges', 'soars', 'rallies', 'vows', 'pledges', 'defends', 'orders', 'bans', 'probes', 'charges',
  // (and a press release's: "Brightwater Analytics Names Dana Okafor Chief Executive Officer")
  'names', 'donates', 'acquires', 'completes', 'signs', 'joins', 'opens', 'secures', 'recalls', 'releases', 'introduces', 'welcomes', 'invests',
  'promotes', 'reveals', 'selects', 'debuts', 'celebrates', 'receives', 'earns', 'achieves',
  // (and an agency's: "USDA Rolls Out $2 Billion …", "Regulator Eases Rules", "Council Mulls Levy")
  'rolls', 'issues', 'eyes', 'tightens', 'eases', 'pauses', 'resumes', 'suspends', 'trims', 'revises', 'proposes', 'awards', 'allocates', 'mulls', 'weighs']);

/** the kinds of a local council written in lower case after its place ("Kent county council") */
const COUNCIL_KINDS: ReadonlySet<string> = new Set(['city', 'county', 'borough', 'district', 'town', 'parish', 'municipal', 'regional', 'shire']);
/** nouns a council modifies: "Leeds council tax", "a Toronto city council meeting" */
const COUNCIL_MODIFIED: ReadonlySet<string> = new Set(['tax', 'taxes', 'meeting', 'meetings', 'chamber', 'chambers', 'leader', 'leaders', 'member', 'members', 'officials', 'officers', 'staff',
  'workers', 'election', 'elections', 'estate', 'estates', 'housing', 'house', 'houses', 'homes', 'seat', 'seats', 'budget', 'budgets', 'vote', 'votes', 'report', 'reports', 'spokesman',
  'spokeswoman', 'spokesperson', 'chief', 'chiefs', 'candidate', 'candidates', 'ward', 'wards', 'area', 'areas', 'land', 'offices', 'bosses', 'tenants', 'services', 'contracts', 'planners']);

/**
 * The end of a place's council in lower case after the run a..b of one or two plain capitalised
 * words (no given name, title or organisation word): "Calderdale council", "Toronto city
 * council"; else b.
 */
function localCouncilEnd(t: Tokens, a: number, b: number): number {
  if (b - a > 2 || b >= t.n) return b;
  for (let i = a; i < b; i++) if (!(t.flags[i] & F.Cap) || (wb(t, i) & (W.Given | W.TitleTok | W.Org | W.MonthDay | W.Function))) return b;
  let e = b;
  const plainWord = (k: number) => k < t.n && t.kind[k] === K.Word && !(t.flags[k] & F.Cap) && t.sent[k] === t.sent[a];
  if (plainWord(e) && COUNCIL_KINDS.has(lower(t, e))) e++;
  if (!plainWord(e) || lower(t, e) !== 'council') return b;
  if (plainWord(e + 1) && COUNCIL_MODIFIED.has(lower(t, e + 1))) return b;
  return e + 1;
}


/** "Democrat Priya Natarajan of Oregon": a party's member before a name of two words or more is a role (not "Republican National Committee") */
/** what qualifies "Democrat" in a party member's name ("Social Democrat", "Liberal Democrat") */
const PARTY_QUALIFIERS: ReadonlySet<string> = new Set(['social', 'liberal', 'christian', 'free', 'new']);

function partyPerson(t: Tokens, a: number, b: number): boolean {
  const w = lower(t, a);
  return (w === 'democrat' || w === 'republican') && b - a >= 3 && !hasMarker(t, a + 1, b);
}

/** "Members", "Residents": the plural of a person noun before the names of some of them */
export function personNounPlural(w: string): boolean {
  return w.length > 4 && w.charCodeAt(w.length - 1) === 115 && PERSON_NOUNS.has(w.slice(0, -1));
}

/** a word of a trade by its ending ("Astrobiologist", "Economist", "Physician", "Statistician") */
/** a noun of a person's doing by its ending ("Publisher", "Licensee", "Registrar", "Olympian", "Selectman", "Bandmate") */
function agentNoun(w: string): boolean {
  return w.length >= 5 && AGENT_ENDING.test(w);
}
const AGENT_ENDING = /(?:er|or|ee|ian|man|ant|ent|ar|mate|member)$/;

function occupation(w: string): boolean {
  return w.length >= 6 && (w.endsWith('ist') || w.endsWith('ician'));
}

/** bodies whose name goes on with "General" ("Directorate General", "Inspectorate General", "Secretariat General") */
const ORG_BEFORE_GENERAL = /^(?:directorate|inspectorate|secretariat|commissariat|procuratorate)$/;

/** the particles of a patronymic, after which an honorific belongs to the father's name */
const PATRONYMIC_PARTICLES: ReadonlySet<string> = new Set(['bin', 'binti', 'bint', 'bte', 'ibn']);

/** words of praise before a trade and a name, as headlines and obituaries write them */
const PRAISE_WORDS: ReadonlySet<string> = new Set(['pioneering', 'veteran', 'renowned', 'legendary', 'acclaimed', 'celebrated', 'famed', 'prominent', 'leading', 'award-winning', 'beloved', 'distinguished', 'eminent', 'influential', 'noted', 'respected', 'trailblazing']);

/** the words that make a trade a state's honour before it ("People's Artist", "Merited Teacher", "National Artist") */
const HONOUR_WORDS: ReadonlySet<string> = new Set(['merited', 'honoured', 'honored', 'meritorious', 'national', 'distinguished']);
const HONOURED_TRADES: ReadonlySet<string> = new Set(['artist', 'artiste', 'teacher', 'doctor', 'physician', 'architect', 'writer', 'poet', 'actor', 'actress', 'painter', 'singer', 'musician', 'athlete', 'journalist', 'scientist', 'engineer', 'coach', 'worker']);

/** the token after a state's honorary title that opens the run [a, b) and has a capitalised name after it, or -1 */
function honoraryTitleEnd(t: Tokens, a: number, b: number): number {
  let i = a;
  if (HONOUR_WORDS.has(lower(t, i))) i++;
  else if (lower(t, i) === 'people' && t.kind[i + 1] === K.Poss) i += 2;
  else return -1;
  return i + 1 < b && HONOURED_TRADES.has(lower(t, i)) && (t.flags[i + 1] & F.Cap) !== 0 && !(wb(t, i + 1) & W.TitleTok) ? i + 1 : -1;
}

/** a trade no name or church is called by ("Glaciologist", "Statistician"; not "Baptist"): a title before any name */
function scholarly(w: string): boolean {
  return w.length >= 8 && (w.endsWith('ologist') || w.endsWith('ician'));
}

/** number words that count a group ("Three OPEC+ delegates") */
const COUNT_WORDS: ReadonlySet<string> = new Set(['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'several', 'many', 'some', 'dozens', 'hundreds']);

/** title words that are also given names */
const TITLE_GIVEN_NAMES: ReadonlySet<string> = new Set(['dean', 'earl', 'major']);

/**
 * A title word that is also a given name, after a title and before a surname, is the given name:
 * "Senator Dean Whitlock", "Judge Major Harris" (not "Associate Dean Mary Cole").
 */
function givenAfterTitle(t: Tokens, k: number, b: number): boolean {
  return k > 0 && k + 1 < b && ((wb(t, k) & W.Given) !== 0 || TITLE_GIVEN_NAMES.has(lower(t, k))) && (wb(t, k - 1) & (W.Title | W.RoleMod)) !== 0 && t.kind[k + 1] === K.Word && (t.flags[k + 1] & F.Cap) !== 0 && !(wb(t, k + 1) & (W.Given | W.TitleTok));
}

/** after a party tag at i and the rest of its place's name ("D-Chittenden Southeast"), or -1 when i is none */
/** "in Charge" at token k, the end of a title ("Special Agent in Charge", "Officer in Charge") */
export function inCharge(t: Tokens, k: number): boolean {
  return lower(t, k) === 'in' && lower(t, k + 1) === 'charge' && (t.flags[k + 1] & F.Cap) !== 0;
}

export function partyTagEnd(t: Tokens, i: number): number {
  if (!isPartyTag(t, i)) return -1;
  let e = i + 1;
  while (e < i + 3 && t.kind[e] === K.Word && (t.flags[e] & F.Cap)) e++;
  return e;
}

/** "D-Ill.", "R-Texas", "I-Vt.": a party and state after a legislator's name */
export function isPartyTag(t: Tokens, i: number): boolean {
  const s = t.start[i], e = t.end[i];
  // (a state's or a district's name of up to 14 letters: "D-Chittenden", "R-Mass.")
  if (t.kind[i] !== K.Word || e - s < 3 || e - s > 16 || t.text.charCodeAt(s + 1) !== 45) return false;
  const c = t.text.charCodeAt(s), d = t.text.charCodeAt(s + 2);
  return (c === 68 || c === 82 || c === 73) && d >= 65 && d <= 90; // D- R- I-, then a capital
}

function hasMarker(t: Tokens, a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (wb(t, k) & W.Org) return true;
  return false;
}

/** whether every token of [a, b) is a portfolio word ("Foreign", "Home Affairs") */
function allPortfolio(t: Tokens, a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (!(wb(t, k) & W.Portfolio)) return false;
  return true;
}

/** May "of" join the capitalised run [a, j) to the next one? Not after a person's name
 * ("Chuck Grassley of Iowa") nor after a lone sentence-initial common word ("Shares of Boeing"). */
function ofBridge(t: Tokens, a: number, j: number): boolean {
  // (a sentence's capitalised first word is no part of the name: "As Nguyen Van Ha of …")
  if (j - a >= 3 && t.sentStart[t.sent[a]] === a && (wb(t, a) & W.Function) && !(wb(t, a) & W.Org)) a++;
  // "One of Velora's founders", "Most of Europe": a quantity of something, no name
  if (j - a === 1 && OF_QUANTIFIERS.has(lower(t, a))) return false;
  let given = false, title = false, afterTitle = 0;
  for (let k = a; k < j; k++) {
    const bits = wb(t, k);
    if (((bits & (W.Title | W.RoleMod)) || (k === a && (partyPerson(t, a, j) || scholarly(lower(t, a))))) && !givenAfterTitle(t, k, j)) { title = true; given = false; afterTitle = 0; }
    else {
      afterTitle++;
      // a given name, or an initial for one ("R. Selvarani of the Coastal Action Network")
      if ((bits & W.Given) || (afterTitle === 1 && t.end[k] - t.start[k] === 2 && t.text.charCodeAt(t.end[k] - 1) === 46)) given = true;
    }
  }
  // a titled person after an organisation's name: "Senate Majority Whip Dale Whitaker of Kansas"
  // (capitalised words only: not a title's portfolio, "Special Rapporteur for Freedom of …")
  if (title && afterTitle >= 2 && afterTitle <= 3 && !hasMarker(t, j - afterTitle, j) && allCapitalised(t, j - afterTitle, j)) return false;
  if (hasMarker(t, a, j)) return true;
  if (given && j - a >= 2) return false;
  // two plain capitalised words, as a person's name: "Carolina Ibáñez of Fastmark Analytics"
  // (not plural: "Friends of the Earth"; not a place: "New York")
  if (j - a === 2 && !title && !(a > 0 && (wb(t, a - 1) & W.Title)) && !((t.flags[a] | t.flags[a + 1]) & F.AllCaps) && !lower(t, a + 1).endsWith('s') && !((wb(t, a) | wb(t, a + 1)) & (W.DemonymTok | W.Org | W.Function)) && !isPlaceKey(nameKey(t.text.slice(t.start[a], t.end[a + 1]))) && !isPlaceKey(lower(t, a))) return false;
  // or three, before "of the": "Nguyen Thu Ha of the ISEAS–Yusof Ishak Institute" (not "Global
  // New Light of Myanmar"); its middle word may be a weekday's or a month's short form ("Thu", "Sun")
  // (short words, as such names have: not "Decision Support System of the Indian Institute …")
  if (j - a === 3 && lower(t, j + 1) === 'the' && t.end[a] - t.start[a] <= 6 && t.end[a + 1] - t.start[a + 1] <= 6 && t.end[a + 2] - t.start[a + 2] <= 6 && !title && !(a > 0 && (wb(t, a - 1) & W.Title)) && plainWords(t, a, a + 1) && plainWords(t, a + 2, j) && (plainWords(t, a + 1, a + 2) || ((wb(t, a + 1) & W.MonthDay) && !(t.flags[a + 1] & F.AllCaps) && t.end[a + 1] - t.start[a + 1] <= 3)) && !lower(t, j - 1).endsWith('s') && !isPlaceKey(nameKey(t.text.slice(t.start[a], t.end[j - 1]))) && !isPlaceKey(lower(t, a))) return false;
  // a titled person: "Sen. Walt Kimble of Ohio", "party leader Walt Kimble of Ohio" (not a body
  // already bridged by "of": "Special Prosecution of the Republic of Kosovo")
  // (nor a portfolio: "Minister for Foreign Affairs of the Republic of Chile Isidora Fuentes-Araya")
  if ((title || (a > 0 && (wb(t, a - 1) & W.Title))) && afterTitle >= 2 && allCapitalised(t, j - 2, j) && !anyWithBits(t, j - 2, j, W.Portfolio)) return false;
  if (title) return true;
  // (or first after a wire's dateline dash: "(Bloomberg) -- Shares of Formosa Link …")
  if (j - a === 1 && (t.sentStart[t.sent[a]] === a || (a > 0 && t.kind[a - 1] === K.Dash)) && lower(t, a).endsWith('s') && !(t.flags[a] & F.AllCaps)) return false;
  return true;
}

/** the heads of bodies named for their members, which may name their country after "in" */
const MEMBERS_OF_HEADS: ReadonlySet<string> = new Set(['association', 'federation', 'institute', 'chamber', 'union', 'society', 'council', 'confederation', 'league']);

/** bodies named with the place they serve in: "Mission in Afghanistan", "Delegation to Georgia" */
const HOST_BODIES: ReadonlySet<string> = new Set(['mission', 'delegation', 'embassy', 'consulate', 'office', 'representation']);

/** a team's plural name ("Raiders", "Kings", "Rangers") */
const TEAM_PLURAL = /^[a-z]{3,}[^s]s$/;
/** a ruler's titles, which bodies named after the ruler keep ("Sultan Qaboos University") */
const ROYAL_TITLES: ReadonlySet<string> = new Set(['sultan', 'king', 'queen', 'prince', 'princess', 'sheikh', 'emir', 'shah']);

/** honorifics before a surname */
const NAME_HONORIFICS: ReadonlySet<string> = new Set(['mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'dr', 'dr.', 'prof', 'prof.', 'miss']);

/** offices a holder is addressed by after an honorific ("Mr Speaker", "Madam President"): no surnames */
const ADDRESSED_OFFICES: ReadonlySet<string> = new Set(['speaker', 'president', 'chairman', 'chairwoman', 'chair', 'mayor', 'secretary', 'minister', 'governor', 'ambassador', 'commissioner', 'justice', 'deputy', 'premier', 'prime', 'chancellor', 'treasurer', 'clerk', 'registrar']);

/** two or three capitalised words that are no words of the lexicon's bodies, titles, months or small words: a person's name */
function plainName(t: Tokens, a: number, b: number): boolean {
  return b - a >= 2 && plainWords(t, a, b);
}

/** one to three such words */
function plainWords(t: Tokens, a: number, b: number): boolean {
  if (b - a < 1 || b - a > 3) return false;
  for (let k = a; k < b; k++) if (t.kind[k] !== K.Word || !(t.flags[k] & F.Cap) || (t.flags[k] & F.AllCaps) || (wb(t, k) & (W.Org | W.TitleTok | W.Function | W.MonthDay | W.DemonymTok | W.Portfolio | W.RoleMod))) return false;
  return true;
}

/**
 * How many words of the run [a, b) stand after its last title word, up to 3 (the name after
 * "Agriculture Secretary"; looks back at most three words, so a long run costs no more)
 */
function wordsPastTitles(t: Tokens, a: number, b: number): number {
  let g = b;
  while (g > a && b - g < 3 && !(wb(t, g - 1) & W.TitleTok)) g--;
  return g > a && !(wb(t, g - 1) & W.TitleTok) ? 3 : b - g;
}

/** a word in capitals among the tokens [a, b) */
function anyAllCaps(t: Tokens, a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (t.flags[k] & F.AllCaps) return true;
  return false;
}

/** a word with any of the lexicon bits `bits` among the tokens [a, b) */
function anyWithBits(t: Tokens, a: number, b: number, bits: number): boolean {
  for (let k = a; k < b; k++) if (wb(t, k) & bits) return true;
  return false;
}

function allCapitalised(t: Tokens, a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (!(t.flags[k] & F.Cap)) return false;
  return true;
}

function isUpperAt(text: string, i: number): boolean {
  const ch = text[i];
  return ch !== undefined && ch !== ch.toLowerCase();
}

/** Bali's birth-order names, after "I" or "Ni" at a name's start ("I Wayan", "Ni Made", "I Gusti Ngurah") */
const BALINESE_BIRTH_NAMES: ReadonlySet<string> = new Set(['wayan', 'gede', 'putu', 'made', 'kadek', 'nengah', 'nyoman', 'komang', 'ketut', 'gusti', 'luh']);

function splitRun(t: Tokens, a: number, b: number, loose: boolean, out: Chunk[], at: Int32Array): void {
  // split at months/weekdays and capitalised function words
  let s = a;
  for (let i = a; i <= b; i++) {
    if (i === b) { if (s < b) titleSplit(t, s, b, loose, out, at); break; }
    const bits = wb(t, i);
    // a month that is also a given name, before a capitalised word: "Jan Hatzius", "April Ryan"
    if ((bits & W.MonthDay) && (i === s || (wb(t, i - 1) & W.Title)) && i + 1 < b && !loose && GIVEN_MONTHS.has(lower(t, i)) && (t.flags[i + 1] & F.Cap) && !(wb(t, i + 1) & W.MonthDay)) continue;
    // a capitalised function word inside a run of prose is part of a name ("Doctors Without
    // Borders", "Mothers Against Drunk Driving"); at the run's start or in a headline it is not
    // (and an acronym in prose is no function word: "The WHO said")
    // Bali's "I" (a man's) before a birth-order name is the name's first word: "I Ketut Arsana"
    if (i + 1 < b && t.end[i] - t.start[i] === 1 && t.text.charCodeAt(t.start[i]) === 73 && BALINESE_BIRTH_NAMES.has(lower(t, i + 1))) continue;
    const inName = !loose && ((i > a && i + 1 < b && lower(t, i) !== 'the' && t.sentStart[t.sent[i]] !== i) || ((t.flags[i] & F.AllCaps) !== 0 && !(t.flags[i - 1] & F.AllCaps) && !(t.flags[i + 1] & F.AllCaps)));
    if ((bits & W.MonthDay) || ((bits & W.Function) && (t.flags[i] & F.Cap) && !(i === s && lower(t, i) === 'the') && !inName)) {
      if (s < i) titleSplit(t, s, i, loose, out, at);
      s = i + 1;
    }
  }
}

/**
 * whether token k is a union local's number, after its capitalised "Local" ("Local 6500") or its
 * union's letters and of three digits or more ("CUPE 2104", "UFCW 1518"; not a year, "FIFA 2026",
 * nor a count, "sent DFO 17 letters")
 */
function localNumber(t: Tokens, k: number): boolean {
  if (!(k > 0 && t.kind[k] === K.Word && (t.flags[k] & F.Digit) !== 0 && t.end[k] - t.start[k] <= 5 && /^\d+$/.test(t.text.slice(t.start[k], t.end[k])) && (t.flags[k - 1] & F.Cap) !== 0)) return false;
  if (lower(t, k - 1) === 'local') return true;
  const letters = t.end[k - 1] - t.start[k - 1];
  // (not an index's or a tier's number, which is round: "FTSE 250", "WTA 500")
  const digits = t.text.slice(t.start[k], t.end[k]);
  return (t.flags[k - 1] & F.AllCaps) !== 0 && letters >= 3 && letters <= 6 && digits.length >= 3 && Number(digits) % 50 !== 0 && !/^(?:19|20)\d\d$/.test(digits) && t.start[k] === t.end[k - 1] + 1;
}

/** before token a: a capitalised title's "for" or "of", and any more of its portfolio ("Minister for Sustainability and the") */
function portfolioBefore(t: Tokens, a: number, b = -1): boolean {
  let p = a - 1;
  const w = lower(t, p);
  // (or a list of portfolios, its items apart by commas: "Minister for Culture, Tourism and Civil Aviation Bhim Prasad Khanal")
  // (a middle item of one word too: "Culture" in "Minister of Art, Culture, Tourism and the Creative Economy")
  const list = w === 'and' || (t.kind[p] === K.Comma && b > a && (lower(t, b) === 'and' || (b === a + 1 && t.kind[b] === K.Comma && !(wb(t, a) & W.Given) && !(t.flags[a] & F.AllCaps))));
  if (w === 'the' || list) {
    for (p--; p > a - 12 && p >= 1; p--) {
      const x = lower(t, p);
      if (x === 'for' || x === 'of') break;
      if (t.kind[p] === K.Comma && list && (t.flags[p - 1] & F.Cap)) continue;
      // (the words of the portfolio before "and" need not be the lexicon's: "Minister of Equipment and Water Driss El Ouazzani";
      // nor an organisation's, as an item of a list: "Information, Broadcasting and National Heritage")
      const item = list && !(wb(t, p) & W.TitleTok) && (!(wb(t, p) & W.Org) || t.kind[p - 1] === K.Comma || t.kind[p + 1] === K.Comma);
      if (!(x === 'and' || x === 'the' || ((t.flags[p] & F.Cap) && ((wb(t, p) & W.Portfolio) || item)))) return false;
    }
  }
  const x = lower(t, p);
  return p >= 1 && (x === 'for' || x === 'of') && (wb(t, p - 1) & W.TitleTok) !== 0 && (t.flags[p - 1] & F.Cap) !== 0;
}

/** token a opens its sentence, or follows a dateline's city in capitals and its colon ("LAHORE: Opener Saad Rehman-Khokhar smashed …") */
function opensSentence(t: Tokens, a: number): boolean {
  const s0 = t.sentStart[t.sent[a]];
  if (s0 === a) return true;
  // (after a dateline's place in capitals and its colon or dash: "LAHAINA — Quarterback Makoa …")
  if (a - s0 > 4 || (t.kind[a - 1] !== K.Colon && t.kind[a - 1] !== K.Dash)) return false;
  for (let k = s0; k < a - 1; k++) if (t.kind[k] !== K.Word || !(t.flags[k] & F.AllCaps)) return false;
  return a - 1 > s0;
}

function titleSplit(t: Tokens, a: number, b: number, loose: boolean, out: Chunk[], at: Int32Array): void {
  // leading "The": kept only for publications ("The Times of Israel")
  let hadThe = -1;
  if (lower(t, a) === 'the') { hadThe = a; a++; }
  if (a >= b) return;
  // a body inside a longer name, its bracketed acronym spelling the inner body's name alone: "the
  // 63rd Directing Council of the Pan American Health Organization (PAHO)" names two bodies
  if (!loose) {
    const k = innerBodySpelled(t, a, b);
    if (k > 0) {
      titleSplit(t, a, lower(t, k - 1) === 'the' ? k - 2 : k - 1, loose, out, at);
      emit(t, k, b, -1, false, loose, out, at);
      return;
    }
  }
  // a title's portfolio after "for"/"of" that goes on into the holder's name: "Vice Finance Minister
  // for [International Affairs] Kenjiro Morisaki" (the run starts after the small word)
  // (or after more of the portfolio: "Minister for Sustainability and the Environment Kwek Jun Hao")
  // (an item inside a list of portfolios is no name: "Tourism" in "Minister for Culture, Tourism and Civil Aviation")
  if (!loose && a >= 3 && b - a <= 3 && t.kind[a - 1] === K.Comma && (lower(t, b) === 'and' || (b === a + 1 && t.kind[b] === K.Comma && !(t.flags[a] & F.AllCaps))) && portfolioBefore(t, a, b)) return;
  // (nor the list's last items before its holder's name after a comma: "SMEs and Cooperatives" in
  // "The Minister of Industrial Development, SMEs and Cooperatives, Vikash Bundhoo, said")
  if (!loose && a >= 3 && b - a >= 3 && b - a <= 5 && t.kind[a - 1] === K.Comma && t.kind[b] === K.Comma) {
    let k = a + 1;
    while (k < b - 1 && lower(t, k) !== 'and') k++;
    if (k < b - 1 && portfolioBefore(t, a, k)) return;
  }
  if (!loose && a >= 2 && portfolioBefore(t, a)) {
    // (a name of one word with its initial glued on, as Mongolian copy writes it: "Minister of Food,
    // Agriculture and Light Industry D.Solongo")
    const glued = b - a >= 2 && GLUED_INITIAL.test(t.text.slice(t.start[b - 1], t.end[b - 1]));
    for (let e = glued ? b - 1 : b - 2; e >= b - 3 && e > a; e--) {
      // (a portfolio may end with a body's word: "Minister of Sport, Youth and National Service Helvi Kandjii-Mbako")
      if ((wb(t, e - 1) & (W.Portfolio | (e - 1 > a ? W.Org : 0))) && (plainName(t, e, b) || (e === b - 1 && glued))) { emit(t, e, b, -1, true, loose, out, at); return; }
    }
    // (a portfolio alone before a comma, its holder's name after it: "Minister for Police, Fire and
    // Emergency Management, Josie Hartnett, said")
    if (b - a <= 3 && t.kind[b] === K.Comma && lower(t, a - 1) === 'and' && (t.flags[b + 1] & F.Cap) !== 0) return;
  }
  // "Inside" or "Outside" before a person's name opens a headline, no publication's name: "Inside
  // Sienna Albright and Theo Marchetti's wedding" (but "Inside Housing", "Inside Climate News")
  if (!loose && b - a >= 3 && (lower(t, a) === 'inside' || lower(t, a) === 'outside') && !(t.flags[a] & F.AllCaps) && (wb(t, a + 1) & W.Given) && !(wb(t, a + 2) & W.Org)) a++;
  // "Former" that opens a sentence before a club's or a body's name and no title: a description
  // ("Former Wolves midfielder Carl Ikeme said"; not "Former President Obama")
  if (!loose && b - a >= 2 && t.sentStart[t.sent[a]] === a && lower(t, a) === 'former' && !anyWithBits(t, a + 1, b, W.TitleTok)) a++;
  // a company named with a title word: "General Motors", "General Electric Co." (not "Senator
  // Steel": a company word that is also a surname)
  if (!loose && b - a >= 2 && b - a <= 3 && (wb(t, a) & W.TitleTok) && !(t.flags[a] & F.Abbr) && !(wb(t, a + 1) & (W.Given | W.TitleTok))) {
    const word = (k: number) => lower(t, k).replace(/\.$/, '');
    const firm = (k: number) => COMPANY_ENDS.has(word(k)) && !SURNAME_ENDS.has(word(k));
    if (firm(a + 1) && (b - a === 2 || LEGAL_FORMS.has(lower(t, b - 1)))) { emit(t, a, b, -1, false, loose, out, at, hadThe); return; }
  }
  // an organisation's word before "General": "Directorate General of Health Services", "Secretariat General"
  if (!loose && b - a >= 2 && (wb(t, a) & W.Org) && !(t.flags[a] & F.AllCaps) && lower(t, a + 1) === 'general' && ORG_BEFORE_GENERAL.test(lower(t, a))) { emit(t, a, b, -1, false, loose, out, at, hadThe); return; }
  // "General" as an adjective of an institution's name: "the General Elections Commission", "the
  // General Medical Council" (not "General Mark Milley", "General Manager Ann Lee")
  // (or with its place after "of": "General Insurance Association of Malaysia (PIAM)")
  if (!loose && b - a >= 3 && lower(t, a) === 'general' && !(t.flags[a] & F.AllCaps) && ((wb(t, b - 1) & W.Org) || (b - a >= 5 && lower(t, b - 2) === 'of' && (wb(t, b - 3) & W.Org) && isPlaceKey(lower(t, b - 1)))) && !(wb(t, a + 1) & (W.Given | W.TitleTok))) { emit(t, a, b, -1, false, loose, out, at, hadThe); return; }
  // a title word that begins a body's name its bracketed acronym spells: "the Premier Soccer
  // League (PSL)", "General Insurance Council (GIC)"
  // (also a title word inside it, when the acronym leaves out a place at the end: "the Associated
  // General Contractors of California (AGC)")
  if (!loose && b - a >= 2 && ((wb(t, a) & W.TitleTok) || (b - a >= 4 && (wb(t, a + 1) & W.TitleTok))) && acronymOfRun(t, a, b)) { emit(t, a, b, -1, false, loose, out, at, hadThe); return; }
  // a body named for its executive, after "the" and before no name: "the Health and Safety
  // Executive (HSE) said", "the Northern Ireland Executive" (not "the Chief Executive Jane Holt")
  if (!loose && hadThe >= 0 && b - a >= 2 && lower(t, b - 1) === 'executive' && !(wb(t, b - 2) & W.TitleTok) && !(t.kind[b] === K.Word && (t.flags[b] & F.Cap))) { emit(t, a, b, -1, false, loose, out, at, hadThe); return; }
  // an ombudsman named for its field is an office, no title before a name: "the Pensions Ombudsman
  // said", "the Housing Ombudsman" (but "Chief Ombudsman Marama Tuhiwai", "Commonwealth Ombudsman Peter Nakamura")
  if (!loose && b - a >= 2 && lower(t, b - 1) === 'ombudsman' && !(t.flags[b - 1] & F.AllCaps) && !anyWithBits(t, a, b - 1, W.TitleTok | W.Given)) { emit(t, a, b, -1, false, loose, out, at, hadThe); return; }
  // a title word that is also a given name, before a surname alone: "Dean Albright"
  if (!loose && b - a === 2 && lower(t, a) === 'dean' && !(t.flags[a] & F.AllCaps)) { emit(t, a, b, -1, false, loose, out, at, hadThe); return; }
  // a title's body and its holder's name in one run: "Chairman of the Federal Reserve Jerome
  // Powell said", "Leader of the Opposition in the National Assembly Mian Tariq Javed"
  if (!loose) {
    const e = holderAfterBody(t, a, b);
    if (e > 0) { titleSplit(t, a, e, loose, out, at); titleSplit(t, e, b, loose, out, at); return; }
  }
  // find the last title word that has a name after it
  let headFrom = a;
  let roleFrom = -1;
  let personTitle = false;
  // a person noun (or a trade before a given name) that starts the sentence before a name:
  // "Resident Angela Brooks, 34, said", "Astrobiologist Ruth Okafor of … cautioned"
  // (before a title, the title's loop below takes both: "Republican Senator Dean Whitlock")
  // (also after a headline's or a lead's praise, which is no part of the name: "Pioneering Egyptologist Fathia Abdel-Razek dies")
  const praised = !loose && b - a >= 4 && opensSentence(t, a) && PRAISE_WORDS.has(lower(t, a)) && (PERSON_NOUNS.has(lower(t, a + 1)) || occupation(lower(t, a + 1)));
  if (praised) a++;
  const honour = loose ? -1 : honoraryTitleEnd(t, a, b);
  // (not before a capitalised small word, which names a body: "Reporters Without Borders said")
  // (of two words only a person noun and a surname: "Teenager Drzewiecki's header sinks Legia")
  // (a trade in -ist or -ician before a given name, a scholar's before any, and a long one in -ist
  // before any name too: "Geoscientist Hana Okafor", not "Twist")
  // (and any noun of a person's doing by its ending before a given name: "Licensee Kieran Walsh",
  // "Publisher Jane Doe"; before a plain name of two words it cost 22 measures, "Jaswinder Singh
  // Grewal", "Renee L. Kowalczyk", "Liquor Control Victoria")
  if (!loose && (b - a >= 3 || (b - a === 2 && PERSON_NOUNS.has(lower(t, a)) && !(wb(t, a + 1) & (W.Org | W.Given)))) && (praised || opensSentence(t, a) || partyPerson(t, a, b)) && !(wb(t, a) & W.TitleTok) && (t.flags[a + 1] & F.Cap) && !(wb(t, a + 1) & W.TitleTok) && !(b - a >= 4 && (wb(t, a + 2) & W.TitleTok) && ((wb(t, a + 1) & W.Org) !== 0 || lower(t, a + 1) === 'body')) && !FUNCTION_WORDS.has(lower(t, a + 1)) && (PERSON_NOUNS.has(lower(t, a)) || hyphenedPersonNoun(lower(t, a)) || (personNounPlural(lower(t, a)) && !(hasMarker(t, a + 1, b) && !(wb(t, a + 1) & W.Given))) || (occupation(lower(t, a)) && ((wb(t, a + 1) & W.Given) !== 0 || scholarly(lower(t, a)) || lower(t, a).length >= 9) && !(wb(t, a) & (W.Given | W.DemonymTok)) || (b - a >= 3 && agentNoun(lower(t, a)) && (wb(t, a + 1) & W.Given) !== 0 && !(wb(t, a) & (W.Given | W.DemonymTok | W.Org | W.Portfolio)) && !(t.flags[a] & F.AllCaps) && !isPlaceKey(lower(t, a)))))) {
    roleFrom = a;
    headFrom = a + 1;
    personTitle = true;
  }
  // a party's member of two words before a name: "Social Democrat Kadri Meriloo said", "Liberal Democrat X"
  else if (!loose && b - a >= 4 && lower(t, a + 1) === 'democrat' && PARTY_QUALIFIERS.has(lower(t, a)) && !(t.flags[a] & F.AllCaps) && !(wb(t, a + 2) & (W.TitleTok | W.Title)) && !anyWithBits(t, a + 2, b, W.TitleTok) && !hasMarker(t, a + 2, b)) { headFrom = a + 2; roleFrom = a; personTitle = true; }
  // a state's honorary title before a name: "People's Artist Luan Kodra", "Merited Teacher X", "National Artist Y"
  else if (honour > 0) { headFrom = honour; roleFrom = a; personTitle = true; }
  // Myanmar's "Ko" and "Ma" before a name of two words or more, in a text about Myanmar ("Ko Htet
  // Aung Lwin", "Ma Thiri Nu"; elsewhere they are Korean and Chinese surnames: "Ma Ying-jeou")
  else if (!loose && b - a >= 3 && (lower(t, a) === 'ko' || lower(t, a) === 'ma') && !(t.flags[a] & F.AllCaps) && !(wb(t, a + 1) & W.TitleTok) && isAbout(t.text, 'myanmar')) { headFrom = a + 1; roleFrom = a; personTitle = true; }
  // Ethiopia's "Ato" (Mr) before a name, in a text about Ethiopia ("Ato Tesfaye Abera Lemma";
  // elsewhere a given name: Ghana's "Cassiel Ato Forson")
  else if (!loose && b - a >= 3 && lower(t, a) === 'ato' && !(t.flags[a] & F.AllCaps) && !(wb(t, a + 1) & W.TitleTok) && isAbout(t.text, 'ethiopia')) { headFrom = a + 1; roleFrom = a; personTitle = true; }
  // a party out of power before its name: "The main Opposition Samagi Jana Balawegaya (SJB) demanded"
  // (not "Opposition Leader X": a title after it)
  else if (!loose && b - a >= 3 && lower(t, a) === 'opposition' && !(t.flags[a] & F.AllCaps) && !(wb(t, a + 1) & (W.TitleTok | W.Portfolio))) { headFrom = a + 1; roleFrom = a; }
  // a firm's trade before its name at a sentence's start: "Housebuilder Ashcombe slashes …", "Chipmaker X said"
  else if (!loose && b - a >= 2 && t.sentStart[t.sent[a]] === a && FIRM_TRADE.test(lower(t, a)) && !(wb(t, a + 1) & (W.TitleTok | W.Given))) { headFrom = a + 1; }
  // a sports headline's "Late" before its scorer: "Late Ebanks header gives Cayman win" (the late
  // X of an obituary is written small)
  else if (!loose && b - a >= 2 && b - a <= 3 && t.sentStart[t.sent[a]] === a && lower(t, a) === 'late' && !(t.flags[a] & F.AllCaps) && !(wb(t, a + 1) & W.TitleTok)) { headFrom = a + 1; }
  // (with what it makes before it, in a title-case headline: "Chip Startup Lumora Cuts 14% of Staff")
  else if (!loose && b - a >= 3 && t.sentStart[t.sent[a]] === a && FIRM_TRADE.test(lower(t, a + 1)) && !(wb(t, a + 2) & (W.TitleTok | W.Given))) { headFrom = a + 2; }
  // a headline's run that ends with a title is a role ("UN Chief Warns …"): its names are in it
  else if (loose && b - a >= 2 && (wb(t, b - 1) & W.Title) && !(t.flags[b - 1] & F.AllCaps)) { headFrom = b; roleFrom = a; }
  // a headline's abbreviated title before a name: "GEN. HARLOW TELLS SENATORS"
  else if (loose && b - a >= 2 && (wb(t, a) & W.TitleTok) && (t.flags[a] & F.Abbr) && !(wb(t, a + 1) & W.TitleTok)) { headFrom = a + 1; roleFrom = a; personTitle = true; }
  // an office named for a title holder is an organisation: "Office of the UN High Commissioner for Human Rights"
  // (but its holder named after it is a person: "Bank of England Governor Andrew Bailey")
  else if (!loose) {
    // (also after the place it serves: "U.S. Department of Justice", "Ohio Department of Justice")
    const officeOf = ((wb(t, a) & W.Org) !== 0 && (lower(t, a + 1) === 'of' || lower(t, a + 1) === 'for')) ||
      (b - a >= 4 && (wb(t, a + 1) & W.Org) !== 0 && !(wb(t, a) & (W.TitleTok | W.Given)) && (lower(t, a + 2) === 'of' || lower(t, a + 2) === 'for'));
    for (let i = a; i < b; i++) {
      if (!(wb(t, i) & W.TitleTok)) continue;
      // (nor an honorific inside a patronymic: "Nur Amalina binti Haji Osman")
      if (i > a && PATRONYMIC_PARTICLES.has(lower(t, i - 1))) continue;
      // (nor a word of a body's field after its "of": "Royal New Zealand College of General Practitioners")
      if (i > a + 1 && i + 1 < b && lower(t, i - 1) === 'of' && lower(t, i) === 'general' && hasMarker(t, a, i - 1) && !(wb(t, i + 1) & (W.Given | W.TitleTok))) continue;
      // (nor Myanmar's "Tun", a name there: "Tun Tun Oo"; a Malaysian honorific elsewhere)
      if (lower(t, i) === 'tun' && isAbout(t.text, 'myanmar')) continue;
      // (not a nickname in quotes: "Kelvin “Scientist” Roberts", "Elroy “Lord Cutlass” Maynard")
      if (t.kind[i - 1] === K.QuoteOpen && (t.kind[i + 1] === K.QuoteClose || i > a)) continue;
      // (nor the first word of a place's name: "Sri Lanka")
      if (i + 1 < b && isPlaceKey(`${wordKey(t, i)} ${wordKey(t, i + 1)}`)) continue;
      // (nor a word joined by "&" to more of a body's name: "Pietermaritzburg Economic Justice & Dignity Group")
      if (i + 1 < b && t.end[i + 1] - t.start[i + 1] === 1 && t.text.charCodeAt(t.start[i + 1]) === 38) continue;
      // (nor a ruler's title in a body named for the ruler: "Sultan Qaboos University", "King Fahd Hospital")
      // (or a team of a town named for one: "Prince Albert Raiders")
      if (i === a && b - a >= 3 && ROYAL_TITLES.has(lower(t, i)) && ((wb(t, b - 1) & W.Org) || TEAM_PLURAL.test(lower(t, b - 1))) && !(wb(t, i + 1) & (W.TitleTok | W.Org))) break;
      // (a holder named after it: "Bank of England Governor Andrew Bailey", "Bank of Japan Governor
      // Shinji Arakawa": two or three plain capitalised words after the title)
      if (officeOf && !(b - i >= 3 && ((wb(t, i + 1) & W.Given) !== 0 || plainName(t, i + 1, b)))) continue;
      // the title's office, not a title: "Sheriff's Office" (of a title of two words: "Attorney General's Office")
      // (or with its portfolio: "Secretary of State's Office")
      if (t.kind[i + 1] === K.Poss || (i + 2 < b && (wb(t, i + 1) & W.TitleTok) && t.kind[i + 2] === K.Poss) || (i + 3 < b && lower(t, i + 1) === 'of' && t.kind[i + 3] === K.Poss && TITLE_OFFICES.has(lower(t, i + 4)))) continue;
      // (nor a word of a league's or a body's name after a place: "Nigeria Premier Football League")
      if (i > a && b - i >= 2 && (wb(t, b - 1) & W.Org) && !(t.flags[b - 1] & F.AllCaps) && isPlaceKey(wordKey(t, i - 1)) && !anyWithBits(t, i + 1, b, W.Given | W.TitleTok)) break;
      // an organisation's executive is its name: "the Health Service Executive said"
      if (i > a && i + 1 === b && (wb(t, i - 1) & W.Org) && lower(t, i) === 'executive') break;
      if (givenAfterTitle(t, i, b)) continue;
      // "Martin Luther King III": a generational suffix after the word makes it a surname
      if (i > a && i + 1 < b && isGenerational(lower(t, i + 1)) && i + 2 === b) break;
      // "Sandra King", "Helen Judge": a title word that ends the name after a given name is a surname
      if (i > a && i + 1 === b && (wb(t, i - 1) & W.Given) && !(t.flags[i] & F.AllCaps) && !(wb(t, i) & W.Org)) break;
      // (and a short one with no dot after any plain name: "Rituparna Sen", "Amartya Sen")
      if (i > a && i + 1 === b && t.end[i] - t.start[i] <= 4 && !(t.flags[i] & (F.AllCaps | F.Abbr)) && !(wb(t, i) & W.Org) && plainWords(t, a, i)) break;
      // (any after a titled person's plain names, or right after an honorific: "Governor Dr
      // Kamran Iqbal Sheikh", "Dr Sheikh", "Mr King")
      // (not an office's head noun, which no surname is: "Chief Underwriting Officer, Markus Feldhaus, told")
      if (i > a && i + 1 === b && personTitle && !(t.flags[i] & (F.AllCaps | F.Abbr)) && !(wb(t, i) & W.Org) && !OFFICE_HEADS.has(lower(t, i)) && (i > headFrom ? plainWords(t, headFrom, i) : i === headFrom && NAME_HONORIFICS.has(lower(t, i - 1)) && !ADDRESSED_OFFICES.has(lower(t, i)))) break;
      let e = i + 1;
      // ("Special Agent in Charge Lorraine Beckwith-Tate")
      if (inCharge(t, e) && e + 2 < b) e += 2;
      // "Secretary of State", "Minister of Foreign Affairs", "Minister for Municipal Administration"
      // (and "Minister of State for Manpower")
      while (e < b && (lower(t, e) === 'of' || lower(t, e) === 'for' || (lower(t, e) === 'to' && lower(t, e + 1) === 'the'))) {
        // ("Secretary to the Treasury Daniel Okafor": the body, then its holder)
        if (lower(t, e) === 'to') {
          const k = portfolioEnd(t, e + 2, b);
          if (k === e + 2) break;
          e = k;
          continue;
        }
        // "Leader of the Opposition P. Muthukumaran", "Speaker of the House Mike Johnson"
        if (lower(t, e) === 'of' && lower(t, e + 1) === 'the' && e + 3 < b && TITLE_BODIES.has(lower(t, e + 2))) { e += 3; continue; }
        // (or any body of one word before a holder's name of two or three plain words: "Clerk of
        // the Course Gary Kewley", "Director of the Institute Bakhtiyor Rakhimjonov")
        if (lower(t, e) === 'of' && lower(t, e + 1) === 'the' && e + 5 <= b && (t.flags[e + 2] & F.Cap) && !(t.flags[e + 2] & F.AllCaps) && !(wb(t, e + 2) & (W.Given | W.TitleTok | W.Function)) && plainName(t, e + 3, b) && !isPlaceKey(`${wordKey(t, e + 2)} ${wordKey(t, e + 3)}`)) { e += 3; continue; }
        const k = portfolioEnd(t, e + 1, b);
        if (k === e + 1) break;
        e = k;
      }
      if (e >= b) { headFrom = b; roleFrom = roleFrom < 0 ? a : roleFrom; break; }
      // "Justice Department", "General Assembly": the rest is an organisation, not a person
      // ("Executive Office for Immigration Review", "High Court of Kenya": the title word qualifies
      // the organisation word after it)
      // (not a title's field: "Chief Cabinet Secretary Ishiwata Ryo", "Supreme Court Justice Jane Roe")
      let allOrg = e === i + 1 && e < b && (wb(t, e) & W.Org) !== 0 && !(t.flags[e] & F.AllCaps);
      for (let k = e + 1; allOrg && k < b; k++) if (wb(t, k) & W.TitleTok) allOrg = false;
      if (!allOrg) {
        allOrg = true;
        for (let k = e; k < b; k++) if (!(wb(t, k) & W.Org)) { allOrg = false; break; }
      }
      // (a title of a body named after it, alone in its run, is a role, and the body is the name:
      // "Eero Lindqvist, President of the Industrial Union")
      if (allOrg && i === a && lower(t, i + 1) === 'of' && !loose) {
        const from = lower(t, i + 2) === 'the' ? i + 3 : i + 2;
        if (from < b - 1 && (wb(t, b - 1) & W.Org) && !anyWithBits(t, from, b, W.Given | W.TitleTok)) { emit(t, from, b, -1, false, loose, out, at); return; }
      }
      if (allOrg) break;
      headFrom = e;
      if (roleFrom < 0) roleFrom = a;
      personTitle = true;
      i = e - 1;
    }
  }
  // a Fijian woman's chiefly title, also after an office, in a text about Fiji ("Minister for Youth
  // and Sports Adi Litia Vosailagi Nakarawa"; elsewhere a given name: "Adi Godrej")
  if (!loose && b - headFrom >= 3 && lower(t, headFrom) === 'adi' && !(t.flags[headFrom] & F.AllCaps) && !(wb(t, headFrom + 1) & W.TitleTok) && isAbout(t.text, 'fiji')) {
    if (roleFrom < 0) roleFrom = headFrom;
    headFrom++;
    personTitle = true;
  }
  // role part: emit the names inside it ("US" in "US Secretary of State", "U.S. State Department")
  if (roleFrom >= 0) {
    let s = roleFrom;
    for (let i = roleFrom; i <= headFrom; i++) {
      const w = i < headFrom ? lower(t, i) : '';
      const bits = i < headFrom ? wb(t, i) : 0;
      const boundary = i === headFrom || (bits & W.TitleTok) !== 0 || w === 'of' || w === 'for' || w === 'the' || ((bits & W.Portfolio) !== 0 && i > roleFrom && (lower(t, i - 1) === 'of' || lower(t, i - 1) === 'for'));
      if (boundary) {
        // (a portfolio is no name: "Fuel and Energy" in "Deputy Fuel and Energy Minister")
        let portfolio = s < i;
        for (let k = s; k < i && portfolio; k++) portfolio = (wb(t, k) & W.Portfolio) !== 0;
        if (s < i && !portfolio) emit(t, s, i, -1, false, false, out, at, -1, true);
        s = i + 1;
      }
    }
  }
  if (headFrom >= b) return;
  emit(t, headFrom, b, roleFrom, personTitle, loose, out, at, hadThe >= 0 && hadThe === headFrom - 1 ? hadThe : -1);
}

/** two plural nouns ("cities", "towns"): the members a body is of */
const pluralPair = (a: string, b: string): boolean => a.length >= 4 && b.length >= 4 && a.endsWith('s') && b.endsWith('s') && !a.endsWith('ss') && !b.endsWith('ss') && !a.endsWith('us') && !b.endsWith('us');

/** a field's name by its ending ("Meteorology", "Hydrology", "Fisheries", "Infrastructure", "Immigration", "Taxation") or a trade's gerund ("Training", "Housing"), not a surname ("Cook") */
const FIELD_WORD = /^(?:[a-z]{2,}(?:ology|ography|onomy)|[a-z]{5,}(?:ics|ture|tion|sion|ment|ance|ence|ity|ism|ries|stry|ergy)|[a-z]{3,}ation|(?:train|hous|plann|min|fish|bank|polic|licens|manufactur|ship|market|process|publish|print|broadcast|account|farm|build|fund|lend|nurs|learn|engineer|trad|shipp|advertis|cater|packag)ing)$/;

/** bodies of one word a title may be held in */
const ONE_WORD_BODIES: ReadonlySet<string> = new Set(['senate', 'assembly', 'house', 'parliament', 'council', 'board', 'commission', 'legislature', 'dail', 'dáil', 'lords', 'commons', 'cabinet']);

/** the first words of a state's long name ("the Republic of Chile", "the Kingdom of Bahrain") */
const STATE_FORMS: ReadonlySet<string> = new Set(['republic', 'kingdom', 'state', 'sultanate', 'emirate', 'principality', 'commonwealth', 'federation', 'union']);

/**
 * Where the holder's name starts in a run that goes on from a title's "of the"/"in the" body
 * ("[Chairman of the] Federal Reserve Jerome Powell", "Speaker of the National Assembly Vuyo
 * Mhaga", "Governor of the Bank of England Andrew Bailey"), or -1: the body is an organisation
 * (ended by its organisation word, and "of" a place), then two to four plain capitalised words.
 * (Not "chairman of the Union Pacific Railroad": an organisation word that starts the body
 * qualifies the words after it.)
 */
function holderAfterBody(t: Tokens, a: number, b: number): number {
  for (let q = Math.max(a, 3); q < b - 2; q++) {
    if (lower(t, q - 1) !== 'the' || (lower(t, q - 2) !== 'of' && lower(t, q - 2) !== 'in')) continue;
    // a title before the "of the"/"in the", maybe past a body of its own ("Leader of the Opposition in the")
    let titled = false;
    for (let k = q - 3; k >= 0 && k >= q - 8 && t.kind[k] === K.Word; k--) {
      if (wb(t, k) & W.TitleTok) { titled = true; break; }
      // (past a portfolio after "for": "Minister for Foreign Affairs of the Republic of Chile …")
      if (!(t.flags[k] & F.Cap) && lower(t, k) !== 'of' && lower(t, k) !== 'the' && lower(t, k) !== 'for') break;
    }
    if (!titled) return -1;
    let e: number;
    // (a state's long name as the body: "Minister for Foreign Affairs of the Republic of Chile Isidora Fuentes-Araya")
    if (STATE_FORMS.has(lower(t, q)) && lower(t, q + 1) === 'of' && q + 4 < b && (t.flags[q + 2] & F.Cap)) {
      e = isPlaceKey(nameKey(t.text.slice(t.start[q + 2], t.end[q + 3]))) ? q + 4 : q + 3;
    } else {
      let m = q;
      while (m < b && !(wb(t, m) & W.Org)) m++;
      if (m >= b - 2 || (t.flags[m] & F.AllCaps)) return -1;
      e = m + 1;
      while (e < b && (wb(t, e) & W.Org)) e++;
      // (the body's complement, maybe with its article: "Speaker of the House of the People Abdiqani Mohamed Farah")
      if (lower(t, e) === 'of' && e + 3 < b) e += lower(t, e + 1) === 'the' && e + 4 < b ? 3 : 2;
      // (a body of one word only when it is a chamber or a board: "Leader of the Opposition in the Senate Humayun Khattak")
      else if (m === q && !ONE_WORD_BODIES.has(lower(t, q))) return -1;
    }
    if (b - e < 2 || b - e > 4 || (wb(t, e) & (W.Org | W.TitleTok | W.MonthDay | W.DemonymTok | W.Function)) || !(t.flags[e] & F.Cap)) return -1;
    for (let k = e; k < b; k++) if (t.kind[k] !== K.Word || (wb(t, k) & (W.Org | W.TitleTok | W.MonthDay)) || (!(t.flags[k] & F.Cap) && !(wb(t, k) & W.Particle))) return -1;
    return e;
  }
  return -1;
}

/**
 * Where the portfolio after a title's "for"/"of" ends in the capitalised words [from, b): after
 * its words of the lexicon ("Foreign Affairs" in "Minister for Foreign Affairs Wang Yi"), or,
 * when a word outside it starts the run and two or more plain words follow it, where the
 * holder's name starts: at its first known given name ("Minister for Manpower Desmond Lai"),
 * else two words before the end ("Commissioner for Physical Planning Olakunle Adesanya").
 */
function portfolioEnd(t: Tokens, from: number, b: number): number {
  let k = from;
  // (a force or service of one word, then the holder's name: "Commissioner of Police Vincent Tong Chi-hang")
  if (b - from >= 3 && (wb(t, from) & W.Org) && !(wb(t, from) & W.Portfolio) && !(t.flags[from] & F.AllCaps)) {
    let plain = true;
    for (let i = from + 1; i < b && plain; i++) if (t.kind[i] !== K.Word || !(t.flags[i] & F.Cap) || (wb(t, i) & (W.Org | W.TitleTok | W.Portfolio))) plain = false;
    if (plain) return from + 1;
  }
  while (k < b && (wb(t, k) & W.Portfolio)) k++;
  // (a name with its initial glued on, as Mongolian copy writes it, is the holder's alone: "Mayor of Ulaanbaatar D.Sumiyabazar")
  if (k === from && b - k === 2 && GLUED_INITIAL.test(t.text.slice(t.start[b - 1], t.end[b - 1]))) return b - 1;
  if (k > from || b - k < 3) return k;
  for (let i = k; i < b; i++) if (t.kind[i] !== K.Word || !(t.flags[i] & F.Cap) || (wb(t, i) & (W.Org | W.TitleTok))) return k;
  for (let i = k; i < b - 1; i++) if (wb(t, i) & W.Given) return i;
  return b - 2;
}

/**
 * "and" inside the complement of an organisation's head: "Community of European Railway and
 * Infrastructure Companies" (the head, "of", then two or more words that are not a place: not
 * "Bank of England and Federal Reserve"; nor an organisation's head or a person after "and").
 */
function ofComplement(t: Tokens, i: number, j: number, from: number, r: number): boolean {
  if (lower(t, i) === 'the') i++;
  // (a complement of one word is too often a place or a whole name: "Bank of England and …")
  if (!(wb(t, i) & W.Org) || lower(t, i + 1) !== 'of' || j - i < 4 || r - from > 3) return false;
  if ((wb(t, from) & (W.Org | W.Given)) || isPlaceKey(nameKey(t.text.slice(t.start[i + 2], t.end[j - 1])))) return false;
  for (let k = i + 2; k < j; k++) if (!(t.flags[k] & F.Cap) || (wb(t, k) & W.Org)) return false;
  return true;
}

/** a name with its patronymic's initial glued on ("D.Sumiyabazar", "Ts.Enkhjargal") */
const GLUED_INITIAL = /^[A-Z][a-z]?\.[A-Z][a-z]/;

/** a body's museum or archive, named after "and" ("Hall of Fame and Museum") */
const AND_INSTITUTIONS: ReadonlySet<string> = new Set(['museum', 'archives', 'library', 'gallery', 'gardens']);
/** two trades in one word, the last a person's ("Chef-owner Ruaridh Baxter", "Actor-director X") */
function hyphenedPersonNoun(w: string): boolean {
  const h = w.indexOf('-');
  return h > 1 && h === w.lastIndexOf('-') && PERSON_NOUNS.has(w.slice(h + 1)) && /^[a-z]+-[a-z]+$/.test(w);
}

/** the head nouns of an officer's title, which end a role and never a name ("Chief Underwriting Officer") */
const OFFICE_HEADS: ReadonlySet<string> = new Set(['officer', 'director', 'manager', 'executive', 'chairman', 'chairwoman', 'chairperson', 'coordinator', 'administrator', 'controller', 'superintendent', 'supervisor', 'treasurer', 'spokesperson', 'spokesman', 'spokeswoman']);
/** countries whose names have "and" in them */
const AND_COUNTRIES: ReadonlySet<string> = new Set(['bosnia and herzegovina', 'trinidad and tobago', 'antigua and barbuda', 'kitts and nevis', 'tomé and príncipe', 'tome and principe', 'vincent and the grenadines', 'turks and caicos']);
/** letters that name no one: currencies' codes, and economic measures (MEASURE_LETTERS) */
const NOT_NAME_LETTERS: ReadonlySet<string> = new Set([
  'USD', 'EUR', 'GBP', 'JPY', 'CNY', 'RMB', 'CHF', 'AUD', 'CAD', 'NZD', 'INR', 'RUB', 'KWD', 'AED', 'SAR', 'QAR', 'OMR', 'BHD', 'JOD',
  'EGP', 'VND', 'THB', 'IDR', 'MYR', 'SGD', 'HKD', 'KRW', 'TWD', 'ZAR', 'NGN', 'KES', 'GHS', 'UAH', 'GEL', 'TRY', 'BRL', 'MXN', 'ARS',
  'PKR', 'BDT', 'LKR', 'NPR', 'IRR', 'IQD', 'ILS', 'SEK', 'NOK', 'DKK', 'PLN', 'CZK', 'HUF', 'RON', 'KZT', 'UZS', 'AZN',
  // (and "NIS", the shekel's letters in Israeli copy, and smaller currencies' codes)
  'NIS', 'MVR', 'BWP', 'ZMW', 'MWK', 'TZS', 'UGX', 'ETB', 'XOF', 'XAF', 'TND', 'DZD', 'LBP', 'AFN', 'MMK', 'KHR', 'LAK', 'MNT', 'KGS', 'TJS',
  'RSD', 'MKD', 'ISK', 'BGN', 'CLP', 'UYU', 'JMD', 'TTD', 'BBD', 'XCD', 'FJD', 'PGK', 'SBD', 'VUV', 'NAD', 'SZL', 'LSL', 'MUR', 'SCR', 'GMD',
  'LRD', 'BTN', 'MOP', 'BND',
]);
const MEASURE_LETTERS: ReadonlySet<string> = new Set(['GDP', 'GNP', 'CPI', 'PPI', 'PMI', 'VAT', 'GST', 'FDI', 'IPO', 'EPS', 'ETF',
  // (and kinds of things: "the family SUV promises up to 310 miles")
  'SUV', 'MPV', 'ATM', 'DNA', 'LED', 'GPS']);
/** a headline's first word before the name it honours */
const TRIBUTE_WORDS: ReadonlySet<string> = new Set(['remembering', 'celebrating', 'honouring', 'honoring', 'mourning', 'farewelling', 'vale', 'saluting', 'introducing', 'meet']);
/** the stages of a competition, numbered ("Round 3", "Game 7", "Stage 12", "Matchday 5") */
const STAGE_WORDS: ReadonlySet<string> = new Set(['round', 'game', 'stage', 'matchday', 'heat', 'phase']);
/** an item of a list inside a name: a plural of people's trades ("Practitioners", "Dentists") or a field's adjective ("Atmospheric", "Geophysical") */
const LIST_ITEM = /^[a-z]{4,}(?:s|al|ic)$/;
/** the bodies such plurals form */
const MEMBERS_BODIES: ReadonlySet<string> = new Set(['union', 'association', 'federation', 'council', 'society', 'alliance', 'guild', 'forum', 'congress', 'league']);
/** role words a story's capitalised opening may start with ("A FORMER …", "THE acting …") */
const CAPS_LEADS: ReadonlySet<string> = new Set(['former', 'senior', 'acting', 'deputy', 'veteran', 'prominent', 'top', 'retired', 'suspended', 'jailed', 'disgraced', 'popular', 'local', 'controversial']);
/** all-capital labels of wire copy before a name ("SOURCE Meridex Health, Inc.") */
const WIRE_LABELS: ReadonlySet<string> = new Set(['source', 'contact', 'contacts', 'media', 'photo', 'video', 'credit', 'update', 'correction', 'by']);

/** a company's legal form, written after a comma ("Meridex Health, Inc.") */
const LEGAL_FORMS: ReadonlySet<string> = new Set(['inc.', 'inc', 'llc', 'l.l.c.', 'ltd.', 'ltd', 'plc', 'corp.', 'co.', 'l.p.', 'lp', 'llp', 'n.v.', 's.a.', 'ag', 'gmbh', 'pty', 'pte', 'bhd',
  // (and the Latin American, Italian and Dutch forms: "Vinculum Logística, S.A.B. de C.V.", "Foo, S.p.A.")
  's.a.b.', 's.a.p.i.', 's.p.a.', 's.r.l.', 'b.v.', 's.a.s.', 'tbk', 'oyj']);

/** particles that begin a surname written without its given name ("de Graaf", "van Dijk") */
const LEADING_PARTICLES = new Set(['de', 'van', 'von', 'der', 'den', 'du', 'da', 'di', 'ter', 'ten', 'al', 'el', 'bin', 'ibn', 'af']);

/** a particle starting a surname: "de Graaf", "van der Berg" (one or two, then a capitalised word) */
function surnameParticle(t: Tokens, a: number, b: number): boolean {
  if (!LEADING_PARTICLES.has(lower(t, a))) return false;
  const next = a + 1 < b && LEADING_PARTICLES.has(lower(t, a + 1)) && !(t.flags[a + 1] & F.Cap) ? a + 2 : a + 1;
  return next < b && (t.flags[next] & F.Cap) !== 0;
}

/** month names that are also given names */
const GIVEN_MONTHS = new Set(['jan', 'april', 'may', 'june', 'august']);

const GENERATIONAL = new Set(['jr', 'jr.', 'sr', 'sr.', 'ii', 'iii', 'iv']);
function isGenerational(w: string): boolean {
  return GENERATIONAL.has(w);
}

/** a field as a body's last word ("Defense"), or its one word a plural ("Waters", "Railways"; a surname after a given one may end so: "Rhys Williams") */
function bodyWord(t: Tokens, k: number, alone: boolean): boolean {
  const w = lower(t, k);
  return (wb(t, k) & W.Portfolio) !== 0 || FIELD_WORD.test(w) || NATIONAL_UTILITIES.has(w) || (alone && w.length >= 5 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us'));
}
/** a comma and an appositive whose head is an organisation's word: ", the state water management agency," */
function bodyAppositive(t: Tokens, b: number): boolean {
  if (t.kind[b] !== K.Comma || t.kind[b + 1] !== K.Word || lower(t, b + 1) !== 'the') return false;
  for (let k = b + 2; k < b + 8 && t.kind[k] === K.Word; k++) {
    if (t.flags[k] & F.Cap) return false;
    if (wb(t, k) & W.Org) return t.kind[k + 1] === K.Comma || t.kind[k + 1] === K.End;
  }
  return false;
}

/** sports whose national governing body is named by its demonym and the sport ("Scottish Rugby", "British Cycling", "Welsh Athletics") */
const NATIONAL_SPORTS: ReadonlySet<string> = new Set(['rugby', 'golf', 'cycling', 'athletics', 'hockey', 'cricket', 'swimming', 'rowing', 'sailing', 'tennis', 'eventing', 'gymnastics', 'boxing', 'netball', 'canoeing', 'triathlon', 'badminton', 'squash', 'curling', 'skiing', 'judo', 'taekwondo', 'fencing', 'archery', 'shooting', 'volleyball', 'basketball', 'lacrosse', 'handball', 'diving', 'bowls', 'orienteering', 'equestrian']);

/** what a nation's state company runs, after its demonym: "British Rail", "Irish Water", "British Steel" */
const NATIONAL_UTILITIES: ReadonlySet<string> = new Set(['rail', 'water', 'steel', 'telecom', 'coal', 'mail', 'post', 'petroleum', 'gas', 'power', 'air', 'airlines', 'airways', 'railways']);

/** forms of address after a possessive pronoun ("Her Honour", "His Excellency") */
const ADDRESS_FORMS: ReadonlySet<string> = new Set(['honour', 'honor', 'excellency', 'majesty', 'highness', 'lordship', 'ladyship', 'worship', 'eminence', 'holiness', 'grace']);

/** per text: a demonym and one word of a body that speak ("English Heritage has confirmed", "Romanian Waters said") */
const demonymBodies = new WeakMap<Tokens, Set<string>>();
function speakingDemonymBodies(t: Tokens): Set<string> {
  let set = demonymBodies.get(t);
  if (set) return set;
  set = new Set();
  for (let k = 0; k + 2 < t.n; k++) {
    if (!(wb(t, k) & W.DemonymTok) || !(t.flags[k] & F.Cap) || t.kind[k + 1] !== K.Word || !(t.flags[k + 1] & F.Cap) || (t.flags[k + 1] & F.AllCaps)) continue;
    if (wb(t, k + 1) & (W.DemonymTok | W.Given | W.TitleTok | W.Title)) continue;
    // (the start of the name: not "the Ministry of Croatian Veterans rejected")
    if (k > 0 && t.kind[k - 1] === K.Word && ((t.flags[k - 1] & F.Cap) || lower(t, k - 1) === 'of')) continue;
    if (t.kind[k + 2] !== K.Word || (t.flags[k + 2] & F.Cap)) continue;
    const v = (wb(t, k + 2) & W.Aux) && k + 3 < t.n && t.kind[k + 3] === K.Word ? k + 3 : k + 2;
    if ((wb(t, v) & W.Speech) && bodyWord(t, k + 1, true)) set.add(`${lower(t, k)} ${lower(t, k + 1)}`);
  }
  demonymBodies.set(t, set);
  return set;
}

function emit(t: Tokens, a: number, b: number, roleFrom: number, titled: boolean, loose: boolean, out: Chunk[], at: Int32Array, the = -1, inRole = false): void {
  // leading and trailing connectors
  while (a < b && (t.flags[a] & F.Cap) === 0 && t.kind[a] === K.Word && !capParticle(t, a) && !surnameParticle(t, a, b)) a++;
  while (b > a && (t.flags[b - 1] & F.Cap) === 0 && t.kind[b - 1] === K.Word && !capParticle(t, b - 1) && !localNumber(t, b - 1)) b--;
  // a past verb of speech that starts a sentence or a label's text is no part of a name ("Update: Added Orbwell’s blog post")
  if (b - a >= 2 && (t.sentStart[t.sent[a]] === a || t.kind[a - 1] === K.Colon) && (wb(t, a) & W.Speech) && lower(t, a).endsWith('ed')) a++;
  if (inRole) {
    // (a body's letters are its name: "NATO" in "NATO Secretary General X", not a modifier)
    const mod = (i: number) => (wb(t, i) & (W.RoleMod | W.Org)) === W.RoleMod && !(t.flags[i] & F.AllCaps);
    while (a < b && mod(a)) a++;
    while (b > a && mod(b - 1)) b--;
  }
  // letters after a person's name: "Andrew Fenwick KC", "Jane Holt MP"
  while (b - a > 2 && (t.flags[b - 1] & F.AllCaps) && POSTNOMINALS.has(lower(t, b - 1))) b--;
  // (and a judge's "J" after a surname, as law reports write it: "Ashworth-Kemp J said")
  if (b - a >= 2 && judgesJ(t, b - 1) && t.kind[b - 2] === K.Word && t.end[b - 2] - t.start[b - 2] > 2 && !(t.kind[b] === K.Word && (t.flags[b] & F.Cap))) b--;
  // a count before a group's qualifier: "Three OPEC+ delegates told", "Two Pentagon officials said"
  if (b - a >= 2 && COUNT_WORDS.has(lower(t, a)) && t.kind[b] === K.Word && !(t.flags[b] & F.Cap) && GROUP_NOUNS.has(lower(t, b))) a++;
  // leading demonyms: part of an organisation's name ("Palestinian Islamic Jihad"), else dropped
  let org = false;
  for (let i = a; i < b; i++) if (wb(t, i) & W.Org) { org = true; break; }
  // (a group named for what its members want is a body's: "Homes for Scotland")
  if (!org && b - a >= 3 && b - a <= 4 && lower(t, a + 1) === 'for' && lower(t, a).endsWith('s') && !(wb(t, a) & W.Given)) org = true;
  // (not from a country's own name: "Saudi Arabia", "Dominican Republic")
  if (!org && (wb(t, a) & W.DemonymTok) && b - a >= 2 && isPlaceKey(nameKey(t.text.slice(t.start[a], t.end[b - 1])))) org = true;
  // (nor from a name its acronym spells with the demonym: "Australian Energy Market Operator (Aemo)")
  if (!org && (wb(t, a) & W.DemonymTok) && b - a >= 2 && bracketAcronym(t, b) === initials(t, a, b)) org = true;
  // (nor from a trade's producers, named for their members: "Australian Energy Producers")
  if (!org && (wb(t, a) & W.DemonymTok) && b - a >= 3 && MEMBER_PLURALS.has(lower(t, b - 1))) org = true;
  // a demonym's government is named by both: "the Welsh government said", "the Kenyan government"
  // (and a region's, after "the": "The Sindh government said", "the Queensland government says")
  if (!org && !loose && b - a <= 3 && ((wb(t, b - 1) & W.DemonymTok) || (a > 0 && lower(t, a - 1) === 'the' && isPlaceKey(nameKey(t.text.slice(t.start[a], t.end[b - 1]))))) && t.kind[b] === K.Word && !(t.flags[b] & F.Cap) && (lower(t, b) === 'government' || lower(t, b) === 'administration')) { b++; org = true; }
  // a place's council in lower case is named by both: "Calderdale council, which faces …,
  // confirmed", "Toronto city council voted" (not its tax or its meeting: "Leeds council tax")
  if (!org) {
    const e = localCouncilEnd(t, a, b);
    if (e > b) { b = e; org = true; }
  }
  // (a party named by its nation and its members: "Scottish Conservatives", "Welsh Liberal Democrats")
  if (!org && b - a >= 2 && b - a <= 3 && (wb(t, a) & W.DemonymTok) && PARTY_PLURALS.has(lower(t, b - 1))) org = true;
  // (nor from a body's name without an organisation's word, no one's given name after the demonym:
  // "Romanian Waters said", "the Lebanese Civil Defense said", "English Heritage has confirmed"; not "Kenyan Faith Kipyegon")
  // (or before an appositive that names a body: "Croatian Waters, the state water management agency, warned")
  if (!org && !loose && !titled && b - a >= 2 && (wb(t, a) & W.DemonymTok) && !(wb(t, a + 1) & (W.DemonymTok | W.Given | W.TitleTok | W.Title)) && !(t.flags[a + 1] & F.AllCaps) && ((t.kind[b] === K.Word && (wb(t, b) & W.Speech) !== 0) || (t.kind[b] === K.Word && (wb(t, b) & W.Aux) !== 0 && t.kind[b + 1] === K.Word && (wb(t, b + 1) & W.Speech) !== 0) || t.kind[b] === K.ParenOpen || bodyAppositive(t, b)) && !anyWithBits(t, a + 1, b, W.Given) && bodyWord(t, b - 1, b - a === 2)) org = true;
  // (nor from such a body of two words named so where it speaks elsewhere in the text: "English
  // Heritage has confirmed" … "a grant from English Heritage")
  if (!org && !loose && b - a === 2 && (wb(t, a) & W.DemonymTok) && !(t.kind[b] === K.Word && (wb(t, b) & W.TitleTok)) && speakingDemonymBodies(t).has(`${lower(t, a)} ${lower(t, a + 1)}`)) org = true;
  // (nor from a nation's governing body of a sport, named by the two alone: "Scottish Rugby", "British Cycling")
  if (!org && !loose && b - a === 2 && (wb(t, a) & W.Demonym) && NATIONAL_SPORTS.has(lower(t, a + 1))) org = true;
  while (a < b && (wb(t, a) & W.DemonymTok) && !org) a++;
  if (a >= b) return;
  if ((wb(t, b - 1) & W.DemonymTok) && !org) return; // "Middle Eastern"
  // a form of address after its possessive is no one's name: "Her Honour rejected that submission",
  // "His Excellency said", "Her Majesty"
  if (b - a === 1 && a > 0 && ADDRESS_FORMS.has(lower(t, a)) && POSSESSIVE_PRONOUNS.has(lower(t, a - 1))) return;
  // a currency's letters before its sign are no name: "NT$150 million", "HK$2", "S$40"
  if (b - a === 1 && t.text.charCodeAt(t.end[a]) === 36) return;
  // a count alone is no name ("One MP, who …": the title went as a postnominal)
  if (b - a === 1 && (COUNT_WORDS.has(lower(t, a)) || lower(t, a) === 'one') && !(t.flags[a] & F.AllCaps)) return;

  // leading place before a person's name ("the Mideast Steve Witkoff")
  if (!org && !loose && b - a >= 3) {
    for (const len of [2, 1]) {
      if (b - a - len < 2) continue;
      const k = len === 1 ? wordKey(t, a) : nameKey(t.text.slice(t.start[a], t.end[a + len - 1]));
      // only before a given name: "the Kenya Red Cross" and "the Boston Red Sox" stay whole
      if (isPlaceKey(k) && (t.flags[a + len] & F.Cap) && (wb(t, a + len) & W.Given)) {
        emit(t, a, a + len, -1, false, false, out, at);
        a += len;
        break;
      }
    }
  }
  // "D-Ill.", "R-Texas", "R-Belle Glade" (a party tag between commas)
  if ((b - a === 1 || (b - a <= 3 && t.kind[a - 1] === K.Comma && t.kind[b] === K.Comma)) && isPartyTag(t, a)) return;
  // (the rest of a possessive place in one: "R-Lee's Summit")
  if (a >= 3 && b - a <= 2 && t.kind[a - 1] === K.Poss && isPartyTag(t, a - 2) && t.kind[a - 3] === K.Comma && t.kind[b] === K.Comma) return;
  if (b - a > MAX_CHUNK && !loose) loose = true;
  let start = t.start[a];
  // (not a name its acronym spells: "The Australian Energy Market Operator (Aemo)")
  if (the >= 0 && the === a - 1 && bracketAcronym(t, b) !== initials(t, a, b)) {
    // a publication keeps its article ("The Washington Post", "The Times of Israel"), not an
    // organisation whose name has a publication word before its own head ("The Independent Dockers' Union")
    for (let i = a; i < b; i++) {
      // (nor one whose head comes before the word: "The National Federation of Independent Business")
      if ((wb(t, i) & (W.Org | W.Publication)) === W.Org) break;
      if (!(wb(t, i) & W.Publication)) continue;
      let head = false;
      for (let k = i + 1; k < b; k++) if ((wb(t, k) & (W.Org | W.Publication)) === W.Org) head = true;
      if (!head) start = t.start[the];
      break;
    }
  }
  const end = t.end[b - 1];
  const text = t.text.slice(start, end);
  if (b - a === 1 && (t.flags[a] & F.AllCaps) && text.replace(/\./g, '').length <= 6) org = true;
  const chunk: Chunk = {
    a: start === t.start[a] ? a : a - 1,
    b,
    start,
    end,
    text,
    key: b - a === 1 && start === t.start[a] ? wordKey(t, a) : nameKey(text),
    words: b - a,
    titled,
    roleFrom,
    org,
    loose,
    // (after an opening quote or a list's bullet: "• Growers say …")
    // (or a quotation's first word after a colon: 'He said: "Families told the review …"')
    sentInitial: t.sentStart[t.sent[a]] === a || (a > 0 && (t.kind[a - 1] === K.QuoteOpen || t.kind[a - 1] === K.Other || t.kind[a - 1] === K.Dash) && t.sentStart[t.sent[a]] === a - 1) || (a > 1 && t.kind[a - 1] === K.QuoteOpen && t.kind[a - 2] === K.Colon),
  };
  out.push(chunk);
  for (let i = chunk.a; i < b; i++) at[i] = out.length;
}

function hyphenIn(text: string, s: number, e: number): number {
  for (let i = s; i < e; i++) if (text.charCodeAt(i) === 45) return i;
  return -1;
}

function capParticle(t: Tokens, i: number): boolean {
  if (!(t.flags[i] & F.Hyphen)) return false; // no '-' in the word
  const s = t.start[i];
  const h = hyphenIn(t.text, s, t.end[i]);
  return h > s && h < t.end[i] - 1;
}

function isDigitAt(text: string, k: number): boolean {
  const c = text.charCodeAt(k);
  return c >= 48 && c <= 57;
}
