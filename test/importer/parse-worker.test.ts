/**
 * The parse worker's failure modes: a run never hangs on it. A missing worker file fails at once;
 * a worker that never sends a document fails the run after its silence limit, and is stopped.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import t from 'tap';
import { startParseWorker } from '../../src/importer/prepare.js';

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

t.test('several workers give the documents and export pages in input order, each once', async (t) => {
  const { textFixturesDir } = await import('../helpers/expected.js');
  const { readdirSync } = await import('node:fs');
  const { exportXml } = await import('../../bench/export-xml.js');
  const dir = t.testdir();
  const pages = Array.from({ length: 7 }, (_, i) => ({ title: `Page ${i}`, id: i + 1, revisions: [{ id: 100 + i, timestamp: '2024-01-01T00:00:00Z', text: `Text ${i}.\n` }] }));
  const dump = join(dir, 'export.xml');
  writeFileSync(dump, exportXml('Example Wiki', pages));
  const texts = readdirSync(textFixturesDir).filter((name) => name.endsWith('.txt')).sort().slice(0, 3).map((name) => join(textFixturesDir, name));
  const files = [texts[0]!, dump, ...texts.slice(1)];
  const titles = (shards: number) => [...startParseWorker({ shards }).documents(files, [])].map((d) => ('title' in d ? d.title : 'skipped'));
  const one = titles(1);
  t.equal(one.length, 10);
  t.same(one.slice(1, 8), pages.map((p) => p.title));
  t.same(titles(3), one, 'three workers, the same order');
});
