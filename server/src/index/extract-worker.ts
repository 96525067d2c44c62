// Worker thread entry (bundled as dist/extract-worker.js): extracts documents sent by the
// main thread's WorkerPool, one at a time, and posts the plain-JSON extraction back.
import { parentPort } from 'node:worker_threads';
import { extractDocument } from '../analysis';
import { compactExtraction } from './compact-extraction';
import type { ExtractRequest, ExtractResponse } from './worker-pool';

parentPort!.on('message', (m: ExtractRequest) => {
  let reply: ExtractResponse;
  try {
    reply = { job: m.job, extraction: compactExtraction(extractDocument({ id: m.uri, text: m.text }, m.options)) };
  } catch (e) {
    reply = { job: m.job, error: e instanceof Error ? e.stack ?? e.message : String(e) };
  }
  parentPort!.postMessage(reply);
});
