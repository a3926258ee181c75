// The unit tests alone: plain values into the core's pure modules, no action run in-process.
// Stryker runs these (stryker.config.js): the in-process suites import the Action's main in
// Jest's ESM sandbox, which crashes Stryker's workers, and they are too slow to run per mutant.
import base from './jest.config.js'

/** @type {import('jest').Config} */
export default {
  ...base,
  testMatch: ['<rootDir>/__tests__/unit/**/*.test.ts'],
  // No nock here: the unit tests talk to nothing.
  setupFilesAfterEnv: []
}
