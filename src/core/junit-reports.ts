/**
 * Test results from JUnit-style XML reports, in the dialects real tools write (jest-junit,
 * pytest, Maven Surefire and Gradle, go-junit-report and gotestsum, ctest, PHPUnit, Mocha,
 * TestNG, TAP::Formatter::JUnit). This module finds and opens the reports and reads them within
 * the budgets shared by all; xml-encoding.ts turns their bytes into text, junit-counting.ts
 * counts each, test-tally.ts sums them. Loaded only when `junit-files` is given: the XML parser
 * comes with it.
 */
import type { FileHandle } from 'node:fs/promises'
import { JUNIT_READ_MS } from './constants.js'
import { errorText } from './errors.js'
import { displayPath, resolvePatterns } from './file-patterns.js'
import { ReportCounter } from './junit-counting.js'
import { openRegularFile } from './regular-file.js'
import type { Redact } from './secrets.js'
import type { TestResults } from './test-results.js'
import { plural, TestTally } from './test-tally.js'
import { UnreadableEncoding, XmlDecoder } from './xml-encoding.js'
import type { SkimLimits } from './xml-skimmer.js'

export interface ReadLimits {
  /** Reports read; the files that patterns match beyond it are left out, with one warning. */
  maxReports: number
  /** Bytes read across all reports. */
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
  maxMilliseconds: JUNIT_READ_MS,
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

export type { TestResults } from './test-results.js'

const CHUNK_BYTES = 64 * 1024

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
    const beyond = files.length - limits.maxReports
    tally.note(
      `the patterns match ${files.length} files; only the first ${limits.maxReports} are read, ` +
        `the other ${beyond} are not counted`
    )
    tally.leftOut(
      displayPath(files[limits.maxReports] ?? ''),
      `${beyond === 1 ? 'is' : 'are'} not read: only the first ${limits.maxReports} reports are`,
      beyond - 1
    )
  }
  const now = options.now ?? Date.now
  const budget = new ReadBudget(limits, now)
  const toRead = files.slice(0, limits.maxReports)
  for (const [index, file] of toRead.entries()) {
    if (budget.exceeded()) {
      const left = toRead.length - index
      const from = `${plural(left, 'report')} from '${displayPath(file)}' on`
      tally.note(
        `the limit of ${budget.describe()} for all reports was reached: the ${from} ${left === 1 ? 'is' : 'are'} not read`
      )
      tally.leftOut(
        displayPath(file),
        `${left === 1 ? 'is' : 'are'} not read: the limit of ${budget.describe()} for all reports was reached`,
        left - 1
      )
      break
    }
    await readReport(file, displayPath(file), tally, budget, limits.skim)
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

/** Reads one report into the tally; a problem with it is recorded there, never thrown. */
async function readReport(
  path: string,
  name: string,
  tally: TestTally,
  budget: ReadBudget,
  skim: SkimLimits
): Promise<void> {
  const notRead = (why: string): void => {
    tally.problem(`'${name}' ${why}`)
    tally.leftOut(name, why)
  }
  let handle: FileHandle
  try {
    handle = await openRegularFile(path)
  } catch (error) {
    notRead(`is not read: ${errorText(error)}`)
    return
  }
  const counter = new ReportCounter(name, tally, skim)
  const read = { bytes: 0 }
  try {
    await readInto(handle, counter, budget, read)
  } catch (error) {
    if (error instanceof UnreadableEncoding) {
      notRead(`is not read: ${error.message}; nothing in it is counted`)
      return
    }
    if (read.bytes === 0) {
      notRead(`is not read: ${errorText(error)}`)
      return
    }
    counter.fail('error', `reading it failed: ${errorText(error)}`)
  } finally {
    await handle.close()
  }
  // a limit reached before the first byte is the counter's to say, not an empty file
  if (read.bytes === 0 && !counter.stopped) notRead('is empty')
  else counter.finish()
}

/** Feeds the file to the counter, chunk by chunk, within the budget; counts the bytes in `read`. */
async function readInto(
  handle: FileHandle,
  counter: ReportCounter,
  budget: ReadBudget,
  read: { bytes: number }
): Promise<void> {
  const buffer = Buffer.allocUnsafe(CHUNK_BYTES)
  const decoder = new XmlDecoder()
  while (!counter.stopped) {
    const room = budget.nextRead()
    if (room === 0) {
      counter.fail('budget', `is read only up to the limit of ${budget.describe()} for all reports`)
      return
    }
    const { bytesRead } = await handle.read(buffer, 0, room, null)
    if (bytesRead === 0) break
    read.bytes += bytesRead
    budget.spent(bytesRead)
    const text = decoder.write(buffer.subarray(0, bytesRead))
    counter.textBeforeMarkup ??= decoder.textBeforeMarkup
    counter.write(text)
  }
  if (counter.stopped || read.bytes === 0) return
  const rest = decoder.end()
  counter.textBeforeMarkup ??= decoder.textBeforeMarkup
  counter.write(rest)
  counter.end()
}

function formatBytes(bytes: number): string {
  return bytes % 2 ** 20 === 0 ? `${bytes / 2 ** 20} MiB` : `${bytes} bytes`
}
