// The CI pipeline after `npm install`: type check, lint, format check, build, the vitest suites (server mode, then the
// browser suite against the static build) and a link check.
// Every step runs even when an earlier one failed, and the last line is `N passed, N failed` over all of them
// (each vitest test counts once; every other step counts as one test). Exit code 1 when anything failed.
// Usage: npm run ci
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { resolveOutDir } from './build-if-stale.ts';
import { checkLinks } from './check-links.ts';

const root = path.resolve(import.meta.dirname, '..');
const vitestReport = path.join(root, 'test-results', 'vitest.json');

/** One step's outcome in test counts, with the vitest tests that failed or passed only on their retry. */
interface StepResult {
  name: string;
  passed: number;
  failed: number;
  seconds: number;
  failedTests?: string[];
  flakyTests?: string[];
}

/** One test of vitest's JSON report: a passed test with failure messages passed only on its retry. */
interface ReportedTest {
  fullName: string;
  status: string;
  failureMessages: string[];
}

/** "file > test name: first line of its first failure", short enough for the summary a CI log's tail shows. */
function describeTest(file: string, test: ReportedTest): string {
  const why = (test.failureMessages[0] ?? '').split('\n')[0]!.slice(0, 200);
  return `${path.relative(root, file)} > ${test.fullName}${why ? `: ${why}` : ''}`;
}

/** Runs a shell command in the repo root with output streamed (extra environment on top of ours), and tells whether it exited 0. */
function run(command: string, env: Record<string, string> = {}): boolean {
  const assignments = Object.entries(env).map(([name, value]) => `${name}=${value} `);
  console.log(`\n$ ${assignments.join('')}${command}`);
  return spawnSync(command, { cwd: root, stdio: 'inherit', shell: true, env: { ...process.env, ...env } }).status === 0;
}

/** Times a step that is one test: passed when `body` returns true. */
async function step(name: string, body: () => boolean | Promise<boolean>): Promise<StepResult> {
  console.log(`\n=== ${name} ===`);
  const started = performance.now();
  let ok = false;
  try {
    ok = await body();
  } catch (error) {
    console.error(error);
  }
  const seconds = (performance.now() - started) / 1000;
  console.log(`=== ${name}: ${ok ? 'ok' : 'FAILED'} (${seconds.toFixed(1)} s) ===`);
  return { name, passed: ok ? 1 : 0, failed: ok ? 0 : 1, seconds };
}

/** Runs a vitest npm script (`npm test`: unit, server and browser projects) and counts its tests from vitest's JSON report. */
async function runVitest(script = 'test', label = 'vitest: unit, server, browser'): Promise<StepResult> {
  const name = `npm run ${script}`;
  console.log(`\n=== ${name} (${label}) ===`);
  const started = performance.now();
  mkdirSync(path.dirname(vitestReport), { recursive: true });
  rmSync(vitestReport, { force: true });
  // CI=true makes vitest fail on a missing snapshot instead of writing it, so a lost .mmd file cannot pass silently.
  const ok = run(`npm run ${script} -- --reporter=default --reporter=json --outputFile.json=${JSON.stringify(vitestReport)}`, {
    CI: 'true',
  });
  let passed = 0;
  let failed = ok ? 0 : 1;
  const failedTests: string[] = [];
  const flakyTests: string[] = [];
  if (existsSync(vitestReport)) {
    const report = JSON.parse(readFileSync(vitestReport, 'utf8')) as {
      numPassedTests: number;
      numFailedTests: number;
      numTotalTests: number;
      testResults?: { name: string; assertionResults: ReportedTest[] }[];
    };
    for (const file of report.testResults ?? []) {
      for (const test of file.assertionResults) {
        if (test.status === 'failed') failedTests.push(describeTest(file.name, test));
        else if (test.status === 'passed' && test.failureMessages.length > 0) flakyTests.push(describeTest(file.name, test));
      }
    }
    passed = report.numPassedTests;
    // A failing run with no failing test (a suite that did not load, a setup error) still counts as one failure.
    failed = Math.max(report.numFailedTests, ok ? 0 : 1);
    if (report.numTotalTests === 0) failed = Math.max(failed, 1);
  }
  const seconds = (performance.now() - started) / 1000;
  if (!existsSync(vitestReport)) failed = Math.max(failed, 1);
  console.log(`=== ${name}: ${passed} passed, ${failed} failed (${seconds.toFixed(1)} s) ===`);
  return { name, passed, failed, seconds, failedTests, flakyTests };
}

const results: StepResult[] = [];
results.push(await step('astro check', () => run('npx astro check')));
results.push(await step('lint (eslint)', () => run('npm run lint')));
results.push(await step('format (prettier --check)', () => run('npm run format:check')));
const built = await step('build', () => run('npm run build'));
results.push(built);
results.push(await runVitest());
// The static-hosting build (ARCHKB_OUTPUT=static), served by a plain file server: the browser suite and test/static.
results.push(await runVitest('test:static', 'vitest: browser suite against the static build'));
results.push(
  await step('link check (internal links of the built site)', async () => {
    if (built.failed > 0) return false;
    const { checked, broken } = await checkLinks(resolveOutDir());
    for (const link of broken) console.error(`broken: ${link.url} (HTTP ${link.status ?? 'error'}) on ${link.parent ?? '?'}`);
    console.log(`${checked} internal links checked, ${broken.length} broken`);
    return checked > 0 && broken.length === 0;
  }),
);

console.log('\n=== summary ===');
for (const result of results) {
  console.log(
    `${result.failed > 0 ? 'FAIL' : 'ok  '} ${result.name}: ${result.passed} passed, ${result.failed} failed, ${result.seconds.toFixed(1)} s`,
  );
  // Named here, next to the last line, because a CI log is often read from its tail only.
  for (const test of result.failedTests ?? []) console.log(`     failed: ${test}`);
  for (const test of result.flakyTests ?? []) console.log(`     passed only on its retry (flaky: find the cause): ${test}`);
}
const passed = results.reduce((sum, r) => sum + r.passed, 0);
const failed = results.reduce((sum, r) => sum + r.failed, 0);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
