// Time-sliced background work (index/pacer.ts): the paced sort gives exactly the stable sort,
// and a pacer's slices end when their time is spent.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pacer, sortPaced, UNPACED, type Pacer } from '../../server/src/index/pacer';

test('the paced sort is the stable sort, whatever the pauses', async () => {
  // many ties (stability shows) across several runs and an odd tail
  let seed = 12345;
  const rand = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
  for (const n of [0, 1, 511, 512, 513, 3000, 5123]) {
    const items = Array.from({ length: n }, (_, i) => ({ k: Math.floor(rand() * 50), i }));
    const cmp = (a: { k: number }, b: { k: number }) => a.k - b.k;
    let pauses = 0, checks = 0;
    const often: Pacer = { due: () => ++checks % 7 === 0, pause: async () => void pauses++ };
    const got = await sortPaced(items, cmp, often);
    assert.deepStrictEqual(got, items.slice().sort(cmp), `n = ${n}`);
    assert.deepStrictEqual(await sortPaced(items, cmp, UNPACED), got);
    if (n > 1000) assert.ok(pauses > 2, `n = ${n}: ${pauses} pauses`);
  }
});

test('a slice ends when its time is spent, and the next starts after the pause', async () => {
  const p = pacer(5, () => new Promise((r) => setTimeout(r, 1)));
  assert.equal(p.due(), false);
  const until = performance.now() + 6;
  while (performance.now() < until);
  assert.equal(p.due(), true);
  await p.pause();
  assert.equal(p.due(), false);
});
