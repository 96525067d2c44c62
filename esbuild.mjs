// Builds one bundle per side (as in lsp-sample): the extension client, the language server,
// and the `byline` CLI (which also starts the server with `byline lsp --stdio`).
import { build } from 'esbuild';

const args = process.argv.slice(2);
const only = args.find((a) => a.startsWith('--only='))?.slice('--only='.length);
const quiet = args.includes('--quiet');
// --production: minified bundles without source maps, for the .vsix.
const production = args.includes('--production');

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  // function and class names survive minification: stack traces in a user's log stay readable,
  // and the date resolver picks chrono's parsers by class name (dates/resolve.ts)
  keepNames: production,
  logLevel: quiet ? 'error' : 'info',
};

const targets = {
  cli: { entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/byline.js', banner: { js: '#!/usr/bin/env node' } },
  server: { entryPoints: ['server/src/lsp/main.ts'], outfile: 'dist/server.js' },
  // The language server's extraction worker threads (built with the cli and the server).
  worker: { entryPoints: ['server/src/index/extract-worker.ts'], outfile: 'dist/extract-worker.js' },
  // The analyser alone, for benchmarks and scripts.
  analysis: { entryPoints: ['server/src/analysis/index.ts'], outfile: 'dist/analysis.js' },
  client: { entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] },
};

const { existsSync } = await import('node:fs');
for (const [name, options] of Object.entries(targets)) {
  if (only && only !== name && !(name === 'worker' && (only === 'cli' || only === 'server'))) continue;
  if (!existsSync(options.entryPoints[0])) continue; // a side not written yet
  await build({ ...common, ...options });
}
