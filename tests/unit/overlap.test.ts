// The overlap refiner: a stronger type wins a contested span, except the count of a stretch of
// time inside a date, which is a figure too.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/analysis';
import { removeOverlaps } from '../../server/src/analysis/refiners/overlap';
import type { Annotation } from '../../server/src/analysis/types';

const ann = (type: Annotation['type'], start: number, end: number, subtype: string): Annotation =>
  ({ type, start, end, text: 'x'.repeat(end - start), entity: null, subtype, role: null, value: null, unit: null } as Annotation);

test('a date wins over a figure it overlaps; a duration figure inside a date is kept with it', () => {
  const date = ann('date', 10, 28, 'relative'), inside = ann('figure', 19, 22, 'duration');
  assert.deepEqual(removeOverlaps([inside, date]), [date, inside]);
  // (a cardinal inside a date is not: "Oct. 8")
  assert.deepEqual(removeOverlaps([ann('figure', 15, 16, 'cardinal'), date]), [date]);
  // (nor a duration across the date's edge)
  assert.deepEqual(removeOverlaps([ann('figure', 25, 32, 'duration'), date]), [date]);
});

test('"the past two years", "the first nine months of 2025": the date and the count; "five years ago", "a day later": the date alone (as the gold sets write 147 of 151 "ago"); "three days later": a count, no date (88 of 100)', () => {
  const text = 'Prices rose over the past two years and peaked five years ago. Sales for the first nine months of 2025 rose. He died three days later. A day later she left.';
  const got = analyze(text, { referenceDate: '2025-12-03' }).map((a) => `${a.type}:${a.text}`);
  assert.deepEqual(got, ['date:the past two years', 'figure:two', 'date:five years ago', 'date:the first nine months of 2025', 'figure:nine', 'figure:three', 'date:A day later']);
});
