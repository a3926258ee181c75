/** test-summary with plain values: what the results become in subtext, logs, outputs and summary. */
import { describe, expect, it } from '@jest/globals'
import type { Edge } from '../../src/core/edge.js'
import type { ListedTest, TestResults } from '../../src/core/test-results.js'
import {
  chooseSubtext,
  defaultTestSubtext,
  failingTests,
  failureList,
  fillTestPlaceholders,
  setTestOutputs,
  testLogLines,
  testRows,
  testsOutput,
  unreadList
} from '../../src/core/test-summary.js'

const results = (over: Partial<TestResults> = {}): TestResults => ({
  total: 10,
  passed: 4,
  failed: 2,
  errored: 1,
  skipped: 3,
  flaky: 1,
  durationSeconds: 1.5,
  reports: 2,
  failures: [],
  flakyTests: [],
  problems: [],
  unread: [],
  unreadReports: 0,
  ...over
})
const listed = (
  name: string,
  result: ListedTest['result'] = 'failed',
  extra: Partial<ListedTest> = {}
): ListedTest => ({
  suite: 'S',
  name,
  result,
  message: `${name} broke`,
  ...extra
})

describe('subtext', () => {
  it('names each count that is not 0, in order', () => {
    expect(defaultTestSubtext(results())).toBe(
      'Completed with 4/10 passing, 2 failed, 1 errored, 3 skipped, 1 flaky'
    )
    expect(defaultTestSubtext(results({ failed: 0, errored: 0, skipped: 0, flaky: 0, passed: 10 }))).toBe(
      'Completed with 10/10 passing'
    )
  })

  it('fills every placeholder, each time it appears, and leaves others alone', () => {
    expect(
      fillTestPlaceholders(
        '{passed}/{total} {failed} {errored} {skipped} {flaky} {passed} {reports} {x}',
        results()
      )
    ).toBe('4/10 2 1 3 1 4 {reports} {x}')
  })

  it('chooseSubtext: the input filled, else the counts, else the caller’s default', () => {
    expect(chooseSubtext('{passed} ok', results(), 'fallback')).toBe('4 ok')
    expect(chooseSubtext('{passed} ok', undefined, 'fallback')).toBe('{passed} ok')
    expect(chooseSubtext(undefined, results(), 'fallback')).toBe(defaultTestSubtext(results()))
    expect(chooseSubtext('', undefined, 'fallback')).toBe('fallback')
    expect(chooseSubtext(undefined, undefined, undefined)).toBeUndefined()
  })

  it('chooseSubtext: the counts say how many reports they leave out', () => {
    expect(chooseSubtext(undefined, results({ unreadReports: 1 }), 'fallback')).toBe(
      `${defaultTestSubtext(results())}; 1 report not read in full`
    )
    expect(chooseSubtext(undefined, results({ unreadReports: 2 }), undefined)).toMatch(
      /; 2 reports not read in full$/
    )
    expect(chooseSubtext('{passed} ok', results({ unreadReports: 2 }), undefined)).toBe('4 ok')
  })

  it('failingTests is failed plus errored', () => {
    expect(failingTests(results())).toBe(3)
  })
})

describe('log lines', () => {
  it('the counts and the reports read, then one line per failure and flaky test', () => {
    const r = results({
      failed: 1,
      errored: 1,
      flaky: 1,
      reports: 1,
      failures: [listed('a'), listed('b', 'errored')],
      flakyTests: [listed('c', 'flaky')]
    })
    expect(testLogLines(r)).toEqual([
      'Tests: 4/10 passing, 1 failed, 1 errored, 3 skipped, 1 flaky (1 report)',
      'FAILED S > a: a broke',
      'ERROR S > b: b broke',
      'FLAKY S > c: c broke'
    ])
  })

  it('says how many more failed and flaky tests were not listed', () => {
    expect(testLogLines(results({ failed: 2, errored: 1, flaky: 2, failures: [listed('a')] })).at(-1)).toBe(
      '... and 2 more failed or errored tests and 2 more flaky tests'
    )
    expect(
      testLogLines(
        results({
          failed: 2,
          errored: 0,
          flaky: 1,
          flakyTests: [listed('f', 'flaky')],
          failures: [listed('a')]
        })
      ).at(-1)
    ).toBe('... and 1 more failed or errored test')
    expect(testLogLines(results({ failed: 0, errored: 0, flaky: 1 })).at(-1)).toBe(
      '... and 1 more flaky test'
    )
  })

  it('at most 50 lines together, failures first', () => {
    const failures = Array.from({ length: 50 }, (_, i) => listed(`t${i}`))
    const lines = testLogLines(
      results({ failed: 50, errored: 0, flaky: 1, failures, flakyTests: [listed('f', 'flaky')] })
    )
    expect(lines.filter(l => l.startsWith('FLAKY'))).toEqual([])
    expect(lines.at(-1)).toBe('... and 1 more flaky test')
  })

  it('names a test without suite or name plainly, and leaves out an empty message', () => {
    const lines = testLogLines(
      results({
        failures: [
          { suite: '', name: 'lonely', result: 'failed', message: '' },
          { suite: 'same', name: 'same', result: 'failed', message: 'm' },
          { suite: 'S', name: '', result: 'failed', message: 'm' }
        ]
      })
    )
    expect(lines.slice(1, 4)).toEqual(['FAILED lonely', 'FAILED same: m', 'FAILED S > (unnamed test): m'])
  })

  it('a suite that failed as a whole: "did not run" only when it lists no case', () => {
    const lines = testLogLines(
      results({
        failures: [
          listed('', 'errored', { wholeSuite: true, message: 'Could not initialize' }),
          listed('', 'errored', {
            wholeSuite: true,
            afterItsTests: true,
            message: 'Dubious, test returned 2'
          }),
          listed('', 'failed', { wholeSuite: true, afterItsTests: true, message: 'crashed' }),
          listed('', 'errored', { wholeSuite: true, suite: '', message: '' })
        ]
      })
    )
    expect(lines.slice(1, 5)).toEqual([
      'ERROR suite S, which did not run: Could not initialize',
      'ERROR suite S reported an error after its tests: Dubious, test returned 2',
      'FAILED suite S reported a failure after its tests: crashed',
      'ERROR suite (unnamed), which did not run'
    ])
  })

  it('the count line says how many reports the counts leave out', () => {
    expect(testLogLines(results({ reports: 0, unreadReports: 2 }))[0]).toBe(
      'Tests: 4/10 passing, 2 failed, 1 errored, 3 skipped, 1 flaky (0 reports; the counts leave out 2 reports not read in full)'
    )
    expect(testLogLines(results({ reports: 1, unreadReports: 1 }))[0]).toMatch(
      /\(1 report; the counts leave out 1 report not read in full\)$/
    )
  })
})

describe('the reports left out', () => {
  it('each with why, the reports after one, then how many more were not listed', () => {
    expect(
      unreadList({
        unread: [
          { report: 'a.xml', why: 'is empty' },
          { report: 'b.xml', why: 'are not read: the limit', more: 2 },
          { report: 'c.xml', why: 'and 1 more', more: 1 }
        ],
        unreadReports: 9
      })
    ).toBe(
      "'a.xml' is empty; 'b.xml' and 2 reports after it are not read: the limit; 'c.xml' and 1 report after it and 1 more; 3 reports more"
    )
    expect(unreadList({ unread: [{ report: 'a.xml', why: 'is empty' }], unreadReports: 2 })).toBe(
      "'a.xml' is empty; 1 report more"
    )
    expect(unreadList({ unread: [{ report: 'a.xml', why: 'is empty' }], unreadReports: 1 })).toBe(
      "'a.xml' is empty"
    )
  })

  it('output.tests has unreadReports only when a report is left out', () => {
    const counts = {
      total: 10,
      passed: 4,
      failed: 2,
      errored: 1,
      skipped: 3,
      flaky: 1,
      durationSeconds: 1.5,
      reports: 2
    }
    expect(testsOutput(results({ problems: ['x'], failures: [listed('a')] }))).toEqual(counts)
    expect(testsOutput(results({ unreadReports: 3 }))).toEqual({ ...counts, unreadReports: 3 })
  })
})

describe('step outputs and the job summary', () => {
  it('sets the five outputs; tests-failed is failed plus errored', () => {
    const outputs: Record<string, unknown> = {}
    setTestOutputs(
      { setOutput: (name: string, value: unknown) => (outputs[name] = value) } as unknown as Edge,
      results()
    )
    expect(outputs).toEqual({
      'tests-total': 10,
      'tests-passed': 4,
      'tests-failed': 3,
      'tests-skipped': 3,
      'tests-flaky': 1
    })
  })

  it('rows for each count, and a row for the reports left out only when there are any', () => {
    expect(testRows(results())).toEqual([
      { label: 'Tests', value: '10 in 2 reports' },
      { label: 'Passed', value: '4' },
      { label: 'Failed', value: '2' },
      { label: 'Errored', value: '1' },
      { label: 'Skipped', value: '3' },
      { label: 'Flaky', value: '1' },
      { label: 'Duration', value: '1.5 s' }
    ])
    const rows = testRows(
      results({ reports: 1, unread: [{ report: 'u.xml', why: 'is empty' }], unreadReports: 1 })
    )
    expect(rows.slice(0, 2)).toEqual([
      { label: 'Tests', value: '10 in 1 report' },
      { label: 'Left out of the counts', value: "'u.xml' is empty" }
    ])
  })

  it('the failure list is the log lines without the count line, or nothing', () => {
    expect(failureList(results())).toBeUndefined()
    expect(failureList(results({ failed: 1, errored: 0, flaky: 0, failures: [listed('a')] }))).toEqual([
      'FAILED S > a: a broke'
    ])
    expect(
      failureList(results({ failed: 0, errored: 0, flaky: 1, flakyTests: [listed('f', 'flaky')] }))
    ).toEqual(['FLAKY S > f: f broke'])
  })
})
