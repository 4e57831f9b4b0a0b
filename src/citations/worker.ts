/**
 * Rendering off the event loop: citation-js loads in a worker thread on the first request for a
 * rendered format, and a style's first bibliography (building its citeproc engine, per locale) no
 * longer blocks every other request — nor trips the load shedding, which answers 503
 * after a 1 s stall. One worker per process, kept while requests are pending (not holding the
 * process open otherwise), started again if it dies. Its memory is capped: a bounded heap, room for
 * the citeproc engines render.ts keeps (APA's is the largest), and the worker replaced once idle
 * after WORKER_RECYCLE_ENTRIES entries, so that what V8 keeps from engines let go does not pile up
 * (bench/render-memory.ts; its figures in bench/results.md).
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

/** The worker's old-generation heap limit: room for render.ts's ENGINES engines (APA's the largest) and a request's work. */
export const WORKER_HEAP_MB = 128;

/**
 * The worker's young generation: small, so that what a request allocates is collected (scavenged)
 * often rather than held in large semi-spaces; it lowered the bench's peak and its time.
 */
export const WORKER_YOUNG_MB = 8;

/**
 * Entries a worker formats before it is replaced, once idle: a fresh heap rather than one that
 * keeps what V8 has not given back (the next request starts the next worker).
 */
export const WORKER_RECYCLE_ENTRIES = 1_000;

let worker: Worker | undefined;
let nextId = 0;
let entries = 0;
let started = 0;
/** How many workers this process has started (a test counts the replacements). */
export const workersStarted = (): number => started;
/** Workers replaced on purpose: their exit fails nothing. */
const retired = new WeakSet<Worker>();
const pending = new Map<number, { resolve: (body: string) => void; reject: (error: Error) => void }>();

function start(): Worker {
  // The heap bound makes V8 collect the engine render.ts lets go of before the heap grows far past
  // what it keeps; a worker that still runs out is started again.
  started++;
  const running = new Worker(workerUrl, { resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB, maxYoungGenerationSizeMb: WORKER_YOUNG_MB } });
  running.unref();
  running.on('message', (response: RenderResponse) => {
    const waiting = pending.get(response.id);
    if (!waiting) return;
    pending.delete(response.id);
    if (pending.size === 0) {
      running.unref();
      if (worker === running && entries >= WORKER_RECYCLE_ENTRIES) retire(running);
    }
    if ('error' in response) waiting.reject(new Error(`citation rendering failed: ${response.error}`));
    else waiting.resolve(response.body);
  });
  const fail = (error: Error) => {
    if (retired.has(running)) return;
    if (worker === running) {
      worker = undefined;
      entries = 0;
    }
    for (const waiting of pending.values()) waiting.reject(error);
    pending.clear();
  };
  running.on('error', fail);
  running.on('exit', (code) => fail(new Error(`the citation renderer exited with ${code}`)));
  return running;
}

function retire(running: Worker): void {
  retired.add(running);
  worker = undefined;
  entries = 0;
  void running.terminate();
}

/** The items rendered by render.ts in the worker. */
export function renderInWorker(items: readonly CslData[], format: RenderedFormat, options: RenderOptions): Promise<string> {
  worker ??= start();
  entries += items.length;
  const id = nextId++;
  const running = worker;
  running.ref();
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    running.postMessage({ id, items, format, options } satisfies RenderRequest);
  });
}
