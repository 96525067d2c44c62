// Byline's real-editor tests: code-server (the VS Code workbench and extension host) driven
// by headless Chromium through playwright-core, with Byline and the probe extension installed.
// Proves what a person sees (sidebar, mention jumps, hover, Problems panel, F12, Shift+F12)
// and collects the probe's in-extension-host checks. Expectations come from the seed text.
// Usage: node tests/editor/run.mjs   (npm run test:editor)
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, freePort, installByline, installExtension, startCodeServer, writeUserSettings } from './code-server.mjs';
import { correctionsScenario } from './corrections.mjs';
import { ensureEditor, REPO, SetupError } from './setup.mjs';

const T0 = Date.now();
const FIRST = '000_c73052790901fafe.txt';
const OTHER = '004_53dff6f5949f0af0.txt';
const ARTIFACTS = join(REPO, 'tests', '.artifacts', 'editor');
// Screenshots go to the test artifacts; `BYLINE_UPDATE_SCREENSHOTS=1 npm run test:editor` refreshes the README's.
const IMAGES = process.env.BYLINE_UPDATE_SCREENSHOTS ? join(REPO, 'docs', 'images') : ARTIFACTS;
const results = [];
const secs = (ms) => `${(ms / 1000).toFixed(1)} s`;

function record(name, ok, detail) {
  results.push({ name, ok, detail, at: Date.now() - T0 });
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}${detail ? ` — ${detail}` : ''}`);
}
async function check(name, fn) {
  try {
    record(name, true, await fn());
  } catch (e) {
    record(name, false, e?.message ?? String(e));
    await snapshot(`failure-${results.length}`);
  }
}
/** The state at a failure, before later steps change it: a screenshot and the sidebar's rows. */
async function snapshot(base) {
  if (!page) return;
  await page.screenshot({ path: join(ARTIFACTS, `${base}.png`) }).catch(() => {});
  const rows = await treeRows(page).catch((e) => `cannot read the rows: ${e.message}`);
  writeFileSync(join(ARTIFACTS, `${base}-sidebar.json`), JSON.stringify(rows, null, 2));
  console.log(`     state saved: ${join(ARTIFACTS, base)}.png, ${base}-sidebar.json`);
}
function expect(cond, message) {
  if (!cond) throw new Error(message);
}

// --- expectations from the seed text -------------------------------------------------------
function findInFile(file, needle, nth = 0) {
  const lines = readFileSync(join(REPO, 'seeds', file), 'utf8').replace(/^\uFEFF/, '').split(/\r?\n/);
  let seen = 0;
  for (let i = 0; i < lines.length; i++) {
    for (let c = lines[i].indexOf(needle); c !== -1; c = lines[i].indexOf(needle, c + 1)) {
      if (seen++ === nth) return { line: i + 1, col: c + 1, text: lines[i] }; // 1-based, like the status bar
    }
  }
  throw new Error(`"${needle}" not found in seeds/${file}: the seed text changed`);
}
const blinkenInCorpus = spawnSync('grep', ['-o', 'Blinken', '-r', join(REPO, 'seeds')], { encoding: 'utf8' }).stdout.trim().split('\n').filter(Boolean).length;
const fullName = findInFile(FIRST, 'Antony Blinken'); // the speaker's introduction: "…Antony Blinken told reporters…"
const blinkenSaid = findInFile(FIRST, 'Blinken said'); // a later statement: "…” Blinken said on…"
const in4 = findInFile(OTHER, 'Blinken'); // 004 mentions him too (cross-file)…
const blinkenPlans = findInFile(OTHER, 'Blinken plans'); // …and once more by surname, not quoted

// --- page helpers -------------------------------------------------------------------------
const SIDEBAR = '[id="workbench.parts.sidebar"]';
async function treeRows(page) {
  return page.$$eval(`${SIDEBAR} .monaco-list-row`, (rows) =>
    rows.map((r) => ({
      name: r.querySelector('.label-name')?.textContent?.trim() ?? '',
      description: r.querySelector('.label-description')?.textContent?.trim() ?? '',
      expanded: r.getAttribute('aria-expanded'),
      level: Number(r.getAttribute('aria-level')),
    })),
  );
}
async function waitFor(fn, timeoutMs, what) {
  const end = Date.now() + timeoutMs;
  let last;
  for (;;) {
    last = await fn();
    if (last) return last;
    if (Date.now() > end) throw new Error(`timed out after ${secs(timeoutMs)} waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
const activeTab = (page) => page.locator('[id="workbench.parts.editor"] .tab.active').first().getAttribute('aria-label').catch(() => null);
const selectionStatus = (page) => page.locator('[id="status.editor.selection"]').first().innerText().catch(() => '');
async function waitForEditorAt(page, file, lineCol, what) {
  return waitFor(async () => {
    const tab = (await activeTab(page)) ?? '';
    const status = await selectionStatus(page);
    return tab.includes(file) && status.startsWith(lineCol) ? `${file}, ${status.trim()}` : null;
  }, 10_000, `${what} (want ${file} at "${lineCol}"; have "${await activeTab(page)}" at "${await selectionStatus(page)}")`);
}
async function clickTreeRow(page, name) {
  await page.locator(`${SIDEBAR} .monaco-list-row`, { has: page.locator('.label-name', { hasText: name }) }).first().click();
}
/** Screen rectangle of a piece of text inside the editor's rendered lines. */
async function textRect(page, needle) {
  return page.evaluate((needle) => {
    for (const line of document.querySelectorAll('[id="workbench.parts.editor"] .view-line')) {
      const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const i = n.textContent.replace(/\u00a0/g, ' ').indexOf(needle);
        if (i === -1) continue;
        const range = document.createRange();
        range.setStart(n, i);
        range.setEnd(n, i + needle.length);
        const r = range.getBoundingClientRect();
        return { x: r.x, y: r.y, width: r.width, height: r.height };
      }
    }
    return null;
  }, needle);
}

// --- main ---------------------------------------------------------------------------------
let editor;
try {
  editor = ensureEditor({ quiet: false });
} catch (e) {
  console.error(`editor tests: cannot run: ${e instanceof SetupError ? e.message : e.stack}`);
  process.exit(1);
}
const build = spawnSync(process.execPath, ['esbuild.mjs', '--quiet'], { cwd: REPO, stdio: 'inherit' });
if (build.status !== 0) {
  console.error('editor tests: the build failed');
  process.exit(1);
}

const work = mkdtempSync(join(tmpdir(), 'byline-editor-'));
const folder = join(work, 'seeds');
const userDataDir = join(work, 'user');
const extensionsDir = join(work, 'extensions');
const probeOut = join(work, 'probe-results.json');
const probeGo = join(work, 'probe-go');
const logFile = join(work, 'code-server.log');
cpSync(join(REPO, 'seeds'), folder, { recursive: true });
writeUserSettings(userDataDir);
installByline(extensionsDir);
installExtension(join(REPO, 'tests', 'editor', 'probe-extension'), extensionsDir, ['package.json', 'extension.js']);
rmSync(ARTIFACTS, { recursive: true, force: true }); // no failure files of an earlier run
mkdirSync(ARTIFACTS, { recursive: true });
mkdirSync(IMAGES, { recursive: true });

let server;
let browser;
let page;
const timings = {};
const cleanup = async () => {
  await browser?.close().catch(() => {});
  await server?.stop();
};
process.on('SIGINT', () => void cleanup().then(() => process.exit(130)));
process.on('SIGTERM', () => void cleanup().then(() => process.exit(143)));

try {
  const port = await freePort();
  server = await startCodeServer({ editor, port, userDataDir, extensionsDir, logFile, env: { BYLINE_PROBE_OUT: probeOut, BYLINE_PROBE_GO: probeGo } });
  browser = await chromium.launch({ executablePath: editor.chromium, args: CHROMIUM_ARGS });
  page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const tOpen = Date.now();
  await page.goto(`${server.base}/?folder=${encodeURIComponent(folder)}`);

  // 1. The sidebar: click the Byline activity-bar item, read the tree's rows.
  await check('sidebar lists the corpus speakers with counts (Byline activity-bar item → "Corpus Entities")', async () => {
    const item = page.locator('.activitybar [aria-label^="Byline"]').first();
    await item.waitFor({ state: 'visible', timeout: 60_000 });
    timings.workbenchShown = Date.now() - tOpen;
    await item.click();
    const rows = await waitFor(async () => {
      const r = await treeRows(page);
      return r.some((x) => x.name === 'Antony Blinken') ? r : null;
    }, 60_000, 'a speaker row "Antony Blinken" in the sidebar');
    timings.sidebarFilled = Date.now() - tOpen;
    const group = rows.find((r) => /^Speakers \(\d+\)$/.test(r.name));
    expect(group, `no "Speakers (N)" group row: ${JSON.stringify(rows.slice(0, 5))}`);
    const speakers = Number(group.name.match(/\d+/)[0]);
    expect(speakers >= 3, `only ${speakers} speakers`);
    const blinken = rows.find((r) => r.name === 'Antony Blinken');
    const count = Number(blinken.description.match(/^\d+/)?.[0]);
    // he is named "Blinken" ${blinkenInCorpus} times in the text; the count is of those marks
    expect(count >= 2 && count <= blinkenInCorpus, `count for Antony Blinken is "${blinken.description}", want 2…${blinkenInCorpus}`);
    return `${group.name}, Antony Blinken ${blinken.description}; filled ${secs(timings.sidebarFilled)} after opening the folder (workbench shown after ${secs(timings.workbenchShown)})`;
  });

  // 2. The probe's checks inside the extension host.
  writeFileSync(probeGo, 'go');
  await check('probe (extension host): checks run', async () => {
    await waitFor(async () => existsSync(probeOut), 120_000, 'the probe extension\'s results');
    return 'results received';
  });
  if (existsSync(probeOut)) {
    const probe = JSON.parse(readFileSync(probeOut, 'utf8'));
    if (probe.fatal) record('probe: fatal', false, probe.fatal);
    for (const c of probe.checks) record(`probe: ${c.name}`, c.ok, c.detail);
    expect(probe.checks.length > 0 || probe.fatal, 'the probe ran no checks');
  }

  // 3. Clicking mentions in the sidebar opens the file at the mark and selects it.
  await check(`clicking a mention in the sidebar opens ${OTHER} at line ${in4.line}, then ${FIRST} at line ${blinkenSaid.line}, selected`, async () => {
    const rows = await treeRows(page);
    const blinken = rows.find((r) => r.name === 'Antony Blinken');
    expect(blinken, 'no Antony Blinken row');
    if (blinken.expanded !== 'true') await clickTreeRow(page, 'Antony Blinken');
    await waitFor(async () => (await treeRows(page)).some((r) => r.name === `${OTHER}:${in4.line}`), 10_000, `a mention row ${OTHER}:${in4.line}`);
    await clickTreeRow(page, `${OTHER}:${in4.line}`);
    // the cursor sits at the end of the selected mark: "Ln L, Col C (N selected)"
    const colsIn4 = [['Blinken', 7], ['Antony Blinken', 14]].map(([t, n]) => `Ln ${in4.line}, Col ${findInFile(OTHER, t).col + n} (${n} selected)`);
    const a = await waitFor(async () => {
      const tab = (await activeTab(page)) ?? '';
      const status = await selectionStatus(page);
      return tab.includes(OTHER) && colsIn4.some((c) => status.startsWith(c)) ? status : null;
    }, 10_000, `${OTHER} at ${colsIn4.join(' or ')}`);
    await clickTreeRow(page, `${FIRST}:${blinkenSaid.line}`);
    const b = await waitForEditorAt(page, FIRST, `Ln ${blinkenSaid.line}, Col ${blinkenSaid.col + 7} (7 selected)`, 'the mention row to open the file');
    // the README's sidebar screenshot: the speaker expanded to his mentions, one selected
    const edge = await page.locator(SIDEBAR).boundingBox();
    await page.mouse.move(edge.x + edge.width + 1, 400); // drag the sash: a wider sidebar shows the roles
    await page.mouse.down();
    await page.mouse.move(edge.x + edge.width + 140, 400, { steps: 5 });
    await page.mouse.up();
    await page.mouse.move(900, 700);
    await page.waitForTimeout(500);
    const box = await page.locator(SIDEBAR).boundingBox();
    await page.screenshot({ path: join(IMAGES, 'sidebar.png'), clip: { x: 0, y: 0, width: box.x + box.width, height: box.y + box.height } });
    return `${OTHER} ${a.trim()}; ${b}`;
  });

  // 3b. The view's title-bar actions: sort by name, filter (shown in the title), clear.
  await check('sort by name, then filter "blinken" from the view title bar, then clear', async () => {
    const action = (label) => page.locator(`${SIDEBAR} .actions-container [aria-label^="${label}"]`).first();
    const speakerNames = async () => {
      const rows = await treeRows(page);
      const out = [];
      let inSpeakers = false;
      for (const r of rows) {
        if (r.level === 1) inSpeakers = r.name.startsWith('Speakers');
        else if (inSpeakers && r.level === 2) out.push(r.name);
      }
      return out;
    };
    await page.locator(SIDEBAR).hover();
    await action('Sort Entities by Name').click();
    const sorted = await waitFor(async () => {
      const names = await speakerNames();
      const want = [...names].sort((a, b) => a.localeCompare(b, undefined, { sensitivity: 'base', numeric: true }));
      return names.length > 2 && names.join('|') === want.join('|') ? names : null;
    }, 10_000, `speakers sorted by name (have ${JSON.stringify(await speakerNames())})`);
    await action('Sort Entities by Count').click(); // back to the default order
    // (the title bar re-renders after a sort: hover the view again, and click once more if the
    // first click landed while the actions were being redrawn: the filter box once failed to open)
    const input = page.locator('.quick-input-widget input').first();
    for (let attempt = 0; ; attempt++) {
      await page.locator(SIDEBAR).hover();
      await action('Filter Entities').click();
      try {
        await input.waitFor({ state: 'visible', timeout: 5_000 });
        break;
      } catch (err) {
        if (attempt === 1) throw err;
      }
    }
    await input.fill('blinken');
    await page.keyboard.press('Enter');
    const filtered = await waitFor(async () => {
      const rows = await treeRows(page);
      return rows.some((r) => r.name === 'Speakers (1)') && rows.some((r) => r.name === 'Antony Blinken') ? rows : null;
    }, 10_000, 'only "Antony Blinken" under "Speakers (1)"');
    const description = await page.locator(`${SIDEBAR} .pane-header .description, ${SIDEBAR} .title-description`).first().innerText().catch(() => '');
    expect(/blinken/i.test(description), `the view title does not show the filter (description "${description}")`);
    await action('Clear Entities Filter').click();
    await waitFor(async () => (await speakerNames()).length === sorted.length, 10_000, 'all speakers back after clearing the filter');
    return `${sorted.length} speakers sorted by name; filter → ${filtered.filter((r) => r.level === 2).map((r) => r.name).join(', ')} ("${description.trim()}"); cleared`;
  });

  // 4. Problems panel.
  await check(`the Problems panel lists Byline's diagnostic on "Antony Blinken" (${FIRST} [Ln ${fullName.line}, Col ${fullName.col}])`, async () => {
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+Shift+M');
    const row = page.locator('.markers-panel .monaco-list-row').filter({ hasText: `[Ln ${fullName.line}, Col ${fullName.col}]` }).first();
    await row.waitFor({ state: 'visible', timeout: 15_000 });
    const text = (await row.innerText()).replace(/\s+/g, ' ');
    expect(/byline/i.test(text), `marker row "${text}" is not from source byline`);
    const files = await page.locator('.markers-panel .monaco-list-row').allInnerTexts();
    expect(files.some((f) => f.includes(FIRST)), `no ${FIRST} in the Problems panel`);
    return text.slice(0, 140);
  });

  // 5. Go to definition (F12) from 004 jumps to the introduction in 000.
  await check(`F12 on "Blinken" in ${OTHER} jumps to "Antony Blinken" in ${FIRST} line ${fullName.line}`, async () => {
    await clickTreeRow(page, `${OTHER}:${in4.line}`);
    await waitFor(async () => ((await activeTab(page)) ?? '').includes(OTHER), 10_000, `${OTHER} to be active`);
    await page.keyboard.press('Control+1'); // focus the editor, keeping the mark selected
    await page.keyboard.press('F12');
    // the cursor lands on the mark: at its start, or at its end with the mark selected
    const at = [`Ln ${fullName.line}, Col ${fullName.col}`, `Ln ${fullName.line}, Col ${fullName.col + 14}`];
    return waitFor(async () => {
      const tab = (await activeTab(page)) ?? '';
      const status = await selectionStatus(page);
      return tab.includes(FIRST) && at.some((a) => status === a || status.startsWith(`${a} (`)) ? `${FIRST}, ${status}` : null;
    }, 10_000, `F12 to jump to ${FIRST} at ${at.join(' or ')} (have "${await activeTab(page)}" at "${await selectionStatus(page)}")`);
  });

  // 6. Find references (Shift+F12) lists both files.
  await check('Shift+F12 on "Antony Blinken" lists references in both files', async () => {
    await page.keyboard.press('Shift+F12');
    const widget = page.locator('.peekview-widget').first();
    await widget.waitFor({ state: 'visible', timeout: 10_000 });
    const text = await waitFor(async () => {
      const t = await widget.innerText().catch(() => '');
      return t.includes(FIRST) && t.includes(OTHER) ? t : null;
    }, 10_000, `both ${FIRST} and ${OTHER} in the references peek (have: "${(await widget.innerText().catch(() => '')).slice(0, 200)}")`);
    const title = text.split('\n').find((l) => /reference/i.test(l)) ?? '';
    await page.keyboard.press('Escape');
    return title.trim() || 'both files listed';
  });

  // 7. Hovering the speaker's name in the editor shows who he is (a mention in 004: "Blinken plans").
  await check(`hovering "Blinken" (${OTHER}:${blinkenPlans.line}) shows a hover naming "Antony Blinken"`, async () => {
    await clickTreeRow(page, `${OTHER}:${in4.line}`);
    await waitFor(async () => ((await activeTab(page)) ?? '').includes(OTHER), 10_000, `${OTHER} to be active`);
    await page.keyboard.press('Control+1');
    const rect = await waitFor(() => textRect(page, 'Blinken plans'), 10_000, 'the text "Blinken plans" on screen');
    await page.mouse.move(rect.x + 5, rect.y + rect.height / 2);
    await page.mouse.move(rect.x + 20, rect.y + rect.height / 2, { steps: 4 });
    const hover = page.locator('.monaco-hover:visible').filter({ has: page.locator('.rendered-markdown', { hasText: 'Antony Blinken' }) }).first();
    await hover.waitFor({ state: 'visible', timeout: 10_000 });
    await page.waitForTimeout(200);
    const hb = await hover.boundingBox();
    const eb = await page.locator('[id="workbench.parts.editor"]').boundingBox();
    const x = Math.max(eb.x, Math.min(hb.x, rect.x) - 40);
    const y = Math.max(eb.y, Math.min(hb.y, rect.y) - 40);
    const right = Math.min(eb.x + eb.width, Math.max(hb.x + hb.width, rect.x + rect.width) + 40);
    const bottom = Math.min(eb.y + eb.height, Math.max(hb.y + hb.height, rect.y + rect.height) + 40);
    await page.screenshot({ path: join(IMAGES, 'hover.png'), clip: { x, y, width: right - x, height: bottom - y } });
    return (await hover.innerText()).split('\n')[0];
  });
  await page.mouse.move(5, 700);

  // 8. The status-bar item shows the corpus size.
  await check('the status bar shows the corpus size (5 files)', async () => {
    const files = spawnSync('ls', [join(REPO, 'seeds')], { encoding: 'utf8' }).stdout.split('\n').filter((f) => /\.(txt|md)$/.test(f)).length;
    const item = page.locator('[id="byline.byline.byline.status"]').first();
    const text = await waitFor(async () => {
      const t = await item.innerText().catch(() => '');
      return t.includes(`${files} files`) && /speakers?/.test(t) ? t : null;
    }, 10_000, `"${files} files, N speakers" in the status bar`);
    return text.trim();
  });

  // 9. Corrections (issue 5): a quick fix written to .byline/annotations.jsonl, undone from the sidebar.
  const tCorrections = Date.now();
  await correctionsScenario({ page, folder, probeOut, check, expect, waitFor, SIDEBAR });
  timings.corrections = Date.now() - tCorrections;
} catch (e) {
  record('editor test run', false, e?.stack ?? String(e));
} finally {
  const failed = results.filter((r) => !r.ok);
  if (failed.length && page) {
    await page.screenshot({ path: join(ARTIFACTS, 'failure.png') }).catch(() => {});
    if (existsSync(logFile)) cpSync(logFile, join(ARTIFACTS, 'code-server.log'));
    // the extension host's logs, among them Byline's output channel (the server's log)
    const logs = join(userDataDir, 'logs');
    if (existsSync(logs)) cpSync(logs, join(ARTIFACTS, 'logs'), { recursive: true });
    console.log(`artifacts: ${ARTIFACTS}`);
  }
  await cleanup();
  rmSync(work, { recursive: true, force: true });
  writeFileSync(join(ARTIFACTS, 'results.json'), JSON.stringify({ timings, results }, null, 2));
  console.log(`editor tests: ${results.length - failed.length}/${results.length} passed in ${secs(Date.now() - T0)}` +
    (timings.sidebarFilled ? `; sidebar filled ${secs(timings.sidebarFilled)} after opening the folder` : ''));
  process.exitCode = failed.length || results.length === 0 ? 1 : 0;
}
