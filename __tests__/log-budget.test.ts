import { afterAll, describe, expect, it } from '@jest/globals'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { LogBudget } from '../src/log-budget.js'
import { appendLogFile } from '../src/log-files.js'
import { createRedactor } from '../src/secrets.js'

const noRedaction = createRedactor([])
const bytes = (lines: string[]): number => lines.reduce((n, l) => n + Buffer.byteLength(l) + 1, 0)

describe('LogBudget', () => {
  it('keeps every line when they fit', () => {
    const budget = new LogBudget(1024, noRedaction)
    budget.addAll(['a', 'b', '', 'c'])
    expect(budget.lines()).toEqual(['a', 'b', '', 'c'])
  })

  it('sends everything up to exactly max-log-bytes, with no omission line', () => {
    const lines = Array.from({ length: 16 }, (_, i) => `${String(i).padStart(2, '0')}${'x'.repeat(61)}`) // 64 bytes each
    const budget = new LogBudget(1024, noRedaction)
    budget.addAll(lines)
    expect(budget.lines()).toEqual(lines)
  })

  it('keeps head and tail within the budget, and counts what it left out', () => {
    const lines = Array.from({ length: 1000 }, (_, i) => `line ${i}`)
    const budget = new LogBudget(2048, noRedaction, 'https://github.com/o/r/actions/runs/1')
    budget.addAll(lines)
    const kept = budget.lines()
    expect(bytes(kept)).toBeLessThanOrEqual(2048)
    const marker = kept.findIndex(l => l.startsWith('[...'))
    const head = kept.slice(0, marker)
    const tail = kept.slice(marker + 1)
    expect(head).toEqual(lines.slice(0, head.length))
    expect(tail).toEqual(lines.slice(lines.length - tail.length))
    const omitted = lines.length - head.length - tail.length
    const omittedBytes = bytes(lines.slice(head.length, lines.length - tail.length))
    expect(kept[marker]).toBe(
      `[... ${omitted} lines (${omittedBytes} bytes) left out to stay within max-log-bytes; ` +
        'the full log is in the GitHub run: https://github.com/o/r/actions/runs/1 ...]'
    )
    // both ends get a fair share
    expect(bytes(head)).toBeGreaterThan(700)
    expect(bytes(tail)).toBeGreaterThan(700)
  })

  it('cuts an over-long line without splitting a UTF-8 character', () => {
    const budget = new LogBudget(1024, noRedaction)
    budget.add('é'.repeat(2000) + '🎉'.repeat(100))
    const [line] = budget.lines()
    expect(line).toMatch(/^é+ \[\.\.\. line cut: \d+ more bytes\]$/)
    expect(Buffer.byteLength(line ?? '')).toBeLessThanOrEqual(budget.lineCap)
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

  async function quickly(text: string, maxBytes: number): Promise<string[]> {
    const file = join(dir, `f${Math.random()}.log`)
    writeFileSync(file, text)
    const budget = new LogBudget(maxBytes, noRedaction)
    await appendLogFile(file, budget)
    return budget.lines()
  }

  it.each([
    ['small file', 50, 1024 * 1024],
    ['exactly at a chunk boundary', 1 << 20, 4096],
    ['several MB, skipped through the middle', 3_000_000, 8192],
    ['several MB, large budget', 3_000_000, 300_000]
  ])('%s gives the same lines as reading every line', async (_name, size, maxBytes) => {
    let text = ''
    for (let i = 0; text.length < size; i++)
      text += `${i} ${'ab✓ '.repeat(i % 37)}${i % 11 === 0 ? '\r' : ''}\n`
    text = text.slice(0, size)
    expect(await quickly(text, maxBytes)).toEqual(slowly(text, maxBytes))
  })

  it('reads a file without a final newline, and an empty file', async () => {
    expect(await quickly('a\nb', 1024)).toEqual(['a', 'b'])
    expect(await quickly('', 1024)).toEqual([])
  })

  it('handles a single line far longer than the chunk size in bounded memory', async () => {
    const lines = await quickly('x'.repeat(3 << 20) + '\nlast\n', 4096)
    expect(lines[0]).toMatch(/^x+ \[\.\.\. line cut: \d+ more bytes\]$/)
    expect(lines.at(-1)).toBe('last')
    expect(bytes(lines)).toBeLessThanOrEqual(4096)
  })

  it('redacts a secret that straddles the cut of a long line', async () => {
    const secret = 'S3CR3T-'.repeat(20)
    const budget = new LogBudget(4096, createRedactor([secret]))
    const file = join(dir, 'secret.log')
    writeFileSync(file, 'y'.repeat(budget.lineCap - 60) + secret + 'z'.repeat(5000) + '\n')
    await appendLogFile(file, budget)
    expect(budget.lines().join('\n')).not.toContain('S3CR3T')
  })
})
