// The whole analyser on adversarial input. There is no timing assertion: a regular expression
// with super-linear backtracking would not finish these inputs within the test's time-out,
// while linear scanning takes well under a second each.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, analyzeCorpus } from '../../server/src/analysis';

const MB = 1 << 20;
const repeat = (unit: string, length: number) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length);

const inputs: Record<string, string> = {
  'one line of 1 MB without spaces': repeat('abcXYZ,.;“”"\'0123-', MB),
  'a 100,000-character capitalised run': repeat('Aaa Bbb Ccc ', 100_000),
  '100,000 capital letters': 'A'.repeat(100_000),
  '50,000 quote marks': '“'.repeat(25_000) + '"'.repeat(25_000),
  'alternating quotes and names': repeat('“Smith said ', MB),
  'digits and separators': repeat('1,1.1 ', MB),
  'speech verbs without names': repeat('said told according to ', MB),
  'months and weekdays': repeat('May March Monday Oct. 8, ', MB),
  'numbers words': repeat('more than some dozens of ten hundred ', MB),
  'lone surrogates and controls': repeat('\ud800\u0001\u200b\u00a0\r', 200_000),
  // (the date stretches, counted-back dates, tennis sets, records, prices per unit, nested counts
  // and native-script names, without a sentence's end)
  // (a ticker's dot was looked for back through the whole text: 4 MB of these took minutes)
  'names with acronyms in brackets, no dot (4 MB)': repeat('by Director of the Unit (CZMU), ', 4 * MB),
  'stamps, glued initials, lives and headline counts': repeat('Foo Two Bar, (posted on Ts.Dorjpalam X (1999-2000) the Fed\'s January 87th Street ', MB),
  'stretches, sets and records run together': repeat('on May 3-9 a day earlier the same month last year the first two months of the year 3-6 7-5 (6-6, 4-5) ₹178/kg the past two years Lin Po-sheng (林柏昇) NASA ', MB),
};

for (const [name, text] of Object.entries(inputs)) {
  test(`finishes on ${name}`, { timeout: 60_000 }, () => {
    const annotations = analyze(text);
    for (const a of annotations) assert.equal(text.slice(a.start, a.end), a.text);
  });
}

test('empty documents and a corpus of empty documents', () => {
  assert.deepEqual(analyze(''), []);
  const results = analyzeCorpus([{ id: 'a', text: '' }, { id: 'b', text: '\r\n\r\n' }]);
  assert.deepEqual(results.map((r) => r.annotations.length), [0, 0]);
});
