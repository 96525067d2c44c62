// Hover, navigation, symbols and Byline's custom requests over LSP. Expectations come from
// the seed text (names found with indexOf); where the analyser does not yet find something a
// test needs, that test is skipped with a note rather than failed.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import type { DocumentHighlight, DocumentSymbol, Hover, Location, SymbolInformation, WorkspaceSymbol } from 'vscode-languageserver-protocol';
import type { EntitiesResult, MentionsResult, NeighbourMentionResult, SidebarMention } from '../../server/src/lsp/protocol';
import { makeWorkspace, positionAt, seedNames, TestClient, textAt, uriOf } from './harness';

let client: TestClient;
let folder: string;
const texts = new Map<string, string>();
const hasSpeakers = () => [...client.diagnostics.values()].flat().some((d) => d.code === 'speaker');

before(async () => {
  folder = makeWorkspace();
  client = await TestClient.start({ folder });
  for (const name of seedNames()) {
    const { uri, text } = await client.openAndWait(join(folder, name));
    texts.set(uri, text);
  }
});
after(async () => client?.stop());

/** the first file (corpus order) whose text contains `needle` (and not `without`), with the offset */
function find(needle: string, without?: string): { uri: string; offset: number } | null {
  for (const [uri, text] of [...texts].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (without && text.includes(without)) continue;
    const offset = text.search(new RegExp(`\\b${needle}\\b`));
    if (offset !== -1) return { uri, offset };
  }
  return null;
}

const at = (uri: string, offset: number, extra: object = {}) => ({
  textDocument: { uri },
  position: positionAt(texts.get(uri)!, offset + 1),
  ...extra,
});

test('hover on a speaker: full name, role, counts, statements', async (t) => {
  assert.ok(hasSpeakers(), 'the analyser finds speakers in the seeds');
  const target = find('Antony Blinken')!;
  const hover = await client.request<Hover | null>('textDocument/hover', at(target.uri, target.offset));
  assert.ok(hover, 'a hover on "Antony Blinken"');
  const value = (hover.contents as { kind: string; value: string }).value;
  assert.equal((hover.contents as { kind: string }).kind, 'markdown');
  assert.match(value, /Antony Blinken/);
  assert.match(value, /Secretary of State/);
  assert.match(value, /In this article: \d+ statements?, \d+ mentions?/);
  assert.match(value, /In the corpus: \d+ statements?, \d+ mentions? in \d+ files?/);
  assert.equal(textAt(texts.get(target.uri)!, hover.range!), 'Antony Blinken');
});

test('hover on a date and a figure', async (t) => {
  let checked = 0;
  for (const [uri, list] of client.diagnostics) {
    for (const code of ['date', 'figure']) {
      const d = list.find((x) => x.code === code);
      if (!d) continue;
      const hover = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: d.range.start });
      assert.ok(hover, `hover on ${code} ${d.message}`);
      const value = (hover.contents as { value: string }).value;
      assert.ok(value.includes(`**${code === 'date' ? 'Date' : 'Figure'}**`), value);
      assert.ok(value.includes((d.data as { text: string }).text.replace(/([\\`*_{}[\]<>#|])/g, '\\$1')), value);
      assert.match(value, /Value: `/);
      if (code === 'date') assert.match(value, /Resolved against \d{4}-\d{2}-\d{2}|No reference date: the value is partial/);
      if (code === 'date' && /Value: `\d{4}-\d{2}-\d{2}`/.test(value)) assert.match(value, /Weekday: \w+day/);
      checked++;
    }
  }
  assert.ok(checked > 0, 'dates and figures were hovered');
});

test('definition of a surname mention jumps to the full name in another file', async (t) => {
  assert.ok(hasSpeakers(), 'the analyser finds speakers in the seeds');
  let checked = 0;
  for (const [surname, full] of [['Trump', 'Donald Trump'], ['Netanyahu', 'Benjamin Netanyahu']]) {
    const from = find(surname, full);
    const def = find(full);
    if (!from || !def) continue;
    const result = await client.request<Location | Location[] | null>('textDocument/definition', at(from.uri, from.offset));
    const loc = Array.isArray(result) ? result[0] : result;
    assert.ok(loc, `definition of ${surname}`);
    assert.notEqual(loc.uri, from.uri, 'another file');
    assert.equal(loc.uri, def.uri, `the first file with "${full}"`);
    assert.equal(textAt(texts.get(loc.uri)!, loc.range), full);
    checked++;
  }
  assert.ok(checked > 0, 'the seeds have a surname-only file (their text changed?)');
});

test('references across files, honouring includeDeclaration', async (t) => {
  assert.ok(hasSpeakers(), 'the analyser finds speakers in the seeds');
  const from = find('Trump', 'Donald Trump')!;
  const def = find('Donald Trump')!;
  const withDecl = await client.request<Location[]>('textDocument/references', at(from.uri, from.offset, { context: { includeDeclaration: true } }));
  const withoutDecl = await client.request<Location[]>('textDocument/references', at(from.uri, from.offset, { context: { includeDeclaration: false } }));
  assert.ok(new Set(withDecl.map((l) => l.uri)).size >= 2, 'references in several files');
  for (const l of withDecl) assert.match(textAt(texts.get(l.uri)!, l.range), /Trump/);
  const isDef = (l: Location) => l.uri === def.uri && textAt(texts.get(l.uri)!, l.range) === 'Donald Trump';
  assert.ok(withDecl.some(isDef), 'the declaration is included');
  assert.equal(withoutDecl.length, withDecl.length - 1);
  assert.ok(!withoutDecl.some((l) => isDef(l) && l.range.start.line === withDecl.find(isDef)!.range.start.line));
  const fromHere = withDecl.filter((l) => l.uri === from.uri);
  const highlights = await client.request<DocumentHighlight[]>('textDocument/documentHighlight', at(from.uri, from.offset));
  assert.equal(highlights.length, fromHere.length, 'highlights are the marks of this document');
  for (const h of highlights) assert.ok(h.kind === 2 || h.kind === 3);
});

test('document symbols: Speakers / Dates / Figures with children', async () => {
  const uri = [...texts.keys()].sort()[0];
  const text = texts.get(uri)!;
  const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
  const diags = client.diagnostics.get(uri)!;
  for (const s of symbols) assert.ok(['Speakers', 'Dates', 'Figures'].includes(s.name), s.name);
  const dates = symbols.find((s) => s.name === 'Dates')?.children ?? [];
  const figures = symbols.find((s) => s.name === 'Figures')?.children ?? [];
  assert.equal(dates.length, diags.filter((d) => d.code === 'date').length);
  assert.equal(figures.length, diags.filter((d) => d.code === 'figure').length);
  for (const c of [...dates, ...figures]) assert.equal(textAt(text, c.selectionRange), c.name);
  const speakers = symbols.find((s) => s.name === 'Speakers');
  if (hasSpeakers()) {
    assert.ok(speakers, 'a Speakers symbol');
    assert.ok(speakers.children!.some((c) => c.name === 'Antony Blinken'));
    for (const entity of speakers.children!) for (const m of entity.children ?? []) assert.equal(textAt(text, m.range), m.name);
  }
});

test('workspace symbols: entities by substring and fuzzy name', async (t) => {
  assert.ok(hasSpeakers(), 'the analyser finds speakers in the seeds');
  const def = find('Antony Blinken')!;
  for (const query of ['blinken', 'BLINK', 'anblk']) {
    const symbols = await client.request<(WorkspaceSymbol | SymbolInformation)[]>('workspace/symbol', { query });
    const s = symbols.find((x) => x.name === 'Antony Blinken');
    assert.ok(s, `"${query}" finds Antony Blinken`);
    const loc = s.location as Location;
    assert.equal(loc.uri, def.uri);
    assert.equal(textAt(texts.get(loc.uri)!, loc.range), 'Antony Blinken');
  }
  const none = await client.request<WorkspaceSymbol[]>('workspace/symbol', { query: 'zzqxv' });
  assert.equal(none.length, 0);
});

test('byline/entities and byline/mentions: groups, counts, snippets, filter, sort and paging', async () => {
  const all = await client.request<EntitiesResult>('byline/entities', { limit: 100000 });
  assert.equal(all.indexing, false);
  assert.equal(all.files, seedNames().length);
  assert.deepEqual(all.groups.map((g) => g.group), ['speaker', 'date', 'figure']);
  for (const g of all.groups) assert.equal(all.entities.filter((e) => e.group === g.group).length, g.total);
  const diagCount = [...client.diagnostics.values()].flat().length;
  let marks = 0;
  for (const e of all.entities) {
    assert.equal(e.id, `${e.group}:${e.label}`);
    assert.ok(['speaker', 'date', 'figure'].includes(e.group));
    assert.ok(e.count > 0);
    const page = (await client.request<MentionsResult>('byline/mentions', { id: e.id, limit: 100000 }))!;
    assert.equal(page.mentions.length, e.count);
    for (const m of page.mentions) {
      const markText = textAt(texts.get(m.uri)!, m.range);
      assert.ok(markText.length > 0);
      assert.ok(m.snippet.length <= 125, 'snippet trimmed');
      if (m.type !== 'mention') marks++;
    }
  }
  assert.equal(marks, diagCount, 'every diagnostic is a mark of some sidebar entity');

  // most marks first within a group; the default page is 200 entities per group
  const speakers = all.entities.filter((e) => e.group === 'speaker');
  for (let i = 1; i < speakers.length; i++) assert.ok(speakers[i - 1].count >= speakers[i].count, 'by count');
  const first = await client.request<EntitiesResult>('byline/entities', {});
  for (const g of first.groups) assert.equal(g.count, Math.min(200, g.total));
  const totals = await client.request<EntitiesResult>('byline/entities', { limit: 0 });
  assert.equal(totals.entities.length, 0);
  assert.deepEqual(totals.groups.map((g) => g.total), all.groups.map((g) => g.total), 'limit 0: the totals only');

  // a group in pages of 2: the pages, one after the other, are the whole group, without overlap
  const dates = all.entities.filter((e) => e.group === 'date');
  assert.ok(dates.length > 2, 'the seeds have more than two dates');
  const paged: string[] = [];
  for (let offset = 0; offset < dates.length; offset += 2) {
    const page = await client.request<EntitiesResult>('byline/entities', { group: 'date', offset, limit: 2 });
    assert.deepEqual(page.groups, [{ group: 'date', total: dates.length, offset, count: Math.min(2, dates.length - offset) }]);
    paged.push(...page.entities.map((e) => e.id));
  }
  assert.deepEqual(paged, dates.map((e) => e.id));
  // reveal: the page grows to include an entity further down
  const last = dates[dates.length - 1];
  const revealed = await client.request<EntitiesResult>('byline/entities', { group: 'date', limit: 1, reveal: last.id });
  assert.deepEqual(revealed.entities.map((e) => e.id), dates.map((e) => e.id));

  const byName = await client.request<EntitiesResult>('byline/entities', { group: 'speaker', sort: 'name', limit: 100000 });
  const names = byName.entities.map((e) => e.label);
  assert.deepEqual(names, [...names].sort((a, b) => a.localeCompare(b, undefined, { numeric: true, sensitivity: 'base' })));

  const filtered = await client.request<EntitiesResult>('byline/entities', { filter: 'BLINK' });
  for (const e of filtered.entities) assert.match(e.label.toLowerCase(), /blink/);
  if (hasSpeakers()) assert.ok(filtered.entities.some((e) => e.id === 'speaker:Antony Blinken'));

  // an entity's mentions in pages of 1
  const top = speakers[0];
  assert.ok(top.count > 1);
  const whole = (await client.request<MentionsResult>('byline/mentions', { id: top.id }))!;
  const pages: SidebarMention[] = [];
  for (let offset = 0; offset < top.count + 1; offset++) {
    const page = (await client.request<MentionsResult>('byline/mentions', { id: top.id, offset, limit: 1 }))!;
    assert.equal(page.count, top.count);
    assert.equal(page.mentions.length, offset < top.count ? 1 : 0);
    pages.push(...page.mentions);
  }
  assert.deepEqual(pages, whole.mentions);
  assert.equal(await client.request('byline/mentions', { id: 'speaker:Nobody Atall' }), null);
});

test('byline/entityAt and byline/neighbourMention wrap around the corpus', async (t) => {
  assert.ok(hasSpeakers(), 'the analyser finds speakers in the seeds');
  const target = find('Antony Blinken')!;
  const entity = await client.request<{ id: string } | null>('byline/entityAt', at(target.uri, target.offset));
  assert.deepEqual(entity, { id: 'speaker:Antony Blinken' });
  const nothing = await client.request('byline/entityAt', { textDocument: { uri: target.uri }, position: { line: 0, character: 0 } });
  assert.ok(nothing === null || typeof nothing === 'object');
  const marks = (await client.request<MentionsResult>('byline/mentions', { id: entity!.id, limit: 1000 }))!.mentions;
  assert.ok(new Set(marks.map((m) => m.uri)).size >= 2, 'Blinken is marked in two articles');
  const sorted = [...marks].sort((a, b) => (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character));
  assert.deepEqual(marks, sorted, 'marks in corpus order');
  const first = marks[0], last = marks[marks.length - 1];
  const prev = await client.request<NeighbourMentionResult>('byline/neighbourMention', { textDocument: { uri: first.uri }, position: first.range.start, direction: 'previous' });
  assert.deepEqual(prev, { uri: last.uri, range: last.range, index: marks.length, total: marks.length }, 'previous of the first wraps to the last');
  const next = await client.request<NeighbourMentionResult>('byline/neighbourMention', { textDocument: { uri: last.uri }, position: last.range.start, direction: 'next' });
  assert.deepEqual(next, { uri: first.uri, range: first.range, index: 1, total: marks.length }, 'next of the last wraps to the first');
  const second = await client.request<NeighbourMentionResult>('byline/neighbourMention', { textDocument: { uri: first.uri }, position: first.range.start, direction: 'next' });
  assert.deepEqual(second, { uri: marks[1].uri, range: marks[1].range, index: 2, total: marks.length });
  // the entity's text at every mark names it
  for (const m of marks) assert.match(textAt(texts.get(m.uri)!, m.range), /Blinken/);
});
