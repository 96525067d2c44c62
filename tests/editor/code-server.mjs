// Starting code-server (the VS Code workbench served over HTTP) with Byline installed: shared
// by the editor tests (run.mjs) and `npm start` (start.mjs).
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { REPO } from './setup.mjs';

/** Copies the unpacked extension (what the .vsix holds) to E/<publisher>.<name>-<version>/. */
export function installExtension(sourceDir, extensionsDir, files) {
  const pkg = JSON.parse(readFileSync(join(sourceDir, 'package.json'), 'utf8'));
  const target = join(extensionsDir, `${pkg.publisher}.${pkg.name}-${pkg.version}`);
  mkdirSync(target, { recursive: true });
  for (const f of files) if (existsSync(join(sourceDir, f))) cpSync(join(sourceDir, f), join(target, f), { recursive: true });
  return target;
}

/** Byline as the .vsix would ship it. */
export function installByline(extensionsDir) {
  for (const f of ['dist/client.js', 'dist/server.js']) {
    if (!existsSync(join(REPO, f))) throw new Error(`${f} is missing: run \`npm run build\` first`);
  }
  const target = installExtension(REPO, extensionsDir, ['package.json', 'README.md', 'CHANGELOG.md', 'LICENSE', 'media']);
  mkdirSync(join(target, 'dist'), { recursive: true });
  for (const f of ['client.js', 'server.js']) cpSync(join(REPO, 'dist', f), join(target, 'dist', f));
  return target;
}

export function writeUserSettings(userDataDir, extra = {}) {
  const dir = join(userDataDir, 'User');
  mkdirSync(dir, { recursive: true });
  const settings = {
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'workbench.colorTheme': 'Default Dark Modern',
    'workbench.secondarySideBar.defaultVisibility': 'hidden',
    'chat.disableAIFeatures': true,
    'security.workspace.trust.enabled': false,
    'extensions.autoUpdate': false,
    'extensions.autoCheckUpdates': false,
    'extensions.ignoreRecommendations': true,
    'telemetry.telemetryLevel': 'off',
    'update.mode': 'none',
    'window.restoreWindows': 'none',
    '[plaintext]': { 'editor.wordWrap': 'on' },
    ...extra,
  };
  writeFileSync(join(dir, 'settings.json'), JSON.stringify(settings, null, 2));
}

export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/**
 * Starts code-server on 127.0.0.1 (no auth, no config file) in its own process group, so
 * stop() ends it and everything it started (extension host, language server).
 */
export async function startCodeServer({ editor, port, userDataDir, extensionsDir, logFile, env = {} }) {
  const args = [
    '--config', '/dev/null', '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`,
    '--user-data-dir', userDataDir, '--extensions-dir', extensionsDir,
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override',
  ];
  const out = logFile ? openSync(logFile, 'a') : 'ignore';
  const proc = spawn(editor.codeServer, args, {
    detached: true,
    stdio: ['ignore', out, out],
    env: { ...process.env, ...env, PATH: `${editor.nodeBin}:${process.env.PATH}` },
  });
  let exited = null;
  proc.on('exit', (code, signal) => (exited = { code, signal }));
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (exited) throw new Error(`code-server exited at start (${JSON.stringify(exited)})${logFile ? `; see ${logFile}` : ''}`);
    try {
      if ((await fetch(`${base}/healthz`)).ok) break;
    } catch {}
    if (Date.now() > deadline) throw new Error('code-server did not answer /healthz within 30 s');
    await new Promise((r) => setTimeout(r, 200));
  }
  const stop = async () => {
    if (exited) return;
    try { process.kill(-proc.pid, 'SIGTERM'); } catch {}
    for (let i = 0; i < 30 && !exited; i++) await new Promise((r) => setTimeout(r, 100));
    if (!exited) try { process.kill(-proc.pid, 'SIGKILL'); } catch {}
  };
  return { proc, base, stop };
}

export const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];
