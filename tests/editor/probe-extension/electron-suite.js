// Entry point for @vscode/test-electron (extensionTestsPath): runs the probe's checks in a
// desktop VS Code and fails when one fails.
const { runChecks } = require('./extension');

exports.run = async function run() {
  const { fatal, checks } = await runChecks();
  for (const c of checks) console.log(`${c.ok ? 'ok  ' : 'FAIL'} ${c.name}: ${c.detail}`);
  if (fatal) throw new Error(fatal);
  const failed = checks.filter((c) => !c.ok);
  if (failed.length) throw new Error(`${failed.length} of ${checks.length} checks failed`);
};
