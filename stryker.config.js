// Mutation testing of the core's pure modules: `npm run mutate` (slow; not part of CI).
// `npm run mutate -- --mutate src/core/utf8.ts` measures one module.

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  mutate: [
    'src/core/outcome.ts',
    'src/core/payload.ts',
    'src/core/retry-policy.ts',
    'src/core/log-budget.ts',
    'src/core/secrets.ts',
    'src/core/utf8.ts',
    'src/core/input-reader.ts',
    'src/core/settings.ts',
    'src/core/test-summary.ts',
    // The JUnit counting (junit-reports.ts only finds and opens files: the wiring's tests cover it).
    'src/core/junit-counting.ts',
    'src/core/test-tally.ts',
    'src/core/xml-encoding.ts',
    'src/core/exact-json.ts',
    'src/core/status-words.ts'
  ],
  testRunner: 'jest',
  // Only the unit tests (__tests__/unit/): fast, and no in-process run of the Action.
  jest: { configFile: 'jest.unit.config.js' },
  // The tests are ES modules: Jest needs Node's VM modules, in Stryker's workers too.
  testRunnerNodeArgs: ['--experimental-vm-modules', '--no-warnings'],
  coverageAnalysis: 'perTest',
  checkers: ['typescript'],
  tsconfigFile: 'tsconfig.stryker.json',
  // These machines are shared: one test process, one checker.
  concurrency: 1,
  timeoutMS: 10_000,
  reporters: ['clear-text', 'progress', 'json'],
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  tempDirName: '.stryker-tmp',
  cleanTempDir: true
}
