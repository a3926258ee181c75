/** TestTally with plain values: sums, the tests listed, problems and the reports left out. */
import { describe, expect, it } from '@jest/globals'
import { MAX_FAILURE_LINES } from '../../src/core/test-results.js'
import { plural, RAW_TEXT, TestTally } from '../../src/core/test-tally.js'

const newTally = (maxProblems = 20) => new TestTally(text => text.replaceAll('SECRET', '***'), maxProblems)
const test =
  (name: string, message = 'm') =>
  () => ({ suite: 's', name, message })

describe('TestTally: counts', () => {
  it('add counts one test of the result, with its time', () => {
    const tally = newTally()
    tally.add('passed', 1)
    tally.add('skipped', 0.5)
    tally.add('failed', 0)
    tally.add('errored', 0.25)
    expect(tally.summarize()).toMatchObject({
      total: 4,
      passed: 1,
      skipped: 1,
      failed: 1,
      errored: 1,
      flaky: 0,
      durationSeconds: 1.75,
      reports: 0
    })
  })

  it('addFailure counts and lists; addFlaky counts a pass that is also flaky', () => {
    const tally = newTally()
    tally.addFailure('errored', 2, test('e'))
    tally.addFlaky(1, test('f', 'retried'))
    const results = tally.summarize()
    expect(results).toMatchObject({ total: 2, passed: 1, errored: 1, flaky: 1, durationSeconds: 3 })
    expect(results.failures).toEqual([{ suite: 's', name: 'e', result: 'errored', message: 'm' }])
    expect(results.flakyTests).toEqual([{ suite: 's', name: 'f', result: 'flaky', message: 'retried' }])
  })

  it(`lists the first ${MAX_FAILURE_LINES} failures and flaky tests, asking for no more descriptions`, () => {
    const tally = newTally()
    let described = 0
    for (let i = 0; i < MAX_FAILURE_LINES + 5; i++) {
      tally.addFailure('failed', 0, () => (described++, { suite: '', name: `t${i}`, message: '' }))
      tally.addFlaky(0, () => (described++, { suite: '', name: `f${i}`, message: '' }))
    }
    const results = tally.summarize()
    expect(results.failed).toBe(MAX_FAILURE_LINES + 5)
    expect(results.flaky).toBe(MAX_FAILURE_LINES + 5)
    expect(results.failures).toHaveLength(MAX_FAILURE_LINES)
    expect(results.failures.at(-1)?.name).toBe(`t${MAX_FAILURE_LINES - 1}`)
    expect(results.flakyTests).toHaveLength(MAX_FAILURE_LINES)
    expect(described).toBe(2 * MAX_FAILURE_LINES)
  })

  it('addTotals: passed is what is left, never below 0', () => {
    const tally = newTally()
    tally.addTotals({ total: 10, failed: 2, errored: 1, skipped: 3, seconds: 4 })
    tally.addTotals({ total: 1, failed: 2, errored: 0, skipped: 0, seconds: 0 })
    expect(tally.summarize()).toMatchObject({
      total: 11,
      passed: 4,
      failed: 4,
      errored: 1,
      skipped: 3,
      durationSeconds: 4
    })
  })

  it('rounds the duration to the millisecond', () => {
    const tally = newTally()
    tally.add('passed', 0.1)
    tally.add('passed', 0.2)
    tally.add('passed', 0.0004)
    expect(tally.summarize().durationSeconds).toBe(0.3)
  })

  it('redacts before shortening to 300 characters, and marks the cut', () => {
    const tally = newTally()
    const long = `${'x'.repeat(295)}SECRET${'y'.repeat(10)}`
    tally.addFailure('failed', 0, () => ({ suite: long, name: 'x'.repeat(300), message: 'SECRET' }))
    const [listed] = tally.summarize().failures
    expect(listed?.suite).toBe(`${'x'.repeat(295)}***yy...`)
    expect(listed?.name).toBe('x'.repeat(300))
    expect(listed?.message).toBe('***')
    expect(RAW_TEXT).toBeGreaterThan(300 + 'SECRET'.length)
  })

  it('keeps the suite-wide marks of a listed test', () => {
    const tally = newTally()
    tally.addFailure('errored', 0, () => ({
      suite: 'S',
      name: '',
      message: 'm',
      wholeSuite: true,
      afterItsTests: true
    }))
    tally.addFailure('errored', 0, () => ({ suite: 'T', name: '', message: 'm', wholeSuite: true }))
    expect(tally.summarize().failures).toEqual([
      { suite: 'S', name: '', result: 'errored', message: 'm', wholeSuite: true, afterItsTests: true },
      { suite: 'T', name: '', result: 'errored', message: 'm', wholeSuite: true }
    ])
  })
})

describe('TestTally: problems, notes and reports left out', () => {
  it('lists problems up to the limit, then how many more, then every note', () => {
    const tally = newTally(2)
    for (const p of ['a', 'b', 'c', 'd']) tally.problem(p)
    tally.note('limit reached')
    expect(tally.summarize().problems).toEqual([
      'a',
      'b',
      '... and 2 more problems with reports, not listed',
      'limit reached'
    ])
    const one = newTally(1)
    one.problem('a')
    one.problem('b')
    expect(one.summarize().problems).toEqual(['a', '... and 1 more problem with reports, not listed'])
  })

  it('no problem, no line', () => {
    expect(newTally().summarize().problems).toEqual([])
  })

  it('leftOut lists the first reports up to the limit and counts every one, the reports after it too', () => {
    const tally = newTally(2)
    tally.leftOut('a.xml', 'is empty')
    tally.leftOut('b.xml', 'are not read: the limit', 3)
    tally.leftOut('c.xml', 'is empty')
    const results = tally.summarize()
    expect(results.unread).toEqual([
      { report: 'a.xml', why: 'is empty' },
      { report: 'b.xml', why: 'are not read: the limit', more: 3 }
    ])
    expect(results.unreadReports).toBe(6)
    expect(results.problems).toEqual([])
  })

  it('plural', () => {
    expect([plural(0, 'test'), plural(1, 'test'), plural(2, 'test')]).toEqual([
      '0 tests',
      '1 test',
      '2 tests'
    ])
  })
})
