// `byline` command line: dispatches to a subcommand.
import { runAnnotate } from './annotate';
import { runExport } from './export';
import { runImportBrat } from './import-brat';

const USAGE = `usage:
  byline annotate PATH... [--format jsonl|table] [--reference-date YYYY-MM-DD]
  byline export PATH... --format jsonl|brat|quotes-csv|conll [--out FILE|DIR] [--annotations FILE]
  byline import-brat DIR [--corpus ROOT]
  byline lsp --stdio          start the language server (any LSP editor)`;

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'annotate':
      return runAnnotate(rest);
    case 'export':
      return runExport(rest);
    case 'import-brat':
      return runImportBrat(rest);
    case 'lsp': {
      const { startServer } = await import('../lsp/start');
      startServer();
      return -1; // keeps running
    }
    case '--help':
    case '-h':
    case 'help':
      process.stdout.write(USAGE + '\n');
      return 0;
    default:
      process.stderr.write(`byline: ${command ? `unknown command '${command}'` : 'no command given'}\n${USAGE}\n`);
      return 2;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code >= 0) process.exitCode = code;
  },
  (err) => {
    process.stderr.write(`byline: ${err instanceof Error ? err.stack : err}\n`);
    process.exitCode = 1;
  },
);
