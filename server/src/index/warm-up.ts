// Compiles the edit path before the user's first edit. The initial scan analyses files on
// worker threads and resolves them in one bulk update, so on the main thread the analyser and
// the per-edit form of the corpus update have never run: V8 runs them unoptimised for the
// first few dozen edits (20–30 ms each instead of about 4 ms, measured on the 10,000-article
// bench corpus). This replays edits on a scratch index of a few files from the corpus, one
// edit per turn of the event loop so requests are answered in between, and after each edit
// runs what the caller does with an edited file (the server: its diagnostics, serialised); the
// real index is not touched.
import type { AnalyzeOptions } from '../analysis';
import { CorpusIndex } from './corpus-index';
import { nextTurn } from './pacer';

export interface WarmUpFile {
  text: string;
  options: AnalyzeOptions;
}

/** a sentence typed into an article and taken out again */
const TYPED = 'Maria Lopez, a spokeswoman for the regional council, said on Tuesday that 40 families had been moved.\n';
const EDITS = 40;

/** what the caller does after an edit (e.g. build the file's diagnostics) */
export type AfterEdit = (index: CorpusIndex, uri: string) => void;

export async function warmUpEditPath(files: WarmUpFile[], stop: () => boolean, afterEdit: AfterEdit = () => {}, edits = EDITS): Promise<void> {
  if (!files.length) return;
  // nothing before the caller's next turn: it may have more to do first (the scan logs that it is done)
  await nextTurn();
  const index = new CorpusIndex();
  const uri = (i: number) => `file:///byline-warm-up/${i}.txt`;
  for (let i = 0; i < files.length; i++) {
    if (stop()) return;
    index.setText(uri(i), files[i].text, files[i].options);
    index.flush();
    await nextTurn();
  }
  for (let i = 0; i < edits; i++) {
    if (stop()) return;
    const k = (i >> 1) % files.length;
    const { text, options } = files[k];
    const cut = text.indexOf('\n', text.length >> 1) + 1 || text.length;
    index.setText(uri(k), i % 2 === 0 ? text.slice(0, cut) + TYPED + text.slice(cut) : text, options);
    index.flush();
    afterEdit(index, uri(k));
    await nextTurn();
  }
}
