// Closed files' texts released after a cold index (CorpusIndex.release): a file read from disk
// with a stamp keeps a reader, not its text. Its answers (hover, references, the sidebar's
// snippets, which read the text again) are those of a server that kept every text, and a file
// changed on disk behind the server's back is found when its text is read, not served stale.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import type { Hover, Location } from 'vscode-languageserver-protocol';
import type { EntitiesResult, MentionsResult } from '../../server/src/lsp/protocol';
import { generateCorpus } from '../../bench/corpus.mjs';
import { TestClient, uriOf } from './harness';

/** a generated corpus; `past`: its files written an hour ago (they get a stamp, so their texts are released) */
function corpus(past: boolean): string {
  const dir = mkdtempSync(join(tmpdir(), 'byline-rel-'));
  const when = new Date(Date.now() - 3600_000);
  for (const { name, text } of generateCorpus({ articles: 30, seed: 21, people: 60, orgs: 20, skew: 6 })) {
    writeFileSync(join(dir, name), text);
    if (past) utimesSync(join(dir, name), when, when);
  }
  return dir;
}

/** every entity's mentions with their snippets, a hover and the references of each entity's first mark */
async function answers(c: TestClient, folder: string): Promise<unknown[]> {
  const rel = (uri: string) => uri.slice(uriOf(folder).length);
  const out: unknown[] = [];
  for (const e of (await c.request<EntitiesResult>('byline/entities', { limit: 100000 })).entities) {
    const page = (await c.request<MentionsResult>('byline/mentions', { id: e.id, limit: 100000 }))!;
    const first = page.mentions[0];
    const hover = await c.request<Hover | null>('textDocument/hover', { textDocument: { uri: first.uri }, position: first.range.start });
    const refs = await c.request<Location[] | null>('textDocument/references', { textDocument: { uri: first.uri }, position: first.range.start, context: { includeDeclaration: true } });
    out.push([
      e.id,
      page.mentions.map((m) => [rel(m.uri), m.range, m.snippet]),
      JSON.stringify(hover?.contents ?? null),
      (refs ?? []).map((l) => [rel(l.uri), l.range]),
    ]);
  }
  return out;
}

test('closed files whose texts were released answer as when kept; a file changed on disk behind them is read and indexed again', async () => {
  const kept = corpus(false);
  const released = corpus(true);
  try {
    const a = await TestClient.start({ folder: kept });
    let expected: unknown[];
    try {
      expected = await answers(a, kept);
    } finally {
      await a.stop();
    }
    // (one recent text kept: the changed file is read from disk when next needed)
    const b = await TestClient.start({ folder: released, env: { BYLINE_RECENT_TEXTS: '1' } });
    try {
      assert.deepStrictEqual(await answers(b, released), expected, 'the same answers with the texts read again from disk');
      // a speaker's name rewritten in place, its size and modification time kept, no watcher event
      const names = readdirSync(released).filter((f) => f.endsWith('.txt')).sort();
      let name = '', from = '', to = '';
      for (const f of names) {
        const m = /\b([A-Z][a-z]+) ([A-Z][a-z]+) said\b/.exec(readFileSync(join(released, f), 'utf8'));
        if (m && m[1] !== m[2]) {
          [name, from, to] = [f, `${m[1]} ${m[2]} said`, `${m[2]} ${m[1]} said`];
          break;
        }
      }
      assert.ok(name, 'a file with a named speaker');
      const path = join(released, name);
      const st = readFileSync(path, 'utf8');
      writeFileSync(path, st.replace(from, to));
      const when = new Date(Date.now() - 3600_000);
      utimesSync(path, when, when);
      // the sidebar's snippets read the texts: the change is found then, and the file indexed again
      for (let i = 0; i < 50 && !b.logs.some((l) => l.includes(`${name}: changed on disk; indexed again`)); i++) await answers(b, released);
      assert.ok(b.logs.some((l) => l.includes(`${name}: changed on disk; indexed again`)), b.logs.join('\n'));
      // the answers of a server started on the changed files, once the file is indexed again (by a worker)
      const fresh = mkdtempSync(join(tmpdir(), 'byline-rel-'));
      for (const f of names) cpSync(join(released, f), join(fresh, f));
      const c = await TestClient.start({ folder: fresh });
      try {
        const want = await answers(c, fresh);
        let got = await answers(b, released);
        for (let i = 0; i < 100 && !isDeepStrictEqual(got, want); i++) {
          await new Promise((r) => setTimeout(r, 200));
          got = await answers(b, released);
        }
        assert.deepStrictEqual(got, want, 'the changed file indexed with its new text');
      } finally {
        await c.stop();
        rmSync(fresh, { recursive: true, force: true });
      }
    } finally {
      await b.stop();
    }
  } finally {
    for (const dir of [kept, released]) rmSync(dir, { recursive: true, force: true });
  }
});
