/**
 * The labelled set of infobox values (test/fixtures/infobox-values/labelled.jsonl), read as
 * bench/values.ts reads it: at least 300 values across every kind, and a precision of 99 % or
 * more (a wrong typed value is worse than none), recall 90 % or more.
 */
import t from 'tap';
import { evaluate, loadLabelled } from '../../bench/values.js';

const items = loadLabelled();

t.test('the set: 300 values or more, every kind labelled', async (t) => {
  t.ok(items.length >= 300, `${items.length} values`);
  const classes = new Set(items.map((item) => item.class));
  for (const kind of ['number', 'quantity', 'date', 'range', 'list', 'text', 'ambiguous']) t.ok(classes.has(kind), kind);
  t.equal(new Set(items.map((item) => item.id)).size, items.length, 'ids unique');
});

t.test('precision ≥ 99 % and recall ≥ 90 %, overall and for the main types', async (t) => {
  const report = evaluate(items);
  t.ok(report.overall.precision >= 0.99, `precision ${report.overall.precision}`);
  t.ok(report.overall.recall >= 0.9, `recall ${report.overall.recall}`);
  for (const score of report.byType.filter((s) => s.expected >= 20)) {
    t.ok(score.precision >= 0.95, `${score.type}: precision ${score.precision}`);
    t.ok(score.recall >= 0.9, `${score.type}: recall ${score.recall}`);
  }
  t.ok(report.nullKept.kept / report.nullKept.labelled >= 0.95, 'text and ambiguous values stay null');
});
