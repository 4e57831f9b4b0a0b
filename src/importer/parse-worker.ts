/**
 * The import's parse worker (see prepare.ts): loads the parser, waits for the files to prepare,
 * and prepares them in order, posting each, never more than WINDOW ahead of the documents the
 * writer has taken.
 */
import { once } from 'node:events';
import { workerData as data } from 'node:worker_threads';
import type { StartMessage, WorkerData } from './prepare.js';

const { counters: buffer, port } = data as WorkerData;
const counters = new Int32Array(buffer);
try {
  const { POSTED, prepareDocument, STOP, TAKEN, titleTest, WINDOW } = await import('./prepare.js');
  const [{ files, titleKeys }] = (await once(port as unknown as NodeJS.EventEmitter, 'message')) as [StartMessage];
  const isTitle = titleTest(titleKeys);
  for (let i = 0; i < files.length; i++) {
    for (let taken = Atomics.load(counters, TAKEN); i - taken >= WINDOW; taken = Atomics.load(counters, TAKEN)) {
      if (Atomics.load(counters, STOP)) break;
      Atomics.wait(counters, TAKEN, taken);
    }
    if (Atomics.load(counters, STOP)) break;
    port.postMessage(prepareDocument(files[i]!, isTitle));
    Atomics.store(counters, POSTED, i + 1);
    Atomics.notify(counters, POSTED);
  }
} catch {
  Atomics.store(counters, 0, -1);
  Atomics.notify(counters, 0);
}
port.close();
