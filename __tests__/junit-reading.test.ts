/**
 * Reports as real tools write and save them: every encoding XML requires a reader to know, a
 * newline before the declaration, TAP::Formatter::JUnit's suite-level error; and a report that
 * cannot be read, or not to its end, never making a run look green. Fixtures:
 * script/junit-fixtures/make.sh (tap_junit, encodings).
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join, resolve } from 'node:path'
import { readJunitReports } from '../src/core/junit-reports.js'
import { API, freshJobEachTest, runInProcess, TASK_ID, TOKEN } from './support/in-process.js'
import { countsOf } from './support/test-counts.js'
import { CALLBACK, interceptBody } from './support/vibeiq-nock.js'

const FIXTURES = resolve('__tests__/fixtures/junit')
const encoded = (name: string): string => join(FIXTURES, 'encoding', name)
const tally = countsOf

const GRUEN = {
  suite: 'test_encoding',
  name: 'test_farbe_grün',
  result: 'failed',
  message: 'AssertionError: Farbvariante fehlt: Grün'
}
const base = { 'task-id': TASK_ID, token: TOKEN, 'api-url': API, 'include-run-info': 'false' }

describe('reports in the encodings real tools and editors save them', () => {
  it.each([
    ['utf-16le-bom.xml', 'UTF-16LE with a byte-order mark (PowerShell 5.1 `>` and Out-File)'],
    ['utf-16be-bom.xml', 'UTF-16BE with a byte-order mark'],
    ['utf-8-bom.xml', 'UTF-8 with a byte-order mark'],
    ['latin-1.xml', 'ISO-8859-1, as its declaration says'],
    ['leading-newline.xml', 'a newline before the declaration']
  ])('%s (%s): every test counted, the non-ASCII name and message whole', async name => {
    const results = await readJunitReports([encoded(name)])
    expect(results.problems).toEqual([])
    expect(tally(results)).toEqual({
      total: 2,
      passed: 1,
      failed: 1,
      errored: 0,
      skipped: 0,
      flaky: 0,
      reports: 1
    })
    expect(results.failures).toEqual([GRUEN])
    expect(results.unread).toEqual([])
  })

  it('windows-1252, as its declaration says: the euro sign comes out right', async () => {
    const results = await readJunitReports([encoded('windows-1252.xml')])
    expect(results.problems).toEqual([])
    expect(results.failures.map(f => `${f.name}: ${f.message}`)).toEqual([
      'test_preis_in_euro: AssertionError: Preis fehlt: 12 € für Größe M'
    ])
  })

  it.each([
    ['utf-32.xml', 'it is in UTF-32LE, an encoding that cannot be read; save it as UTF-8'],
    ['ebcdic.xml', 'it is in EBCDIC, an encoding that cannot be read; save it as UTF-8']
  ])('%s is refused with a warning that names its encoding', async (name, why) => {
    const results = await readJunitReports([encoded(name)])
    expect(results.total).toBe(0)
    expect(results.problems).toEqual([`'${displayed(name)}' is not read: ${why}; nothing in it is counted`])
    expect(results.unread).toEqual([
      { report: displayed(name), why: `is not read: ${why}; nothing in it is counted` }
    ])
    expect(results.unreadReports).toBe(1)
  })

  describe('written here', () => {
    let scratch: string
    beforeEach(() => {
      scratch = mkdtempSync(join(tmpdir(), 'junit-reading-'))
    })
    afterEach(() => rmSync(scratch, { recursive: true, force: true }))
    const write = (name: string, content: string | Buffer): string => {
      const path = join(scratch, name)
      writeFileSync(path, content)
      return path
    }

    it('a declared encoding Node cannot decode is refused by its name', async () => {
      const file = write('klingon.xml', '<?xml version="1.0" encoding="x-klingon"?><testsuite/>')
      const results = await readJunitReports([file])
      expect(results.problems).toEqual([
        `'${file}' is not read: it declares the encoding "x-klingon", which cannot be read; save it as UTF-8; nothing in it is counted`
      ])
    })

    it('UTF-16 declared on a UTF-8 file (.NET writes it so) is read as UTF-8', async () => {
      const file = write(
        'net.xml',
        '<?xml version="1.0" encoding="utf-16"?><testsuite name="s"><testcase name="grün"><failure message="ä"/></testcase></testsuite>'
      )
      const results = await readJunitReports([file])
      expect(results.problems).toEqual([])
      expect(results.failures.map(f => `${f.name}: ${f.message}`)).toEqual(['grün: ä'])
    })

    it('UTF-16 without a byte-order mark is told by its first bytes (XML 1.0, Appendix F)', async () => {
      const xml =
        '<?xml version="1.0"?><testsuite name="s"><testcase name="größe"><error message="€"/></testcase></testsuite>'
      const le = write('le.xml', Buffer.from(xml, 'utf16le'))
      const be = write('be.xml', Buffer.from(xml, 'utf16le').swap16())
      const results = await readJunitReports([le, be])
      expect(results.problems).toEqual([])
      expect(results.failures.map(f => `${f.name}: ${f.message}`)).toEqual(['größe: €', 'größe: €'])
    })

    it('positions count from the file: after a newline before the declaration, the line is the file line', async () => {
      const file = write('cut.xml', '\n<?xml version="1.0"?>\n<testsuite name="s">\n<testcase name="a">')
      const results = await readJunitReports([file])
      expect(results.problems).toEqual([
        `'${file}' could not be read as XML: 4:19: unclosed tag: testcase; nothing in it is counted`
      ])
    })

    it('a report cut short by the byte budget is left out of the counts, named with why', async () => {
      const cases = Array.from({ length: 40 }, (_, i) => `<testcase classname="c" name="t${i}"/>`).join('')
      const a = write('a.xml', `<testsuite name="s">${cases}</testsuite>`)
      const b = write('b.xml', `<testsuite name="s">${cases}</testsuite>`)
      const c = write('c.xml', `<testsuite name="s">${cases}</testsuite>`)
      const results = await readJunitReports([a, b, c], { limits: { maxBytes: 2000 } })
      expect(results.failed + results.errored).toBe(0)
      expect(results.reports).toBe(2)
      expect(results.unread).toEqual([
        { report: b, why: 'is read only up to the limit of 2000 bytes of XML for all reports' },
        { report: c, why: 'is not read: the limit of 2000 bytes of XML for all reports was reached' }
      ])
      expect(results.unreadReports).toBe(2)
      expect(a).toBeDefined()
    })

    it('a time limit reached as a report opens: that report is cut short, never called empty', async () => {
      const a = write('a.xml', '<testsuite name="s"><testcase name="t"/></testsuite>')
      const clock = [0, 0] // the start, the check before the report; then the limit
      const results = await readJunitReports([a], { now: () => clock.shift() ?? 60_000 })
      expect(results.problems).toEqual([
        `'${a}' is read only up to the limit of 60 s of reading for all reports: nothing in it is counted`
      ])
      expect(results.unread).toEqual([
        { report: a, why: 'is read only up to the limit of 60 s of reading for all reports' }
      ])
    })

    it('reports beyond the limit of reports read are left out of the counts', async () => {
      const files = ['a', 'b', 'c'].map(n =>
        write(`${n}.xml`, '<testsuite name="s"><testcase name="t"/></testsuite>')
      )
      const results = await readJunitReports(files, { limits: { maxReports: 1 } })
      expect(results.unread).toEqual([
        { report: files[1], why: 'are not read: only the first 1 reports are', more: 1 }
      ])
      expect(results.unreadReports).toBe(2)
    })
  })

  it('a plain-text file saved as a report: the warning points at its first character', async () => {
    const results = await readJunitReports([encoded('console-output.xml')])
    expect(results.problems).toEqual([
      `'${displayed('console-output.xml')}' could not be read as XML: 1:1: text data outside of root node.; nothing in it is counted`
    ])
  })
})

describe('TAP::Formatter::JUnit: a suite-level error after the listed cases', () => {
  it('counts the cases and the suite error, and says the error came after the tests', async () => {
    const results = await readJunitReports([join(FIXTURES, 'tap-formatter-junit.xml')])
    expect(tally(results)).toEqual({
      total: 5,
      passed: 2,
      failed: 2,
      errored: 1,
      skipped: 0,
      flaky: 0,
      reports: 1
    })
    expect(results.failures).toEqual([
      {
        suite: 'season_t',
        name: '2 - signs the archive',
        result: 'failed',
        message: 'not ok 2 - signs the archive'
      },
      {
        suite: 'season_t',
        name: '4 - counts the sizes',
        result: 'failed',
        message: 'not ok 4 - counts the sizes'
      },
      {
        suite: 'season_t',
        name: '',
        result: 'errored',
        message: 'Dubious, test returned 2 (wstat 512, 0x200)',
        wholeSuite: true,
        afterItsTests: true
      }
    ])
  })
})

describe('junit-files in the callback: encodings and reports left out', () => {
  const job = freshJobEachTest()
  let bodies: Array<Record<string, unknown>>
  beforeEach(() => {
    bodies = interceptBody('post', CALLBACK)
  })
  const copy = (...paths: string[]): void => {
    for (const path of paths) cpSync(path, join(job().workspace, basename(path)))
  }

  it.each(['utf-16le-bom.xml', 'utf-16be-bom.xml', 'latin-1.xml', 'leading-newline.xml'])(
    '%s reaches VibeIQ with its failure named right',
    async name => {
      copy(encoded(name))
      const result = await runInProcess(job(), {
        with: { ...base, 'junit-files': name, 'fail-on-test-failures': 'true' }
      })
      expect(result.warnings).toEqual([])
      expect(bodies[0]).toMatchObject({
        status: 'FAILURE',
        subtext: 'Completed with 1/2 passing, 1 failed',
        output: { tests: { total: 2, passed: 1, failed: 1, reports: 1 } }
      })
      expect(bodies[0]?.['logs']).toEqual([
        'vibeiq-task-callback: FAILURE because 1 test failed or errored and fail-on-test-failures is true.',
        'Tests: 1/2 passing, 1 failed (1 report)',
        'FAILED test_encoding > test_farbe_grün: AssertionError: Farbvariante fehlt: Grün'
      ])
      expect(result.outputs).toMatchObject({ status: 'FAILURE', 'tests-failed': '1', 'tests-total': '2' })
    }
  )

  it('a TAP::Formatter::JUnit suite error is logged as an error after its tests, not as a suite that did not run', async () => {
    copy(join(FIXTURES, 'tap-formatter-junit.xml'))
    const result = await runInProcess(job(), { with: { ...base, 'junit-files': 'tap-formatter-junit.xml' } })
    expect(bodies[0]?.['logs']).toEqual([
      "vibeiq-task-callback: SUCCESS because the job's status is success.",
      'Tests: 2/5 passing, 2 failed, 1 errored (1 report)',
      'FAILED season_t > 2 - signs the archive: not ok 2 - signs the archive',
      'FAILED season_t > 4 - counts the sizes: not ok 4 - counts the sizes',
      'ERROR suite season_t reported an error after its tests: Dubious, test returned 2 (wstat 512, 0x200)'
    ])
    expect(result.summary).toContain(
      '<li>ERROR suite season_t reported an error after its tests: Dubious, test returned 2 (wstat 512, 0x200)</li>'
    )
  })

  const unreadable = `'utf-32.xml' is not read: it is in UTF-32LE, an encoding that cannot be read; save it as UTF-8; nothing in it is counted`

  it('fail-on-test-failures: true, an unreadable report next to a readable passing one sends FAILURE naming it', async () => {
    copy(join(FIXTURES, 'gradle-merge-reruns.xml'), encoded('utf-32.xml'))
    const result = await runInProcess(job(), {
      with: { ...base, 'junit-files': 'gradle-merge-reruns.xml\nutf-32.xml', 'fail-on-test-failures': 'true' }
    })
    expect(result.exitCode).toBe(0)
    const reason =
      `vibeiq-task-callback: FAILURE because 1 test report was not read in full (${unreadable}) ` +
      'and fail-on-test-failures is true.'
    expect(bodies).toHaveLength(1)
    expect(bodies[0]).toMatchObject({
      status: 'FAILURE',
      subtext: 'Completed with 4/4 passing, 2 flaky; 1 report not read in full',
      output: { tests: { total: 4, passed: 4, failed: 0, errored: 0, reports: 1, unreadReports: 1 } }
    })
    const logs = bodies[0]?.['logs'] as string[]
    expect(logs.slice(0, 2)).toEqual([
      reason,
      'Tests: 4/4 passing, 2 flaky (1 report; the counts leave out 1 report not read in full)'
    ])
    expect(logs).toContain(`[junit-files: ${unreadable}]`)
    expect(result.warnings).toEqual([`junit-files: ${unreadable}`])
    expect(result.stdout).toContain(reason)
    expect(result.outputs).toMatchObject({ status: 'FAILURE', 'tests-total': '4', 'tests-failed': '0' })
    expect(result.summary).toContain('<td>Status sent</td><td>FAILURE</td>')
    expect(result.summary).toContain(`<td>Left out of the counts</td><td>${escape(unreadable)}</td>`)
  })

  it('fail-on-test-failures: false, the same reports send SUCCESS, and the summary says the counts leave it out', async () => {
    copy(join(FIXTURES, 'gradle-merge-reruns.xml'), encoded('utf-32.xml'))
    const result = await runInProcess(job(), {
      with: { ...base, 'junit-files': 'gradle-merge-reruns.xml\nutf-32.xml' }
    })
    expect(result.exitCode).toBe(0)
    expect(bodies[0]).toMatchObject({
      status: 'SUCCESS',
      subtext: 'Completed with 4/4 passing, 2 flaky; 1 report not read in full',
      output: { tests: { total: 4, reports: 1, unreadReports: 1 } }
    })
    expect((bodies[0]?.['logs'] as string[]).slice(0, 2)).toEqual([
      "vibeiq-task-callback: SUCCESS because the job's status is success.",
      'Tests: 4/4 passing, 2 flaky (1 report; the counts leave out 1 report not read in full)'
    ])
    expect(result.warnings).toEqual([`junit-files: ${unreadable}`])
    expect(result.outputs).toMatchObject({ status: 'SUCCESS' })
    expect(result.summary).toContain(`<td>Left out of the counts</td><td>${escape(unreadable)}</td>`)
  })

  it('fail-on-test-failures: true, a report broken off mid-case next to a passing one sends FAILURE too', async () => {
    copy(join(FIXTURES, 'gradle-merge-reruns.xml'))
    const cut = '<testsuite name="s"><testcase classname="c" name="a"/><testcase classname="c" name="b">'
    writeFileSync(join(job().workspace, 'cut.xml'), cut)
    await runInProcess(job(), {
      with: { ...base, 'junit-files': 'gradle-merge-reruns.xml\ncut.xml', 'fail-on-test-failures': 'true' }
    })
    expect(bodies[0]).toMatchObject({
      status: 'FAILURE',
      subtext: 'Completed with 5/5 passing, 2 flaky; 1 report not read in full'
    })
    expect((bodies[0]?.['logs'] as string[])[0]).toBe(
      "vibeiq-task-callback: FAILURE because 1 test report was not read in full ('cut.xml' could not be read as XML: " +
        `1:${cut.length}: unclosed tag: testcase) and fail-on-test-failures is true.`
    )
  })

  it('a non-JUnit XML file a pattern also matches (a pom.xml) is a warning, never a FAILURE', async () => {
    copy(join(FIXTURES, 'gradle-merge-reruns.xml'))
    writeFileSync(join(job().workspace, 'pom.xml'), '<project><modelVersion>4.0.0</modelVersion></project>')
    await runInProcess(job(), {
      with: { ...base, 'junit-files': '*.xml', 'fail-on-test-failures': 'true' }
    })
    expect(bodies[0]).toMatchObject({ status: 'SUCCESS', output: { tests: { total: 4, reports: 1 } } })
    expect(bodies[0]?.['output']).not.toHaveProperty('tests.unreadReports')
  })

  it.each([
    [
      'a namespace prefix',
      '<j:testsuite xmlns:j="urn:x" name="s"><j:testcase name="t"><j:failure/></j:testcase></j:testsuite>'
    ],
    ['another case', '<TestSuite name="s"><TestCase name="t"><Failure/></TestCase></TestSuite>']
  ])(
    'fail-on-test-failures: true, a JUnit root spelt with %s is a report not read, so FAILURE',
    async (_what, xml) => {
      copy(join(FIXTURES, 'gradle-merge-reruns.xml'))
      writeFileSync(join(job().workspace, 'odd.xml'), xml)
      await runInProcess(job(), {
        with: { ...base, 'junit-files': '*.xml', 'fail-on-test-failures': 'true' }
      })
      expect(bodies[0]).toMatchObject({ status: 'FAILURE', output: { tests: { unreadReports: 1 } } })
      expect((bodies[0]?.['logs'] as string[])[0]).toMatch(
        /^vibeiq-task-callback: FAILURE because 1 test report was not read in full \('odd\.xml' is not a JUnit report: its root element is </
      )
    }
  )
})

/** How the reader names a fixture: relative to the working directory. */
function displayed(name: string): string {
  return `__tests__/fixtures/junit/encoding/${name}`
}

function escape(text: string): string {
  return text.replace(/[&<>"']/g, c => `&#${c.charCodeAt(0)};`)
}
