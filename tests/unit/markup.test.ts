// Markdown markers read as spaces (server/src/analysis/markup.ts), and what the analysis finds
// in a Markdown article. Expected masks are written by hand.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { maskMarkup } from '../../server/src/analysis/markup';
import { analyze } from '../../server/src/analysis/analyze';

test('markers become spaces at the same offsets; plain text is returned as is', () => {
  const plain = 'Ana Ruiz said prices would fall.\n\n“It is over,” she said. Costs rose 5%.\n';
  assert.equal(maskMarkup(plain), plain);
  assert.equal(maskMarkup('**Mayor Linda Park** said'), '  Mayor Linda Park   said');
  // "[" and "](https://x.org/p)" (18 characters) blanked
  assert.equal(maskMarkup('see [Raj Patel](https://x.org/p) now'), `see  Raj Patel${' '.repeat(18)} now`);
  assert.equal(maskMarkup('![photo](a.jpg)'), `  photo${' '.repeat(8)}`); // "](a.jpg)" is 8
  assert.equal(maskMarkup('# Budget passes\n> “No,” he said.\n- item one\n* item two'), '  Budget passes\n  “No,” he said.\n  item one\n  item two');
  assert.equal(maskMarkup('_Park_ added, in `code`'), ' Park  added, in  code ');
  // kept: an underscore inside a word, a hashtag, brackets that are no link, list numbers
  assert.equal(maskMarkup('snake_case #MeToo [sic] 1. First'), 'snake_case #MeToo [sic] 1. First');
});

test('adversarial markup finishes and keeps the length', () => {
  for (const s of ['['.repeat(200_000), '[a]('.repeat(100_000), '*_`'.repeat(100_000), '> '.repeat(100_000), '[' + 'x'.repeat(300_000) + '](']) {
    assert.equal(maskMarkup(s).length, s.length);
  }
});

test('a Markdown article: speakers inside emphasis, links, quotes and list items; spans as written', () => {
  const text = [
    '# Council approves budget',
    '',
    '**Mayor Linda Park** said the budget was fair.',
    '',
    '- Councilor [Raj Patel](https://example.com/patel) said he would vote no.',
    '',
    '> “We cannot keep raising fees,” said resident Tom Ellis.',
    '',
    '_Park_ added that revenue would rise by 4%.',
  ].join('\n');
  const found = analyze(text).filter((a) => a.type === 'speaker' || a.type === 'figure');
  assert.deepEqual(found.map((a) => [a.type, a.text, a.entity ?? a.value, a.role]), [
    ['speaker', 'Linda Park', 'Linda Park', 'Mayor'],
    ['speaker', 'Raj Patel', 'Raj Patel', 'Councilor'],
    ['speaker', 'Tom Ellis', 'Tom Ellis', 'resident'],
    ['speaker', 'Park', 'Linda Park', null],
    ['figure', '4%', 4, null],
  ]);
  for (const a of analyze(text)) assert.equal(text.slice(a.start, a.end), a.text);
});
