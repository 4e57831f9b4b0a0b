/** The citation renderer's worker thread (see worker.ts): renders each request in turn. */
import { parentPort } from 'node:worker_threads';
import type { RenderRequest, RenderResponse } from './worker.js';

const { render } = await import('./render.js');
parentPort!.on('message', ({ id, items, format, options }: RenderRequest) => {
  render(items, format, options).then(
    (body): void => parentPort!.postMessage({ id, body } satisfies RenderResponse),
    (error: unknown): void => parentPort!.postMessage({ id, error: error instanceof Error ? error.message : String(error) } satisfies RenderResponse),
  );
});
