// readWhole (server/src/files/read-whole.ts): one read of a whole file gives its bytes, as
// readFileSync does, and fails as a read should.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readWhole } from '../../server/src/files/read-whole';

test('readWhole gives the bytes readFileSync gives: empty, small, and larger than a read chunk', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'byline-read-'));
  const big = Buffer.alloc(3 * 1024 * 1024 + 17);
  for (let i = 0; i < big.length; i++) big[i] = (i * 7919) & 255;
  for (const [name, bytes] of [['empty', Buffer.alloc(0)], ['small', Buffer.from('Jane said\n\u00e9\n')], ['big', big]] as const) {
    const path = join(dir, name);
    writeFileSync(path, bytes);
    const got = await readWhole(path);
    assert.equal(got.length, bytes.length, name);
    assert.ok(got.equals(readFileSync(path)), name);
  }
});

test('readWhole rejects a missing file and a folder', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'byline-read-'));
  await assert.rejects(readWhole(join(dir, 'missing')), (e: NodeJS.ErrnoException) => e.code === 'ENOENT');
  await assert.rejects(readWhole(dir));
});
