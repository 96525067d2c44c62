// File URIs (server/src/index/uris.ts): the plain-path shortcut must give what Node's URL
// functions give, for plain paths and for every path that is not plain.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { normalizeUri, pathToUri, uriToPath } from '../../server/src/index/uris';

const PATHS = [
  '/work/corpus/000/article-0001.txt',
  '/a/b.c/d_e-f~g.md',
  '/a/b.c/d_e-f.md',
  '/a/-b/_c/0.txt',
  '/a/.byline/cache',
  '/a/./b.txt',
  '/a/../b.txt',
  '/a/b/.',
  '/a/b/..',
  '/a//b.txt',
  '/a/b/',
  '/a b/c.txt',
  '/a/Zoë.txt',
  '/a/100%.txt',
  '/a/#1?.txt',
  '/a/b+c,d;e=f@g$h&i!j(k)l*m\'n.txt',
  '/',
  '/.',
  '/..',
  '/a/...',
  '/a/..b',
  '/a/.b.',
  '/a/.corpus/000/b.txt',
  '/.a/..b/.../c',
  '/a/./',
  '/a/../',
];

test('pathToUri gives what pathToFileURL gives', { skip: process.platform === 'win32' }, () => {
  for (const p of PATHS) assert.equal(pathToUri(p), pathToFileURL(p).href, p);
});

test('uriToPath gives what fileURLToPath gives, for the URIs of those paths and for hand-written ones', { skip: process.platform === 'win32' }, () => {
  const uris = [...PATHS.map((p) => pathToFileURL(p).href), 'file:///a/./b.txt', 'file:///a/../b.txt', 'file:///a/b%2Fc.txt', 'file:///a/%7Eb.txt', 'file:///a//b', 'file://host/a.txt', 'file:///a/b/.', 'file:///a/b/..'];
  for (const u of uris) {
    let want: string | null;
    try {
      want = fileURLToPath(u);
    } catch {
      want = null;
    }
    assert.equal(uriToPath(u), want, u);
  }
  assert.equal(uriToPath('untitled:Untitled-1'), null);
});

test('normalizeUri spells a file once, however an editor encoded it', () => {
  const want = pathToFileURL('/a/Zoë 1.txt').href;
  for (const u of ['file:///a/Zo%C3%AB%201.txt', 'file:///a/Zoë%201.txt', 'file:///a/Zo%c3%ab%201.txt']) assert.equal(normalizeUri(u), want, u);
  assert.equal(normalizeUri('file:///a/b.txt'), 'file:///a/b.txt');
});
