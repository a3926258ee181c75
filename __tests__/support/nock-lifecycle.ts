/**
 * Each test file loads its own copy of nock, and each copy patches Node's http module. A copy
 * left active after its file would answer the next file's requests with none of its mocks
 * (`Nock: No match`, HTTP 501), so every file restores what its copy patched.
 *
 * nock patches as soon as it is imported, but Jest runs a file's beforeAll and afterAll only
 * when at least one of its tests runs: under a name filter (`jest -t`) that leaves none in a
 * file, its afterAll never comes, and the in-process runs of the later files retried into
 * that stale copy (with the fake clock) or hung on it. So the copy is off once loaded, and on
 * only between the file's first and last test.
 */
import { afterAll, beforeAll } from '@jest/globals'
import nock from 'nock'

nock.restore()

beforeAll(() => {
  if (!nock.isActive()) nock.activate()
})

afterAll(() => {
  nock.cleanAll()
  nock.restore()
})
