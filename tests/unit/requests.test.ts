// The corpus-wide requests over a generated multi-file corpus: references (kept per entity)
// equal the plain list of the entity's marks in corpus order, also after edits; workspace
// symbols equal a plain score-and-sort of every speaker; the sidebar's pages of entities and of
// mentions, one after the other, are the whole list without overlap, in both orders.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CorpusIndex, definitionOf, type EntityRecord } from '../../server/src/index/corpus-index';
import { entityIdOf } from '../../server/src/index/entity-id';
import { references } from '../../server/src/lsp/navigation';
import type { RawJson } from '../../server/src/lsp/raw-json';
import { sidebarEntities, sidebarMentions } from '../../server/src/lsp/sidebar';
import { matchScore, workspaceSymbols } from '../../server/src/lsp/symbols';
import type { Location } from 'vscode-languageserver';
import type { SidebarMention } from '../../server/src/lsp/protocol';
import { generateCorpus } from '../../bench/corpus.mjs';

const uriOf = (name: string) => `file:///corpus/${name}`;

function corpus(): CorpusIndex {
  const index = new CorpusIndex();
  for (const { name, text } of generateCorpus({ articles: 80, seed: 11, people: 400, orgs: 40, skew: 6 })) index.setText(uriOf(name), text);
  index.flush();
  index.warmViews();
  return index;
}

/** every mark of an entity, in corpus order, as a location: what a plain scan of the files gives */
function plainLocations(index: CorpusIndex, id: string): Location[] {
  const out: Location[] = [];
  for (const uri of index.uris()) {
    const f = index.file(uri)!;
    for (const a of f.annotations) if (entityIdOf(a) === id) out.push({ uri, range: f.lines.rangeOf(a.start, a.end) });
  }
  return out;
}

function speakers(index: CorpusIndex): EntityRecord[] {
  return [...index.entities()].filter((r) => r.group === 'speaker' && r.count > 0).sort((a, b) => b.count - a.count);
}

function checkReferences(index: CorpusIndex, rec: EntityRecord): void {
  const expected = plainLocations(index, rec.id);
  const def = definitionOf(rec)!;
  const at = index.file(def.uri)!.lines.positionAt(def.annotation.start);
  assert.deepEqual(sent(references(index, def.uri, at, true)), expected, `${rec.id}: every mark, in corpus order`);
  const defRange = index.file(def.uri)!.lines.rangeOf(def.annotation.start, def.annotation.end);
  const without = expected.filter((l) => !(l.uri === def.uri && JSON.stringify(l.range) === JSON.stringify(defRange)));
  assert.equal(without.length, expected.length - 1);
  assert.deepEqual(sent(references(index, def.uri, at, false)), without, `${rec.id}: all but the definition`);
}

/** a references answer as the client gets it: its JSON bytes (stdio), which must equal its plain value serialised (node IPC) */
function sent(answer: RawJson<Location[]> | null): Location[] | null {
  if (answer === null) return null;
  const text = Buffer.from(answer.bytes).toString('utf8');
  assert.equal(text, JSON.stringify(answer.toJSON()), 'the JSON bytes are those of the plain value');
  const parsed = JSON.parse(text) as Location[];
  return parsed;
}

test('references: the plain list of marks in corpus order, also after edits and removals', () => {
  const index = corpus();
  const list = speakers(index);
  assert.ok(list[0].files > 5, 'the top speaker is named in many files');
  for (const rec of [...list.slice(0, 5), list[list.length - 1]]) checkReferences(index, rec);
  const top = list[0];
  checkReferences(index, top); // asked again: the kept list

  // a new mention of the top speaker in a file that had none; the kept list must not be served
  const other = index.uris().find((u) => !plainLocations(index, top.id).some((l) => l.uri === u))!;
  index.setText(other, `${index.textOf(other)}\n${top.label} said the plan was final.\n`);
  index.flush();
  assert.ok(plainLocations(index, top.id).some((l) => l.uri === other), 'the edit added a mark');
  checkReferences(index, top);
  // a file of the top speaker removed
  index.remove(plainLocations(index, top.id)[0].uri);
  index.flush();
  checkReferences(index, index.entity(top.id)!);
});

function checkSymbols(index: CorpusIndex): void {
  const all = speakers(index);
  for (const query of ['', 'a', 'an', 'SMITH', all[0].label.slice(2, 6), 'jhn', 'aardv', 'zzqxv']) {
    const q = query.trim().toLowerCase();
    const expected = all
      .map((rec) => ({ rec, score: matchScore(rec.lowerLabel, q) }))
      .filter((x) => x.score >= 0)
      .sort((a, b) => a.score - b.score || (a.rec.label < b.rec.label ? -1 : a.rec.label > b.rec.label ? 1 : 0))
      .slice(0, 256)
      .map(({ rec }) => {
        const def = definitionOf(rec)!;
        return [rec.label, def.uri, JSON.stringify(index.file(def.uri)!.lines.rangeOf(def.annotation.start, def.annotation.end))];
      });
    const got = workspaceSymbols(index, query).map((s) => [s.name, (s.location as Location).uri, JSON.stringify((s.location as Location).range)]);
    assert.deepEqual(got, expected, `query "${query}"`);
  }
}

test('workspace symbols: a plain score-and-sort of every speaker, capped at 256, also after edits', () => {
  const index = corpus();
  assert.ok(speakers(index).length > 256, 'more speakers than one answer holds');
  checkSymbols(index);
  index.setText(uriOf('new.txt'), '“We will appeal,” said Aaron Aardvark, a lawyer.');
  index.remove(index.uris()[0]);
  index.flush();
  assert.equal(workspaceSymbols(index, 'aardv')[0]?.name, 'Aaron Aardvark');
  checkSymbols(index);
  assert.equal(workspaceSymbols(index, '').length, 256);
  assert.equal(workspaceSymbols(index, 'zzqxv').length, 0);
});

const natural = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

function checkEntityPages(index: CorpusIndex): void {
  for (const sort of ['count', 'name'] as const) {
    const whole = sidebarEntities(index, { sort, limit: 1e6 }, false);
    for (const page of whole.groups) {
      const group = whole.entities.filter((e) => e.group === page.group);
      const expected = [...index.entities()].filter((r) => r.group === page.group && r.count > 0);
      assert.equal(page.total, expected.length);
      assert.deepEqual(new Set(group.map((e) => e.id)), new Set(expected.map((r) => r.id)), `${sort} ${page.group}: every entity once`);
      for (let i = 1; i < group.length; i++) {
        const [a, b] = [group[i - 1], group[i]];
        if (sort === 'count') assert.ok(a.count > b.count || (a.count === b.count && natural.compare(a.label, b.label) <= 0), `${a.label} before ${b.label}`);
        else assert.ok(natural.compare(a.label, b.label) <= 0, `${a.label} before ${b.label}`);
      }
      // pages of 7, one after the other
      const paged: string[] = [];
      for (let offset = 0; offset < page.total + 7; offset += 7) {
        const p = sidebarEntities(index, { sort, group: page.group, offset, limit: 7 }, false);
        assert.deepEqual(p.groups, [{ group: page.group, total: page.total, offset, count: Math.max(0, Math.min(7, page.total - offset)) }]);
        paged.push(...p.entities.map((e) => e.id));
      }
      assert.deepEqual(paged, group.map((e) => e.id), `${sort} ${page.group}: pages without overlap`);
    }
  }
}

test('sidebar: pages of a group\'s entities in either order, kept right across edits', () => {
  const index = corpus();
  const first = sidebarEntities(index, {}, false);
  const speakersPage = first.groups.find((g) => g.group === 'speaker')!;
  assert.ok(speakersPage.total > 200 && speakersPage.count === 200, 'more speakers than the default page of 200');
  checkEntityPages(index);
  // the name order is kept across versions: new names merged in, dropped ones taken out
  const [one, two] = index.uris();
  index.setText(uriOf('new.txt'), '“We will appeal,” said Zara Ashdown-Quill, a lawyer. “It is 2 percent,” said Aaron Aardvark.');
  index.remove(one);
  index.setText(two, 'Nothing here.');
  index.flush();
  checkEntityPages(index);
  const names = sidebarEntities(index, { sort: 'name', group: 'speaker', filter: 'aardvark' }, false);
  assert.deepEqual(names.entities.map((e) => e.label), ['Aaron Aardvark']);
  // reveal extends the page to the entity
  const last = sidebarEntities(index, { group: 'speaker', limit: 1e6 }, false).entities.at(-1)!;
  const revealed = sidebarEntities(index, { group: 'speaker', offset: 0, limit: 10, reveal: last.id }, false);
  assert.equal(revealed.entities.at(-1)!.id, last.id);
  assert.equal(revealed.groups[0].count, revealed.groups[0].total);
  assert.deepEqual(sidebarEntities(index, { limit: 0 }, false).entities, []);
});

test('sidebar: pages of an entity\'s mentions, one after the other, are all its marks in corpus order', () => {
  const index = corpus();
  const top = speakers(index)[0];
  assert.ok(top.count > 30);
  const expected = plainLocations(index, top.id);
  for (const size of [1, 7, 200]) {
    const pages: SidebarMention[] = [];
    for (let offset = 0; offset <= top.count; offset += size) {
      const page = sidebarMentions(index, { id: top.id, offset, limit: size })!;
      assert.equal(page.count, top.count);
      assert.equal(page.offset, offset);
      assert.equal(page.mentions.length, Math.max(0, Math.min(size, top.count - offset)));
      pages.push(...page.mentions);
    }
    assert.deepEqual(pages.map((m) => ({ uri: m.uri, range: m.range })), expected, `pages of ${size}`);
  }
  for (const m of sidebarMentions(index, { id: top.id })!.mentions) {
    assert.ok(m.snippet.length > 0 && m.snippet.length <= 125);
    assert.ok(['speaker', 'mention'].includes(m.type));
  }
  // the same pages once the whole list is cached on the record
  void top.marks;
  assert.deepEqual(sidebarMentions(index, { id: top.id, offset: 5, limit: 9 })!.mentions.map((m) => ({ uri: m.uri, range: m.range })), expected.slice(5, 14));
  assert.equal(sidebarMentions(index, { id: 'speaker:Nobody At All' }), null);
});
