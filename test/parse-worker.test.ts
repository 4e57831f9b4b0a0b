/**
 * The parse worker's failure modes: a run never hangs on it. A missing worker file fails at once;
 * a worker that never sends a document fails the run after its silence limit, and is stopped.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import t from 'tap';
import { startParseWorker } from '../src/importer/prepare.js';

t.test('a missing worker file fails at once, naming it', async (t) => {
  const url = pathToFileURL(join(t.testdir(), 'no-such-worker.js'));
  t.throws(() => startParseWorker({ url }), /the parse worker is missing: .*no-such-worker\.js/);
});

t.test('a worker that sends nothing fails the run after the silence limit', async (t) => {
  const dir = t.testdir();
  const silent = join(dir, 'silent-worker.mjs');
  // Alive (a timer keeps its thread running) but never posts a document.
  writeFileSync(silent, 'setInterval(() => {}, 1000);\n');
  const worker = startParseWorker({ url: pathToFileURL(silent), silenceSeconds: 1 });
  const started = performance.now();
  t.throws(() => [...worker.documents([join(dir, 'a.txt')], [])], /the parse worker sent nothing for 1 s/);
  const seconds = (performance.now() - started) / 1000;
  t.ok(seconds >= 0.9 && seconds < 30, `failed after the limit, not before and not hanging (${seconds.toFixed(1)} s)`);
});
