/**
 * The import's parse worker (see prepare.ts): loads the parser, waits for the files to prepare,
 * and prepares its share of them (every `shards`-th document or page, from its `shard`) in order,
 * posting each, never more than `window` ahead of the documents the writer has taken from it.
 */
import { once } from 'node:events';
import { workerData as data } from 'node:worker_threads';
import type { StartMessage, WorkerData } from './prepare.js';
import type { Posted } from './prepared.js';

const { counters: buffer, port, shard, shards, window } = data as WorkerData;
const counters = new Int32Array(buffer);
try {
  const { POSTED, prepareDocument, STOP, TAKEN, titleTest } = await import('./prepare.js');
  const { prepareExport } = await import('./export.js');
  const { isMediaWikiExport } = await import('../formats/wikitext/xml.js');
  const [{ files, titleKeys }] = (await once(port as unknown as NodeJS.EventEmitter, 'message')) as [StartMessage];
  const isTitle = titleTest(titleKeys);
  let i = 0;
  // Every shard counts every document; it prepares its own.
  let index = 0;
  const mine = () => index++ % shards === shard;
  const post = (message: Posted): boolean => {
    for (let taken = Atomics.load(counters, TAKEN); i - taken >= window; taken = Atomics.load(counters, TAKEN)) {
      if (Atomics.load(counters, STOP)) break;
      Atomics.wait(counters, TAKEN, taken);
    }
    if (Atomics.load(counters, STOP)) return false;
    port.postMessage(message);
    Atomics.store(counters, POSTED, ++i);
    Atomics.notify(counters, POSTED);
    return true;
  };
  let current = '';
  try {
    files: for (const file of files) {
      current = file;
      if (isMediaWikiExport(file)) {
        for await (const prepared of prepareExport(file, mine)) if (!post(prepared)) break files;
      } else if (mine() && !post(prepareDocument(file, isTitle))) break;
    }
    post({ end: true });
  } catch (error) {
    // Failed while preparing (reading a file, say): the import fails with this error, not "failed to start".
    const { name, message, stack } = error as Error;
    post({ file: current, failure: { name, message: message ?? String(error), line: 0, stack } });
  }
} catch {
  Atomics.store(counters, 0, -1);
  Atomics.notify(counters, 0);
}
port.close();
