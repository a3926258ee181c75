/** ReportCounter with plain text: how one report's elements become counts, listed tests and problems. */
import { describe, expect, it } from '@jest/globals'
import { failureMessage, firstLine, ReportCounter, seconds, totalsOf } from '../../src/core/junit-counting.js'
import type { TestResults } from '../../src/core/test-results.js'
import { TestTally } from '../../src/core/test-tally.js'
import { countsOf } from '../support/test-counts.js'

const LIMITS = { keepChars: 8192, maxTagChars: 1_000_000 }

/** Counts the reports, each given whole or in pieces, into one tally. */
function count(...reports: Array<string | string[]>): TestResults {
  const tally = new TestTally(text => text, 20)
  reports.forEach((report, i) => {
    const counter = new ReportCounter(`r${i}.xml`, tally, LIMITS)
    for (const piece of typeof report === 'string' ? [report] : report) counter.write(piece)
    counter.end()
    counter.finish()
  })
  return tally.summarize()
}
const counts = countsOf
const suite = (body: string, attrs = 'name="s"'): string => `<testsuite ${attrs}>${body}</testsuite>`

describe('ReportCounter: each <testcase> is one run', () => {
  it('a case with nothing inside passed; failure, error and skipped each count as such', () => {
    const results = count(
      suite(
        '<testcase name="p"/><testcase name="f"><failure/></testcase>' +
          '<testcase name="e"><error/></testcase><testcase name="s"><skipped/></testcase>'
      )
    )
    expect(counts(results)).toEqual({
      total: 4,
      passed: 1,
      failed: 1,
      errored: 1,
      skipped: 1,
      flaky: 0,
      reports: 1
    })
    expect(results.unread).toEqual([])
    expect(results.problems).toEqual([])
  })

  it.each([
    ['<skipped/><failure/>', 'failed'],
    ['<failure/><skipped/>', 'failed'],
    ['<failure/><error/>', 'errored'],
    ['<error/><failure/>', 'errored'],
    ['<skipped/><error/>', 'errored']
  ])('%s: the most severe wins (%s)', (inner, result) => {
    const results = count(suite(`<testcase name="t">${inner}</testcase>`))
    expect(results.failures.map(f => f.result)).toEqual([result])
    expect(results.total).toBe(1)
  })

  it('of two elements equally severe, the first gives the message', () => {
    const results = count(
      suite('<testcase name="t"><failure message="first"/><failure message="second"/></testcase>')
    )
    expect(results.failures.map(f => f.message)).toEqual(['first'])
  })

  it.each(['disabled', 'SKIPPED', 'notrun'])('status="%s" did not run: skipped', status => {
    expect(count(suite(`<testcase name="t" status="${status}"/>`)).skipped).toBe(1)
  })

  it('status="run" or any other word is a run that passed', () => {
    expect(counts(count(suite('<testcase name="t" status="run"/>')))).toMatchObject({ passed: 1, skipped: 0 })
  })

  it('a flakyFailure or flakyError in a passing case is one flaky pass, named with its message', () => {
    const results = count(
      suite(
        '<testcase classname="C" name="a"><flakyFailure message="timed out&#10;at x"/><flakyError message="second"/></testcase>' +
          '<testcase classname="C" name="b"><flakyError message="refused"/></testcase>' +
          '<testcase classname="C" name="c"><flakyFailure message="x"/><failure message="still"/></testcase>'
      )
    )
    expect(counts(results)).toEqual({
      total: 3,
      passed: 2,
      failed: 1,
      errored: 0,
      skipped: 0,
      flaky: 2,
      reports: 1
    })
    expect(results.flakyTests).toEqual([
      { suite: 'C', name: 'a', result: 'flaky', message: 'timed out' },
      { suite: 'C', name: 'b', result: 'flaky', message: 'refused' }
    ])
    expect(results.failures).toEqual([{ suite: 'C', name: 'c', result: 'failed', message: 'still' }])
  })

  it('names a test by classname, else class, else the suite path', () => {
    const results = count(
      `<testsuites name="all">${suite(
        '<testcase classname="K" class="X" name="a"><failure/></testcase>' +
          '<testcase class="X" name="b"><failure/></testcase>' +
          '<testcase name="c"><failure/></testcase>',
        'name="inner"'
      )}</testsuites>`
    )
    expect(results.failures.map(f => `${f.suite}|${f.name}`)).toEqual(['K|a', 'X|b', 'all > inner|c'])
  })

  it('the message: the attribute, else the first line of the text; CDATA counts as text', () => {
    const results = count(
      suite(
        '<testcase name="a"><failure message="from attribute">text</failure></testcase>' +
          '<testcase name="b"><failure>\n\n  first line\nsecond</failure></testcase>' +
          '<testcase name="c"><error><![CDATA[in cdata\nmore]]></error></testcase>'
      )
    )
    expect(results.failures.map(f => f.message)).toEqual(['from attribute', 'first line', 'in cdata'])
  })

  it('sums the time of each case; a duration that is no duration adds nothing', () => {
    const results = count(
      suite(
        '<testcase name="a" time="1.5"/><testcase name="b" time="1,000.25"/><testcase name="c" time="-1"/>'
      )
    )
    expect(results.durationSeconds).toBe(1001.75)
  })

  it('counts across reports: the reports counted, each in full', () => {
    const results = count(suite('<testcase name="a"/>'), suite('<testcase name="a"><failure/></testcase>'))
    expect(counts(results)).toEqual({
      total: 2,
      passed: 1,
      failed: 1,
      errored: 0,
      skipped: 0,
      flaky: 0,
      reports: 2
    })
  })

  it('reads the same in pieces as whole', () => {
    const xml = suite(
      '<testcase classname="C" name="a"><failure message="boom"/></testcase><testcase name="b"/>'
    )
    const pieces = xml.match(/.{1,3}/gs) ?? []
    expect(count(pieces)).toEqual(count(xml))
  })
})

describe('ReportCounter: suite totals and suite-level failures', () => {
  it('uses the totals of the suites without cases only when the report lists no case', () => {
    const totals = '<testsuite name="a" tests="5" failures="1" errors="1" skipped="1" time="2"/>'
    expect(counts(count(`<testsuites>${totals}</testsuites>`))).toEqual({
      total: 5,
      passed: 2,
      failed: 1,
      errored: 1,
      skipped: 1,
      flaky: 0,
      reports: 1
    })
    expect(count(`<testsuites>${totals}</testsuites>`).durationSeconds).toBe(2)
    expect(count(`<testsuites>${totals}${suite('<testcase name="t"/>')}</testsuites>`).total).toBe(1)
  })

  it('a parent suite’s totals are not added to its children’s', () => {
    const xml =
      '<testsuites tests="9"><testsuite name="p" tests="9"><testsuite name="c" tests="3"/></testsuite></testsuites>'
    expect(count(xml).total).toBe(3)
  })

  it('disabled counts as skipped when skipped is not given', () => {
    expect(count('<testsuite tests="4" disabled="2"/>').skipped).toBe(2)
  })

  it('a suite-level error in a suite that lists no case: one errored test, the suite did not run', () => {
    const results = count(
      suite('<properties/><error message="Could not initialize">trace</error>', 'name="S" tests="3"')
    )
    expect(counts(results)).toEqual({
      total: 1,
      passed: 0,
      failed: 0,
      errored: 1,
      skipped: 0,
      flaky: 0,
      reports: 1
    })
    expect(results.failures).toEqual([
      { suite: 'S', name: '', result: 'errored', message: 'Could not initialize', wholeSuite: true }
    ])
  })

  it('a suite-level error after listed cases is marked as after its tests', () => {
    const results = count(
      suite('<testcase name="a"/><error message="Dubious, test returned 2"/>', 'name="S"')
    )
    expect(counts(results)).toMatchObject({ total: 2, passed: 1, errored: 1 })
    expect(results.failures).toEqual([
      {
        suite: 'S',
        name: '',
        result: 'errored',
        message: 'Dubious, test returned 2',
        wholeSuite: true,
        afterItsTests: true
      }
    ])
  })

  it('a suite-level failure is a failed test; cases in a child suite count as the suite’s own', () => {
    const results = count(
      `<testsuites>${suite(`${suite('<testcase name="a"/>', 'name="child"')}<failure message="crashed"/>`, 'name="P"')}</testsuites>`
    )
    expect(results.failures).toEqual([
      { suite: 'P', name: '', result: 'failed', message: 'crashed', wholeSuite: true, afterItsTests: true }
    ])
    expect(counts(results)).toMatchObject({ total: 2, passed: 1, failed: 1, errored: 0 })
  })

  it('only the first suite-level failure of a suite counts', () => {
    const results = count(suite('<error message="one"/><error message="two"/>'))
    expect(results.failures.map(f => f.message)).toEqual(['one'])
    expect(results.errored).toBe(1)
  })

  it('a failure nested deeper in a suite (inside properties) is not the suite’s', () => {
    expect(count(suite('<properties><error/></properties><testcase name="a"/>')).errored).toBe(0)
  })
})

describe('ReportCounter: what it cannot count, said with why', () => {
  it('a report broken off counts what was read, a failed case cut off included, and is left out in part', () => {
    const xml = '<testsuite name="s"><testcase name="a"/><testcase name="b"><failure message="boom"/>'
    const results = count(xml)
    expect(counts(results)).toMatchObject({ total: 2, passed: 1, failed: 1, reports: 1 })
    expect(results.problems).toEqual([
      `'r0.xml' could not be read as XML: 1:${xml.length}: unclosed tag: testcase; the 2 tests read before that are counted`
    ])
    expect(results.unread).toEqual([
      { report: 'r0.xml', why: `could not be read as XML: 1:${xml.length}: unclosed tag: testcase` }
    ])
  })

  it('a passing case cut off is not counted; a suite error cut off still is', () => {
    const results = count(suite('<testcase name="a"><system-out>', 'name="S"').replace('</testsuite>', ''))
    expect(results.total).toBe(0)
    expect(results.problems[0]).toMatch(/; nothing in it is counted$/)
    const withError = count('<testsuite name="S"><testcase name="a"/><error message="crash">')
    expect(withError.failures).toEqual([
      { suite: 'S', name: '', result: 'errored', message: 'crash', wholeSuite: true, afterItsTests: true }
    ])
  })

  it('another root element is not a JUnit report: a warning, never left out of the counts', () => {
    const results = count('<project><testcase name="a"/></project>')
    expect(results.problems).toEqual([
      "'r0.xml' is not a JUnit report: its root element is <project>, not <testsuites> or <testsuite>; nothing in it is counted"
    ])
    expect(results.unread).toEqual([])
    expect(results.reports).toBe(0)
  })

  it('text that is not XML: left out, pointing at the first character when told where it is', () => {
    const tally = new TestTally(text => text, 20)
    const counter = new ReportCounter('plain.xml', tally, LIMITS)
    counter.textBeforeMarkup = '2:3'
    counter.write('\n  some\nplain text\n')
    counter.end()
    counter.finish()
    const results = tally.summarize()
    expect(results.problems).toEqual([
      "'plain.xml' could not be read as XML: 2:3: text data outside of root node.; nothing in it is counted"
    ])
    expect(results.unreadReports).toBe(1)
  })

  it('a budget reached before the root: nothing counted, a note, left out', () => {
    const tally = new TestTally(text => text, 20)
    const counter = new ReportCounter('big.xml', tally, LIMITS)
    counter.fail('budget', 'is read only up to the limit')
    counter.finish()
    const results = tally.summarize()
    expect(results.problems).toEqual(["'big.xml' is read only up to the limit: nothing in it is counted"])
    expect(results.unread).toEqual([{ report: 'big.xml', why: 'is read only up to the limit' }])
  })

  it('a budget reached inside a report: what was read counts, a note, left out in part', () => {
    const tally = new TestTally(text => text, 20)
    const counter = new ReportCounter('big.xml', tally, LIMITS)
    counter.write(suite('<testcase name="a"/>').replace('</testsuite>', ''))
    expect(counter.stopped).toBe(false)
    counter.fail('budget', 'is read only up to the limit')
    counter.fail('error', 'a later reason is not kept')
    expect(counter.stopped).toBe(true)
    counter.finish()
    const results = tally.summarize()
    expect(results.problems).toEqual([
      "'big.xml' is read only up to the limit: the 1 test read before that is counted"
    ])
    expect(results.reports).toBe(1)
    expect(results.unreadReports).toBe(1)
  })

  it('a DTD stops the reading, refused by the skimmer', () => {
    const results = count('<!DOCTYPE x [<!ENTITY a "b">]><testsuite/>')
    expect(results.problems).toEqual([
      "'r0.xml' could not be read as XML: it declares a DTD (<!DOCTYPE>), which JUnit reports never do; its entities are not expanded; nothing in it is counted"
    ])
  })
})

describe('the helpers of counting', () => {
  it.each([
    ['1.5', 1.5],
    ['1,234.5', 1234.5],
    ['1000000', 1e6],
    ['1000001', 0],
    ['0', 0],
    ['-3', 0],
    ['NaN', 0],
    ['', 0],
    [undefined, 0]
  ])('seconds(%p) is %p', (value, expected) => {
    expect(seconds(value)).toBe(expected)
  })

  it('totalsOf: whole numbers of at least 0; skipped, else disabled', () => {
    expect(
      totalsOf({ tests: '7.9', failures: '-2', errors: 'x', skipped: '1', disabled: '5', time: '3' })
    ).toEqual({
      total: 7,
      failed: 0,
      errored: 0,
      skipped: 1,
      seconds: 3
    })
    expect(totalsOf({}).total).toBe(0)
  })

  it.each([
    [{ attribute: 'Failed', text: 'the real reason' }, 'the real reason'],
    [{ attribute: 'Failed', text: '' }, 'Failed'],
    [{ attribute: 'two words', text: 'text' }, 'two words'],
    [{ attribute: '', text: 'text only' }, 'text only'],
    [{ attribute: '', text: '' }, '']
  ])('failureMessage(%p) is %p', (failure, expected) => {
    expect(failureMessage(failure)).toBe(expected)
  })

  it('failureMessage of no failure is empty', () => {
    expect(failureMessage(undefined)).toBe('')
  })

  it('firstLine skips blank lines and go test progress lines, and folds whitespace', () => {
    expect(
      firstLine(
        '=== RUN   TestA\n=== PAUSE TestA\n=== CONT  TestA\n=== NAME  TestA\n  x_test.go:3:   bad\tvalue \nnext'
      )
    ).toBe('x_test.go:3: bad value')
    expect(firstLine('\r\n\r\nsecond line\r\n')).toBe('second line')
    expect(firstLine('=== RUNNING is not progress')).toBe('=== RUNNING is not progress')
    expect(firstLine('')).toBe('')
  })
})
