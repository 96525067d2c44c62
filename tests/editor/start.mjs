// `npm start`: opens the seeds corpus in a real VS Code with Byline loaded. The desktop `code`
// when it is installed; otherwise the browser VS Code the editor tests use (code-server,
// installed and cached by setup.mjs), served on 127.0.0.1 until Ctrl-C.
// Options: --port N (default 8080, or a free one when taken), FOLDER (default seeds/).
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { freePort, installByline, startCodeServer, writeUserSettings } from './code-server.mjs';
import { CACHE, ensureEditor, REPO, SetupError } from './setup.mjs';

const args = process.argv.slice(2);
const portArg = args.indexOf('--port');
const wantedPort = portArg >= 0 ? Number(args[portArg + 1]) : 8080;
const folder = resolve(args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--port') ?? join(REPO, 'seeds'));

if (spawnSync('code', ['--version'], { stdio: 'ignore' }).status === 0) {
  console.log(`Opening ${folder} in VS Code with Byline loaded from ${REPO}`);
  spawn('code', [`--extensionDevelopmentPath=${REPO}`, folder], { stdio: 'inherit' }).on('exit', (c) => process.exit(c ?? 0));
} else {
  let editor;
  try {
    editor = ensureEditor();
  } catch (e) {
    console.error(`npm start: cannot start VS Code: ${e instanceof SetupError ? e.message : e.stack}`);
    process.exit(1);
  }
  const home = join(CACHE, 'start');
  const extensionsDir = join(home, 'extensions');
  rmSync(extensionsDir, { recursive: true, force: true }); // always the Byline just built
  mkdirSync(extensionsDir, { recursive: true });
  writeUserSettings(join(home, 'user'));
  installByline(extensionsDir);
  const port = (await isFree(wantedPort)) ? wantedPort : await freePort();
  const server = await startCodeServer({ editor, port, userDataDir: join(home, 'user'), extensionsDir, logFile: join(home, 'code-server.log') });
  console.log(`\nVS Code (code-server ${editor.codeServerVersion}) with Byline, on the ${folder} corpus:\n\n    ${server.base}/?folder=${encodeURIComponent(folder)}\n\nOpen it in a browser on this machine (loopback only). Ctrl-C stops it.`);
  let stopping = false;
  const stop = () => {
    stopping = true;
    void server.stop().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  server.proc.on('exit', (code) => {
    if (stopping) return;
    console.error(`code-server exited (${code}); log: ${join(home, 'code-server.log')}`);
    process.exit(1);
  });
}

function isFree(port) {
  return new Promise((done) => {
    const srv = createServer().once('error', () => done(false));
    srv.listen(port, '127.0.0.1', () => srv.close(() => done(true)));
  });
}
