/**
 * The committed OpenAPI document is valid: Redocly CLI's linter (the recommended ruleset, with the
 * overrides justified in redocly.yaml) reports no error. Warnings are listed, not failed. Offline:
 * no telemetry, no update check.
 */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import t from 'tap';

const root = join(import.meta.dirname, '..', '..');
const redocly = join(root, 'node_modules', '.bin', 'redocly');

interface LintProblem {
  ruleId: string;
  severity: 'error' | 'warn';
  message: string;
  location: { pointer?: string; start?: { line: number; col: number } }[];
}
interface LintReport {
  totals: { errors: number; warnings: number; ignored: number };
  problems: LintProblem[];
}

const where = (problem: LintProblem) => {
  const location = problem.location[0];
  return `${location?.pointer ?? '?'}${location?.start ? ` (line ${location.start.line})` : ''}`;
};

t.test('redocly lint openapi/openapi.json: no errors', async (t) => {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    REDOCLY_TELEMETRY: 'off',
    REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true',
    NO_COLOR: '1',
  };
  delete env.NODE_OPTIONS; // no test loaders in the linter's process
  const args = [
    'lint',
    'openapi/openapi.json',
    '--config',
    'redocly.yaml',
    '--lint-config',
    'error',
    '--format',
    'json',
    '--max-problems',
    '10000',
  ];
  const { code, stdout, stderr } = await promisify(execFile)(redocly, args, { cwd: root, env, maxBuffer: 64 * 1024 * 1024 }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (error: { code?: number; stdout?: string; stderr?: string }) => ({ code: error.code ?? -1, stdout: error.stdout ?? '', stderr: error.stderr ?? '' }),
  );

  let report: LintReport;
  try {
    report = JSON.parse(stdout) as LintReport;
  } catch {
    t.fail(`redocly printed no JSON report (exit ${code}); stderr:\n${stderr}`);
    return;
  }
  const errors = report.problems.filter((problem) => problem.severity === 'error');
  const warnings = report.problems.filter((problem) => problem.severity !== 'error');
  t.same(
    errors.map((problem) => `${problem.ruleId}: ${problem.message} at ${where(problem)}`),
    [],
    'no lint errors',
  );
  t.equal(report.totals.errors, 0, 'totals: 0 errors');
  t.equal(code, 0, `exit code 0${code === 0 ? '' : `; stderr:\n${stderr}`}`);

  const byRule = new Map<string, LintProblem[]>();
  for (const warning of warnings) byRule.set(warning.ruleId, [...(byRule.get(warning.ruleId) ?? []), warning]);
  t.comment(`${warnings.length} warning(s)${warnings.length ? ':' : ''}`);
  for (const [rule, list] of byRule) {
    t.comment(`  ${rule} (${list.length}): ${list[0]!.message}`);
    for (const warning of list) t.comment(`    ${where(warning)}`);
  }
});
