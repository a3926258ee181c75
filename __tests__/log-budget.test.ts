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
const unlimited = (): ReadAllowance => new ReadAllowance(Infinity, Infinity)

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
