// Statements tied to a named speaker without naming it: "he said" / "it announced" after a
// named speaker, and quote paragraphs that continue the previous paragraph's speaker.
import { F, K, type Tokens, lower, clauseEnd, mayBe, wordHashes } from './tokens';
import type { Span } from '../types';
import { SPEECH_VERBS, QUOTE_VERBS } from './lexicon/speech-verbs';
import { AUXILIARIES, ADVERBS } from './lexicon/words';

/** he, she, it: other words are passed over without reading them */
const PRONOUN_HASHES = wordHashes(['he', 'she', 'it']);

export interface PendingStatement {
  anchor: Span;
  quote: Span;
  cue: string | null;
  /** person: he/she; org: it; any: a continuing quote paragraph */
  kind: 'person' | 'org' | 'any';
  /** attribute to the nearest speaker before anchor.start, but not before this offset */
  after: number;
}

export function findStatements(t: Tokens, attributedTokens: number[]): PendingStatement[] {
  const out: PendingStatement[] = [];
  const n = t.n;
  const word = (i: number) => lower(t, i);
  const regionSpan = (id: number): Span => {
    const [o, c] = t.quotes[id - 1];
    return { start: t.end[o], end: c < n ? t.start[c] : t.end[n - 1] };
  };
  const sentenceRest = (i: number): Span | null => {
    let s = i + 1;
    if (word(s) === 'that') s++;
    for (let k = i + 1; k < n && k < i + 4 && t.sent[k] === t.sent[i]; k++) {
      if (t.kind[k] === K.QuoteOpen && t.quote[k + 1]) return regionSpan(t.quote[k + 1]);
      if (!(t.kind[k] === K.Comma || t.kind[k] === K.Colon || word(k) === 'that')) break;
    }
    let e = s;
    if (e < n && t.sent[e] === t.sent[i]) e = clauseEnd(t, e, false);
    return e > s ? { start: t.start[s], end: t.end[e - 1] } : null;
  };
  /** per paragraph: 1 when a statement or speaker is attributed in it */
  const attributedParas = new Uint8Array(Math.max(t.paraStart.length - 1, 0));
  for (const tok of attributedTokens) attributedParas[t.para[tok]] = 1;

  for (let i = 0; i < n; i++) {
    if (t.kind[i] !== K.Word || t.quote[i]) continue;
    const L = t.end[i] - t.start[i];
    if (L < 2 || L > 3 || !mayBe(t, i, PRONOUN_HASHES)) continue;
    const w = word(i);
    const kind = w === 'he' || w === 'she' ? 'person' : w === 'it' ? 'org' : null;
    if (!kind) continue;
    let v = i + 1;
    let steps = 0;
    while (v < n && steps < 4 && t.kind[v] === K.Word && (AUXILIARIES.has(word(v)) || ADVERBS.has(word(v)) || (word(v).endsWith('ly') && word(v).length > 4))) { v++; steps++; }
    const vw = word(v);
    // “…,” he said
    let quote: Span | null = null;
    const p = i - 1, pp = i - 2;
    if (t.kind[p] === K.QuoteClose || (t.kind[p] === K.Comma && t.kind[pp] === K.QuoteClose)) {
      const close = t.kind[p] === K.QuoteClose ? p : pp;
      const id = t.quote[close - 1];
      if (id && QUOTE_VERBS.has(vw)) quote = regionSpan(id);
    }
    const cue = vw === 'called' && (word(v + 1) === 'for' || word(v + 1) === 'on') ? 'called ' + word(v + 1) : vw;
    if (!quote) {
      if (!(SPEECH_VERBS.has(vw) || cue !== vw)) continue;
      quote = sentenceRest(v);
      if (!quote) continue;
    }
    attributedParas[t.para[i]] = 1;
    out.push({ anchor: { start: t.start[i], end: t.end[i] }, quote, cue, kind, after: 0 });
  }

  // a further quote in the sentence after an attributed one, with no attribution of its own:
  // “It is a distraction,” she added. “A costly one.”
  const cueSent = new Uint8Array(t.sentStart.length);
  for (const tok of attributedTokens) cueSent[t.sent[tok]] = 1;
  for (const st of out) cueSent[t.sent[tokenAt(t, st.anchor.start)]] = 1;
  for (const [o, c] of t.quotes) {
    if (o < 1 || c >= n || t.kind[c] !== K.QuoteClose || t.kind[o - 1] !== K.End || t.para[o - 1] !== t.para[o] || !cueSent[t.sent[o - 1]]) continue;
    // the quote ends its sentence and nothing attributes it after ("…,” he said)
    if (c + 1 < n && t.para[c + 1] === t.para[c] && t.kind[c + 1] !== K.End && t.kind[c - 1] !== K.End) continue;
    out.push({ anchor: { start: t.start[o], end: t.end[o] }, quote: { start: t.end[o], end: t.start[c] }, cue: null, kind: 'any', after: t.start[t.sentStart[t.sent[o - 1]]] });
  }

  // continuing quote paragraphs
  const np = t.paraStart.length - 1;
  for (let p = 1; p < np; p++) {
    const a = t.paraStart[p];
    const prevA = t.paraStart[p - 1];
    if (attributedParas[p] !== 0 || attributedParas[p - 1] === 0) continue;
    const last = a - 1;
    if (t.kind[a] === K.QuoteOpen && t.quote[a + 1]) {
      out.push({ anchor: { start: t.start[a], end: t.end[a] }, quote: regionSpan(t.quote[a + 1]), cue: null, kind: 'any', after: t.start[prevA] });
      attributedParas[p] = 1;
    } else if (t.kind[last] === K.Colon && !(t.flags[a] & F.Para && t.kind[a] !== K.Word)) {
      const b = t.paraStart[p + 1];
      out.push({ anchor: { start: t.start[a], end: t.end[a] }, quote: { start: t.start[a], end: t.end[b - 1] }, cue: null, kind: 'any', after: t.start[prevA] });
      attributedParas[p] = 1;
    }
  }
  out.sort((x, y) => x.anchor.start - y.anchor.start);
  return out;
}

/** the token that starts at offset `pos` (binary search over token starts) */
function tokenAt(t: Tokens, pos: number): number {
  let lo = 0, hi = t.n - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (t.start[mid] < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
