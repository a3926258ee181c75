/**
 * Test results from JUnit-style XML reports, in the dialects real tools write (jest-junit,
 * pytest, Maven Surefire and Gradle, go-junit-report, ctest, PHPUnit, Mocha). Each report is
 * parsed as a stream, so memory stays bounded whatever its size. The XML parser does not
 * expand entities a document declares, so a billion-laughs document is an error, not a bomb.
 */
import { createReadStream } from 'node:fs'
import { SaxesParser, type SaxesTagPlain } from 'saxes'
import { errorText } from './errors.js'
import { displayPath, resolvePatterns } from './file-patterns.js'

export type CaseResult = 'passed' | 'failed' | 'errored' | 'skipped'

export interface FailedTest {
  suite: string
  name: string
  result: 'failed' | 'errored'
  /** First line of the failure's message attribute, or of its text. */
  message: string
}

export interface TestCounts {
  total: number
  passed: number
  failed: number
  errored: number
  skipped: number
  durationSeconds: number
  /** Reports read. */
  reports: number
}

export interface TestResults extends TestCounts {
  /** In the order they were first seen. */
  failures: FailedTest[]
  /** One per report that could not be used, naming it. */
  problems: string[]
}

const RESULT_CODES: readonly CaseResult[] = ['passed', 'failed', 'errored', 'skipped']
/** Longest suite, name or message kept for a failed test. */
const MAX_TEXT = 300

/**
 * Counts test cases across reports. A case seen twice (a rerun, in the same report or
 * another) counts once, with its last result.
 */
class TestResultCollector {
  /**
   * Keyed by a hash of class, name and file, so 200,000 cases cost a few MB, not their names;
   * the value packs the duration in microseconds with the result's code.
   */
  private readonly cases = new Map<number, number>()
  private readonly failures = new Map<number, FailedTest>()
  private readonly totalsOnly: TestCounts = emptyCounts()
  private reports = 0
  private readonly problems: string[] = []

  recordCase(key: string, result: CaseResult, seconds: number, failure?: FailedTest): void {
    const id = hash53(key)
    this.cases.set(id, Math.round(seconds * 1e6) * RESULT_CODES.length + RESULT_CODES.indexOf(result))
    if (failure) {
      this.failures.delete(id) // a rerun moves it to the end
      this.failures.set(id, failure)
    } else {
      this.failures.delete(id)
    }
  }

  /** A suite that lists no cases, only totals. */
  recordTotals(counts: Omit<TestCounts, 'reports' | 'passed'>): void {
    const t = this.totalsOnly
    t.total += counts.total
    t.failed += counts.failed
    t.errored += counts.errored
    t.skipped += counts.skipped
    t.passed += Math.max(0, counts.total - counts.failed - counts.errored - counts.skipped)
    t.durationSeconds += counts.durationSeconds
  }

  reportRead(): void {
    this.reports++
  }

  problem(message: string): void {
    this.problems.push(message)
  }

  summarize(): TestResults {
    const counts = { ...this.totalsOnly }
    let microseconds = 0
    for (const packed of this.cases.values()) {
      counts.total++
      counts[RESULT_CODES[packed % RESULT_CODES.length]]++
      microseconds += Math.floor(packed / RESULT_CODES.length)
    }
    counts.durationSeconds = Math.round((counts.durationSeconds + microseconds / 1e6) * 1000) / 1000
    return {
      ...counts,
      reports: this.reports,
      failures: [...this.failures.values()],
      problems: this.problems
    }
  }
}

function emptyCounts(): TestCounts {
  return { total: 0, passed: 0, failed: 0, errored: 0, skipped: 0, durationSeconds: 0, reports: 0 }
}

/** cyrb53: a fast 53-bit string hash; collisions among 200,000 keys are vanishingly rare. */
function hash53(text: string): number {
  let h1 = 0xdeadbeef
  let h2 = 0x41c6ce57
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    h1 = Math.imul(h1 ^ c, 2654435761)
    h2 = Math.imul(h2 ^ c, 1597334677)
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909)
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909)
  return 4294967296 * (2097151 & h2) + (h1 >>> 0)
}

interface SuiteFrame {
  name: string
  attributes: Record<string, string>
  hasCases: boolean
  hasSuites: boolean
}

interface CaseFrame {
  key: string
  suite: string
  name: string
  seconds: number
  result: CaseResult
  message?: string
  /** Collecting the text of a failure or error without a message attribute. */
  text?: string
}

/** Reads every report the patterns match. Missing or broken reports become problems, never errors. */
export async function readJunitReports(patterns: readonly string[]): Promise<TestResults> {
  const collector = new TestResultCollector()
  for (const { pattern, files, matched } of await resolvePatterns(patterns)) {
    if (!matched) collector.problem(`no report matches '${pattern}'`)
    for (const file of files) await readJunitReport(file, displayPath(file), collector)
  }
  return collector.summarize()
}

/** Reads one report into the collector; a problem with it is recorded, never thrown. */
async function readJunitReport(path: string, name: string, collector: TestResultCollector): Promise<void> {
  const parser = new SaxesParser<{ xmlns: false; position: true }>({ xmlns: false, position: true })
  const suites: SuiteFrame[] = []
  let current: CaseFrame | undefined
  let sawRoot = false
  let rootName = ''
  let cases = 0
  let parseError: Error | undefined

  // Text is only wanted inside <failure> and <error>; without a handler the parser does not
  // even build the strings of the (often large) <system-out> sections.
  const collectText = (text: string): void => {
    if (!parseError && current?.text !== undefined && current.text.length < MAX_TEXT) current.text += text
  }
  parser.on('error', error => {
    parseError ??= error
  })
  // JUnit reports never declare a DTD; one that does is refused before any entity is used.
  parser.on('doctype', () => {
    parseError ??= new Error(
      'it declares a DTD (<!DOCTYPE>), which JUnit reports never do; its entities are not expanded'
    )
  })
  parser.on('opentag', (tag: SaxesTagPlain) => {
    if (parseError) return
    if (!sawRoot) {
      sawRoot = true
      rootName = tag.name
    }
    const attrs = tag.attributes
    switch (tag.name) {
      case 'testsuites':
      case 'testsuite': {
        const parent = suites.at(-1)
        if (parent) parent.hasSuites = true
        suites.push({ name: attrs['name'] ?? '', attributes: attrs, hasCases: false, hasSuites: false })
        return
      }
      case 'testcase': {
        for (const suite of suites) suite.hasCases = true
        const suite = suitePath(suites)
        const caseName = attrs['name'] ?? ''
        const owner = attrs['classname'] || attrs['class'] || suite
        current = {
          key: `${owner}\u0000${caseName}\u0000${attrs['file'] ?? ''}`,
          suite: attrs['classname'] || suite,
          name: caseName,
          seconds: seconds(attrs['time']),
          result: 'passed'
        }
        return
      }
    }
    if (!current) return
    // failure and error win over skipped; a flaky or rerun entry alone leaves the case passed
    if (tag.name === 'failure' || tag.name === 'error') {
      if (current.result === 'failed' || current.result === 'errored') return
      current.result = tag.name === 'failure' ? 'failed' : 'errored'
      current.message = attrs['message'] || undefined
      current.text = ''
      parser.on('text', collectText)
      parser.on('cdata', collectText)
    } else if (tag.name === 'skipped' && current.result === 'passed') {
      current.result = 'skipped'
    }
  })
  parser.on('closetag', (tag: SaxesTagPlain) => {
    if (parseError) return
    if (tag.name === 'failure' || tag.name === 'error') {
      parser.off('text')
      parser.off('cdata')
      if (current?.text !== undefined) {
        current.message = failureMessage(current.message, current.text)
        current.text = undefined
      }
      return
    }
    if (tag.name === 'testcase' && current) {
      const failed = current.result === 'failed' || current.result === 'errored'
      collector.recordCase(
        current.key,
        current.result,
        current.seconds,
        failed
          ? {
              suite: clip(current.suite),
              name: clip(current.name),
              result: current.result as FailedTest['result'],
              message: clip(current.message ?? '')
            }
          : undefined
      )
      cases++
      current = undefined
      return
    }
    if (tag.name === 'testsuite' || tag.name === 'testsuites') {
      const suite = suites.pop()
      if (suite && !suite.hasCases && !suite.hasSuites) collector.recordTotals(totalsOf(suite.attributes))
    }
  })

  let bytes = 0
  try {
    for await (const chunk of createReadStream(path, { encoding: 'utf8', highWaterMark: 64 * 1024 })) {
      bytes += (chunk as string).length
      parser.write(chunk as string)
      if (parseError) break
    }
    if (!parseError) parser.close()
  } catch (error) {
    collector.problem(`could not read '${name}': ${errorText(error)}`)
    return
  }
  if (bytes === 0) {
    collector.problem(`'${name}' is empty`)
    return
  }
  if (parseError) {
    const counted =
      cases > 0
        ? `; the ${cases} test case${cases === 1 ? '' : 's'} before the error ${cases === 1 ? 'is' : 'are'} counted`
        : ''
    collector.problem(`'${name}' could not be read as XML: ${firstLine(parseError.message)}${counted}`)
    if (cases > 0) collector.reportRead()
    return
  }
  if (rootName !== 'testsuites' && rootName !== 'testsuite') {
    collector.problem(
      `'${name}' is not a JUnit report: its root element is <${rootName}>, not <testsuites> or <testsuite>`
    )
    return
  }
  collector.reportRead()
}

function suitePath(suites: readonly SuiteFrame[]): string {
  return suites
    .map(s => s.name)
    .filter(Boolean)
    .join(' > ')
}

function totalsOf(attrs: Record<string, string>): Omit<TestCounts, 'reports' | 'passed'> {
  const count = (name: string): number => Math.max(0, Math.trunc(Number(attrs[name] ?? 0)) || 0)
  return {
    total: count('tests'),
    failed: count('failures'),
    errored: count('errors'),
    skipped: count('skipped') || count('disabled'),
    durationSeconds: seconds(attrs['time'])
  }
}

/** `time` as seconds; some tools write thousands separators ("1,234.5"). */
function seconds(value: string | undefined): number {
  const n = Number((value ?? '').replace(/,/g, ''))
  return Number.isFinite(n) && n > 0 ? n : 0
}

/**
 * The message attribute, unless it is a bare word such as go-junit-report's "Failed" and the
 * element's text says more.
 */
function failureMessage(attribute: string | undefined, text: string): string {
  const fromText = firstLine(text)
  if (attribute && (!/^\w+$/.test(attribute.trim()) || !fromText)) return firstLine(attribute)
  return fromText || (attribute ?? '')
}

function firstLine(text: string): string {
  const line = text.split(/\r?\n/).find(l => l.trim()) ?? ''
  return line.replace(/\s+/g, ' ').trim()
}

/**
 * Shortens a kept string and copies it: a substring of the parser's input would otherwise
 * keep the whole input chunk alive, and thousands of failures would keep the whole report.
 */
function clip(text: string): string {
  const short = text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT)}...` : text
  return Buffer.from(short, 'utf8').toString('utf8')
}
