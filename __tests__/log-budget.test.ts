import { afterAll, describe, expect, it } from '@jest/globals'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { LogBudget } from '../src/core/log-budget.js'
import { appendLogFile, ReadAllowance } from '../src/core/log-files.js'
import { createRedactor } from '../src/core/secrets.js'

const noRedaction = createRedactor([])
/** What the lines take in the body that is sent. */
const sentBytes = (lines: string[]): number => Buffer.byteLength(JSON.stringify(lines))
const sourceBytes = (lines: string[]): number => lines.reduce((n, l) => n + Buffer.byteLength(l) + 1, 0)
const unlimited = (): ReadAllowance => new ReadAllowance(Infinity, Infinity)

describe('LogBudget', () => {
  it('keeps every line when they fit', () => {
    const budget = new LogBudget(1024, noRedaction)
    budget.addAll(['a', 'b', '', 'c'])
    expect(budget.lines()).toEqual(['a', 'b', '', 'c'])
  })

  it('sends everything up to exactly max-log-bytes of JSON, with no omission line', () => {
    // 31 lines of 30 characters: ["...",...] is 31 * 33 + 1 = 1024 bytes
    const lines = Array.from({ length: 31 }, (_, i) => `${String(i).padStart(2, '0')}${'x'.repeat(28)}`)
    expect(sentBytes(lines)).toBe(1024)
    const budget = new LogBudget(1024, noRedaction)
    budget.addAll(lines)
    expect(budget.lines()).toEqual(lines)
    const oneMore = new LogBudget(1024, noRedaction)
    oneMore.addAll([...lines.slice(0, -1), `${lines.at(-1)}y`])
    expect(oneMore.lines()).not.toEqual(lines)
  })

  it('keeps head and tail within the budget, and counts what it left out', () => {
    const lines = Array.from({ length: 1000 }, (_, i) => `line ${i}`)
    const budget = new LogBudget(2048, noRedaction, 'the GitHub run: https://github.com/o/r/actions/runs/1')
    budget.addAll(lines)
    const kept = budget.lines()
    expect(sentBytes(kept)).toBeLessThanOrEqual(2048)
    const marker = kept.findIndex(l => l.startsWith('[...'))
    const head = kept.slice(0, marker)
    const tail = kept.slice(marker + 1)
    expect(head).toEqual(lines.slice(0, head.length))
    expect(tail).toEqual(lines.slice(lines.length - tail.length))
    const omitted = lines.length - head.length - tail.length
    const omittedBytes = sourceBytes(lines.slice(head.length, lines.length - tail.length))
    expect(kept[marker]).toBe(
      `[... ${omitted} lines (${omittedBytes} bytes) left out to stay within max-log-bytes; ` +
        'the full log is in the GitHub run: https://github.com/o/r/actions/runs/1 ...]'
    )
    // both ends get a fair share
    expect(sentBytes(head)).toBeGreaterThan(700)
    expect(sentBytes(tail)).toBeGreaterThan(700)
  })

  it('cuts an over-long line without splitting a UTF-8 character', () => {
    const budget = new LogBudget(1024, noRedaction)
    budget.add('é'.repeat(2000) + '🎉'.repeat(100))
    const [line] = budget.lines()
    expect(line).toMatch(/^é+ \[\.\.\. line cut: \d+ more bytes\]$/)
    expect(sentBytes([line ?? ''])).toBeLessThanOrEqual(budget.maxLineCost + 1)
    expect(line).not.toContain('\uFFFD')
  })

  it('never cuts a surrogate pair', () => {
    const budget = new LogBudget(1024, noRedaction)
    for (let i = 0; i < 300; i++) budget.add('🎉'.repeat(7) + 'a')
    for (const line of budget.lines()) expect(Buffer.from(line, 'utf8').toString('utf8')).toBe(line)
  })

  it('redacts before measuring and cutting', () => {
    const secret = 'sekret-value-123'
    const budget = new LogBudget(1024, createRedactor([secret]))
    budget.add(`a ${secret} b`)
    expect(budget.lines()).toEqual(['a *** b'])
  })

  it.each([
    ['control characters (6 bytes each in JSON)', '\u0001\u001b[31m'],
    ['quotes and backslashes (2 bytes each)', '"C:\\build\\'],
    ['NUL bytes', '\u0000']
  ])('counts %s as they are sent', (_name, chunk) => {
    const lines = Array.from({ length: 2000 }, (_, i) => `${i} ${chunk.repeat(20)}`)
    const budget = new LogBudget(4096, noRedaction)
    budget.addAll(lines)
    expect(sentBytes(budget.lines())).toBeLessThanOrEqual(4096)
    // and a single line that is all escapes is cut to its share, not sent whole
    const single = new LogBudget(4096, noRedaction)
    single.add('\u0002'.repeat(4000))
    expect(sentBytes(single.lines())).toBeLessThanOrEqual(4096)
    const [line = ''] = single.lines()
    const kept = line.indexOf(' ')
    expect(kept).toBeGreaterThan(100)
    expect(line).toBe(`${'\u0002'.repeat(kept)} [... line cut: ${4000 - kept} more bytes]`)
  })

  it('counts empty lines by their quotes and comma', () => {
    const budget = new LogBudget(1024, noRedaction)
    budget.addAll(Array.from({ length: 5000 }, () => ''))
    expect(sentBytes(budget.lines())).toBeLessThanOrEqual(1024)
  })
})

describe('appendLogFile', () => {
  const dir = mkdtempSync(join(tmpdir(), 'log-files-'))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  /** The same lines through add() one by one: what the fast path must equal. */
  function slowly(text: string, maxBytes: number): string[] {
    const budget = new LogBudget(maxBytes, noRedaction)
    const lines = text.split('\n')
    if (lines.at(-1) === '') lines.pop()
    budget.addAll(lines)
    return budget.lines()
  }

  async function quickly(
    text: string,
    maxBytes: number,
    redact = noRedaction,
    allowance = unlimited()
  ): Promise<string[]> {
    const file = join(dir, `f${Math.random()}.log`)
    writeFileSync(file, text)
    const budget = new LogBudget(maxBytes, redact)
    await appendLogFile(file, budget, allowance)
    return budget.lines()
  }

  function numberedLines(size: number): string {
    let text = ''
    for (let i = 0; text.length < size; i++)
      text += `${i} ${'ab✓ '.repeat(i % 37)}${i % 11 === 0 ? '\r' : ''}\n`
    return text.slice(0, size)
  }

  it.each([
    ['small file', 50, 1024 * 1024],
    ['exactly at a chunk boundary', 1 << 20, 4096],
    ['several MB, skipped through the middle', 3_000_000, 8192],
    ['several MB, large budget', 3_000_000, 300_000]
  ])('%s gives the same lines as reading every line', async (_name, size, maxBytes) => {
    const text = numberedLines(size)
    expect(await quickly(text, maxBytes)).toEqual(slowly(text, maxBytes))
  })

  it.each([
    ['a last line of 100 KB', 100_000, '\n'],
    ['a last line of 2 MB, no final newline', 2_000_000, ''],
    ['a last line of 5 MB', 5_000_000, '\n']
  ])('keeps the end of a file whose last line is long: %s', async (_name, length, end) => {
    const text = numberedLines(3_000_000) + '\nBUILD FAILED: ' + 'x'.repeat(length) + end
    const lines = await quickly(text, 8192)
    expect(lines).toEqual(slowly(text, 8192))
    expect(lines.at(-1)).toMatch(/^BUILD FAILED: x+ \[\.\.\. line cut: \d+ more bytes\]$/)
  })

  it('keeps the end of a file with long lines in its last part', async () => {
    const long = (i: number): string => `long ${i} ${'y'.repeat(300_000)}\n`
    const text = numberedLines(2_000_000) + '\n' + [1, 2, 3].map(long).join('') + 'short last\n'
    const lines = await quickly(text, 8192)
    expect(lines).toEqual(slowly(text, 8192))
    expect(lines.at(-1)).toBe('short last')
  })

  it('reads a file without a final newline, and an empty file', async () => {
    expect(await quickly('a\nb', 1024)).toEqual(['a', 'b'])
    expect(await quickly('', 1024)).toEqual([])
  })

  it('handles a single line far longer than the chunk size in bounded memory', async () => {
    const lines = await quickly('x'.repeat(3 << 20) + '\nlast\n', 4096)
    expect(lines[0]).toMatch(/^x+ \[\.\.\. line cut: \d+ more bytes\]$/)
    expect(lines.at(-1)).toBe('last')
    expect(sentBytes(lines)).toBeLessThanOrEqual(4096)
  })

  it('redacts a secret that straddles the cut of a long line', async () => {
    const secret = 'S3CR3T-'.repeat(20)
    const budget = new LogBudget(4096, createRedactor([secret]))
    const file = join(dir, 'secret.log')
    writeFileSync(file, 'y'.repeat(budget.maxLineCost - 60) + secret + 'z'.repeat(5000) + '\n')
    await appendLogFile(file, budget, unlimited())
    expect(budget.lines().join('\n')).not.toContain('S3CR3T')
  })

  it('never sends the start of a secret whose end was past what the reader kept of a line', async () => {
    // Secrets back to back: the reader keeps the start of the line, which ends inside one of
    // them, and the redacted start is short enough to be sent whole.
    const secret = 'Kq7vXw2ZpR4tLm9sNb3yHc6dFg8jUe1aTo5iYx0rWl'
    for (let shift = 0; shift < secret.length; shift += 3) {
      const lines = await quickly(
        `${'-'.repeat(shift)}${secret.repeat(300)}\nafter\n`,
        4096,
        createRedactor([secret])
      )
      const sent = lines.join('\n')
      for (let i = 0; i + 8 <= secret.length; i++) expect(sent).not.toContain(secret.slice(i, i + 8))
      expect(lines.at(-1)).toBe('after')
    }
  })

  describe('within a read allowance', () => {
    it('stops counting when the allowance runs out, and still keeps the end', async () => {
      const text = numberedLines(8_000_000) + '\nBUILD FAILED: the end\n'
      const allowance = new ReadAllowance(2 << 20, Infinity)
      const lines = await quickly(text, 8192, noRedaction, allowance)
      expect(allowance.exhausted).toBe(true)
      expect(allowance.used.bytes).toBeLessThan(4 << 20)
      expect(lines.at(-1)).toBe('BUILD FAILED: the end')
      expect(lines[0]).toBe('0 ')
      expect(lines.find(l => l.startsWith('[...'))).toMatch(
        /^\[\.\.\. \d+ or more lines \(\d+ bytes\) left out/
      )
      expect(sentBytes(lines)).toBeLessThanOrEqual(8192)
    })

    it('stops when time is up, by the clock it is given', async () => {
      let now = 0
      const allowance = new ReadAllowance(Infinity, 1000, () => now)
      now = 1000
      const lines = await quickly(numberedLines(3_000_000) + '\nthe end\n', 8192, noRedaction, allowance)
      expect(allowance.used.bytes).toBeLessThan(2 << 20)
      expect(lines.at(-1)).toBe('the end')
    })
  })
})
