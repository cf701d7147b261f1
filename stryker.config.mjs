// @ts-check
/**
 * Mutation testing (`npm run mutate`, not part of `npm test`): Stryker changes the code that
 * decides figures and talks to Graph, one small change (a "mutant") at a time, and runs the unit
 * tests that cover it. A mutant that no test notices is a figure that could go wrong unseen.
 * Scoped to the pure rule files so a run stays well under 20 minutes on a 2-core machine.
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutate.config.ts', related: false },
  plugins: ['@stryker-mutator/vitest-runner'],
  mutate: [
    'src/domain/counting.ts',
    'src/domain/money.ts',
    'src/domain/travel.ts',
    'src/domain/report-model/key-figures.ts',
    'src/graph/batch.ts',
    'src/graph/middleware.ts',
    'src/emulator/odata/filter.ts',
  ],
  coverageAnalysis: 'perTest',
  // Static mutants (module-level constants and schemas) would rerun every test for each of them:
  // half the time for little signal. The rules under test are functions.
  ignoreStatic: true,
  concurrency: 2,
  // A mutant that loops (a parser that never advances) is stopped soon and counted as detected.
  timeoutMS: 2_000,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  thresholds: { high: 90, low: 85, break: 85 },
  tempDirName: '.stryker-tmp',
  cleanTempDir: true,
};
