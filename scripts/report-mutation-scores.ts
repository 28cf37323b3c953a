// Prints the mutation score of each pure area from Stryker's JSON report, as the Markdown table TESTING.md holds.
// Usage: npm run test:mutation, then node scripts/report-mutation-scores.ts [reports/mutation/mutation.json]
import { readFileSync } from 'node:fs';
import path from 'node:path';

/** The part of a mutation-testing-elements report this script reads. */
interface MutationReport {
  files: Record<string, { mutants: { status: string }[] }>;
}

/** Mutant counts of one area. */
interface AreaCounts {
  killed: number;
  survived: number;
  noCoverage: number;
  ignored: number;
}

/** The area a mutated file belongs to: its src/lib folder, or "unit conversion" for src/schemas/quantity.ts. */
function toArea(file: string): string {
  const normalised = file.split(path.sep).join('/');
  if (normalised.endsWith('src/schemas/quantity.ts')) return 'unit conversion (schemas/quantity.ts)';
  return /src\/lib\/([^/]+)\//.exec(normalised)?.[1] ?? normalised;
}

/** Adds one mutant to its area's counts; timeouts count as killed, as in Stryker's own score. */
function count(counts: AreaCounts, status: string): void {
  switch (status) {
    case 'Killed':
    case 'Timeout':
      counts.killed++;
      break;
    case 'Survived':
      counts.survived++;
      break;
    case 'NoCoverage':
      counts.noCoverage++;
      break;
    default:
      // Ignored (static code), CompileError and RuntimeError mutants do not count toward the score.
      counts.ignored++;
  }
}

const reportPath = path.resolve(process.argv[2] ?? 'reports/mutation/mutation.json');
const report = JSON.parse(readFileSync(reportPath, 'utf8')) as MutationReport;
const areas = new Map<string, AreaCounts>();
for (const [file, { mutants }] of Object.entries(report.files)) {
  const area = toArea(file);
  const counts = areas.get(area) ?? { killed: 0, survived: 0, noCoverage: 0, ignored: 0 };
  for (const mutant of mutants) count(counts, mutant.status);
  areas.set(area, counts);
}

console.log('| Area | Killed | Survived | No coverage | Not counted | Score |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
for (const [area, c] of [...areas].sort(([a], [b]) => a.localeCompare(b))) {
  const valid = c.killed + c.survived + c.noCoverage;
  const score = valid === 0 ? 'n/a' : `${((100 * c.killed) / valid).toFixed(1)} %`;
  console.log(`| ${area} | ${c.killed} | ${c.survived} | ${c.noCoverage} | ${c.ignored} | ${score} |`);
}
