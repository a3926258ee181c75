import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import nock from 'nock'
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { createJob } from '../harness/runner.mjs'
import { readJunitReports, type TestResults } from '../src/junit-reports.js'
import { API, runInProcess, TASK_ID, TOKEN, type Job } from './support/in-process.js'
import { CALLBACK, interceptBody } from './support/vibeiq-nock.js'
import { captureStdout, type CapturedStdout } from './support/stdout.js'

const FIXTURES = resolve('__tests__/fixtures/junit')
const fixture = (name: string): string => join(FIXTURES, name)
const counts = ({ total, passed, failed, errored, skipped, durationSeconds, reports }: TestResults) => ({
  total,
  passed,
  failed,
  errored,
  skipped,
  durationSeconds,
  reports
})

describe('readJunitReports: the dialects real tools write', () => {
  // The glob library prints debug lines as workflow commands.
  let stdout: CapturedStdout
  beforeEach(() => {
    stdout = captureStdout()
  })
  afterEach(() => stdout.restore())

  it.each([
    // written by the tools themselves (script/junit-fixtures/make.sh)
    ['jest-junit.xml', { total: 6, passed: 3, failed: 2, errored: 0, skipped: 1, durationSeconds: 0.006 }],
    ['pytest.xml', { total: 6, passed: 2, failed: 1, errored: 1, skipped: 2, durationSeconds: 0.001 }],
    ['ctest.xml', { total: 4, passed: 2, failed: 1, errored: 0, skipped: 1, durationSeconds: 0.007 }],
    ['phpunit.xml', { total: 7, passed: 3, failed: 2, errored: 1, skipped: 1, durationSeconds: 0.003 }],
    [
      'mocha-junit-reporter.xml',
      { total: 3, passed: 2, failed: 1, errored: 0, skipped: 0, durationSeconds: 0.002 }
    ],
    // following the tools' documented formats
    ['surefire.xml', { total: 6, passed: 2, failed: 2, errored: 1, skipped: 1, durationSeconds: 30.09 }],
    ['gradle.xml', { total: 4, passed: 2, failed: 1, errored: 0, skipped: 1, durationSeconds: 0.033 }],
    [
      'go-junit-report.xml',
      { total: 5, passed: 2, failed: 1, errored: 1, skipped: 1, durationSeconds: 0.003 }
    ]
  ])('%s', async (name, expected) => {
    const results = await readJunitReports([fixture(name)])
    expect(counts(results)).toEqual({ ...expected, reports: 1 })
    expect(results.problems).toEqual([])
  })

  it('takes the first line of the message attribute, or of the text without one', async () => {
    const results = await readJunitReports([
      fixture('pytest.xml'),
      fixture('jest-junit.xml'),
      fixture('surefire.xml')
    ])
    expect(results.failures.map(f => f.message)).toEqual([
      'AssertionError: expected 3 colourways',
      'failed on setup with "RuntimeError: database unavailable"',
      'Error: expect(received).toHaveLength(expected)',
      "TypeError: Cannot read properties of undefined (reading 'width')",
      'expected: <1> but was: <0>',
      'Connection refused',
      'org.opentest4j.AssertionFailedError: Farbvariante fehlt: Grün'
    ])
  })

  it('prefers the text over a bare-word message such as go-junit-report\'s "Failed"', async () => {
    const results = await readJunitReports([fixture('go-junit-report.xml')])
    expect(results.failures).toEqual([
      {
        suite: 'github.com/acme/plm/export',
        name: 'TestSeason/empty',
        result: 'failed',
        message: 'export_test.go:21: expected 1 season, got 0'
      },
      {
        suite: 'github.com/acme/plm/broken',
        name: '[build failed]',
        result: 'errored',
        message: 'Build error'
      }
    ])
  })

  it('a Surefire flaky test passed; one that failed its reruns failed', async () => {
    const results = await readJunitReports([fixture('surefire.xml')])
    expect(results.failures.map(f => f.name)).not.toContain('retriesOnTimeout')
    expect(results.failures.map(f => f.name)).toContain('rejectsEmptySeason')
  })

  it('nested suites, totals-only suites, empty suites and reruns (the last result counts)', async () => {
    const results = await readJunitReports([fixture('nested-and-reruns.xml')])
    expect(counts(results)).toEqual({
      total: 13,
      passed: 6,
      failed: 2,
      errored: 2,
      skipped: 3,
      durationSeconds: 5.75,
      reports: 1
    })
    expect(results.failures).toEqual([
      { suite: 'plm.Sync', name: 'prices', result: 'errored', message: 'still broken' }
    ])
  })

  it('counts a case rerun in another report once, with its last result', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rerun-'))
    writeFileSync(
      join(dir, '1-first.xml'),
      '<testsuite name="s"><testcase classname="c" name="flaky"><failure message="timeout"/></testcase><testcase classname="c" name="stable"/></testsuite>'
    )
    writeFileSync(
      join(dir, '2-rerun.xml'),
      '<testsuite name="s"><testcase classname="c" name="flaky"/></testsuite>'
    )
    const results = await readJunitReports([join(dir, '*.xml')])
    expect(counts(results)).toEqual({
      total: 2,
      passed: 2,
      failed: 0,
      errored: 0,
      skipped: 0,
      durationSeconds: 0,
      reports: 2
    })
    expect(results.failures).toEqual([])
    rmSync(dir, { recursive: true })
  })

  it.each([
    ['empty.xml', "'__tests__/fixtures/junit/empty.xml' is empty", 0],
    [
      'not-junit.xml',
      "'__tests__/fixtures/junit/not-junit.xml' is not a JUnit report: its root element is <html>, not <testsuites> or <testsuite>",
      0
    ],
    [
      'malformed.xml',
      "'__tests__/fixtures/junit/malformed.xml' could not be read as XML: 6:0: unclosed tag: testcase; the 2 test cases before the error are counted",
      2
    ],
    [
      'billion-laughs.xml',
      "'__tests__/fixtures/junit/billion-laughs.xml' could not be read as XML: it declares a DTD (<!DOCTYPE>), which JUnit reports never do; its entities are not expanded",
      0
    ],
    [
      'external-entity.xml',
      "'__tests__/fixtures/junit/external-entity.xml' could not be read as XML: it declares a DTD (<!DOCTYPE>), which JUnit reports never do; its entities are not expanded",
      0
    ]
  ])('%s is a problem named with the file, not an error', async (name, problem, total) => {
    const results = await readJunitReports([`__tests__/fixtures/junit/${name}`])
    expect(results.problems).toEqual([problem])
    expect(results.total).toBe(total)
  })

  it('a pattern that matches nothing is a problem', async () => {
    const results = await readJunitReports(['reports/**/*.xml'])
    expect(results.problems).toEqual(["no report matches 'reports/**/*.xml'"])
  })
})

describe('junit-files in the callback', () => {
  const base = { 'task-id': TASK_ID, token: TOKEN, 'api-url': API, 'include-run-info': 'false' }
  let job: Job
  let bodies: Array<Record<string, unknown>>

  beforeEach(() => {
    nock.disableNetConnect()
    job = createJob()
    bodies = interceptBody('post', CALLBACK)
    for (const name of ['pytest.xml', 'surefire.xml', 'malformed.xml'])
      copyFileSync(fixture(name), join(job.workspace, name))
  })
  afterEach(() => {
    nock.cleanAll()
    nock.enableNetConnect()
    job.cleanup()
  })

  it('sends the counts in subtext, output and logs, and sets the outputs and summary', async () => {
    const result = await runInProcess(job, { with: { ...base, 'junit-files': 'pytest.xml\nsurefire.xml' } })
    expect(result.exitCode).toBe(0)
    expect(bodies[0]).toEqual({
      taskId: TASK_ID,
      status: 'SUCCESS',
      subtext: 'Completed with 4/12 passing, 3 failed, 2 errored, 3 skipped',
      output: {
        tests: {
          total: 12,
          passed: 4,
          failed: 3,
          errored: 2,
          skipped: 3,
          durationSeconds: 30.091,
          reports: 2
        }
      },
      logs: [
        "vibeiq-task-callback: SUCCESS because the job's status is success.",
        'Tests: 4/12 passing, 3 failed, 2 errored, 3 skipped (2 reports)',
        'FAILED test_sample > test_fails: AssertionError: expected 3 colourways',
        'ERROR test_sample > test_errors_in_fixture: failed on setup with "RuntimeError: database unavailable"',
        'FAILED com.acme.plm.ExportTest > rejectsEmptySeason: expected: <1> but was: <0>',
        'ERROR com.acme.plm.ExportTest > connectsToPlm: Connection refused',
        'FAILED com.acme.plm.ExportTest > namesColourwaysÜberprüfung: org.opentest4j.AssertionFailedError: Farbvariante fehlt: Grün'
      ]
    })
    expect(result.outputs).toMatchObject({
      'tests-total': '12',
      'tests-passed': '4',
      'tests-failed': '5',
      'tests-skipped': '3'
    })
    expect(result.summary).toContain('<td>Tests</td><td>12 in 2 reports</td>')
    expect(result.summary).toContain(
      '<li>FAILED com.acme.plm.ExportTest &#62; rejectsEmptySeason: expected: &#60;1&#62; but was: &#60;0&#62;</li>'
    )
  })

  it('fills the placeholders in the subtext input', async () => {
    await runInProcess(job, {
      with: {
        ...base,
        'junit-files': 'pytest.xml',
        subtext: 'FW27: {passed} of {total} ok, {failed} failed, {errored} errored, {skipped} skipped'
      }
    })
    expect(bodies[0]?.['subtext']).toBe('FW27: 2 of 6 ok, 1 failed, 1 errored, 2 skipped')
  })

  it('status auto still follows the job; fail-on-test-failures makes failing tests FAILURE', async () => {
    await runInProcess(job, {
      with: { ...base, 'junit-files': 'pytest.xml', 'fail-on-test-failures': 'true' }
    })
    expect(bodies[0]?.['status']).toBe('FAILURE')
    expect(bodies[0]?.['logs']).toContain(
      'vibeiq-task-callback: FAILURE because 2 tests failed or errored and fail-on-test-failures is true.'
    )
  })

  it.each([
    ['jest-junit.xml', 'Completed with 3/6 passing, 2 failed, 1 skipped', ['6', '3', '2', '1']],
    ['pytest.xml', 'Completed with 2/6 passing, 1 failed, 1 errored, 2 skipped', ['6', '2', '2', '2']],
    ['ctest.xml', 'Completed with 2/4 passing, 1 failed, 1 skipped', ['4', '2', '1', '1']],
    ['phpunit.xml', 'Completed with 3/7 passing, 2 failed, 1 errored, 1 skipped', ['7', '3', '3', '1']],
    ['mocha-junit-reporter.xml', 'Completed with 2/3 passing, 1 failed', ['3', '2', '1', '0']],
    ['surefire.xml', 'Completed with 2/6 passing, 2 failed, 1 errored, 1 skipped', ['6', '2', '3', '1']],
    ['gradle.xml', 'Completed with 2/4 passing, 1 failed, 1 skipped', ['4', '2', '1', '1']],
    [
      'go-junit-report.xml',
      'Completed with 2/5 passing, 1 failed, 1 errored, 1 skipped',
      ['5', '2', '2', '1']
    ]
  ])(
    'a %s report reaches VibeIQ as subtext, output, log lines and step outputs',
    async (name, subtext, outputs) => {
      copyFileSync(fixture(name), join(job.workspace, name))
      const result = await runInProcess(job, { with: { ...base, 'junit-files': name } })
      const [total, passed, failing, skipped] = outputs.map(Number) as [number, number, number, number]
      expect(bodies[0]?.['subtext']).toBe(subtext)
      expect(bodies[0]?.['output']).toMatchObject({ tests: { total, passed, skipped, reports: 1 } })
      const logs = bodies[0]?.['logs'] as string[]
      expect(logs[1]).toBe(`Tests: ${subtext.replace('Completed with ', '')} (1 report)`)
      expect(logs.filter(l => /^(FAILED|ERROR) /.test(l))).toHaveLength(failing)
      expect(result.outputs).toMatchObject({
        'tests-total': outputs[0],
        'tests-passed': outputs[1],
        'tests-failed': outputs[2],
        'tests-skipped': outputs[3]
      })
    }
  )

  it('a broken or missing report is a warning and a log line, and the callback still goes out', async () => {
    const result = await runInProcess(job, {
      with: { ...base, 'junit-files': 'missing/*.xml\nmalformed.xml' }
    })
    expect(result.exitCode).toBe(0)
    expect(result.warnings).toEqual([
      "junit-files: no report matches 'missing/*.xml'; the callback is sent without it.",
      "junit-files: 'malformed.xml' could not be read as XML: 6:0: unclosed tag: testcase; the 2 test cases before the error are counted; the callback is sent without it."
    ])
    expect(bodies[0]?.['logs']).toEqual(
      expect.arrayContaining([
        "[junit-files: no report matches 'missing/*.xml']",
        "[junit-files: 'malformed.xml' could not be read as XML: 6:0: unclosed tag: testcase; the 2 test cases before the error are counted]"
      ])
    )
  })

  it('a pattern the glob library rejects leaves the test results out, and the callback still goes out', async () => {
    const result = await runInProcess(job, { with: { ...base, 'junit-files': 'reports/../*.xml' } })
    expect(result.exitCode).toBe(0)
    expect(result.warnings[0]).toMatch(
      /^junit-files: could not be read \(Invalid pattern 'reports\/\.\.\/\*\.xml'.*\); the callback is sent without test results\.$/
    )
    expect(bodies[0]).toMatchObject({ taskId: TASK_ID, status: 'SUCCESS' })
    expect(bodies[0]).not.toHaveProperty('output')
  })

  it('lists at most 50 failed tests, then how many more', async () => {
    const cases = Array.from(
      { length: 60 },
      (_, i) => `<testcase classname="c" name="t${i}"><failure message="m${i}"/></testcase>`
    )
    writeFileSync(join(job.workspace, 'many.xml'), `<testsuite name="s">${cases.join('')}</testsuite>`)
    await runInProcess(job, { with: { ...base, 'junit-files': 'many.xml' } })
    const logs = bodies[0]?.['logs'] as string[]
    expect(logs.filter(l => l.startsWith('FAILED'))).toHaveLength(50)
    expect(logs.at(-1)).toBe('... and 10 more failed or errored tests')
    expect(logs).toContain('FAILED c > t49: m49')
    expect(logs).not.toContain('FAILED c > t50: m50')
  })

  it('leaves the subtext and outputs alone without junit-files', async () => {
    const result = await runInProcess(job, { with: { ...base, subtext: '{passed} literally' } })
    expect(bodies[0]?.['subtext']).toBe('{passed} literally')
    expect(result.outputs).not.toHaveProperty('tests-total')
  })
})
