/**
 * The import's parse worker (see prepare.ts): loads the parser, waits for the files to prepare,
 * and prepares them in order, posting each, never more than WINDOW ahead of the documents the
 * writer has taken.
 */
import { once } from 'node:events';
import { workerData as data } from 'node:worker_threads';
import type { Posted, StartMessage, WorkerData } from './prepare.js';

const { counters: buffer, port } = data as WorkerData;
const counters = new Int32Array(buffer);
try {
  const { POSTED, prepareDocument, STOP, TAKEN, titleTest, WINDOW } = await import('./prepare.js');
  const { prepareExport } = await import('./export.js');
  const { isMediaWikiExport } = await import('../formats/wikitext/xml.js');
  const [{ files, titleKeys }] = (await once(port as unknown as NodeJS.EventEmitter, 'message')) as [StartMessage];
  const isTitle = titleTest(titleKeys);
  let i = 0;
  const post = (message: Posted): boolean => {
    for (let taken = Atomics.load(counters, TAKEN); i - taken >= WINDOW; taken = Atomics.load(counters, TAKEN)) {
      if (Atomics.load(counters, STOP)) break;
      Atomics.wait(counters, TAKEN, taken);
    }
    if (Atomics.load(counters, STOP)) return false;
    port.postMessage(message);
    Atomics.store(counters, POSTED, ++i);
    Atomics.notify(counters, POSTED);
    return true;
  };
  files: for (const file of files) {
    if (isMediaWikiExport(file)) {
      for await (const prepared of prepareExport(file)) if (!post(prepared)) break files;
    } else if (!post(prepareDocument(file, isTitle))) break;
  }
  post({ end: true });
} catch {
  Atomics.store(counters, 0, -1);
  Atomics.notify(counters, 0);
}
port.close();
