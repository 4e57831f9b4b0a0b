/** The tree of src/ in docs/design.md is the one scripts/design-tree.mjs generates, so that it cannot go stale. */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import t from 'tap';

const root = join(import.meta.dirname, '..', '..');
const script = join(root, 'scripts', 'design-tree.mjs');

t.test('docs/design.md holds the tree between its markers', async (t) => {
  const design = readFileSync(join(root, 'docs', 'design.md'), 'utf8');
  const start = design.indexOf('<!-- tree:start -->');
  const end = design.indexOf('<!-- tree:end -->');
  t.ok(start >= 0 && end > start, 'the two markers, in order');
  t.match(design.slice(start, end), /- \*\*src\/\*\*/, 'a tree of src/ between them');
});

t.test('the committed tree is the generated one', async (t) => {
  const check = spawnSync(process.execPath, [script, '--check'], { cwd: root, encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '' } });
  t.equal(check.status, 0, `the tree of src/ in docs/design.md is stale: run \`node scripts/design-tree.mjs\`\n${check.stderr}`);
});
