// Replays the bugs issue 19's audit found surviving the suite, one at a time, in a scratch copy of the repository,
// and checks that the unit tests now fail for each. Prints `N passed, N failed` (a caught bug passes) and exits 1 when
// a bug survives or its code has changed so much that the bug can no longer be applied: rewrite or drop that entry.
// Usage: npm run test:named-bugs [-- <part of a bug name>]
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** One plausible bug: replace `find` (which must occur exactly once) by `replace` in `file`, then run `tests`. */
interface NamedBug {
  name: string;
  file: string;
  find: string;
  replace: string;
  tests: string[];
}

const sizingTests = ['test/schemas/quantity.test.ts', 'test/lib/sizing', 'test/lib/model'];

export const namedBugs: NamedBug[] = [
  { name: 'a terabyte read as 1000 GB', file: 'src/schemas/quantity.ts', find: '  TB: 1024,', replace: '  TB: 1000,', tests: sizingTests },
  { name: 'TiB misread', file: 'src/schemas/quantity.ts', find: '  TiB: 1024,', replace: '  TiB: 1000,', tests: sizingTests },
  { name: 'MiB misread', file: 'src/schemas/quantity.ts', find: '  MiB: 1 / 1024,', replace: '  MiB: 1 / 1000,', tests: sizingTests },
  {
    name: 'a conditional component counted in the totals',
    file: 'src/lib/sizing/compute-sizing.ts',
    find: "    case 'recommended':\n      return true;\n    case 'optional':\n    case 'conditional':\n      return false;",
    replace: "    case 'recommended':\n    case 'conditional':\n      return true;\n    case 'optional':\n      return false;",
    tests: ['test/lib/sizing', 'test/lib/compare'],
  },
  {
    name: 'the minimum scope preferred over production',
    file: 'src/lib/model/select-requirements.ts',
    find: "['high-availability', 'production', 'recommended', 'minimum', 'reference', 'default']",
    replace: "['high-availability', 'minimum', 'recommended', 'production', 'reference', 'default']",
    tests: ['test/lib/model', 'test/lib/sizing'],
  },
  {
    name: 'a reversed tie-break between sizes with equal vCPU',
    file: 'src/lib/cloud/propose-size.ts',
    find: '(a.size.memoryGiB ?? a.size.capacityGiB ?? 0) - (b.size.memoryGiB ?? b.size.capacityGiB ?? 0)',
    replace: '(b.size.memoryGiB ?? b.size.capacityGiB ?? 0) - (a.size.memoryGiB ?? a.size.capacityGiB ?? 0)',
    tests: ['test/lib/cloud', 'test/lib/sizing'],
  },
  {
    name: 'identical sizes taken from the least preferred family',
    file: 'src/lib/cloud/propose-size.ts',
    find: 'rank(a.size) - rank(b.size)',
    replace: 'rank(b.size) - rank(a.size)',
    tests: ['test/lib/cloud', 'test/lib/sizing'],
  },
  {
    name: 'conditional and optional swapped in the comparison',
    file: 'src/lib/compare/build-comparison.ts',
    find: "    case 'conditional':\n      return 2;\n    case 'optional':\n      return 1;",
    replace: "    case 'conditional':\n      return 1;\n    case 'optional':\n      return 2;",
    tests: ['test/lib/compare'],
  },
  {
    name: 'required and recommended swapped in the comparison',
    file: 'src/lib/compare/build-comparison.ts',
    find: "    case 'required':\n      return 4;\n    case 'recommended':\n      return 3;",
    replace: "    case 'required':\n      return 3;\n    case 'recommended':\n      return 4;",
    tests: ['test/lib/compare'],
  },
  {
    name: "the comparison's differs flag never set",
    file: 'src/lib/compare/build-comparison.ts',
    find: 'differs: cells.some((cell) => isNeeded(cell.status)) && cells.some((cell) => !isNeeded(cell.status)),',
    replace: 'differs: false,',
    tests: ['test/lib/compare'],
  },
  {
    name: 'separators in "100 000" dropped',
    file: 'src/lib/ask/normalize-question.ts',
    find: "[,\\u00a0\\u202f' ]\\d{3}",
    replace: "[,\\u00a0\\u202f']\\d{3}",
    tests: ['test/lib/ask'],
  },
  {
    name: 'an ask answer flipped from "No." to "Yes."',
    file: 'src/lib/ask/answerers/yes-no.ts',
    find: 'text: `No: the sources archkb holds for',
    replace: 'text: `Yes: the sources archkb holds for',
    tests: ['test/lib/ask', 'test/ask'],
  },
];

const root = path.resolve(import.meta.dirname, '..');
/** What the unit tests read; the copy leaves out build output, reports and git. */
const copied = [
  'src',
  'test',
  'data',
  'content',
  'public',
  'package.json',
  'tsconfig.json',
  'vitest.config.ts',
  'vitest.mutation.config.ts',
];

/** Applies one bug in the scratch copy, runs its tests and restores the file; 'caught' when the tests fail. */
function replay(scratch: string, bug: NamedBug): 'caught' | 'survived' | 'cannot apply' {
  const file = path.join(scratch, bug.file);
  if (!existsSync(file)) return 'cannot apply';
  const original = readFileSync(file, 'utf8');
  if (original.split(bug.find).length !== 2) return 'cannot apply';
  writeFileSync(file, original.replace(bug.find, bug.replace));
  try {
    const run = spawnSync('npx', ['vitest', 'run', '--config', 'vitest.mutation.config.ts', ...bug.tests], {
      cwd: scratch,
      stdio: 'ignore',
    });
    return run.status === 0 ? 'survived' : 'caught';
  } finally {
    writeFileSync(file, original);
  }
}

if (import.meta.main) {
  const only = process.argv[2];
  const scratch = mkdtempSync(path.join(tmpdir(), 'archkb-named-bugs-'));
  try {
    for (const entry of copied) cpSync(path.join(root, entry), path.join(scratch, entry), { recursive: true });
    symlinkSync(path.join(root, 'node_modules'), path.join(scratch, 'node_modules'), 'dir');
    let passed = 0;
    let failed = 0;
    for (const bug of namedBugs.filter((b) => !only || b.name.includes(only))) {
      const outcome = replay(scratch, bug);
      if (outcome === 'caught') passed++;
      else failed++;
      console.log(`${outcome === 'caught' ? 'caught      ' : outcome.padEnd(12)} ${bug.name} (${bug.file})`);
    }
    console.log(`${passed} passed, ${failed} failed`);
    process.exitCode = failed > 0 ? 1 : 0;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
