// Byline's in-extension-host checks. Runs inside VS Code (code-server or desktop) with the
// `vscode` API against a workspace holding a copy of seeds/. Every expectation comes from the
// seed text (where a name occurs), never from Byline's own output.
//
// Under code-server (tests/editor/run.mjs) it activates on startup, waits for the runner's
// "go" file (BYLINE_PROBE_GO) and writes its results to BYLINE_PROBE_OUT; then it answers the
// runner's questions (`<out>.req` → `<out>.res`, one at a time: see serve()). Under
// @vscode/test-electron, electron-suite.js calls runChecks() directly.
const fs = require('node:fs');
const path = require('node:path');
const vscode = require('vscode');

const BYLINE_ID = 'byline.byline';
const FIRST = '000_c73052790901fafe.txt'; // quotes "Antony Blinken told …", then "Blinken said …"
const OTHER = '004_53dff6f5949f0af0.txt'; // mentions "Antony Blinken" and "Blinken" once more

function activate() {
  const out = process.env.BYLINE_PROBE_OUT;
  if (!out) return; // installed but not asked to run (e.g. `npm start`)
  void (async () => {
    const go = process.env.BYLINE_PROBE_GO;
    if (go) await until(() => fs.existsSync(go), 90_000, 200, 'the runner never said go');
    const results = await runChecks();
    fs.writeFileSync(out + '.tmp', JSON.stringify(results, null, 2));
    fs.renameSync(out + '.tmp', out);
    serve(out);
  })().catch((e) => fs.writeFileSync(out, JSON.stringify({ fatal: String(e && e.stack || e), checks: [] })));
}

/**
 * Answers the runner's questions after the checks: it writes `<out>.req` ({ seq, op, ... }),
 * the probe removes it and writes `<out>.res` ({ seq, ok, value | error }).
 *   op "diagnostics", file: the diagnostics of a workspace file, as VS Code holds them
 */
let serving;
function serve(out) {
  const req = out + '.req';
  const res = out + '.res';
  let busy = false;
  serving = setInterval(async () => {
    if (busy || !fs.existsSync(req)) return;
    busy = true;
    let q = {};
    let answer;
    try {
      q = JSON.parse(fs.readFileSync(req, 'utf8'));
      fs.rmSync(req, { force: true });
      answer = { ok: true, value: await answerQuestion(q) };
    } catch (e) {
      answer = { ok: false, error: String(e && e.message || e) };
    }
    fs.writeFileSync(res + '.tmp', JSON.stringify({ seq: q.seq, ...answer }));
    fs.renameSync(res + '.tmp', res);
    busy = false;
  }, 50);
}

async function answerQuestion(q) {
  const folder = vscode.workspace.workspaceFolders[0];
  switch (q.op) {
    case 'diagnostics':
      return vscode.languages.getDiagnostics(vscode.Uri.joinPath(folder.uri, q.file)).map((d) => ({
        source: d.source,
        code: d.code && typeof d.code === 'object' ? d.code.value : d.code,
        message: d.message,
        range: [d.range.start.line, d.range.start.character, d.range.end.line, d.range.end.character],
      }));
    default:
      throw new Error(`unknown question ${q.op}`);
  }
}

/** Runs every check; never throws: each check records ok / detail. */
async function runChecks() {
  const checks = [];
  const check = async (name, fn) => {
    const t0 = Date.now();
    try {
      const detail = await fn();
      checks.push({ name, ok: true, detail, ms: Date.now() - t0 });
    } catch (e) {
      checks.push({ name, ok: false, detail: String(e && e.message || e), ms: Date.now() - t0 });
    }
  };
  const folder = vscode.workspace.workspaceFolders && vscode.workspace.workspaceFolders[0];
  if (!folder) return { fatal: 'no workspace folder open', checks };
  const first = vscode.Uri.joinPath(folder.uri, FIRST);
  const other = vscode.Uri.joinPath(folder.uri, OTHER);

  await check('Byline extension activates', async () => {
    const ext = vscode.extensions.getExtension(BYLINE_ID);
    if (!ext) throw new Error(`extension ${BYLINE_ID} is not installed`);
    await ext.activate();
    return `active: ${ext.isActive}`;
  });

  const doc1 = await vscode.workspace.openTextDocument(first);
  const doc4 = await vscode.workspace.openTextDocument(other);
  await vscode.window.showTextDocument(doc1);
  // Positions from the seed text.
  const fullName = occurrences(doc1, 'Antony Blinken')[0];
  const blinkenSaid = occurrences(doc1, 'Blinken said')[0];
  const lastIn1 = occurrences(doc1, 'Blinken').at(-1);
  const in4 = occurrences(doc4, 'Blinken');
  if (!fullName || !blinkenSaid || !lastIn1 || in4.length < 2) return { fatal: 'the seed text is not the expected one', checks };

  await check('diagnostics from source byline, one on the quoted speaker "Antony Blinken"', async () => {
    const diags = await until(() => {
      const d = vscode.languages.getDiagnostics(first).filter((x) => x.source === 'byline');
      return d.length ? d : null;
    }, 45_000, 100, 'no byline diagnostics for ' + FIRST);
    const onSpeaker = diags.find((d) => d.range.contains(fullName.range.start) && doc1.getText(d.range).includes('Blinken'));
    if (!onSpeaker) throw new Error(`${diags.length} diagnostics, none on "Antony Blinken" at ${fmt(fullName.range.start)}`);
    return `${diags.length} diagnostics; on the speaker: "${onSpeaker.message}" (${vscode.DiagnosticSeverity[onSpeaker.severity]})`;
  });

  await check('hover on "Blinken" (line 2 of 000) names "Antony Blinken"', async () => {
    const hovers = await vscode.commands.executeCommand('vscode.executeHoverProvider', first, blinkenSaid.range.start.translate(0, 2));
    const text = (hovers || []).flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    if (!text.includes('Antony Blinken')) throw new Error(`hover text: ${JSON.stringify(text.slice(0, 300))}`);
    return text.split('\n')[0].slice(0, 120);
  });

  await check('go to definition from "Blinken" in 004 jumps to "Antony Blinken" in 000 (cross-file)', async () => {
    const at = in4.at(-1).range.start.translate(0, 1);
    const defs = await vscode.commands.executeCommand('vscode.executeDefinitionProvider', other, at);
    const locs = (defs || []).map(toLocation);
    const hit = locs.find((l) => l.uri.toString() === first.toString() && l.range.start.line === fullName.range.start.line);
    if (!hit) throw new Error(`definitions: ${JSON.stringify(locs.map(show))}, expected ${FIRST}:${fullName.range.start.line + 1}`);
    return show(hit);
  });

  await check('find references of "Blinken" covers both 000 and 004 (cross-file)', async () => {
    const refs = await vscode.commands.executeCommand('vscode.executeReferenceProvider', first, blinkenSaid.range.start);
    const locs = (refs || []).map(toLocation);
    const inFirst = locs.filter((l) => l.uri.toString() === first.toString());
    const inOther = locs.filter((l) => l.uri.toString() === other.toString());
    if (!inFirst.length || !inOther.length) throw new Error(`references: ${JSON.stringify(locs.map(show))}`);
    for (const l of locs) {
      const doc = l.uri.toString() === first.toString() ? doc1 : doc4;
      const text = doc.getText(l.range);
      if (!text.endsWith('Blinken')) throw new Error(`reference ${show(l)} is "${text}", not Blinken`);
    }
    const wanted = in4.map((o) => o.range.start.line);
    if (!inOther.every((l) => wanted.includes(l.range.start.line))) throw new Error(`references in 004 on the wrong lines: ${JSON.stringify(inOther.map(show))}`);
    return `${locs.length} references: ${inFirst.length} in 000, ${inOther.length} in 004`;
  });

  await check('"Byline: Go to Next Mention" from the last "Blinken" of 000 goes on to 004, and wraps back', async () => {
    const ed1 = await vscode.window.showTextDocument(doc1);
    ed1.selection = new vscode.Selection(lastIn1.range.start, lastIn1.range.start);
    await vscode.commands.executeCommand('byline.nextMention');
    const ed = vscode.window.activeTextEditor;
    if (!ed || ed.document.uri.toString() !== other.toString()) throw new Error(`after next: active editor is ${ed && ed.document.uri.path}`);
    const firstIn4 = in4[0].range.start.line;
    if (ed.selection.start.line !== firstIn4 || !ed.document.getText(ed.selection).endsWith('Blinken')) {
      throw new Error(`after next: selection ${fmt(ed.selection.start)} "${ed.document.getText(ed.selection)}"`);
    }
    // from the last Blinken of the corpus (in 004), next wraps to the first (000, line 1)
    ed.selection = new vscode.Selection(in4.at(-1).range.start, in4.at(-1).range.start);
    await vscode.commands.executeCommand('byline.nextMention');
    const wrapped = vscode.window.activeTextEditor;
    if (wrapped.document.uri.toString() !== first.toString() || wrapped.selection.start.line !== fullName.range.start.line) {
      throw new Error(`after wrapping: ${wrapped.document.uri.path} ${fmt(wrapped.selection.start)}`);
    }
    await vscode.commands.executeCommand('byline.previousMention');
    const back = vscode.window.activeTextEditor;
    if (back.document.uri.toString() !== other.toString()) throw new Error(`previous did not wrap back to 004: ${back.document.uri.path}`);
    return `next → ${OTHER}:${firstIn4 + 1}, wrap → ${FIRST}:${fullName.range.start.line + 1}, previous → ${OTHER}:${back.selection.start.line + 1}`;
  });

  await check('"Byline: Reveal Entity in Sidebar" finds the entity under the cursor', async () => {
    const ed1 = await vscode.window.showTextDocument(doc1);
    ed1.selection = new vscode.Selection(blinkenSaid.range.start, blinkenSaid.range.start);
    const revealed = await vscode.commands.executeCommand('byline.revealEntity');
    if (revealed !== true) throw new Error(`byline.revealEntity returned ${revealed}`);
    return 'revealed';
  });

  await check('every "Byline" palette command is registered', async () => {
    const all = new Set(await vscode.commands.getCommands(true));
    const ext = vscode.extensions.getExtension(BYLINE_ID);
    const declared = ext.packageJSON.contributes.commands.map((c) => c.command);
    const missing = declared.filter((c) => !all.has(c));
    if (missing.length) throw new Error(`declared but not registered: ${missing.join(', ')}`);
    return `${declared.length} commands`;
  });

  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  return { checks };
}

function occurrences(doc, needle) {
  const text = doc.getText();
  const out = [];
  for (let i = text.indexOf(needle); i !== -1; i = text.indexOf(needle, i + 1)) {
    out.push({ range: new vscode.Range(doc.positionAt(i), doc.positionAt(i + needle.length)) });
  }
  return out;
}

function toLocation(x) {
  return x.targetUri ? { uri: x.targetUri, range: x.targetSelectionRange || x.targetRange } : x;
}
const fmt = (p) => `${p.line + 1}:${p.character + 1}`;
const show = (l) => `${path.basename(l.uri.fsPath)}:${fmt(l.range.start)}`;

async function until(fn, timeoutMs, everyMs, message) {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = await fn();
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out after ${timeoutMs / 1000} s: ${message}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}

module.exports = { activate, deactivate: () => clearInterval(serving), runChecks };
