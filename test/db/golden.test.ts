/**
 * Every answer of a set of routes over a corpus of the fixtures is byte for byte what it was
 * before the storage changed (issue 27): the answers recorded then are test/fixtures/golden/answers.json.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import t from 'tap';
import { goldenFile, recordGoldenAnswers } from '../helpers/golden.js';

const answers = await recordGoldenAnswers();
if (process.env.GOLDEN_WRITE === '1') writeFileSync(goldenFile, JSON.stringify(answers, null, 1) + '\n');
const golden = JSON.parse(readFileSync(goldenFile, 'utf8')) as Record<string, string>;

t.ok(Object.keys(golden).length > 300, 'the golden file holds the answers of many routes');
t.same(Object.keys(answers).sort(), Object.keys(golden).sort(), 'the same URLs are asked');
for (const [url, answer] of Object.entries(golden)) {
  if (answers[url] !== answer) t.equal(answers[url], answer, url);
}
t.pass(`${Object.keys(golden).length} answers compared`);
