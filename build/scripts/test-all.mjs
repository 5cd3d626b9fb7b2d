// `npm test`: every check the project has, in one command, closing with one line `N passed, N failed`
// that CI reads: formatting and lint (Biome), the layer type-checks, a build (the CLI tests run the built binary),
// Electronegativity's gate, the Vitest unit
// tests, and the Playwright specs against the web host in Debian's Chromium.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { projects, typecheck } from './typecheck.mjs';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const totals = { passed: 0, failed: 0, skipped: 0 };
const lines = [];
const run = (command, args) => spawnSync(command, args, { stdio: 'inherit', env: process.env }).status;
const readJson = (path) => (existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : undefined);
const count = (stage, passed, failed, skipped = 0) => {
  totals.passed += passed;
  totals.failed += failed;
  totals.skipped += skipped;
  lines.push(`${stage}: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
};

rmSync('test-results', { recursive: true, force: true });
mkdirSync('test-results/screens', { recursive: true });

// Formatting, lint and import order in one read-only pass (`npm run format` fixes what it can).
const linted = run(process.execPath, ['node_modules/@biomejs/biome/bin/biome', 'ci', '.']) === 0;
count('lint and format (biome)', linted ? 1 : 0, linted ? 0 : 1);

const typeFailures = typecheck();
count('typecheck (one per layer)', projects.length - typeFailures.length, typeFailures.length);

const built = run(process.execPath, ['build/scripts/build.mjs']) === 0;
count('build', built ? 1 : 0, built ? 0 : 1);

// Electronegativity on the Electron sources and the built page; HIGH findings not listed in build/electronegativity.json fail.
if (built) {
  const secure = run(process.execPath, ['build/scripts/electronegativity.mjs']) === 0;
  count('electronegativity (HIGH findings)', secure ? 1 : 0, secure ? 0 : 1);
} else lines.push('electronegativity: not run, the build failed');

run(process.execPath, [
  'node_modules/vitest/vitest.mjs',
  'run',
  '--config',
  'build/vitest.config.mts',
  '--reporter=default',
  '--reporter=json',
  '--outputFile.json=test-results/unit-results.json',
]);
const unit = readJson('test-results/unit-results.json');
if (unit)
  count(
    'unit (vitest)',
    unit.numPassedTests,
    unit.numFailedTests + (unit.numTotalTestSuites > 0 && unit.success === false && unit.numFailedTests === 0 ? 1 : 0),
    unit.numPendingTests + unit.numTodoTests,
  );
else count('unit (vitest)', 0, 1);

if (!built) {
  lines.push('e2e: not run, the build failed');
} else if (!existsSync(chromium)) {
  console.error(
    `lyncplan: Chromium is not at ${chromium}; install it with \`apt-get install chromium\` (or set CHROMIUM_PATH). The end-to-end specs cannot run.`,
  );
  count('e2e (playwright)', 0, 1);
} else {
  run(process.execPath, ['node_modules/@playwright/test/cli.js', 'test', '--config', 'build/playwright.config.ts']);
  const e2e = readJson('test-results/e2e-results.json');
  if (e2e)
    count(
      'e2e (playwright)',
      e2e.stats.expected + e2e.stats.flaky,
      e2e.stats.unexpected + (e2e.errors?.length ?? 0),
      e2e.stats.skipped,
    );
  else count('e2e (playwright)', 0, 1);
}

console.log('');
for (const line of lines) console.log(`  ${line}`);
console.log(`${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`);
process.exit(totals.failed === 0 ? 0 : 1);
