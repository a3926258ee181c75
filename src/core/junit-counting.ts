/**
 * Counts one JUnit-style report, given as text, into the tally. Every `<testcase>` element is
 * one test run and is counted, as the reports' own totals and the established readers count
 * them: a repeated name is another matrix leg, file, data row or `-count` run far more often
 * than a retry. Only what a report marks as a retry inside one element is merged (see
 * closeCase).
 *
 * The text passes a skimmer that drops the content nobody reads, so memory stays bounded, and
 * counting a case costs the same at any suite depth. The XML parser does not expand entities a
 * document declares, and the skimmer refuses a DTD, so a billion-laughs document is a warning.
 */
import { SaxesParser, type SaxesTagPlain } from 'saxes'
import type { CaseResult } from './test-results.js'
import { plural, RAW_TEXT, TestTally, type SuiteTotals } from './test-tally.js'
import { SkimError, XmlSkimmer, type SkimLimits } from './xml-skimmer.js'

/** Why counting stopped before the end of a report. */
export type StopKind = 'error' | 'not-junit' | 'budget'

/** A `time` above this (11.5 days) is not a duration; it is left out of the sum. */
const MAX_SECONDS = 1e6
const SEVERITY: Record<CaseResult, number> = { passed: 0, skipped: 1, failed: 2, errored: 3 }
/** Values of a `status` attribute (TestNG, xUnit converters) that mean the test did not run. */
const NOT_RUN_STATUSES = new Set(['disabled', 'skipped', 'notrun'])
const GO_TEST_PROGRESS = /^=== (RUN|PAUSE|CONT|NAME) /
const TEXT_OUTSIDE_ROOT = 'text data outside of root node'

interface SuiteFrame {
  /** Names from the root, joined, at most RAW_TEXT characters: built once per suite. */
  path: string
  totals: SuiteTotals
  hasChildSuites: boolean
  /** Test cases listed in this suite and the suites inside it. */
  casesListed: number
  /** The first suite-level `<failure>` or `<error>`: the suite failed as a whole. */
  failure?: FailureText
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
  result: 'failed' | 'errored'
  attribute: string
  text: string
  /** A suite-level failure has no case to go to. */
  suite?: SuiteFrame
}

/** Counts one report into the tally; a problem with it is recorded there, never thrown. */
export class ReportCounter {
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
  private stop: { kind: StopKind; message: string } | undefined
  private readonly totalBefore: number
  /**
   * Where the first character that is not whitespace stands, when it is not markup: the
   * parser notices only at the end of that text, and the warning points at its start.
   */
  textBeforeMarkup: string | undefined

  constructor(
    /** The report as messages name it. */
    private readonly name: string,
    private readonly tally: TestTally,
    skimLimits: SkimLimits
  ) {
    this.skimmer = new XmlSkimmer(skimLimits)
    this.totalBefore = tally.counts.total
    this.parser.on('error', error => this.fail('error', this.where(error.message)))
    this.parser.on('opentag', tag => {
      if (!this.stop) this.open(tag)
    })
    this.parser.on('closetag', tag => {
      if (!this.stop) this.close(tag)
    })
  }

  /** Whether counting stopped before the end: nothing more needs reading. */
  get stopped(): boolean {
    return this.stop !== undefined
  }

  /** Reads the next piece of the report's text. */
  write(text: string): void {
    this.pass(() => this.skimmer.skim(text))
  }

  /** The report's text ended. */
  end(): void {
    if (this.stop) return
    this.pass(() => this.skimmer.end())
    if (!this.stop) this.parser.close()
  }

  /** Stops counting: the rest of the report is not read. The first reason given is kept. */
  fail(kind: StopKind, message: string): void {
    this.stop ??= { kind, message }
  }

  private pass(next: () => string): void {
    if (this.stop) return
    try {
      this.parser.write(next())
    } catch (error) {
      if (!(error instanceof SkimError)) throw error
      this.parser.write(error.passed)
      this.fail('error', error.message)
    }
  }

  /** The parser's message, pointing at the first character outside the root rather than its last. */
  private where(message: string): string {
    const line = firstLine(message)
    if (this.rootName !== undefined || !this.textBeforeMarkup || !line.includes(TEXT_OUTSIDE_ROOT))
      return line
    return line.replace(/^\d+:\d+/, this.textBeforeMarkup)
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
          casesListed: 0,
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
        const result = tag.name === 'failure' ? 'failed' : 'errored'
        this.collectText({ result, attribute: attrs['message'] ?? '', text: '', suite })
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
        if (result !== 'skipped') this.collectText({ result, attribute: attrs['message'] ?? '', text: '' })
        return
      }
      case 'flakyFailure':
      case 'flakyError':
        current.flakyMessage ??= firstLine((attrs['message'] ?? '').slice(0, RAW_TEXT))
    }
  }

  private openCase(attrs: Record<string, string>, suite: SuiteFrame | undefined): void {
    this.listsCases = true
    if (suite) suite.casesListed++
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
        if (suite) this.closeSuite(suite)
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

  private closeSuite(suite: SuiteFrame): void {
    const parent = this.suites.at(-1)
    if (parent) parent.casesListed += suite.casesListed
    if (!suite.hasChildSuites && !suite.failedAsWhole) addTotals(this.suiteTotals, suite.totals)
    const failure = suite.failure
    if (!failure) return
    // a suite that failed as a whole is not a pass: one failed or errored test, named after the
    // suite, whether its own cases ran before (a crash after them) or it never ran any
    this.tally.addFailure(failure.result, 0, () => ({
      suite: suite.path,
      name: '',
      message: failureMessage(failure),
      wholeSuite: true,
      ...(suite.casesListed > 0 && { afterItsTests: true as const })
    }))
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
    if (failure.suite) failure.suite.failure ??= failure
    else if (this.current) this.current.failure = failure
  }

  /**
   * Counts one `<testcase>`. The only retries are those the report marks inside the element
   * (Surefire's and Gradle's `mergeReruns` flakyFailure and flakyError): a test that passed
   * after them is one flaky test, counted as passed. Two elements of the same name are two
   * runs, however they follow each other: TestNG writes each data-provider row, and `go test
   * -count` each run, as an element of the same name, and `go test` fails when any run fails.
   */
  private closeCase(c: CaseFrame): void {
    if (c.result === 'passed' && c.flakyMessage !== undefined) {
      const message = c.flakyMessage
      this.tally.addFlaky(c.seconds, () => ({ suite: c.suite, name: c.name, message }))
    } else if (c.result === 'failed' || c.result === 'errored') {
      this.tally.addFailure(c.result, c.seconds, () => ({
        suite: c.suite,
        name: c.name,
        message: failureMessage(c.failure)
      }))
    } else {
      this.tally.add(c.result, c.seconds)
    }
  }

  /** Adds what the report gave, and says what went wrong with it, if anything. */
  finish(): void {
    const name = this.name
    if (this.stop?.kind === 'budget' && !this.isJunit) {
      this.tally.note(`'${name}' ${this.stop.message}: nothing in it is counted`)
      this.tally.leftOut(name, this.stop.message)
      return
    }
    if (!this.isJunit) {
      const notJunit = this.stop?.kind === 'not-junit'
      const why = `${notJunit ? 'is not a JUnit report' : 'could not be read as XML'}: ${this.stop?.message ?? 'it has no root element'}`
      this.tally.problem(`'${name}' ${why}; nothing in it is counted`)
      // A file of another kind that a pattern matched (a pom.xml) holds no tests; one that is
      // not XML may, and so may a JUnit root spelt otherwise (<j:testsuite>, <TestSuite>).
      if (!notJunit || looksLikeJunitRoot(this.rootName)) this.tally.leftOut(name, why)
      return
    }
    this.closeCutOff()
    if (!this.listsCases) this.tally.addTotals(this.suiteTotals)
    this.tally.counts.reports++
    if (!this.stop) return
    const read = this.tally.counts.total - this.totalBefore
    const counted =
      read > 0
        ? `the ${plural(read, 'test')} read before that ${read === 1 ? 'is' : 'are'} counted`
        : 'nothing in it is counted'
    if (this.stop.kind === 'budget') {
      this.tally.note(`'${name}' ${this.stop.message}: ${counted}`)
      this.tally.leftOut(name, this.stop.message)
    } else {
      const why = `could not be read as XML: ${this.stop.message}`
      this.tally.problem(`'${name}' ${why}; ${counted}`)
      this.tally.leftOut(name, why)
    }
  }

  /** A case or suite cut off after its failure was read still failed. */
  private closeCutOff(): void {
    const open = this.current
    const failure = this.failureText
    if (failure?.suite) failure.suite.failure ??= failure
    if (open && (open.result === 'failed' || open.result === 'errored')) {
      if (failure && !failure.suite) open.failure = failure
      this.closeCase(open)
    }
    this.current = undefined
    while (this.suites.length > 0) {
      const suite = this.suites.pop()
      if (suite?.failure) this.closeSuite(suite)
    }
  }
}

function joinPath(parent: string, name: string): string {
  // a full path stays as it is without building a longer one to cut: deep nesting costs nothing
  if (!name || parent.length >= RAW_TEXT) return parent
  return (parent ? `${parent} > ${name}` : name).slice(0, RAW_TEXT)
}

/** A suite's own counts; what is not a whole number of at least 0 counts as 0. */
export function totalsOf(attrs: Record<string, string>): SuiteTotals {
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
export function seconds(value: string | undefined): number {
  const n = Number(value?.includes(',') ? value.replace(/,/g, '') : (value ?? ''))
  return Number.isFinite(n) && n > 0 && n <= MAX_SECONDS ? n : 0
}

/**
 * The message attribute, unless it is a bare word such as go-junit-report's "Failed" and the
 * element's text says more.
 */
export function failureMessage(failure: Pick<FailureText, 'attribute' | 'text'> | undefined): string {
  if (!failure) return ''
  const { attribute, text } = failure
  const fromText = firstLine(text)
  const fromAttribute = firstLine(attribute.slice(0, RAW_TEXT))
  if (fromAttribute && (!/^\w+$/.test(fromAttribute) || !fromText)) return fromAttribute
  return fromText || fromAttribute
}

/** The first line that says something: go test's progress lines (gotestsum keeps them) do not. */
export function firstLine(text: string): string {
  const line = text.split(/\r?\n/).find(l => l.trim() && !GO_TEST_PROGRESS.test(l)) ?? ''
  return line.replace(/\s+/g, ' ').trim()
}

/** A root named like a JUnit one but for a namespace prefix or its case: a report we cannot count. */
function looksLikeJunitRoot(name: string | undefined): boolean {
  const local = (name ?? '').replace(/^[^:]*:/, '').toLowerCase()
  return local === 'testsuite' || local === 'testsuites'
}
