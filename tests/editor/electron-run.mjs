// The same in-extension-host checks as the code-server run, in a desktop VS Code downloaded by
// @vscode/test-electron — for machines that can reach Microsoft's update server. Where the
// download is impossible (no network), it says so in one line and exits 0: there, run.mjs
// (code-server in headless Chromium) is the proof.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { downloadAndUnzipVSCode, runTests } from '@vscode/test-electron';
import { REPO } from './setup.mjs';

let vscodeExecutablePath;
try {
  vscodeExecutablePath = await downloadAndUnzipVSCode({ version: 'stable', timeout: 15_000, reporter: { report() {}, error() {} } });
} catch (e) {
  console.log(`electron-run: skipped, VS Code desktop cannot be downloaded here (${e?.code ?? e?.message ?? e}); the code-server run is the proof`);
  process.exit(0);
}
const work = mkdtempSync(join(tmpdir(), 'byline-electron-'));
try {
  cpSync(join(REPO, 'seeds'), join(work, 'seeds'), { recursive: true });
  await runTests({
    vscodeExecutablePath,
    extensionDevelopmentPath: [REPO, join(REPO, 'tests', 'editor', 'probe-extension')],
    extensionTestsPath: join(REPO, 'tests', 'editor', 'probe-extension', 'electron-suite.js'),
    launchArgs: [join(work, 'seeds'), '--disable-extensions', '--disable-workspace-trust', '--user-data-dir', join(work, 'user')],
  });
  console.log('electron-run: all in-extension-host checks passed in VS Code desktop');
} catch (e) {
  console.error(`electron-run: failed: ${e?.message ?? e}`);
  process.exitCode = 1;
} finally {
  rmSync(work, { recursive: true, force: true });
}
