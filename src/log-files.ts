import { open, type FileHandle } from 'node:fs/promises'
import type { LogBudget } from './log-budget.js'

const CHUNK_BYTES = 1 << 20
const COUNT_CHUNK_BYTES = 4 << 20
/** Extra bytes read before the tail so that the tail starts on a whole line. */
const TAIL_MARGIN_BYTES = 64 * 1024
/** Kept beyond the longest line, so a secret that crosses the cut is still whole when redacted. */
const SECRET_MARGIN_BYTES = 1024
const NEWLINE = 0x0a

/**
 * Passes the lines of a file to the budget in bounded memory, whatever the file's size.
 * Once the budget's head is full, the middle of a large file is only counted: the reader
 * jumps to the part that can still reach the tail.
 */
export async function appendLogFile(path: string, budget: LogBudget): Promise<void> {
  const handle = await open(path, 'r')
  try {
    await new LineReader(handle, budget).read()
  } finally {
    await handle.close()
  }
}

class LineReader {
  private readonly chunk = Buffer.allocUnsafe(CHUNK_BYTES)
  private readonly keepLimit: number
  /** Bytes of the line read so far, when it started in an earlier chunk. */
  private pending: Buffer[] = []
  private pendingBytes = 0
  /** Bytes of an over-long line that were counted but not kept. */
  private overflow = 0
  /** File offset of the first byte of the line being read. */
  private lineStart = 0

  constructor(
    private readonly handle: FileHandle,
    private readonly budget: LogBudget
  ) {
    this.keepLimit = budget.lineCap + SECRET_MARGIN_BYTES
  }

  async read(): Promise<void> {
    let offset = 0
    for (;;) {
      offset = await this.skipToTail(offset)
      const { bytesRead } = await this.handle.read(this.chunk, 0, CHUNK_BYTES, offset)
      if (bytesRead === 0) break
      this.split(this.chunk.subarray(0, bytesRead), offset)
      offset += bytesRead
    }
    if (this.pendingBytes > 0 || this.overflow > 0) this.emit()
  }

  private split(data: Buffer, dataOffset: number): void {
    let from = 0
    for (let nl = data.indexOf(NEWLINE); nl !== -1; nl = data.indexOf(NEWLINE, from)) {
      if (this.pendingBytes === 0 && this.overflow === 0 && nl - from <= this.keepLimit) {
        this.budget.add(data.toString('utf8', from, nl))
      } else {
        this.keep(data, from, nl)
        this.emit()
      }
      from = nl + 1
      this.lineStart = dataOffset + from
    }
    this.keep(data, from, data.length)
  }

  /** Copies part of a line (the chunk buffer is reused), up to the keep limit. */
  private keep(data: Buffer, start: number, end: number): void {
    const room = Math.max(0, this.keepLimit - this.pendingBytes)
    const kept = Math.min(room, end - start)
    if (kept > 0) {
      this.pending.push(Buffer.from(data.subarray(start, start + kept)))
      this.pendingBytes += kept
    }
    this.overflow += end - start - kept
  }

  private emit(): void {
    this.budget.add(Buffer.concat(this.pending, this.pendingBytes).toString('utf8'), this.overflow)
    this.pending = []
    this.pendingBytes = 0
    this.overflow = 0
  }

  /**
   * When everything from `offset` on could not all fit in the tail, counts the lines in
   * between instead of reading them, and returns where reading goes on.
   */
  private async skipToTail(offset: number): Promise<number> {
    if (!this.budget.isHeadFull) return offset
    const { size } = await this.handle.stat()
    const tailFrom = size - this.budget.tailRoom() - TAIL_MARGIN_BYTES
    if (tailFrom <= this.lineStart) return offset
    const resumeAt = await this.nextLineStart(tailFrom)
    if (resumeAt === undefined) return offset
    const lines = await this.countNewlines(this.lineStart, resumeAt)
    this.budget.skip(lines, resumeAt - this.lineStart)
    this.pending = []
    this.pendingBytes = 0
    this.overflow = 0
    this.lineStart = resumeAt
    return resumeAt
  }

  private async nextLineStart(from: number): Promise<number | undefined> {
    const { bytesRead } = await this.handle.read(this.chunk, 0, CHUNK_BYTES, from)
    const nl = this.chunk.subarray(0, bytesRead).indexOf(NEWLINE)
    return nl === -1 ? undefined : from + nl + 1
  }

  private async countNewlines(start: number, end: number): Promise<number> {
    const buffer = Buffer.allocUnsafe(COUNT_CHUNK_BYTES)
    let count = 0
    for (let offset = start; offset < end;) {
      const { bytesRead } = await this.handle.read(
        buffer,
        0,
        Math.min(COUNT_CHUNK_BYTES, end - offset),
        offset
      )
      if (bytesRead === 0) break
      const data = buffer.subarray(0, bytesRead)
      for (let i = data.indexOf(NEWLINE); i !== -1; i = data.indexOf(NEWLINE, i + 1)) count++
      offset += bytesRead
    }
    return count
  }
}
