// The sidebar tree (client/src/entities-tree.ts) against a stand-in `vscode` module and a fake
// server: after a change of the index, the tree asks again only when it does not show that
// index yet. A tree that already asked after the change (a new filter, or an answer on its way)
// is not refreshed a second time: VS Code forgets a refreshed tree's items until it has fetched
// them again, so for a moment clicks on them did nothing (the editor tests' flaky corrections
// step: "Undo Correction" got no item, a group expanded to nothing).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { EntitiesResult, IndexChangedParams } from '../../server/src/lsp/protocol';
import { EventEmitter, useFakeVscode } from '../support/fake-vscode';

useFakeVscode();
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { EntitiesTree } = require('../../client/src/entities-tree') as typeof import('../../client/src/entities-tree');

/** the server's side: its index version, and a gate that holds its answers back */
function setUp() {
  const server = { version: 1, files: 5, indexing: false, asked: 0, gate: Promise.resolve() };
  const client = {
    async sendRequest(type: unknown, params: { filter?: string; command?: string }) {
      if (type !== 'byline/entities') return []; // byline.listCorrections: no decisions
      await server.gate; // the request reaches the server when the gate opens
      server.asked++;
      const entities = [{ id: 'speaker:Matthew Miller', group: 'speaker', label: 'Matthew Miller', kind: 'person', roles: [], statements: 1, count: 1 }];
      const result: EntitiesResult = {
        indexing: server.indexing,
        files: server.files,
        version: server.version,
        groups: [{ group: 'speaker', total: 1, offset: 0, count: 1 }, { group: 'date', total: 0, offset: 0, count: 0 }, { group: 'figure', total: 0, offset: 0, count: 0 }],
        entities: entities as EntitiesResult['entities'],
      };
      return result;
    },
    warn() {},
  };
  const changed = new EventEmitter<void>();
  const state = { running: true, index: undefined as IndexChangedParams | undefined, onDidChange: changed.event, observe() {} };
  const memento = { get: <T>(_key: string, value: T) => value, update: async () => {} };
  const tree = new EntitiesTree(client as never, state as never, memento as never);
  // VS Code: a refresh of the root asks for the root's children again
  const refreshes: Promise<unknown>[] = [];
  tree.onDidChangeTreeData(() => void refreshes.push(tree.getChildren()));
  const settle = async () => {
    for (let i = 0; i < 5; i++) await Promise.all([...refreshes, new Promise((r) => setImmediate(r))]);
  };
  /** the server's `byline/indexChanged`, as CorpusState passes it on */
  const notify = async () => {
    state.index = { version: server.version, files: server.files, indexing: server.indexing };
    changed.fire();
    await settle();
  };
  return { server, state, changed, tree, refreshes, settle, notify };
}

test('a change the tree already asked about (a filter set after a correction) does not refresh it again', async () => {
  const { server, tree, refreshes, settle, notify } = setUp();
  await tree.getChildren(); // the tree opens: version 1
  await notify();
  assert.equal(refreshes.length, 0, 'the index the tree shows: no refresh');

  server.version = 2; // a correction is recorded…
  tree.setFilter('miller'); // …and the user filters before its notification arrives
  await settle();
  assert.equal(refreshes.length, 1, 'the filter refreshes the tree');
  const asked = server.asked;
  await notify(); // version 2: the filter's answer holds it
  assert.equal(refreshes.length, 1, 'no second refresh for the index the tree shows');
  assert.equal(server.asked, asked);

  server.version = 3; // another change: the tree does not show it yet
  await notify();
  assert.equal(refreshes.length, 2, 'a new index refreshes the tree');
  assert.equal(server.asked, asked + 1);

  server.indexing = true; // same version, but the scan state changed (the tree shows "Indexing…")
  await notify();
  assert.equal(refreshes.length, 3, 'a change of the scan state refreshes the tree');
});

test('a notification during an answer on its way: a refresh only if the answer does not hold that index', async () => {
  const { server, tree, refreshes, settle, notify } = setUp();
  await tree.getChildren();
  let open!: () => void;

  // the answer reaches the server after the change: it holds it
  const tick = () => new Promise((r) => setImmediate(r));
  server.gate = new Promise<void>((r) => (open = r));
  tree.setSort('name');
  await tick(); // its answer is on its way
  server.version = 2;
  const notified = notify();
  open();
  await notified;
  await settle();
  assert.equal(refreshes.length, 1, 'only the sort refreshed the tree');

  // the answer was read before the change: the tree asks again
  server.gate = new Promise<void>((r) => (open = r));
  tree.setSort('count');
  await tick();
  open();
  await tick(); // read at version 2
  server.version = 3;
  await notify();
  assert.equal(refreshes.length, 3, 'the sort, then the change its answer missed');
});

test('after the server restarts (no index known yet) the tree asks again', async () => {
  const { state, changed, tree, refreshes, settle, notify } = setUp();
  await tree.getChildren();
  await notify();
  assert.equal(refreshes.length, 0);
  state.index = undefined; // CorpusState: a phase change
  changed.fire();
  await settle();
  assert.equal(refreshes.length, 1);
});
