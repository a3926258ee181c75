import type { Redactor } from './secrets.js'
import { jsonLength, truncateJson, utf8Length, withoutLast } from './utf8.js'

/**
 * Keeps the log lines that fit in a byte budget: all of them when they fit, otherwise the
 * head and the tail, joined by one line that says what was left out. Memory stays within
 * the budget however many lines pass through.
 *
 * The budget bounds the `logs` array as it is sent: a line costs its JSON string (quotes and
 * escapes included: a control character costs 6 bytes) plus the comma after it, and the
 * brackets take the last byte, so JSON.stringify(lines()) is never longer than `maxBytes`.
 * What was left out is reported in bytes of its source, line breaks included.
 */
export class LogBudget {
  private readonly head: string[] = []
  private headCost = 0
  private headFull = false
  private readonly tail: string[] = []
  private readonly tailCosts: number[] = []
  private readonly tailSources: number[] = []
  private tailStart = 0
  private tailCost = 0
  private omittedLines = 0
  private omittedBytes = 0
  /** Some left-out lines were not counted (reading stopped at the log-file limits). */
  private someUncounted = false
  /** The array's brackets, less the comma the last line does not have. */
  private readonly capacity: number
  /** Most one line may cost; a longer one is cut so that head and tail each hold a line. */
  readonly maxLineCost: number

  constructor(
    readonly maxBytes: number,
    readonly redact: Redactor,
    /** Where the whole log is, for the omission line: "the GitHub run: <URL>". */
    private readonly fullLog?: string
  ) {
    this.capacity = maxBytes - 1
    const room = this.capacity - this.omissionCost(Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER, true)
    this.maxLineCost = Math.max(65, Math.floor(room / 2))
  }

  /**
   * `unreadBytes`: how much more of this line the caller counted but did not pass; the line
   * is then redacted as far as it goes, and its end, where a secret may start whose rest
   * went unread, is left out with the rest.
   */
  add(rawLine: string, unreadBytes = 0): void {
    const sourceBytes = utf8Length(rawLine) + unreadBytes + 1
    const complete = unreadBytes === 0
    let line = this.redact(complete && rawLine.endsWith('\r') ? rawLine.slice(0, -1) : rawLine)
    let cutBytes = unreadBytes
    if (!complete) {
      const safe = withoutLast(line, this.redact.longest - 1)
      cutBytes += utf8Length(line) - utf8Length(safe)
      line = safe
    }
    let cost = lineCost(line)
    if (cost > this.maxLineCost || cutBytes > 0) {
      line = cutLine(line, this.maxLineCost - 1, cutBytes)
      cost = lineCost(line)
    }
    this.keep(line, cost, sourceBytes)
  }

  addAll(lines: readonly string[]): void {
    for (const line of lines) this.add(line)
  }

  /**
   * The least a line of `rawBytes` (its line break not included) can cost once added:
   * uncut, its bytes less a CR, plus quotes and comma; cut, about maxLineCost, of which half
   * is a safe floor. Redaction can make it cheaper still, which the reader's margin absorbs.
   */
  leastCost(rawBytes: number): number {
    return Math.min(rawBytes + 2, Math.floor(this.maxLineCost / 2))
  }

  /**
   * The most the tail can hold: lines followed by lines that cost at least this much are
   * certain to be left out.
   */
  tailRoom(): number {
    return this.capacity - this.headCost
  }

  /** True once later lines can only land in the tail. */
  get isHeadFull(): boolean {
    return this.headFull
  }

  /**
   * Records lines that were counted but not read, and that come after everything in the
   * tail so far; only call it when the lines after them are certain to fill tailRoom(),
   * so that none of them, nor the current tail, would have been kept. `allCounted` false:
   * there were more lines than `lines`.
   */
  skip(lines: number, bytes: number, allCounted = true): void {
    this.headFull = true
    while (this.tail.length > this.tailStart) this.dropOldestTailLine()
    this.omittedLines += lines
    this.omittedBytes += bytes
    if (!allCounted) this.someUncounted = true
  }

  /** The lines to send, in order, with the omission line between head and tail. */
  lines(): string[] {
    if (this.omittedLines === 0 && this.omittedBytes === 0) {
      return [...this.head, ...this.tail.slice(this.tailStart)]
    }
    // Make room for the omission line by leaving out more of the tail's oldest lines.
    while (
      this.tail.length > this.tailStart + 1 &&
      this.headCost + this.tailCost + this.omissionCost(this.omittedLines, this.omittedBytes) > this.capacity
    ) {
      this.dropOldestTailLine()
    }
    return [...this.head, this.omissionLine(), ...this.tail.slice(this.tailStart)]
  }

  get omitted(): { lines: number; bytes: number; allCounted: boolean } {
    return { lines: this.omittedLines, bytes: this.omittedBytes, allCounted: !this.someUncounted }
  }

  private keep(line: string, cost: number, sourceBytes: number): void {
    if (!this.headFull && this.headCost + cost <= this.maxLineCost) {
      this.head.push(line)
      this.headCost += cost
      return
    }
    this.headFull = true
    this.tail.push(line)
    this.tailCosts.push(cost)
    this.tailSources.push(sourceBytes)
    this.tailCost += cost
    while (this.tailCost > this.tailRoom()) this.dropOldestTailLine()
  }

  private dropOldestTailLine(): void {
    this.tailCost -= this.tailCosts[this.tailStart] ?? 0
    this.omittedLines++
    this.omittedBytes += this.tailSources[this.tailStart] ?? 0
    this.tailStart++
    // Compact now and then, so the arrays do not keep every dropped line alive.
    if (this.tailStart > 1024 && this.tailStart * 2 > this.tail.length) {
      this.tail.splice(0, this.tailStart)
      this.tailCosts.splice(0, this.tailStart)
      this.tailSources.splice(0, this.tailStart)
      this.tailStart = 0
    }
  }

  private omissionLine(
    lines = this.omittedLines,
    bytes = this.omittedBytes,
    uncounted = this.someUncounted
  ): string {
    const where = this.fullLog ? `; the full log is in ${this.fullLog}` : ''
    const count = `${lines}${uncounted ? ' or more' : ''}`
    return `[... ${count} lines (${bytes} bytes) left out to stay within max-log-bytes${where} ...]`
  }

  private omissionCost(lines: number, bytes: number, uncounted = this.someUncounted): number {
    return lineCost(this.omissionLine(lines, bytes, uncounted))
  }
}

/** What a line costs in the `logs` array: its JSON string and a comma. */
function lineCost(line: string): number {
  return jsonLength(line) + 1
}

/**
 * Cuts a line so that its JSON string takes at most `maxJsonBytes`, saying how much was cut,
 * without splitting a character. Cut only what is already redacted.
 */
export function cutLine(line: string, maxJsonBytes: number, extraBytes = 0): string {
  const total = utf8Length(line) + extraBytes
  const note = (cut: number): string => ` [... line cut: ${cut} more bytes]`
  const kept = truncateJson(line, maxJsonBytes - utf8Length(note(total)))
  return kept + note(total - utf8Length(kept))
}
