/** @type {import('jest').Config} */
export default {
  testEnvironment: 'node',
  testMatch: ['**/__tests__/**/*.test.ts'],
  // Stryker's sandbox (npm run mutate) holds a copy of the repository while it runs
  modulePathIgnorePatterns: ['<rootDir>/.stryker-tmp/'],
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/.stryker-tmp/'],
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: { '^.+\\.ts$': ['ts-jest', { useESM: true }] },
  clearMocks: true,
  setupFilesAfterEnv: ['<rootDir>/__tests__/support/nock-lifecycle.ts'],
  // nock + Jest 30: globals clean-up breaks interceptors in later files (toolchain notes, P7)
  testEnvironmentOptions: { globalsCleanup: 'off' },
  collectCoverageFrom: ['src/**/*.ts']
}
