import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import nock from 'nock'
import { execFileSync } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { createJob } from '../harness/runner.mjs'
import { readJunitReports, type TestResults } from '../src/core/junit-reports.js'
import { createRedactor } from '../src/core/secrets.js'
import { XmlSkimmer } from '../src/core/xml-skimmer.js'
import { API, runInProcess, TASK_ID, TOKEN, type Job } from './support/in-process.js'
import { CALLBACK, interceptBody } from './support/vibeiq-nock.js'
import { captureStdout, type CapturedStdout } from './support/stdout.js'

const FIXTURES = resolve('__tests__/fixtures/junit')
const fixture = (name: string): string => join(FIXTURES, name)
const counts = ({
  total,
  passed,
  failed,
  errored,
  skipped,
  flaky,
  durationSeconds,
  reports
}: TestResults) => ({ total, passed, failed, errored, skipped, flaky, durationSeconds, reports })
const tally = ({ total, passed, failed, errored, skipped, flaky }: TestResults) => ({
  total,
  passed,
  failed,
  errored,
  skipped,
  flaky
})

let scratch: string
beforeEach(() => {
  scratch = mkdtempSync(join(tmpdir(), 'junit-'))
})
afterEach(() => {
  rmSync(scratch, { recursive: true, force: true })
})

/** Writes reports into the scratch folder; returns their paths. */
function writeReports(reports: Record<string, string>): string[] {
  return Object.entries(reports).map(([name, xml]) => {
    const path = join(scratch, name)
    mkdirSync(dirname(path), { recursive: true })
    writeFileSync(path, xml)
    return path
  })
}

const suite = (cases: string, name = 's'): string => `<testsuite name="${name}">${cases}</testsuite>`
const failing = (name: string, message = 'boom'): string =>
  `<testcase classname="c" name="${name}"><failure message="${message}"/></testcase>`
const passing = (name: string): string => `<testcase classname="c" name="${name}"/>`

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
    ['gradle.xml', { total: 4, passed: 2, failed: 1, errored: 0, skipped: 1, durationSeconds: 0.033 }],
    [
      'go-junit-report.xml',
      { total: 5, passed: 2, failed: 1, errored: 1, skipped: 1, durationSeconds: 0.003 }
    ]
  ])('%s', async (name, expected) => {
    const results = await readJunitReports([fixture(name)])
    expect(counts(results)).toEqual({ ...expected, flaky: 0, reports: 1 })
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

  it("skips go test's progress lines, which gotestsum keeps in the failure's text", async () => {
    const results = await readJunitReports([fixture('gotestsum-count3.xml')])
    expect(results.failures.map(f => f.message)).toEqual([
      'season_test.go:16: season cache returned a stale FW26 entry'
    ])
  })

  it('a Surefire flakyFailure alone is a flaky pass; a failure with rerunFailures failed', async () => {
    const results = await readJunitReports([fixture('surefire.xml')])
    expect(counts(results)).toEqual({
      total: 6,
      passed: 2,
      failed: 2,
      errored: 1,
      skipped: 1,
      flaky: 1,
      durationSeconds: 30.09,
      reports: 1
    })
    expect(results.flakyTests).toEqual([
      {
        suite: 'com.acme.plm.ExportTest',
        name: 'retriesOnTimeout',
        result: 'flaky',
        message: 'timed out after 50 ms'
      }
    ])
    expect(results.failures.map(f => f.name)).toContain('rejectsEmptySeason')
  })
})

describe('every <testcase> is one test run and is counted', () => {
  const matrix = ['node-20', 'node-22', 'node-24'].map(leg => `matrix/${leg}/junit.xml`)
  it.each([
    // written by the tools themselves (script/junit-fixtures/make.sh)
    [
      'a three-leg matrix, failing a different test on two legs',
      matrix,
      { total: 9, passed: 7, failed: 2, errored: 0, skipped: 0, flaky: 0 },
      'Completed with 7/9 passing, 2 failed',
      'FAILURE'
    ],
    [
      'the same matrix read in the other order',
      [...matrix].reverse(),
      { total: 9, passed: 7, failed: 2, errored: 0, skipped: 0, flaky: 0 },
      'Completed with 7/9 passing, 2 failed',
      'FAILURE'
    ],
    [
      'two jest test files with the same describe/it titles (jest-junit writes no file)',
      ['jest-two-files.xml'],
      { total: 4, passed: 3, failed: 1, errored: 0, skipped: 0, flaky: 0 },
      'Completed with 3/4 passing, 1 failed',
      'FAILURE'
    ],
    [
      'pytest-rerunfailures (it writes only the last run of a rerun test)',
      ['pytest-rerunfailures.xml'],
      { total: 3, passed: 2, failed: 1, errored: 0, skipped: 0, flaky: 0 },
      'Completed with 2/3 passing, 1 failed',
      'FAILURE'
    ],
    [
      'go test -count=3 through gotestsum',
      ['gotestsum-count3.xml'],
      { total: 9, passed: 5, failed: 1, errored: 0, skipped: 3, flaky: 0 },
      'Completed with 5/9 passing, 1 failed, 3 skipped',
      'FAILURE'
    ],
    // following the tools' documented formats
    [
      'go test -count=3 through go-junit-report',
      ['go-junit-report-count3.xml'],
      { total: 9, passed: 5, failed: 1, errored: 0, skipped: 3, flaky: 0 },
      'Completed with 5/9 passing, 1 failed, 3 skipped',
      'FAILURE'
    ],
    [
      'TestNG data-provider rows (one <testcase> per row, same method name)',
      ['testng-data-provider.xml'],
      { total: 9, passed: 7, failed: 1, errored: 1, skipped: 0, flaky: 0 },
      'Completed with 7/9 passing, 1 failed, 1 errored',
      'FAILURE'
    ],
    [
      "Gradle test-retry by default: each run is an element, as the report's own tests=6 failures=2 say",
      ['gradle-test-retry.xml'],
      { total: 6, passed: 4, failed: 2, errored: 0, skipped: 0, flaky: 0 },
      'Completed with 4/6 passing, 2 failed',
      'FAILURE'
    ],
    [
      'Gradle test-retry with junitXml.mergeReruns: retries marked inside the element (flakyFailure)',
      ['gradle-merge-reruns.xml'],
      { total: 4, passed: 4, failed: 0, errored: 0, skipped: 0, flaky: 2 },
      'Completed with 4/4 passing, 2 flaky',
      'SUCCESS'
    ],
    [
      'Surefire flakyFailure',
      ['surefire.xml'],
      { total: 6, passed: 2, failed: 2, errored: 1, skipped: 1, flaky: 1 },
      'Completed with 2/6 passing, 2 failed, 1 errored, 1 skipped, 1 flaky',
      'FAILURE'
    ],
    [
      'status="disabled", "notrun" and "skipped" (TestNG, xUnit converters), where a failure still wins',
      ['disabled.xml'],
      { total: 6, passed: 1, failed: 1, errored: 0, skipped: 4, flaky: 0 },
      'Completed with 1/6 passing, 1 failed, 4 skipped',
      'FAILURE'
    ],
    [
      "a converter's count-only suites beside the suites that list the cases",
      ['count-only-suites.xml'],
      { total: 4, passed: 2, failed: 1, errored: 0, skipped: 1, flaky: 0 },
      'Completed with 2/4 passing, 1 failed, 1 skipped',
      'FAILURE'
    ],
    [
      'test cases with no name and no classname',
      ['nameless.xml'],
      { total: 5, passed: 3, failed: 1, errored: 1, skipped: 0, flaky: 0 },
      'Completed with 3/5 passing, 1 failed, 1 errored',
      'FAILURE'
    ],
    [
      'a case holding skipped, failure and error: error beats failure beats skipped',
      ['severity.xml'],
      { total: 5, passed: 0, failed: 2, errored: 2, skipped: 1, flaky: 0 },
      'Completed with 0/5 passing, 2 failed, 2 errored, 1 skipped',
      'FAILURE'
    ],
    [
      'a suite that failed to load (a suite-level <error>, as Ant writes it)',
      ['suite-error.xml'],
      { total: 3, passed: 2, failed: 0, errored: 1, skipped: 0, flaky: 0 },
      'Completed with 2/3 passing, 1 errored',
      'FAILURE'
    ],
    [
      // ... and with no JUnit report read, fail-on-test-failures cannot show the tests passed
      'a non-JUnit root, even one holding <testcase> elements',
      ['wrapped-not-junit.xml'],
      { total: 0, passed: 0, failed: 0, errored: 0, skipped: 0, flaky: 0 },
      'Completed with 0/0 passing',
      'FAILURE'
    ]
  ])('%s', async (_, files, expected, subtext, status) => {
    expect(tally(await readJunitReports(files.map(fixture)))).toEqual(expected)

    // and through the callback, with fail-on-test-failures: true
    nock.disableNetConnect()
    const job = createJob()
    try {
      const bodies = interceptBody('post', CALLBACK)
      for (const file of files) {
        mkdirSync(dirname(join(job.workspace, file)), { recursive: true })
        cpSync(fixture(file), join(job.workspace, file))
      }
      const result = await runInProcess(job, {
        with: {
          'task-id': TASK_ID,
          token: TOKEN,
          'api-url': API,
          'include-run-info': 'false',
          'junit-files': files.join('\n'),
          'fail-on-test-failures': 'true'
        }
      })
      expect(bodies[0]).toMatchObject({ status, subtext, output: { tests: expected } })
      expect(result.outputs).toMatchObject({
        'tests-total': String(expected.total),
        'tests-passed': String(expected.passed),
        'tests-failed': String(expected.failed + expected.errored),
        'tests-skipped': String(expected.skipped),
        'tests-flaky': String(expected.flaky)
      })
    } finally {
      nock.cleanAll()
      nock.enableNetConnect()
      job.cleanup()
    }
  })

  it('names the flaky tests, and the suite that did not run', async () => {
    const results = await readJunitReports([fixture('gradle-merge-reruns.xml'), fixture('suite-error.xml')])
    expect(results.flakyTests.map(t => `${t.name}: ${t.message}`)).toEqual([
      'retriesOnTimeout(): java.net.SocketTimeoutException: Read timed out',
      'resumesUpload(): java.net.SocketTimeoutException: Read timed out'
    ])
    expect(results.failures).toEqual([
      {
        suite: 'com.acme.plm.ImportTest',
        name: '',
        result: 'errored',
        message: 'Could not initialize class com.acme.plm.ImportFixtures',
        wholeSuite: true
      }
    ])
  })

  it('keeps the message of the most severe element of a case', async () => {
    const results = await readJunitReports([fixture('severity.xml')])
    expect(results.failures.map(f => [f.result, f.message])).toEqual([
      ['errored', 'errored third'],
      ['errored', 'errored first'],
      ['failed', 'failed after a skip'],
      ['failed', 'failed before a skip']
    ])
  })

  it('counts a failure once per report: a pass in another report or another suite does not hide it', async () => {
    const files = writeReports({
      '1-leg.xml': suite(failing('flaky') + passing('stable')),
      '2-leg.xml': suite(passing('flaky') + passing('stable')),
      '3-suites.xml': `<testsuites>${suite(failing('t'))}${suite(passing('t'))}</testsuites>`
    })
    const results = await readJunitReports(files)
    expect(tally(results)).toEqual({ total: 6, passed: 4, failed: 2, errored: 0, skipped: 0, flaky: 0 })
  })

  it('never merges two elements: a failure followed by a pass of the same name is two runs', async () => {
    // TestNG writes each data-provider row, and go test -count each run, as an element of the
    // same name; a failing row or run must fail the task, as it fails `go test` itself.
    const files = writeReports({
      'runs.xml': suite(
        [
          failing('twice'),
          failing('twice'),
          passing('twice'),
          `<testcase classname="c" name="errored"><error/></testcase>`,
          passing('errored'),
          failing('apart'),
          passing('other'),
          passing('apart'),
          `<testcase classname="c" name="skipped"><skipped/></testcase>`,
          passing('skipped'),
          failing('never'),
          failing('never')
        ].join('')
      )
    })
    const results = await readJunitReports(files)
    expect(tally(results)).toEqual({ total: 12, passed: 5, failed: 5, errored: 1, skipped: 1, flaky: 0 })
    expect(results.failures.map(f => f.name)).toEqual([
      'twice',
      'twice',
      'errored',
      'apart',
      'never',
      'never'
    ])
    expect(results.flakyTests).toEqual([])
  })

  it('uses suite totals only when the whole report lists no <testcase>', async () => {
    const files = writeReports({
      'totals.xml':
        '<testsuites tests="13" failures="3"><testsuite name="a" tests="10" failures="2" errors="1" skipped="3" time="4"/>' +
        '<testsuite name="b" tests="3" failures="1"/></testsuites>'
    })
    expect(counts(await readJunitReports(files))).toEqual({
      total: 13,
      passed: 6,
      failed: 3,
      errored: 1,
      skipped: 3,
      flaky: 0,
      durationSeconds: 4,
      reports: 1
    })
  })

  it('a report cut short counts what was read, a failed case cut off included, and says so', async () => {
    const xml = `<testsuite name="s">${passing('one')}<testcase classname="c" name="two"><failure message="boom"/>`
    const [cut] = writeReports({ 'cut.xml': xml })
    const results = await readJunitReports([cut ?? ''])
    expect(tally(results)).toEqual({ total: 2, passed: 1, failed: 1, errored: 0, skipped: 0, flaky: 0 })
    expect(results.problems).toEqual([
      `'${cut}' could not be read as XML: 1:${xml.length}: unclosed tag: testcase; the 2 tests read before that are counted`
    ])
  })

  it.each([
    ['empty.xml', "'__tests__/fixtures/junit/empty.xml' is empty", 0],
    [
      'not-junit.xml',
      "'__tests__/fixtures/junit/not-junit.xml' is not a JUnit report: its root element is <html>, not <testsuites> or <testsuite>; nothing in it is counted",
      0
    ],
    [
      'malformed.xml',
      "'__tests__/fixtures/junit/malformed.xml' could not be read as XML: 6:0: unclosed tag: testcase; the 2 tests read before that are counted",
      2
    ],
    [
      'billion-laughs.xml',
      "'__tests__/fixtures/junit/billion-laughs.xml' could not be read as XML: it declares a DTD (<!DOCTYPE>), which JUnit reports never do; its entities are not expanded; nothing in it is counted",
      0
    ],
    [
      'external-entity.xml',
      "'__tests__/fixtures/junit/external-entity.xml' could not be read as XML: it declares a DTD (<!DOCTYPE>), which JUnit reports never do; its entities are not expanded; nothing in it is counted",
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

describe('reports that would cost too much, or lie about time', () => {
  it('a huge or non-finite time changes no count and is left out of the duration', async () => {
    const files = writeReports({
      'times.xml': suite(
        [
          '<testcase classname="c" name="f" time="1e300"><failure/></testcase>',
          '<testcase classname="c" name="e" time="2.3e9"><error/></testcase>',
          '<testcase classname="c" name="s" time="Infinity"><skipped/></testcase>',
          '<testcase classname="c" name="p" time="NaN"/>',
          '<testcase classname="c" name="n" time="-5"/>',
          '<testcase classname="c" name="ok" time="1.25"/>'
        ].join('')
      )
    })
    expect(counts(await readJunitReports(files))).toEqual({
      total: 6,
      passed: 3,
      failed: 1,
      errored: 1,
      skipped: 1,
      flaky: 0,
      durationSeconds: 1.25,
      reports: 1
    })
  })

  it('reads at most 1,000 reports, with one warning for the rest', async () => {
    const report = suite(passing('t'))
    writeReports(
      Object.fromEntries(
        Array.from({ length: 1003 }, (_, i) => [`r${String(i).padStart(4, '0')}.xml`, report])
      )
    )
    const results = await readJunitReports([join(scratch, '*.xml')])
    expect(results.total).toBe(1000)
    expect(results.reports).toBe(1000)
    expect(results.problems).toEqual([
      'the patterns match 1003 files; only the first 1000 are read, the other 3 are not counted'
    ])
  })

  it('lists 20 problems, then how many more', async () => {
    writeReports(
      Object.fromEntries(Array.from({ length: 25 }, (_, i) => [`r${String(i).padStart(2, '0')}.xml`, '']))
    )
    const results = await readJunitReports([join(scratch, '*.xml')])
    expect(results.problems).toHaveLength(21)
    expect(results.problems[0]).toBe(`'${join(scratch, 'r00.xml')}' is empty`)
    expect(results.problems[20]).toBe('... and 5 more problems with reports, not listed')
  })

  it('skips what is not a regular file (a FIFO, a device) with a warning naming it, and never waits on it', async () => {
    const [good] = writeReports({ 'b-good.xml': suite(failing('t')) })
    execFileSync('mkfifo', [join(scratch, 'a-pipe.xml')])
    symlinkSync('/dev/zero', join(scratch, 'c-zero.xml'))
    const named = ['a-pipe.xml', 'b-good.xml', 'c-zero.xml'].map(name => join(scratch, name))
    // a pattern names a FIFO as a path does (the glob library leaves such files out)
    expect((await readJunitReports([join(scratch, 'a-*.xml')])).problems).toEqual([
      `'${join(scratch, 'a-pipe.xml')}' is not read: it is a FIFO (named pipe), not a regular file`
    ])
    const results = await readJunitReports(named)
    expect(tally(results)).toEqual({ total: 1, passed: 0, failed: 1, errored: 0, skipped: 0, flaky: 0 })
    expect(results.problems).toEqual([
      `'${join(scratch, 'a-pipe.xml')}' is not read: it is a FIFO (named pipe), not a regular file`,
      `'${join(scratch, 'c-zero.xml')}' is not read: it is /dev/zero, under /dev, which holds the system's live state, not a file to read`
    ])
    expect(good).toBeDefined()
  }, 10_000)

  it('stops at the byte limit for all reports: the report it reached counts what was read', async () => {
    const cases = Array.from({ length: 40 }, (_, i) => failing(`t${i}`)).join('')
    const files = writeReports({ 'a.xml': suite(cases), 'b.xml': suite(cases), 'c.xml': suite(cases) })
    const size = readFileSync(files[0] ?? '').length
    const results = await readJunitReports(files, { limits: { maxBytes: size + 1000 } })
    expect(results.reports).toBe(2)
    expect(results.failed).toBeGreaterThan(40)
    expect(results.failed).toBeLessThan(80)
    expect(results.problems).toEqual([
      `'${files[1]}' is read only up to the limit of ${size + 1000} bytes of XML for all reports: the ${results.failed - 40} tests read before that are counted`,
      `the limit of ${size + 1000} bytes of XML for all reports was reached: the 1 report from '${files[2]}' on is not read`
    ])
  })

  it('stops at the time limit for all reports', async () => {
    const files = writeReports({ 'a.xml': suite(failing('t')), 'b.xml': suite(failing('t')) })
    let calls = 0
    const results = await readJunitReports(files, { now: () => (calls++ === 0 ? 0 : 60_000) })
    expect(results.total).toBe(0)
    expect(results.problems).toEqual([
      `the limit of 60 s of reading for all reports was reached: the 2 reports from '${files[0]}' on are not read`
    ])
  })

  it('reads content it does not need without holding it: long output, comments and instructions', async () => {
    const big = 'x'.repeat(3 * 2 ** 20)
    const files = writeReports({
      'big.xml':
        `<?xml version="1.0"?><!-- ${big} --><testsuite name="s"><?pi ${big}?>` +
        `<testcase classname="c" name="a"><system-out><![CDATA[${big}]]></system-out></testcase>` +
        `<testcase classname="c" name="b"><system-err>${big}&amp;${big}</system-err></testcase>` +
        `<testcase classname="c" name="c"><failure><![CDATA[\n  first line of a long trace\n${big}]]></failure></testcase>` +
        `<testcase classname="c" name="d"><error>${'\n'.repeat(3)}text trace ${big}</error></testcase></testsuite>`
    })
    const results = await readJunitReports(files)
    expect(tally(results)).toEqual({ total: 4, passed: 2, failed: 1, errored: 1, skipped: 0, flaky: 0 })
    expect(results.failures.map(f => f.message)).toEqual([
      'first line of a long trace',
      `text trace ${'x'.repeat(289)}...`
    ])
    expect(results.problems).toEqual([])
  })

  it('refuses a tag too long to parse in bounded memory, counting what was read before it', async () => {
    const [file] = writeReports({
      'long-tag.xml': suite(
        failing('a') + passing('b') + `<testcase classname="c" name="${'n'.repeat(2000)}"/>` + failing('d')
      )
    })
    const results = await readJunitReports([file ?? ''], {
      limits: { skim: { keepChars: 8192, maxTagChars: 1000 } }
    })
    expect(tally(results)).toEqual({ total: 2, passed: 1, failed: 1, errored: 0, skipped: 0, flaky: 0 })
    expect(results.problems).toEqual([
      `'${file}' could not be read as XML: it holds a tag longer than 1000 characters; the 2 tests read before that are counted`
    ])
  })

  it('costs the same per case at any suite depth: 60,000 nested suites', async () => {
    const depth = 60_000
    const [file] = writeReports({
      'deep.xml':
        '<testsuites>' +
        Array.from({ length: depth }, (_, i) => `<testsuite name="level${i}">${passing('t')}`).join('') +
        `<testcase name="deepest"><failure message="at the bottom"/></testcase>` +
        '</testsuite>'.repeat(depth) +
        '</testsuites>'
    })
    const results = await readJunitReports([file ?? ''])
    expect(tally(results)).toEqual({
      total: depth + 1,
      passed: depth,
      failed: 1,
      errored: 0,
      skipped: 0,
      flaky: 0
    })
    expect(results.failures[0]?.suite).toMatch(/^level0 > level1 > level2 > .*\.\.\.$/)
    expect(results.failures[0]?.suite).toHaveLength(303)
  }, 60_000)

  it('redacts a secret before it is shortened, so none crosses the cut half-masked', async () => {
    const secret = 'vibeiq-bearer-token-0123456789'
    const long = `${'x'.repeat(290)}${secret} more`
    const files = writeReports({
      'secret.xml': suite(
        `<testcase classname="${long}" name="${long}"><failure message="${long}"/></testcase>` +
          `<testcase classname="c" name="t"><failure><![CDATA[${long}]]></failure></testcase>`
      )
    })
    const results = await readJunitReports(files, { redact: createRedactor([secret]) })
    const masked = `${'x'.repeat(290)}*** more`
    expect(results.failures).toEqual([
      { suite: masked, name: masked, result: 'failed', message: masked },
      { suite: 'c', name: 't', result: 'failed', message: masked }
    ])
  })
})

describe('XmlSkimmer', () => {
  const limits = { keepChars: 100, maxTagChars: 1000 }
  /** Feeds the document in pieces of `size` characters. */
  const skim = (xml: string, size: number, skimmer = new XmlSkimmer(limits)): string => {
    let out = ''
    for (let i = 0; i < xml.length; i += size) out += skimmer.skim(xml.slice(i, i + size))
    return out + skimmer.end()
  }

  it.each(['jest-junit.xml', 'surefire.xml', 'gradle.xml', 'pytest.xml', 'go-junit-report.xml'])(
    'passes %s through unchanged, whatever the pieces',
    name => {
      const xml = readFileSync(fixture(name), 'utf8')
      const skimmer = new XmlSkimmer({ keepChars: 1e6, maxTagChars: 1e6 })
      for (const size of [1, 2, 3, 7, 64, 1e6]) expect(skim(xml, size, skimmer)).toBe(xml)
    }
  )

  it.each([1, 3, 10, 4096])('keeps the start of long runs and drops comments, in pieces of %d', size => {
    const long = 'y'.repeat(10_000)
    const xml =
      `<a b="${'>'.repeat(50)}"><!-- ${long} --><![CDATA[${long}]]><?pi ${long}?>` +
      `${'z'.repeat(99)}&amp;${long}</a>`
    expect(skim(xml, size)).toBe(
      `<a b="${'>'.repeat(50)}"><!----><![CDATA[${'y'.repeat(100)}]]><?pi ${'y'.repeat(97)}?>${'z'.repeat(99)}</a>`
    )
  })

  it('holds a bounded amount of a 10 MB comment fed in 64 KiB pieces', () => {
    const skimmer = new XmlSkimmer(limits)
    const piece = 'x-'.repeat(32 * 1024)
    let passed = skimmer.skim('<a><!--')
    for (let i = 0; i < 160; i++) passed += skimmer.skim(piece)
    passed += skimmer.skim('-></a>') + skimmer.end()
    expect(passed).toBe('<a><!----></a>')
  })

  it('never splits a surrogate pair', () => {
    const xml = `<a>${'y'.repeat(99)}😀😀</a>`
    expect(skim(xml, 7)).toBe(`<a>${'y'.repeat(99)}</a>`)
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
      cpSync(fixture(name), join(job.workspace, name))
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
      subtext: 'Completed with 4/12 passing, 3 failed, 2 errored, 3 skipped, 1 flaky',
      output: {
        tests: {
          total: 12,
          passed: 4,
          failed: 3,
          errored: 2,
          skipped: 3,
          flaky: 1,
          durationSeconds: 30.091,
          reports: 2
        }
      },
      logs: [
        "vibeiq-task-callback: SUCCESS because the job's status is success.",
        'Tests: 4/12 passing, 3 failed, 2 errored, 3 skipped, 1 flaky (2 reports)',
        'FAILED test_sample > test_fails: AssertionError: expected 3 colourways',
        'ERROR test_sample > test_errors_in_fixture: failed on setup with "RuntimeError: database unavailable"',
        'FAILED com.acme.plm.ExportTest > rejectsEmptySeason: expected: <1> but was: <0>',
        'ERROR com.acme.plm.ExportTest > connectsToPlm: Connection refused',
        'FAILED com.acme.plm.ExportTest > namesColourwaysÜberprüfung: org.opentest4j.AssertionFailedError: Farbvariante fehlt: Grün',
        'FLAKY com.acme.plm.ExportTest > retriesOnTimeout: timed out after 50 ms'
      ]
    })
    expect(result.outputs).toMatchObject({
      'tests-total': '12',
      'tests-passed': '4',
      'tests-failed': '5',
      'tests-skipped': '3',
      'tests-flaky': '1'
    })
    expect(result.summary).toContain('<td>Tests</td><td>12 in 2 reports</td>')
    expect(result.summary).toContain('<td>Flaky</td><td>1</td>')
    expect(result.summary).toContain(
      '<li>FAILED com.acme.plm.ExportTest &#62; rejectsEmptySeason: expected: &#60;1&#62; but was: &#60;0&#62;</li>'
    )
    expect(result.summary).toContain(
      '<li>FLAKY com.acme.plm.ExportTest &#62; retriesOnTimeout: timed out after 50 ms</li>'
    )
  })

  it('fills the placeholders in the subtext input', async () => {
    await runInProcess(job, {
      with: {
        ...base,
        'junit-files': 'surefire.xml',
        subtext:
          'FW27: {passed} of {total} ok, {failed} failed, {errored} errored, {skipped} skipped, {flaky} flaky'
      }
    })
    expect(bodies[0]?.['subtext']).toBe('FW27: 2 of 6 ok, 2 failed, 1 errored, 1 skipped, 1 flaky')
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
    ['gradle.xml', 'Completed with 2/4 passing, 1 failed, 1 skipped', ['4', '2', '1', '1']],
    [
      'go-junit-report.xml',
      'Completed with 2/5 passing, 1 failed, 1 errored, 1 skipped',
      ['5', '2', '2', '1']
    ]
  ])(
    'a %s report reaches VibeIQ as subtext, output, log lines and step outputs',
    async (name, subtext, outputs) => {
      cpSync(fixture(name), join(job.workspace, name))
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
        'tests-skipped': outputs[3],
        'tests-flaky': '0'
      })
    }
  )

  it('a broken or missing report is a warning that says what was counted, and the callback still goes out', async () => {
    const result = await runInProcess(job, {
      with: { ...base, 'junit-files': 'missing/*.xml\nmalformed.xml' }
    })
    expect(result.exitCode).toBe(0)
    expect(result.warnings).toEqual([
      "junit-files: no report matches 'missing/*.xml'",
      "junit-files: 'malformed.xml' could not be read as XML: 6:0: unclosed tag: testcase; the 2 tests read before that are counted"
    ])
    expect(bodies[0]?.['logs']).toEqual(
      expect.arrayContaining([
        "[junit-files: no report matches 'missing/*.xml']",
        "[junit-files: 'malformed.xml' could not be read as XML: 6:0: unclosed tag: testcase; the 2 tests read before that are counted]"
      ])
    )
  })

  it('finds reports in hidden directories too: a failure there is never missed', async () => {
    mkdirSync(join(job.workspace, '.tox', 'py'), { recursive: true })
    writeFileSync(join(job.workspace, '.tox', 'py', 'junit.xml'), suite(passing('a') + failing('b')))
    await runInProcess(job, {
      with: { ...base, 'junit-files': '**/py/*.xml', 'fail-on-test-failures': 'true' }
    })
    expect(bodies[0]).toMatchObject({ status: 'FAILURE', subtext: 'Completed with 1/2 passing, 1 failed' })
  })

  it('a pattern through .. is a path like any other', async () => {
    mkdirSync(join(job.workspace, 'reports'), { recursive: true })
    writeFileSync(join(job.workspace, 'one.xml'), suite(passing('a') + failing('b')))
    const result = await runInProcess(job, { with: { ...base, 'junit-files': 'reports/../one.xml' } })
    expect(result.exitCode).toBe(0)
    expect(bodies[0]).toMatchObject({ subtext: 'Completed with 1/2 passing, 1 failed' })
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

  it('names flaky tests after the failures, within the same 50 lines', async () => {
    const flaky = Array.from(
      { length: 5 },
      (_, i) => `<testcase classname="c" name="f${i}"><flakyFailure message="timeout ${i}"/></testcase>`
    )
    const failures = Array.from({ length: 48 }, (_, i) => failing(`t${i}`))
    writeFileSync(join(job.workspace, 'mixed.xml'), suite([...flaky, ...failures].join('')))
    await runInProcess(job, { with: { ...base, 'junit-files': 'mixed.xml' } })
    const logs = bodies[0]?.['logs'] as string[]
    expect(logs.filter(l => l.startsWith('FAILED'))).toHaveLength(48)
    expect(logs.filter(l => l.startsWith('FLAKY'))).toEqual([
      'FLAKY c > f0: timeout 0',
      'FLAKY c > f1: timeout 1'
    ])
    expect(logs.at(-1)).toBe('... and 3 more flaky tests')
  })

  it('names a suite that did not run, and a test without a name', async () => {
    cpSync(fixture('suite-error.xml'), join(job.workspace, 'suite-error.xml'))
    cpSync(fixture('nameless.xml'), join(job.workspace, 'nameless.xml'))
    await runInProcess(job, { with: { ...base, 'junit-files': 'suite-error.xml\nnameless.xml' } })
    expect(bodies[0]?.['logs']).toEqual(
      expect.arrayContaining([
        'ERROR suite com.acme.plm.ImportTest, which did not run: Could not initialize class com.acme.plm.ImportFixtures',
        'FAILED generated > (unnamed test): exit code 1'
      ])
    )
  })

  it('never sends part of a secret that a failure message carries across the 300-character cut', async () => {
    const long = `${'x'.repeat(290)}${TOKEN}`
    writeFileSync(
      join(job.workspace, 'secret.xml'),
      suite(`<testcase classname="c" name="${long}"><failure message="${long}"/></testcase>`)
    )
    const result = await runInProcess(job, { with: { ...base, 'junit-files': 'secret.xml' } })
    const sent = JSON.stringify(bodies[0])
    expect(sent).toContain(`FAILED c > ${'x'.repeat(290)}***: ${'x'.repeat(290)}***`)
    expect(sent).not.toContain(TOKEN.slice(0, 12))
    expect(result.summary).not.toContain(TOKEN.slice(0, 12))
  })

  it('leaves the subtext and outputs alone without junit-files', async () => {
    const result = await runInProcess(job, { with: { ...base, subtext: '{passed} literally' } })
    expect(bodies[0]?.['subtext']).toBe('{passed} literally')
    expect(result.outputs).not.toHaveProperty('tests-total')
  })
})
