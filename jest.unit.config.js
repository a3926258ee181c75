// The unit tests alone: plain values into the core's pure modules, no action run in-process.
// Stryker runs these (stryker.config.js): the in-process suites import the Action's main in
// Jest's ESM sandbox, which crashes Stryker's workers, and they are too slow to run per mutant.
import base from './jest.config.js'

// A zone far from UTC (UTC+14), so that a date read as local time instead of GMT (an asctime
// Retry-After, say) shows here although CI machines run in UTC.
process.env.TZ = 'Pacific/Kiritimati'

/** @type {import('jest').Config} */
export default {
  ...base,
  testMatch: ['<rootDir>/__tests__/unit/**/*.test.ts'],
  // No nock here: the unit tests talk to nothing.
  setupFilesAfterEnv: []
}
