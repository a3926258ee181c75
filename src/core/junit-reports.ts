/**
 * Test results from JUnit-style XML reports, in the dialects real tools write (jest-junit,
 * pytest, Maven Surefire and Gradle, go-junit-report and gotestsum, ctest, PHPUnit, Mocha,
 * TestNG). Every `<testcase>` element is one test run and is counted, as the reports' own
 * totals and the established readers count them: a repeated name is another matrix leg, file,
 * data row or `-count` run far more often than a retry. Only what a report marks as a retry
 * inside one element is merged (see ReportReader.closeCase).
 *
 * Memory stays bounded whatever the reports hold: each is parsed as a stream behind a skimmer
 * that drops the content nobody reads, only the first failures are kept, and counting a case
 * costs the same at any suite depth. The XML parser does not expand entities a document
 * declares, and a DTD is refused, so a billion-laughs document is a warning, not a bomb.
 */
import type { FileHandle } from 'node:fs/promises'
import { StringDecoder } from 'node:string_decoder'
import { SaxesParser, type SaxesTagPlain } from 'saxes'
import { errorText } from './errors.js'
import { displayPath, resolvePatterns } from './file-patterns.js'
import { openRegularFile } from './regular-file.js'
import type { Redact } from './secrets.js'
import { MAX_FAILURE_LINES } from './test-summary.js'
import { SkimError, XmlSkimmer, type SkimLimits } from './xml-skimmer.js'

export type CaseResult = 'passed' | 'failed' | 'errored' | 'skipped'

/** A test named in the logs: one that failed or errored, or one retried to a pass. */
export interface ListedTest {
  suite: string
  name: string
  result: 'failed' | 'errored' | 'flaky'
  /** A suite-level `<failure>` or `<error>`: the suite failed as a whole, its tests never ran. */
  wholeSuite?: true
  /** First line of the failure's message attribute, or of its text. */
  message: string
}

export interface TestCounts {
  total: number
  passed: number
  failed: number
  errored: number
  skipped: number
  /** Tests that failed and then passed on a retry the report marks; counted in passed too. */
  flaky: number
  durationSeconds: number
  /** Reports whose tests were counted, in whole or in part. */
  reports: number
}

export interface TestResults extends TestCounts {
  /** The first failed or errored tests, in the order read. */
  failures: ListedTest[]
  /** The first flaky tests, in the order read. */
  flakyTests: ListedTest[]
  /** What could not be read, one line each, at most `maxProblems` and a line for the rest. */
  problems: string[]
}

export interface ReadLimits {
  /** Reports read; the files that patterns match beyond it are left out, with one warning. */
  maxReports: number
  /** XML read across all reports. */
  maxBytes: number
  /** Time spent reading reports. */
  maxMilliseconds: number
  /** Problems listed one by one; the rest are counted in one line. */
  maxProblems: number
  skim: SkimLimits
}

export const DEFAULT_LIMITS: ReadLimits = {
  maxReports: 1000,
  maxBytes: 256 * 2 ** 20,
  maxMilliseconds: 60_000,
  maxProblems: 20,
  skim: { keepChars: 8192, maxTagChars: 4 * 2 ** 20 }
}

export interface ReadOptions {
  /** Applied to each kept name and message before it is shortened, so no secret is cut in two. */
  redact?: Redact
  limits?: Partial<ReadLimits>
  /** The clock of the time limit, in milliseconds. */
  now?: () => number
}

/** Longest suite, name or message kept for a listed test. */
const MAX_TEXT = 300
/** Read beyond MAX_TEXT, so that a secret crossing the cut is still whole when redacted. */
const SECRET_MARGIN = 1024
const RAW_TEXT = MAX_TEXT + SECRET_MARGIN
/** A `time` above this (11.5 days) is not a duration; it is left out of the sum. */
const MAX_SECONDS = 1e6
const CHUNK_BYTES = 64 * 1024
const SEVERITY: Record<CaseResult, number> = { passed: 0, skipped: 1, failed: 2, errored: 3 }
/** Values of a `status` attribute (TestNG, xUnit converters) that mean the test did not run. */
const NOT_RUN_STATUSES = new Set(['disabled', 'skipped', 'notrun'])
const GO_TEST_PROGRESS = /^=== (RUN|PAUSE|CONT|NAME) /

/** Reads every report the patterns match. Problems with reports are listed, never thrown. */
export async function readJunitReports(
  patterns: readonly string[],
  options: ReadOptions = {}
): Promise<TestResults> {
  const limits = { ...DEFAULT_LIMITS, ...options.limits }
  const tally = new TestTally(options.redact ?? (text => text), limits.maxProblems)
  const files: string[] = []
  for (const { pattern, files: matched, matched: any } of await resolvePatterns(patterns)) {
    if (!any) tally.problem(`no report matches '${pattern}'`)
    files.push(...matched)
  }
  if (files.length > limits.maxReports) {
    tally.note(
      `the patterns match ${files.length} files; only the first ${limits.maxReports} are read, ` +
        `the other ${files.length - limits.maxReports} are not counted`
    )
  }
  const now = options.now ?? Date.now
  const budget = new ReadBudget(limits, now)
  const toRead = files.slice(0, limits.maxReports)
  for (const [index, file] of toRead.entries()) {
    if (budget.exceeded()) {
      tally.note(
        `the limit of ${budget.describe()} for all reports was reached: the ` +
          `${plural(toRead.length - index, 'report')} from '${displayPath(file)}' on ${toRead.length - index === 1 ? 'is' : 'are'} not read`
      )
      break
    }
    await new ReportReader(file, displayPath(file), tally, budget, limits.skim).read()
  }
  return tally.summarize()
}

/** The byte and time limits shared by all reports. */
class ReadBudget {
  private bytesLeft: number
  private readonly deadline: number
  private reason: 'bytes' | 'time' | undefined

  constructor(
    private readonly limits: ReadLimits,
    private readonly now: () => number
  ) {
    this.bytesLeft = limits.maxBytes
    this.deadline = now() + limits.maxMilliseconds
  }

  /** How many bytes the next read may take; 0 once a limit is reached. */
  nextRead(): number {
    if (this.exceeded()) return 0
    return Math.min(CHUNK_BYTES, this.bytesLeft)
  }

  spent(bytes: number): void {
    this.bytesLeft -= bytes
  }

  exceeded(): boolean {
    if (!this.reason && this.bytesLeft <= 0) this.reason = 'bytes'
    if (!this.reason && this.now() >= this.deadline) this.reason = 'time'
    return this.reason !== undefined
  }

  describe(): string {
    return this.reason === 'time'
      ? `${this.limits.maxMilliseconds / 1000} s of reading`
      : `${formatBytes(this.limits.maxBytes)} of XML`
  }
}

/** Counts across reports; keeps only the first listed tests and problems. */
class TestTally {
  readonly counts: TestCounts = {
    total: 0,
    passed: 0,
    failed: 0,
    errored: 0,
    skipped: 0,
    flaky: 0,
    durationSeconds: 0,
    reports: 0
  }
  private readonly failures: ListedTest[] = []
  private readonly flakyTests: ListedTest[] = []
  private readonly problems: string[] = []
  private unlistedProblems = 0
  /** Limits reached: always listed, after the problems. */
  private readonly notes: string[] = []

  constructor(
    private readonly redact: Redact,
    private readonly maxProblems: number
  ) {}

  add(result: CaseResult, seconds: number): void {
    this.counts.total++
    this.counts[result]++
    this.counts.durationSeconds += seconds
  }

  /** Counts a failed or errored test, and lists the first ones. */
  addFailure(result: 'failed' | 'errored', seconds: number, test: RawTest): void {
    this.add(result, seconds)
    if (this.failures.length < MAX_FAILURE_LINES) this.failures.push(this.listed(test, result))
  }

  addFlaky(seconds: number, test: RawTest): void {
    this.add('passed', seconds)
    this.counts.flaky++
    if (this.flakyTests.length < MAX_FAILURE_LINES) this.flakyTests.push(this.listed(test, 'flaky'))
  }

  addTotals(totals: SuiteTotals): void {
    const c = this.counts
    c.total += totals.total
    c.failed += totals.failed
    c.errored += totals.errored
    c.skipped += totals.skipped
    c.passed += Math.max(0, totals.total - totals.failed - totals.errored - totals.skipped)
    c.durationSeconds += totals.seconds
  }

  problem(message: string): void {
    if (this.problems.length < this.maxProblems) this.problems.push(message)
    else this.unlistedProblems++
  }

  note(message: string): void {
    this.notes.push(message)
  }

  summarize(): TestResults {
    const problems = [...this.problems]
    if (this.unlistedProblems > 0) {
      problems.push(`... and ${plural(this.unlistedProblems, 'more problem')} with reports, not listed`)
    }
    return {
      ...this.counts,
      durationSeconds: Math.round(this.counts.durationSeconds * 1000) / 1000,
      failures: this.failures,
      flakyTests: this.flakyTests,
      problems: [...problems, ...this.notes]
    }
  }

  private listed(test: RawTest, result: ListedTest['result']): ListedTest {
    const listed: ListedTest = {
      suite: this.keep(test.suite),
      name: this.keep(test.name),
      result,
      message: this.keep(test.message ?? failureMessage(test.failure))
    }
    if (test.wholeSuite) listed.wholeSuite = true
    return listed
  }

  /** Redacts, then shortens, then copies: a substring would keep the parser's whole chunk alive. */
  private keep(text: string): string {
    const redacted = this.redact(text)
    const short = redacted.length > MAX_TEXT ? `${redacted.slice(0, MAX_TEXT)}...` : redacted
    return Buffer.from(short, 'utf8').toString('utf8')
  }
}

/**
 * What is known of a test before it is listed, at most RAW_TEXT characters of each. The message
 * is found only for the tests listed: most failures of a large report never are.
 */
interface RawTest {
  suite: string
  name: string
  message?: string
  failure?: FailureText
  wholeSuite?: true
}

interface SuiteTotals {
  total: number
  failed: number
  errored: number
  skipped: number
  seconds: number
}

interface SuiteFrame {
  /** Names from the root, joined, at most RAW_TEXT characters: built once per suite. */
  path: string
  totals: SuiteTotals
  hasChildSuites: boolean
  /** Suite-level `<failure>` or `<error>` elements: the suite failed as a whole. */
  failedAsWhole: boolean
  /** Elements open inside this suite outside any test case (properties, system-out...). */
  openChildren: number
}

interface CaseFrame {
  suite: string
  name: string
  seconds: number
  result: CaseResult
  /** The most severe failure or error read. */
  failure?: FailureText
  /** A Surefire flakyFailure or flakyError: it failed, then passed when rerun. */
  flakyMessage?: string
}

/** The text of a `<failure>` or `<error>` being read. */
interface FailureText {
  attribute: string
  text: string
  /** A suite-level failure has no case to go to. */
  suite?: SuiteFrame
}

/** Reads one report into the tally; a problem with it is recorded, never thrown. */
class ReportReader {
  private readonly parser = new SaxesParser<{ xmlns: false; position: true }>({
    xmlns: false,
    position: true
  })
  private readonly skimmer: XmlSkimmer
  private readonly suites: SuiteFrame[] = []
  private current: CaseFrame | undefined
  private failureText: FailureText | undefined
  /** Totals of the suites that list no cases, used when the whole report lists none. */
  private readonly suiteTotals: SuiteTotals = { total: 0, failed: 0, errored: 0, skipped: 0, seconds: 0 }
  private listsCases = false
  private rootName: string | undefined
  private isJunit = false
  /** Why reading stopped before the end; undefined while it goes on. */
  private stop: { kind: 'error' | 'not-junit' | 'budget'; message: string } | undefined
  private bytes = 0
  private readonly totalBefore: number

  constructor(
    private readonly path: string,
    private readonly name: string,
    private readonly tally: TestTally,
    private readonly budget: ReadBudget,
    skimLimits: SkimLimits
  ) {
    this.skimmer = new XmlSkimmer(skimLimits)
    this.totalBefore = tally.counts.total
    this.parser.on('error', error => this.fail('error', firstLine(error.message)))
    this.parser.on('opentag', tag => {
      if (!this.stop) this.open(tag)
    })
    this.parser.on('closetag', tag => {
      if (!this.stop) this.close(tag)
    })
  }

  async read(): Promise<void> {
    let handle: FileHandle
    try {
      handle = await openRegularFile(this.path)
    } catch (error) {
      this.tally.problem(`'${this.name}' is not read: ${errorText(error)}`)
      return
    }
    try {
      await this.parse(handle)
    } catch (error) {
      if (this.bytes === 0) {
        this.tally.problem(`'${this.name}' is not read: ${errorText(error)}`)
        return
      }
      this.fail('error', `reading it failed: ${errorText(error)}`)
    } finally {
      await handle.close()
    }
    this.finish()
  }

  private async parse(handle: FileHandle): Promise<void> {
    const buffer = Buffer.allocUnsafe(CHUNK_BYTES)
    const decoder = new StringDecoder('utf8')
    while (!this.stop) {
      const room = this.budget.nextRead()
      if (room === 0) {
        this.fail('budget', `is read only up to the limit of ${this.budget.describe()} for all reports`)
        return
      }
      const { bytesRead } = await handle.read(buffer, 0, room, null)
      if (bytesRead === 0) break
      this.bytes += bytesRead
      this.budget.spent(bytesRead)
      this.write(() => this.skimmer.skim(decoder.write(buffer.subarray(0, bytesRead))))
    }
    if (this.stop || this.bytes === 0) return
    this.write(() => this.skimmer.skim(decoder.end()) + this.skimmer.end())
    if (!this.stop) this.parser.close()
  }

  private write(next: () => string): void {
    try {
      this.parser.write(next())
    } catch (error) {
      if (!(error instanceof SkimError)) throw error
      this.parser.write(error.passed)
      this.fail('error', error.message)
    }
  }

  private fail(kind: 'error' | 'not-junit' | 'budget', message: string): void {
    this.stop ??= { kind, message }
  }

  private open(tag: SaxesTagPlain): void {
    const attrs = tag.attributes
    if (this.rootName === undefined) {
      this.rootName = tag.name
      this.isJunit = tag.name === 'testsuites' || tag.name === 'testsuite'
      if (!this.isJunit) {
        this.fail('not-junit', `its root element is <${tag.name}>, not <testsuites> or <testsuite>`)
        return
      }
    }
    const suite = this.suites.at(-1)
    switch (tag.name) {
      case 'testsuites':
      case 'testsuite':
        if (this.current) return
        if (suite) suite.hasChildSuites = true
        this.suites.push({
          path: joinPath(suite?.path ?? '', attrs['name'] ?? ''),
          totals: totalsOf(attrs),
          hasChildSuites: false,
          failedAsWhole: false,
          openChildren: 0
        })
        return
      case 'testcase':
        if (this.current) return
        this.openCase(attrs, suite)
        return
    }
    const current = this.current
    if (!current) {
      if (!suite) return
      const direct = suite.openChildren++ === 0
      if (direct && (tag.name === 'failure' || tag.name === 'error')) {
        suite.failedAsWhole = true
        this.collectText({ attribute: attrs['message'] ?? '', text: '', suite })
      }
      return
    }
    switch (tag.name) {
      case 'failure':
      case 'error':
      case 'skipped': {
        const result = tag.name === 'failure' ? 'failed' : tag.name === 'error' ? 'errored' : 'skipped'
        if (SEVERITY[result] <= SEVERITY[current.result]) return
        current.result = result
        if (result !== 'skipped') this.collectText({ attribute: attrs['message'] ?? '', text: '' })
        return
      }
      case 'flakyFailure':
      case 'flakyError':
        current.flakyMessage ??= firstLine((attrs['message'] ?? '').slice(0, RAW_TEXT))
    }
  }

  private openCase(attrs: Record<string, string>, suite: SuiteFrame | undefined): void {
    this.listsCases = true
    const name = attrs['name'] ?? ''
    const classname = attrs['classname'] || attrs['class'] || ''
    const status = (attrs['status'] ?? '').toLowerCase()
    this.current = {
      suite: (classname || suite?.path || '').slice(0, RAW_TEXT),
      name: name.slice(0, RAW_TEXT),
      seconds: seconds(attrs['time']),
      result: NOT_RUN_STATUSES.has(status) ? 'skipped' : 'passed'
    }
  }

  private close(tag: SaxesTagPlain): void {
    switch (tag.name) {
      case 'testsuites':
      case 'testsuite': {
        if (this.current) return
        const suite = this.suites.pop()
        if (suite && !suite.hasChildSuites && !suite.failedAsWhole) addTotals(this.suiteTotals, suite.totals)
        return
      }
      case 'testcase':
        if (this.current) this.closeCase(this.current)
        this.current = undefined
        return
    }
    if ((tag.name === 'failure' || tag.name === 'error') && this.failureText)
      this.closeFailure(this.failureText)
    const suite = this.suites.at(-1)
    if (!this.current && suite) suite.openChildren--
  }

  /** Reads the text of a failure or error, as far as its first line can be in it. */
  private collectText(failure: FailureText): void {
    this.failureText = failure
    const collect = (text: string): void => {
      if (failure.text.length < RAW_TEXT) failure.text += text.slice(0, RAW_TEXT - failure.text.length)
    }
    this.parser.on('text', collect)
    this.parser.on('cdata', collect)
  }

  private closeFailure(failure: FailureText): void {
    this.parser.off('text')
    this.parser.off('cdata')
    this.failureText = undefined
    if (!failure.suite) {
      if (this.current) this.current.failure = failure
      return
    }
    // a suite that failed to load is not a pass: one errored test, named after the suite
    this.tally.addFailure('errored', 0, { suite: failure.suite.path, name: '', failure, wholeSuite: true })
  }

  /**
   * Counts one `<testcase>`. The only retries are those the report marks inside the element
   * (Surefire's and Gradle's `mergeReruns` flakyFailure and flakyError): a test that passed
   * after them is one flaky test, counted as passed. Two elements of the same name are two
   * runs, however they follow each other: TestNG writes each data-provider row, and `go test
   * -count` each run, as an element of the same name, and `go test` fails when any run fails.
   */
  private closeCase(c: CaseFrame): void {
    const test: RawTest = { suite: c.suite, name: c.name, failure: c.failure }
    if (c.result === 'passed' && c.flakyMessage !== undefined) {
      this.tally.addFlaky(c.seconds, { ...test, message: c.flakyMessage })
    } else if (c.result === 'failed' || c.result === 'errored') {
      this.tally.addFailure(c.result, c.seconds, test)
    } else {
      this.tally.add(c.result, c.seconds)
    }
  }

  /** Adds what the report gave, and says what went wrong with it, if anything. */
  private finish(): void {
    if (this.bytes === 0 && !this.stop) {
      this.tally.problem(`'${this.name}' is empty`)
      return
    }
    if (this.stop?.kind === 'budget' && !this.isJunit) {
      this.tally.note(`'${this.name}' ${this.stop.message}: nothing in it is counted`)
      return
    }
    if (!this.isJunit) {
      const why = this.stop?.kind === 'not-junit' ? 'is not a JUnit report' : 'could not be read as XML'
      this.tally.problem(
        `'${this.name}' ${why}: ${this.stop?.message ?? 'it has no root element'}; nothing in it is counted`
      )
      return
    }
    // a case cut off after its failure was read still failed
    const open = this.current
    if (open && (open.result === 'failed' || open.result === 'errored')) {
      if (this.failureText && !this.failureText.suite) open.failure = this.failureText
      this.closeCase(open)
    }
    if (!this.listsCases) this.tally.addTotals(this.suiteTotals)
    this.tally.counts.reports++
    if (!this.stop) return
    const read = this.tally.counts.total - this.totalBefore
    const counted =
      read > 0
        ? `the ${plural(read, 'test')} read before that ${read === 1 ? 'is' : 'are'} counted`
        : 'nothing in it is counted'
    if (this.stop.kind === 'budget') this.tally.note(`'${this.name}' ${this.stop.message}: ${counted}`)
    else this.tally.problem(`'${this.name}' could not be read as XML: ${this.stop.message}; ${counted}`)
  }
}

function joinPath(parent: string, name: string): string {
  if (!name || parent.length >= RAW_TEXT) return parent
  return (parent ? `${parent} > ${name}` : name).slice(0, RAW_TEXT)
}

function totalsOf(attrs: Record<string, string>): SuiteTotals {
  const count = (name: string): number => Math.max(0, Math.trunc(Number(attrs[name] ?? 0)) || 0)
  return {
    total: count('tests'),
    failed: count('failures'),
    errored: count('errors'),
    skipped: count('skipped') || count('disabled'),
    seconds: seconds(attrs['time'])
  }
}

function addTotals(sum: SuiteTotals, totals: SuiteTotals): void {
  sum.total += totals.total
  sum.failed += totals.failed
  sum.errored += totals.errored
  sum.skipped += totals.skipped
  sum.seconds += totals.seconds
}

/**
 * `time` as seconds; some tools write thousands separators ("1,234.5"). A value that is not a
 * plausible duration adds nothing, and never touches a count.
 */
function seconds(value: string | undefined): number {
  const n = Number(value?.includes(',') ? value.replace(/,/g, '') : (value ?? ''))
  return Number.isFinite(n) && n > 0 && n <= MAX_SECONDS ? n : 0
}

/**
 * The message attribute, unless it is a bare word such as go-junit-report's "Failed" and the
 * element's text says more.
 */
function failureMessage(failure: FailureText | undefined): string {
  if (!failure) return ''
  const { attribute, text } = failure
  const fromText = firstLine(text)
  const fromAttribute = firstLine(attribute.slice(0, RAW_TEXT))
  if (fromAttribute && (!/^\w+$/.test(fromAttribute) || !fromText)) return fromAttribute
  return fromText || fromAttribute
}

/** The first line that says something: go test's progress lines (gotestsum keeps them) do not. */
function firstLine(text: string): string {
  const line = text.split(/\r?\n/).find(l => l.trim() && !GO_TEST_PROGRESS.test(l)) ?? ''
  return line.replace(/\s+/g, ' ').trim()
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`
}

function formatBytes(bytes: number): string {
  return bytes % 2 ** 20 === 0 ? `${bytes / 2 ** 20} MiB` : `${bytes} bytes`
}
