/** The render worker's memory cap: it is replaced once idle after WORKER_RECYCLE_ENTRIES entries, and every request is still answered. */
import t from 'tap';
import { renderInWorker, WORKER_RECYCLE_ENTRIES, workersStarted } from '../../src/citations/worker.js';

t.test('a worker is replaced after WORKER_RECYCLE_ENTRIES entries, between requests', async (t) => {
  const items = Array.from({ length: 100 }, (_, i) => ({ id: `w-${i}`, type: 'book', title: `Title ${i}`, issued: { 'date-parts': [[1900 + i]] } }));
  const before = workersStarted();
  const requests = WORKER_RECYCLE_ENTRIES / items.length + 1;
  for (let i = 0; i < requests; i++) {
    const body = await renderInWorker(items, i % 2 ? 'bibtex' : 'bibliography', { style: 'vancouver', locale: 'en-US' });
    t.equal(body.match(i % 2 ? /^@book\{/gm : /^\d+\. /gm)?.length, items.length, `request ${i + 1}: every entry`);
  }
  t.equal(workersStarted() - before, 2, `${requests} requests of ${items.length}: a second worker after ${WORKER_RECYCLE_ENTRIES} entries`);
});
