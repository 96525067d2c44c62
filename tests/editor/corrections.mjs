// The corrections scenario of the real-editor tests (issue 5), called by run.mjs once its other
// steps are done, in the same workbench and temp copy of seeds/. Like a person: open an
// article, put the cursor on a speaker's name, Ctrl+. and choose "reject this mark"; then the
// diagnostic is gone (asked of the probe extension: vscode.languages.getDiagnostics), the
// corrections file is on disk (read here, offsets from the seed text with indexOf), the
// sidebar lists the correction and its "Undo Correction" item action brings the diagnostic
// back; a "change type" quick fix shows its entity as corrected in the sidebar, undone the same way.
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const FILE = '002_239eb2b243280613.txt';
const NAME = 'Matthew Miller'; // "…Spokesperson Matthew Miller blasted…": a quoted speaker
const HEADER = { byline: 'annotations', version: 1 };

export async function correctionsScenario({ page, folder, probeOut, check, expect, waitFor, SIDEBAR }) {
  const text = readFileSync(join(folder, FILE), 'utf8');
  const annotations = join(folder, '.byline', 'annotations.jsonl');
  const at = (offset, length) => {
    const line = text.slice(0, offset).split('\n').length; // 1-based
    const col = offset - (text.lastIndexOf('\n', offset - 1) + 1) + 1;
    return { offset, length, line, col, range: [line - 1, col - 1, line - 1, col - 1 + length] };
  };
  const offset = text.indexOf(NAME);
  if (offset < 0) throw new Error(`"${NAME}" not found in seeds/${FILE}: the seed text changed`);
  const miller = at(offset, NAME.length);
  const laterOffset = text.indexOf('Miller', offset + NAME.length); // "…,” Miller asserted": a later statement
  const later = at(laterOffset, 'Miller'.length);

  // --- the probe's answers: VS Code's diagnostics of the article ---
  let seq = 0;
  const ask = async (q) => {
    const req = `${probeOut}.req`;
    const res = `${probeOut}.res`;
    rmSync(res, { force: true });
    const mine = ++seq;
    writeFileSync(`${req}.tmp`, JSON.stringify({ seq: mine, ...q }));
    renameSync(`${req}.tmp`, req);
    const answer = await waitFor(async () => {
      if (!existsSync(res)) return null;
      const a = JSON.parse(readFileSync(res, 'utf8'));
      return a.seq === mine ? a : null;
    }, 10_000, `the probe's answer to ${q.op}`);
    if (!answer.ok) throw new Error(`the probe: ${answer.error}`);
    return answer.value;
  };
  const diagnostics = async () => (await ask({ op: 'diagnostics', file: FILE })).filter((d) => d.source === 'byline');
  const sameRange = (d, mark) => d.range.join(',') === mark.range.join(',');
  const show = (ds) => ds.map((d) => `${d.code}@${d.range[0] + 1}:${d.range[1] + 1}`).join(' ');
  /** waits until the article's diagnostics satisfy `ok` */
  const diagnosticsWhere = async (ok, what) => {
    let last = [];
    try {
      return await waitFor(async () => {
        last = await diagnostics();
        return ok(last) ? last : null;
      }, 30_000, what);
    } catch (e) {
      throw new Error(`${e.message}; diagnostics now: ${show(last)}`);
    }
  };
  const speakerAt = (ds, mark) => ds.find((d) => d.code === 'speaker' && sameRange(d, mark));

  // --- the corrections file ---
  const decisions = () => {
    const lines = readFileSync(annotations, 'utf8').split('\n').filter((l) => l.trim());
    const header = JSON.parse(lines[0]);
    expect(header.byline === HEADER.byline && header.version === HEADER.version, `the first line is not the header: ${lines[0]}`);
    return lines.slice(1).map((l) => JSON.parse(l));
  };

  // --- the page ---
  const editorAt = async (mark, inside) => {
    await page.keyboard.press('Control+1'); // focus the editor
    await page.keyboard.press('Control+g');
    const input = page.locator('.quick-input-widget input').first();
    await input.waitFor({ state: 'visible', timeout: 5_000 });
    const col = mark.col + inside;
    await input.fill(`:${mark.line}:${col}`); // Ctrl+G opens Quick Open with ":"
    await page.keyboard.press('Enter');
    await waitFor(async () => {
      const s = await page.locator('[id="status.editor.selection"]').first().innerText().catch(() => '');
      return s.trim() === `Ln ${mark.line}, Col ${col}` ? s : null;
    }, 5_000, `the cursor at Ln ${mark.line}, Col ${col}`);
  };
  const quickFix = async (mark, pattern) => {
    await editorAt(mark, 3);
    const rows = page.locator('.action-widget .monaco-list-row');
    // the code actions come from the language server: on a busy machine the menu can be slow
    for (let attempt = 1; ; attempt++) {
      await page.keyboard.press('Control+.');
      try {
        await rows.first().waitFor({ state: 'visible', timeout: 10_000 });
        break;
      } catch (e) {
        if (attempt === 2) throw new Error(`no quick-fix menu after Ctrl+. at Ln ${mark.line}, Col ${mark.col + 3} (twice)`);
        await page.keyboard.press('Escape');
        await editorAt(mark, 3);
      }
    }
    const titles = await rows.allInnerTexts();
    const i = titles.findIndex((t) => pattern.test(t));
    expect(i >= 0, `no quick fix matching ${pattern} in the menu: ${titles.map((t) => t.trim()).join(' | ')}`);
    await rows.nth(i).click();
    await page.locator('.action-widget').first().waitFor({ state: 'hidden', timeout: 5_000 }).catch(() => {});
    return titles[i].trim();
  };
  const rows = () =>
    page.$$eval(`${SIDEBAR} .monaco-list-row`, (rs) =>
      rs.map((r) => ({
        name: r.querySelector('.label-name')?.textContent?.trim() ?? '',
        description: r.querySelector('.label-description')?.textContent?.trim() ?? '',
        level: Number(r.getAttribute('aria-level')),
        icon: r.querySelector('.custom-view-tree-node-item-icon')?.className ?? '',
        expanded: r.getAttribute('aria-expanded'),
      })),
    );
  const row = (pred) => rows().then((rs) => rs.find(pred) ?? null);
  /** the row whose label is `name` (a string: exactly; a RegExp: matching) */
  const rowLocator = (name) =>
    page.locator(`${SIDEBAR} .monaco-list-row`, { has: page.locator('.label-name', { hasText: typeof name === 'string' ? new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) : name }) }).first();
  const undoFromRow = async (name) => {
    const r = rowLocator(name);
    await r.hover();
    const action = r.locator('.actions [aria-label="Undo Correction"]').first();
    await action.waitFor({ state: 'visible', timeout: 5_000 });
    await action.click();
  };
  const filterTree = async (value) => {
    await page.locator(SIDEBAR).hover();
    await page.locator(`${SIDEBAR} .actions-container [aria-label^="Filter Entities"]`).first().click();
    const input = page.locator('.quick-input-widget input').first();
    await input.waitFor({ state: 'visible', timeout: 5_000 });
    await input.fill(value);
    await page.keyboard.press('Enter');
  };

  let reject;
  await check(`Ctrl+. on "${NAME}" (${FILE} Ln ${miller.line}, Col ${miller.col}) → "reject this mark": its diagnostic goes, the others stay`, async () => {
    expect(!existsSync(annotations), `${annotations} exists before any correction`);
    await page.keyboard.press('Control+p');
    const input = page.locator('.quick-input-widget input').first();
    await input.waitFor({ state: 'visible', timeout: 5_000 });
    await input.fill(FILE);
    await page.locator('.quick-input-widget .monaco-list-row', { hasText: FILE }).first().waitFor({ state: 'visible', timeout: 5_000 });
    await page.keyboard.press('Enter');
    await waitFor(async () => ((await page.locator('[id="workbench.parts.editor"] .tab.active').first().getAttribute('aria-label').catch(() => '')) ?? '').includes(FILE), 10_000, `${FILE} open`);
    const before = await diagnosticsWhere((ds) => (speakerAt(ds, miller) && speakerAt(ds, later)), `speaker diagnostics on "${NAME}" and the later "Miller"`);
    const title = await quickFix(miller, /reject this mark/);
    expect(/not a speaker here/.test(title), `the quick fix chosen is "${title}"`);
    const after = await diagnosticsWhere((ds) => (!speakerAt(ds, miller) && ds.length === before.length - 1), `the diagnostic on "${NAME}" to go, and only it`);
    return `"${title}": ${before.length} → ${after.length} diagnostics, none on ${miller.line}:${miller.col}`;
  });

  await check(`.byline/annotations.jsonl is written: its header, then a "reject" decision anchored on "${NAME}" at offset ${miller.offset}`, async () => {
    expect(existsSync(annotations), `no ${annotations}`);
    const ds = decisions();
    expect(ds.length === 1, `${ds.length} decisions: ${JSON.stringify(ds)}`);
    const [d] = ds;
    expect(d.op === 'reject' && d.type === 'speaker' && d.doc === FILE, `the decision is ${JSON.stringify(d)}`);
    const a = d.anchor ?? {};
    expect(a.start === miller.offset && a.end === miller.offset + NAME.length && a.text === NAME, `anchor ${JSON.stringify(a)}, want ${miller.offset}…${miller.offset + NAME.length} "${NAME}"`);
    expect(typeof a.before === 'string' && a.before.length > 0 && text.slice(0, miller.offset).endsWith(a.before), `anchor context before: ${JSON.stringify(a.before)}`);
    expect(typeof d.id === 'string' && d.id.length > 0, 'the decision has no id');
    reject = d;
    return `${JSON.stringify({ op: d.op, id: d.id, doc: d.doc, type: d.type, anchor: { start: a.start, end: a.end, text: a.text } })}`;
  });

  await check('the sidebar lists the rejection under "Corrections", and its "Undo Correction" action brings the diagnostic back', async () => {
    expect(reject, 'no rejection recorded (the previous step failed)');
    await filterTree('miller');
    // expanded: clicked while the row shows it collapsed (read each time: a click toggles it)
    let clicked = 0;
    await waitFor(async () => {
      const group = await row((r) => r.level === 1 && r.name === 'Corrections (1)');
      if (!group || group.expanded === 'true') return group;
      if (Date.now() - clicked > 2_000) {
        clicked = Date.now();
        await rowLocator('Corrections (1)').click();
      }
      return null;
    }, 20_000, 'a "Corrections (1)" group in the sidebar, expanded');
    const summary = `Reject speaker “${NAME}”`;
    const item = await waitFor(() => row((r) => r.level === 2 && r.name.startsWith(summary)), 20_000, `a row "${summary}…"`);
    expect(/codicon-edit/.test(item.icon), `the correction's icon is "${item.icon}", not the corrected pencil`);
    expect(item.description === 'line 2', `the correction's description is "${item.description}", want "line 2" (the line in the file)`);
    await undoFromRow(new RegExp(`^${summary}`));
    await diagnosticsWhere((ds) => (!!speakerAt(ds, miller)), `the speaker diagnostic on "${NAME}" back after the undo`);
    expect(decisions().length === 0, `decisions left after the undo: ${readFileSync(annotations, 'utf8')}`);
    await waitFor(async () => !(await row((r) => r.name.startsWith('Corrections'))), 20_000, 'the "Corrections" group to go');
    return `"${item.name}" (${item.description}) undone: the diagnostic is back, the file holds the header only`;
  });

  await check(`a corrected entity looks different: Ctrl+. "change type to date" on "Miller" (Ln ${later.line}) shows a corrected date "Miller", whose "Undo Correction" restores the speaker`, async () => {
    expect(!existsSync(annotations) || decisions().length === 0, `decisions left from the steps before: ${existsSync(annotations) && readFileSync(annotations, 'utf8')}`);
    await filterTree('miller'); // the sidebar then fits: Speakers › Matthew Miller, Dates › Miller
    const title = await quickFix(later, /change type to date/);
    await diagnosticsWhere((ds) => (!speakerAt(ds, later) && ds.some((d) => d.code === 'date' && sameRange(d, later))), 'a date diagnostic instead of the speaker one');
    const set = decisions();
    expect(set.length === 1 && set[0].op === 'set' && set[0].type === 'date' && set[0].anchor?.start === later.offset, `decisions: ${JSON.stringify(set)}`);
    const dated = await waitFor(async () => {
      const rs = await rows();
      let group = '';
      for (const r of rs) {
        if (r.level === 1) group = r.name;
        else if (r.level === 2 && group.startsWith('Dates') && r.name === 'Miller') return r;
      }
      return null;
    }, 20_000, 'a "Miller" row under "Dates"');
    expect(dated.description.startsWith('(corrected)'), `the corrected entity's description is "${dated.description}"`);
    expect(/codicon-edit/.test(dated.icon), `the corrected entity's icon is "${dated.icon}"`);
    const speaker = await row((r) => r.level === 2 && r.name === NAME);
    expect(speaker && !speaker.description.includes('corrected') && !/codicon-edit/.test(speaker.icon), `the uncorrected "${NAME}" looks corrected too: ${JSON.stringify(speaker)}`);
    await undoFromRow('Miller');
    await diagnosticsWhere((ds) => (!!speakerAt(ds, later) && !ds.some((d) => d.code === 'date' && sameRange(d, later))), 'the speaker diagnostic on "Miller" back after the undo');
    expect(decisions().length === 0, `decisions left after the undo: ${readFileSync(annotations, 'utf8')}`);
    await page.locator(`${SIDEBAR} .actions-container [aria-label^="Clear Entities Filter"]`).first().click().catch(() => {});
    return `"${title}" → Dates › Miller "${dated.description}" (pencil); "${NAME}" unmarked; undone from the tree item`;
  });
}
