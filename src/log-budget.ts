import type { Redact } from './secrets.js'
import { truncateUtf8, utf8Length } from './utf8.js'

/**
 * Keeps the log lines that fit in a byte budget: all of them when they fit, otherwise the
 * head and the tail, joined by one line that says what was left out. Memory stays within
 * the budget however many lines pass through.
 *
 * A line costs its bytes as it stood in its source, line break included (a trailing CR is
 * dropped but still counted), so that a file region skipped unread costs exactly its size.
 */
export class LogBudget {
  private readonly head: string[] = []
  private headBytes = 0
  private headFull = false
  private readonly tail: string[] = []
  private readonly tailCosts: number[] = []
  private tailStart = 0
  private tailBytes = 0
  private omittedLines = 0
  private omittedBytes = 0
  /** Longest line kept whole; a longer one is cut so that head and tail each hold a line. */
  readonly lineCap: number

  constructor(
    private readonly maxBytes: number,
    private readonly redact: Redact,
    private readonly runUrl?: string
  ) {
    const room = maxBytes - this.omissionCost(Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER)
    this.lineCap = Math.max(64, Math.floor(room / 2) - 1)
  }

  /** `unreadBytes`: how much more of this line the caller counted but did not pass. */
  add(rawLine: string, unreadBytes = 0): void {
    const crBytes = rawLine.endsWith('\r') ? 1 : 0
    let line = this.redact(crBytes ? rawLine.slice(0, -1) : rawLine)
    let cost = utf8Length(line) + 1 + crBytes
    if (cost > this.lineCap + 1 || unreadBytes > 0) {
      line = cutLine(line, this.lineCap, unreadBytes)
      cost = utf8Length(line) + 1
    }
    if (!this.headFull && this.headBytes + cost <= this.lineCap + 1) {
      this.head.push(line)
      this.headBytes += cost
      return
    }
    this.headFull = true
    this.tail.push(line)
    this.tailCosts.push(cost)
    this.tailBytes += cost
    while (this.tailBytes > this.tailRoom()) this.dropOldestTailLine()
  }

  addAll(lines: readonly string[]): void {
    for (const line of lines) this.add(line)
  }

  /**
   * The most the tail can hold: any line that starts more than this many bytes before the
   * end of all the lines is certain to be left out.
   */
  tailRoom(): number {
    return this.maxBytes - this.headBytes
  }

  /** True once later lines can only land in the tail. */
  get isHeadFull(): boolean {
    return this.headFull
  }

  /**
   * Records lines that were counted but not read, and that come after everything in the
   * tail so far; only call it when at least tailRoom() bytes follow them, so that none of
   * them, nor the current tail, would have been kept.
   */
  skip(lines: number, bytes: number): void {
    this.headFull = true
    while (this.tail.length > this.tailStart) this.dropOldestTailLine()
    this.omittedLines += lines
    this.omittedBytes += bytes
  }

  /** The lines to send, in order, with the omission line between head and tail. */
  lines(): string[] {
    if (this.omittedLines === 0 && this.omittedBytes === 0) {
      return [...this.head, ...this.tail.slice(this.tailStart)]
    }
    // Make room for the omission line by leaving out more of the tail's oldest lines.
    while (
      this.tail.length > this.tailStart + 1 &&
      this.headBytes + this.tailBytes + this.omissionCost(this.omittedLines, this.omittedBytes) >
        this.maxBytes
    ) {
      this.dropOldestTailLine()
    }
    return [...this.head, this.omissionLine(), ...this.tail.slice(this.tailStart)]
  }

  get omitted(): { lines: number; bytes: number } {
    return { lines: this.omittedLines, bytes: this.omittedBytes }
  }

  private dropOldestTailLine(): void {
    const cost = this.tailCosts[this.tailStart++]
    this.tailBytes -= cost
    this.omittedLines++
    this.omittedBytes += cost
    // Compact now and then, so the array does not keep every dropped line alive.
    if (this.tailStart > 1024 && this.tailStart * 2 > this.tail.length) {
      this.tail.splice(0, this.tailStart)
      this.tailCosts.splice(0, this.tailStart)
      this.tailStart = 0
    }
  }

  private omissionLine(lines = this.omittedLines, bytes = this.omittedBytes): string {
    const where = this.runUrl ? `; the full log is in the GitHub run: ${this.runUrl}` : ''
    return `[... ${lines} lines (${bytes} bytes) left out to stay within max-log-bytes${where} ...]`
  }

  private omissionCost(lines: number, bytes: number): number {
    return utf8Length(this.omissionLine(lines, bytes)) + 1
  }
}

/** Cuts a line to at most `maxBytes`, saying how much was cut, without splitting a character. */
export function cutLine(line: string, maxBytes: number, extraBytes = 0): string {
  const total = utf8Length(line) + extraBytes
  const note = (cut: number): string => ` [... line cut: ${cut} more bytes]`
  const kept = truncateUtf8(line, maxBytes - utf8Length(note(total)))
  return kept + note(total - utf8Length(kept))
}
