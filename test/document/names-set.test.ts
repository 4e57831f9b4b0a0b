// The labelled set of issue 29 (test/fixtures/names/labelled.jsonl): names read with precision ≥ 99 %, recall ≥ 95 %, none invented.
import t from 'tap';
import { labelledSet, namesRead, scoreNames } from '../../bench/names.js';

t.test('the labelled author strings, both formats', async (t) => {
  const lines = labelledSet();
  t.ok(lines.length >= 300, `${lines.length} labelled references`);
  t.ok(lines.some((l) => l.format === 'wikitext') && lines.some((l) => l.format === 'text'), 'both formats');
  const score = scoreNames(lines);
  t.comment(`precision ${score.precision.toFixed(4)}, recall ${score.recall.toFixed(4)}, ${score.misses.length} misses`);
  t.ok(score.precision >= 0.99, 'precision ≥ 99 %');
  t.ok(score.recall >= 0.95, 'recall ≥ 95 %');
  t.equal(score.invented, 0, 'no author read from a reference that states none');
  t.ok(lines.filter((l) => l.expected.length === 0).length >= 50, 'enough references that state no author to tell');
});

t.test('no part of a person\'s name carries a comma (bibtex: "has a comma at the end", "Too many commas")', async (t) => {
  const parts = labelledSet().flatMap(namesRead).filter((name) => name.literal === undefined).flatMap((name) => Object.values(name));
  t.ok(parts.length > 1000, `${parts.length} parts`);
  t.same(parts.filter((part) => part.includes(',')), []);
});
