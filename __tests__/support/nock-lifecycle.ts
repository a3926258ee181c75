/**
 * Each test file loads its own copy of nock, and each copy patches Node's http module. A copy
 * left active after its file would answer the next file's requests with none of its mocks, so
 * every file restores what its copy patched.
 */
import { afterAll } from '@jest/globals'
import nock from 'nock'

if (!nock.isActive()) nock.activate()

afterAll(() => {
  nock.cleanAll()
  nock.restore()
})
