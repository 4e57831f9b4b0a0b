/**
 * Pass 2 of an import, up to the database: read a file, parse it, turn it into rows. Runs in the
 * import's thread for a few documents, and in a worker thread (parse-worker.ts) for many, so
 * that parsing the next documents overlaps writing the previous ones (SQLite writes on one thread).
 *
 * The worker is driven synchronously (the import is one synchronous SQLite transaction): it
 * posts each prepared document on a MessagePort and counts it in shared memory; the import
 * waits on that count with Atomics.wait and takes the message with receiveMessageOnPort. The
 * worker stays at most WINDOW documents ahead, so memory stays flat over any number of documents.
 *
 * Parsing wikitext is what takes the time, so with cores to spare there are several workers (PARSE_SHARDS): each reads
 * the same inputs and prepares every PARSE_SHARDS-th document (or page of an export), and the
 * import takes them round robin, which is the inputs' order again.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MessageChannel, receiveMessageOnPort, Worker } from 'node:worker_threads';
import { articleRows } from '../db/rows.js';
import { parseDocument, PARSER_VERSION } from '../formats/text/parse.js';
import { normalizeTitle } from '../document/titles.js';
import type { Posted, Prepared, PreparedDocument, SkippedPage } from './prepared.js';
import { readSource, SourceError } from './read.js';

export function prepareDocument(file: string, isTitle: (title: string) => boolean): Prepared {
  try {
    const source = readSource(file);
    const document = parseDocument(source, { isTitle });
    const ok = !document.problems.some((problem) => problem.severity === 'error');
    return {
      file,
      problems: document.problems,
      rows: ok ? articleRows(document, { sourceName: basename(file), source, parserVersion: PARSER_VERSION }) : null,
      title: document.title,
      redirectedFrom: document.redirectedFrom,
      redirectLine: document.parts.find((part) => part.kind === 'redirect')?.line ?? 1,
    };
  } catch (error) {
    const { name, message, stack } = error as Error;
    return { file, failure: { name, message: message ?? String(error), line: error instanceof SourceError ? error.line : 0, stack } };
  }
}

/** The document, or the exception its preparation threw, thrown again in this thread. */
export function unwrap(prepared: Prepared): PreparedDocument {
  if ('end' in prepared || 'skippedPage' in prepared) throw new Error('not a document');
  if (!('failure' in prepared)) return prepared;
  const { name, message, line, stack } = prepared.failure;
  if (name === 'SourceError') throw new SourceError(prepared.file, line, message);
  const error = new Error(message);
  error.name = name;
  if (stack) error.stack = stack;
  throw error;
}

export const titleTest = (titleKeys: Iterable<string>) => {
  const keys = new Set(titleKeys);
  return (title: string) => keys.has(normalizeTitle(title));
};

/** After this long without a document from the worker, the run fails (no document takes a second; a wikitext page of tens of MB a minute). */
const WORKER_SILENCE_SECONDS = 300;

/** How many documents the worker may prepare ahead of the writer. */
export const WINDOW = 512;

/** Shared counters: how many documents the worker has posted (-1: it failed to start), how many the writer has taken, and 1 to stop. */
export const POSTED = 0;
export const TAKEN = 1;
export const STOP = 2;

export interface WorkerData {
  counters: SharedArrayBuffer;
  port: MessagePort;
  /** This worker prepares the documents whose index modulo `shards` is `shard`. */
  shard: number;
  shards: number;
  /** How many documents it may prepare ahead of the writer. */
  window: number;
}

/**
 * Parse workers: one a core but one (the writer's thread, SQLite and the rest keep it), at most 4:
 * each holds its own parser and warms its own JIT. On a shared 2-core machine a second worker
 * cost more than it gave (5 MB of wikitext, load 14: 49 s and 305 MB with two, 34 s and 220 MB with one).
 */
export const PARSE_SHARDS = Math.max(1, Math.min(availableParallelism() - 1, 4));

/**
 * A parse worker's young generation. A page's syntax tree and mapping are short-lived garbage: a
 * young generation that holds a few pages' worth frees it in scavenges instead of promoting it;
 * a smaller one spent a quarter more CPU in the collector, a larger one grew RSS for nothing
 * (bench/results.md, "young generation").
 */
const YOUNG_GENERATION_MB = 32;

/** What the worker is to prepare, posted to it when pass 1 is done. */
export interface StartMessage {
  files: string[];
  titleKeys: string[];
}

const workerUrl = new URL(import.meta.url.endsWith('.ts') ? './parse-worker.ts' : './parse-worker.js', import.meta.url);

export interface ParseWorker {
  /**
   * The prepared documents of `files`, in order. While the next one is not ready, `idle` may do
   * other work; it returns whether it did (if not, the import just waits). Once only.
   */
  documents(files: string[], titleKeys: string[], idle?: () => boolean): Generator<Prepared | SkippedPage>;
  /** Stops the worker, whether or not it was given documents. */
  stop(): void;
}

/**
 * Starts the parse workers (`shards` of them). They load the parser (~0.25 s) while the import
 * reads the titles of pass 1, and wait for their documents. `url` and `silenceSeconds` are for tests.
 */
export function startParseWorker({
  url = workerUrl,
  silenceSeconds = WORKER_SILENCE_SECONDS,
  shards = PARSE_SHARDS,
}: { url?: URL; silenceSeconds?: number; shards?: number } = {}): ParseWorker {
  if (!existsSync(url)) throw new Error(`the parse worker is missing: ${fileURLToPath(url)}`);
  const window = Math.max(1, Math.ceil(WINDOW / shards));
  const workers = Array.from({ length: shards }, (_, shard) => {
    const { port1, port2 } = new MessageChannel();
    const counters = new Int32Array(new SharedArrayBuffer(12));
    const workerData: WorkerData = { counters: counters.buffer as SharedArrayBuffer, port: port2 as unknown as MessagePort, shard, shards, window };
    const worker = new Worker(url, { workerData, transferList: [port2], resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } });
    worker.unref();
    return { port: port1, counters, worker };
  });
  const stop = () => {
    // Done, or the run failed: the workers stop at their next document.
    for (const { port, counters, worker } of workers) {
      Atomics.store(counters, STOP, 1);
      Atomics.notify(counters, TAKEN);
      port.close();
      void worker.terminate();
    }
  };
  return {
    *documents(files, titleKeys, idle = () => false) {
      const start: StartMessage = { files, titleKeys };
      for (const { port } of workers) port.postMessage(start);
      try {
        // An export is many documents: the workers say when their files are done. Document
        // `index` is worker `index % shards`'s; the first of them to say so is past the last one.
        for (let index = 0; ; index++) {
          const { port, counters } = workers[index % shards]!;
          const taken = Math.floor(index / shards);
          let message = receiveMessageOnPort(port);
          let waited = 0;
          while (message === undefined) {
            // A worker posts before it counts: once its count passes `taken`, the message is there.
            const posted = Atomics.load(counters, POSTED);
            if (posted < 0) throw new Error('the parse worker failed to start');
            if (posted <= taken && !idle() && Atomics.wait(counters, POSTED, posted, 1_000) === 'timed-out') {
              // A worker that died without a word (its error event cannot reach a thread that never yields).
              if (++waited >= silenceSeconds) throw new Error(`the parse worker sent nothing for ${waited} s`);
            }
            message = receiveMessageOnPort(port);
          }
          Atomics.store(counters, TAKEN, taken + 1);
          Atomics.notify(counters, TAKEN);
          const posted = message.message as Posted;
          if ('end' in posted) return;
          yield posted;
        }
      } finally {
        stop();
      }
    },
    stop,
  };
}

/** The prepared documents of `files`, in order, prepared in this thread. */
export function* preparedHere(files: string[], titleKeys: string[]): Generator<Prepared> {
  const isTitle = titleTest(titleKeys);
  for (const file of files) yield prepareDocument(file, isTitle);
}
