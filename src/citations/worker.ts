/**
 * Rendering off the event loop: citation-js loads in a worker thread on the first request for a
 * rendered format, and a style's first bibliography (its citeproc engine: ~1 s for APA, per
 * locale) no longer blocks every other request — nor trips the load shedding, which answers 503
 * after a 1 s stall. One worker per process, kept while requests are pending (not holding the
 * process open otherwise), its heap bounded (with render.ts's ENGINES, the whole process stays
 * near 550 MB however many styles and locales are asked for; 830 MB and growing without), started
 * again if it dies.
 */
import { Worker } from 'node:worker_threads';
import type { CslData, RenderedFormat, RenderOptions } from './render.js';

export interface RenderRequest {
  id: number;
  items: readonly CslData[];
  format: RenderedFormat;
  options: RenderOptions;
}
export type RenderResponse = { id: number; body: string } | { id: number; error: string };

const workerUrl = new URL(import.meta.url.endsWith('.ts') ? './render-worker.ts' : './render-worker.js', import.meta.url);

/** The worker's old-generation heap limit. */
export const WORKER_HEAP_MB = 512;

let worker: Worker | undefined;
let nextId = 0;
const pending = new Map<number, { resolve: (body: string) => void; reject: (error: Error) => void }>();

function start(): Worker {
  // The heap bound makes V8 collect the engines render.ts lets go of before the heap grows far past
  // what it keeps (three APA engines are ~300 MB); a worker that still runs out is started again.
  const started = new Worker(workerUrl, { resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } });
  started.unref();
  started.on('message', (response: RenderResponse) => {
    const waiting = pending.get(response.id);
    if (!waiting) return;
    pending.delete(response.id);
    if (pending.size === 0) started.unref();
    if ('error' in response) waiting.reject(new Error(`citation rendering failed: ${response.error}`));
    else waiting.resolve(response.body);
  });
  const fail = (error: Error) => {
    if (worker === started) worker = undefined;
    for (const waiting of pending.values()) waiting.reject(error);
    pending.clear();
  };
  started.on('error', fail);
  started.on('exit', (code) => fail(new Error(`the citation renderer exited with ${code}`)));
  return started;
}

/** The items rendered by render.ts in the worker. */
export function renderInWorker(items: readonly CslData[], format: RenderedFormat, options: RenderOptions): Promise<string> {
  worker ??= start();
  const id = nextId++;
  const running = worker;
  running.ref();
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    running.postMessage({ id, items, format, options } satisfies RenderRequest);
  });
}
