// The compact form workers send and the cache stores (server/src/index/extraction-codec.ts):
// decoding gives back exactly the extraction, field order included, over varied articles; an
// extraction the form cannot hold is written whole; a malformed form is refused.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractDocument } from '../../server/src/analysis';
import { compactExtraction } from '../../server/src/index/compact-extraction';
import { decodeExtraction, encodeExtraction } from '../../server/src/index/extraction-codec';
import { generateCorpus } from '../../bench/corpus.mjs';

const root = join(import.meta.dirname, '..', '..');

function texts(): string[] {
  const out = readdirSync(join(root, 'seeds')).map((f) => readFileSync(join(root, 'seeds', f), 'utf8'));
  for (const { text } of generateCorpus({ articles: 150, seed: 7 })) out.push(text);
  for (const { text } of generateCorpus({ articles: 150, seed: 11, skew: 8 })) out.push(text);
  // headlines in capitals (loose names), CRLF, a BOM, acronyms, a reference date from a dateline
  out.push('WASHINGTON (AP) — PRESIDENT JOE BIDEN SAID ON MONDAY\r\nThe World Health Organization (WHO) said 40% of cases, “more than 9,000,” were new.');
  out.push('\ufeffLONDON, March 3, 2024 — Sir Keir Starmer told reporters on Wednesday that the deal was done. “It is,” he said.');
  out.push('');
  return out;
}

test('decoding gives back the extraction exactly, and the form is smaller', () => {
  let compactBytes = 0, fullBytes = 0, whole = 0, n = 0;
  for (const text of texts()) {
    for (const options of [{}, { referenceDate: '2024-05-01' }]) {
      const x = compactExtraction(extractDocument({ id: 'file:///a.txt', text }, options));
      const encoded = encodeExtraction(x, text);
      if (encoded.startsWith('{"x":')) whole++;
      const back = decodeExtraction(encoded, text, 'file:///a.txt');
      assert.equal(JSON.stringify(back), JSON.stringify(x), `round trip of ${JSON.stringify(text.slice(0, 60))}`);
      compactBytes += encoded.length;
      fullBytes += JSON.stringify(x).length;
      n++;
    }
  }
  assert.equal(whole, 0, 'every extraction of the analyser fits the compact form');
  assert.ok(compactBytes * 2.5 < fullBytes, `compact ${compactBytes} vs ${fullBytes} bytes over ${n} extractions`);
});

test('an extraction the compact form cannot hold is written whole, and still round-trips', () => {
  const text = 'Jane Q. Okafor said on Monday that 40 percent of homes were affected.';
  const x = compactExtraction(extractDocument({ id: '', text }));
  // a date whose text is not its span, and a name with a field the form does not know
  const odd = { ...x, dates: x.dates.map((d) => ({ ...d, text: d.text.toUpperCase() })), entities: { ...x.entities, names: x.entities.names.map((o) => ({ ...o, extra: 1 })) } };
  for (const y of [odd, { ...x, entities: { ...x.entities, speakers: extractDocument({ id: '', text }).entities.speakers } }]) {
    const encoded = encodeExtraction(y, text);
    assert.ok(encoded.startsWith('{"x":'));
    assert.equal(JSON.stringify(decodeExtraction(encoded, text, '')), JSON.stringify(y));
  }
});

test('a malformed form is refused, not decoded into nonsense', () => {
  const text = 'Jane Q. Okafor said on Monday that 40 percent of homes were affected.';
  const encoded = encodeExtraction(compactExtraction(extractDocument({ id: '', text })), text);
  const form = JSON.parse(encoded);
  for (const bad of [
    '',
    '{',
    'null',
    JSON.stringify({ ...form, d: [1, 2, 3] }),
    JSON.stringify({ ...form, n: [...form.n.slice(0, -8), 0, 10_000, 0, 1, 0, 0, 0, 0] }),
    JSON.stringify({ ...form, f: ['a', 'b', 'cardinal', 1, null, null] }),
    JSON.stringify({ x: { dates: 1 } }),
  ]) {
    assert.throws(() => decodeExtraction(bad, text, ''), Error, bad);
  }
  // the same form read against another text: spans past its end are refused
  assert.throws(() => decodeExtraction(encoded, text.slice(0, 10), ''));
});
