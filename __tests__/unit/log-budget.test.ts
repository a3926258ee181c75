/**
 * LogBudget keeps the log lines that fit in max-log-bytes of JSON: head, a line saying what
 * was left out, and tail. The log-file reader (log-files.ts) drives it through add() with
 * `unreadBytes`, leastCost(), tailRoom(), isHeadFull and skip(); these tests call that
 * interface with plain values.
 *
 * Equivalent mutants (the 11 that survive `npm run mutate`; no result can tell them apart):
 * - the compaction in dropOldestTailLine (`tailStart > 1024 && tailStart * 2 > tail.length`):
 *   it only lets dropped lines be garbage-collected, so compacting always, never or at other
 *   times keeps the same lines and counts (memory is `npm run bench`'s business);
 * - `count <= 0` in withoutLast as `count < 0` or `false`: with nothing to hold back (count 0
 *   or less) the text is kept whole, unless it ends in a lone high surrogate, which a line
 *   decoded from a file never does (the decoder writes U+FFFD);
 * - `this.tail.slice(this.tailStart)` as `this.tail` when nothing was left out: no tail line
 *   was dropped then, so tailStart is 0.
 */
import { describe, expect, it } from '@jest/globals'
import { cutLine, LogBudget } from '../../src/core/log-budget.js'
import { createRedactor, type Redactor } from '../../src/core/secrets.js'

const noRedaction = createRedactor([])
/** What the lines take in the body that is sent. */
const sentBytes = (lines: readonly string[]): number => Buffer.byteLength(JSON.stringify(lines))
/** What one line takes in the `logs` array: its JSON string and a comma. */
const cost = (line: string): number => Buffer.byteLength(JSON.stringify(line)) + 1
/** Source bytes of lines as a file holds them, one line break each. */
const sourceBytes = (lines: readonly string[]): number =>
  lines.reduce((n, l) => n + Buffer.byteLength(l) + 1, 0)
/** A line of plain letters that costs exactly `lineCost` bytes. */
const lineCosting = (lineCost: number, letter = 'x'): string => letter.repeat(lineCost - 3)
const MAX = Number.MAX_SAFE_INTEGER
const cutNote = /^(.*) \[\.\.\. line cut: (\d+) more bytes\]$/s

/** The kept line split into what was kept of the source and the bytes the note says were cut. */
function parseCut(line: string): { kept: string; cut: number } {
  const match = cutNote.exec(line)
  if (!match) throw new Error(`not a cut line: ${line}`)
  return { kept: match[1] ?? '', cut: Number(match[2]) }
}

describe('LogBudget', () => {
  it('keeps every line when they fit', () => {
    const budget = new LogBudget(1024, noRedaction)
    budget.addAll(['a', 'b', '', 'c'])
    expect(budget.lines()).toEqual(['a', 'b', '', 'c'])
    expect(budget.omitted).toEqual({ lines: 0, bytes: 0, allCounted: true })
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
    expect(sentBytes(oneMore.lines())).toBeLessThanOrEqual(1024)
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
    expect(budget.omitted).toEqual({ lines: omitted, bytes: omittedBytes, allCounted: true })
    // both ends get a fair share
    expect(sentBytes(head)).toBeGreaterThan(700)
    expect(sentBytes(tail)).toBeGreaterThan(700)
  })

  it('counts left-out lines by their source bytes (line break, CR and multi-byte characters included) over thousands of lines', () => {
    // Enough lines that the tail's dropped lines are let go many times over.
    const lines = Array.from({ length: 6000 }, (_, i) => `${i} ${'é✓'.repeat(i % 13)}${i % 7 ? '' : '\r'}`)
    const budget = new LogBudget(4096, noRedaction)
    budget.addAll(lines)
    const kept = budget.lines()
    const marker = kept.findIndex(l => l.startsWith('[...'))
    const head = kept.slice(0, marker)
    const tail = kept.slice(marker + 1)
    const strip = (line: string): string => line.replace(/\r$/, '')
    expect(head).toEqual(lines.slice(0, head.length).map(strip))
    expect(tail).toEqual(lines.slice(lines.length - tail.length).map(strip))
    const left = lines.slice(head.length, lines.length - tail.length)
    expect(kept[marker]).toBe(
      `[... ${left.length} lines (${sourceBytes(left)} bytes) left out to stay within max-log-bytes ...]`
    )
    expect(sentBytes(kept)).toBeLessThanOrEqual(4096)
    expect(sentBytes(kept)).toBeGreaterThan(4096 - 40)
  })

  it('drops a CR before the line break, and only there', () => {
    const budget = new LogBudget(1024, noRedaction)
    budget.addAll(['crlf\r', 'mid\rdle', '\r'])
    expect(budget.lines()).toEqual(['crlf', 'mid\rdle', ''])
  })

  it('keeps adding to the tail once the head is full, so the order is kept', () => {
    const budget = new LogBudget(4096, noRedaction)
    const first = lineCosting(budget.maxLineCost - 10, 'a')
    const big = lineCosting(20, 'b')
    const small = lineCosting(5, 'c') // would still fit in the head, but comes after `big`
    expect(budget.isHeadFull).toBe(false)
    budget.add(first)
    expect(budget.isHeadFull).toBe(false)
    budget.add(big)
    expect(budget.isHeadFull).toBe(true)
    budget.add(small)
    expect(budget.lines()).toEqual([first, big, small])
  })

  it('fills the head with lines costing exactly maxLineCost in all', () => {
    const budget = new LogBudget(4096, noRedaction)
    budget.add(lineCosting(budget.maxLineCost - 10, 'a'))
    budget.add(lineCosting(10, 'b'))
    expect(budget.isHeadFull).toBe(false)
    expect(budget.tailRoom()).toBe(4096 - 1 - budget.maxLineCost)
    budget.add('c')
    expect(budget.isHeadFull).toBe(true)
  })

  describe('its size limits, exactly', () => {
    /** A head and a tail of a whole line each, and the longest omission line there can be. */
    function fullest(maxBytes: number, fullLog?: string) {
      const budget = new LogBudget(maxBytes, noRedaction, fullLog)
      const head = lineCosting(budget.maxLineCost, 'h')
      const tail = lineCosting(budget.maxLineCost, 't')
      budget.add(head)
      budget.skip(MAX, MAX, false)
      budget.add(tail)
      return { budget, head, tail, lines: budget.lines() }
    }

    it.each([
      [1024, undefined],
      [1025, undefined],
      [4096, 'the GitHub run: https://github.com/o/r/actions/runs/1'],
      [4097, 'the GitHub run: https://github.com/o/r/actions/runs/1']
    ])(
      'max-log-bytes %i: a whole head line, a whole tail line and the longest omission line fit, and no more',
      (maxBytes, fullLog) => {
        const { lines, head, tail } = fullest(maxBytes, fullLog)
        const where = fullLog ? `; the full log is in ${fullLog}` : ''
        expect(lines).toEqual([
          head,
          `[... ${MAX} or more lines (${MAX} bytes) left out to stay within max-log-bytes${where} ...]`,
          tail
        ])
        // maxLineCost is as large as it can be: one byte more each and it would not fit.
        expect(sentBytes(lines)).toBeLessThanOrEqual(maxBytes)
        expect(sentBytes(lines) + 2).toBeGreaterThan(maxBytes)
      }
    )

    it('keeps two tail lines that fill max-log-bytes exactly with the omission line', () => {
      // Of 1024 and 1025, the one where head, tail and omission line leave no byte unused
      const exact = [1024, 1025].map(n => fullest(n)).find(f => sentBytes(f.lines) === f.budget.maxBytes)
      if (!exact) throw new Error('neither size is filled exactly')
      const maxBytes = exact.budget.maxBytes
      const budget = new LogBudget(maxBytes, noRedaction)
      const head = lineCosting(budget.maxLineCost, 'h')
      const tail = [lineCosting(budget.maxLineCost - 40, 't'), lineCosting(40, 'u')]
      budget.add(head)
      budget.skip(MAX, MAX, false)
      budget.addAll(tail)
      const lines = budget.lines()
      expect(lines).toEqual([head, expect.stringMatching(/^\[\.\.\. /), ...tail])
      expect(sentBytes(lines)).toBe(maxBytes)
    })

    it('cuts a line over maxLineCost to maxLineCost, and keeps one that costs exactly that whole', () => {
      const budget = new LogBudget(4096, noRedaction)
      const exact = lineCosting(budget.maxLineCost)
      const over = lineCosting(budget.maxLineCost + 1)
      budget.add(exact)
      budget.add(over)
      const [kept, cut = ''] = budget.lines()
      expect(kept).toBe(exact)
      const { kept: start, cut: bytes } = parseCut(cut)
      expect(over.startsWith(start)).toBe(true)
      expect(bytes).toBe(over.length - start.length)
      expect(cost(cut)).toBeLessThanOrEqual(budget.maxLineCost)
      expect(cost(cut)).toBeGreaterThan(budget.maxLineCost - 3)
    })

    it('keeps the start of the first line and of the last in a budget below MIN_LOG_BYTES', () => {
      // Too small for a head, a tail and the omission line: each line is still cut to a piece
      // that shows its start, and the last line stays, over the budget.
      const budget = new LogBudget(180, noRedaction)
      budget.addAll(['first ' + 'x'.repeat(200), ...Array(10).fill('middle'), 'last ' + 'y'.repeat(200)])
      const lines = budget.lines()
      expect(lines).toEqual([
        expect.stringMatching(/^first x+ \[\.\.\. line cut: \d+ more bytes\]$/),
        expect.stringMatching(/^\[\.\.\. 10 lines /),
        expect.stringMatching(/^last y+ \[\.\.\. line cut: \d+ more bytes\]$/)
      ])
    })
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

  describe('a line the reader did not finish (add with unreadBytes)', () => {
    const secret = 'SECRET7' // 7 characters: a redactor holds back the last 6 of a cut line
    // A redactor of this one text alone: createRedactor also knows each secret's encoded forms
    // (base64, URL-encoded), whose length would decide how much is held back.
    const redactor: Redactor = Object.assign((text: string) => text.split(secret).join('***'), {
      longest: secret.length
    })

    it('says how many bytes of the line were not sent: the unread ones included', () => {
      const budget = new LogBudget(1024, noRedaction)
      budget.add('abc\r', 10) // the CR is inside the line, not before its break
      expect(budget.lines()).toEqual(['abc\r [... line cut: 10 more bytes]'])
    })

    it('leaves out the end where a secret may start whose rest went unread, and counts it as cut', () => {
      expect(redactor.longest).toBe(7)
      const budget = new LogBudget(1024, redactor)
      budget.add('abcdefghijSECRE', 100)
      // 15 characters less the last 6, and those 6 with the 100 unread
      expect(budget.lines()).toEqual(['abcdefghi [... line cut: 106 more bytes]'])
    })

    it('redacts what it keeps', () => {
      const budget = new LogBudget(1024, redactor)
      budget.add(`a ${secret} b c d e f g h`, 5)
      expect(budget.lines()).toEqual(['a *** b c d e [... line cut: 11 more bytes]'])
    })

    it('keeps nothing of a line shorter than what it holds back', () => {
      const budget = new LogBudget(1024, redactor)
      budget.add('SECR', 3)
      expect(budget.lines()).toEqual([' [... line cut: 7 more bytes]'])
    })

    it.each([
      ['U+10000', '\ud800\udc00'],
      ['U+10FFFF', '\udbff\udfff'],
      ['an emoji', '🎉']
    ])('does not leave half of %s where it holds back', (_name, pair) => {
      // The cut (6 characters from the end) falls between the two halves of the pair.
      const budget = new LogBudget(1024, redactor)
      budget.add(`abc${pair}defgh`, 1)
      const { kept, cut } = parseCut(budget.lines()[0] ?? '')
      expect(kept).toBe('abc')
      expect(cut).toBe(4 + 5 + 1)
    })

    it.each([
      ['after a pair', 'abc🎉defghi', 'abc🎉', 7],
      ['after a character just below the surrogates', 'abc\ud7ffdefghi', 'abc\ud7ff', 7],
      ['after a character just above them', 'abc\ue000defghi', 'abc\ue000', 7],
      ['after a plain letter', 'abcdefghijkl', 'abcdef', 7]
    ])('cuts exactly where it holds back %s', (_name, line, kept, cut) => {
      const budget = new LogBudget(1024, redactor)
      budget.add(line, 1)
      expect(parseCut(budget.lines()[0] ?? '')).toEqual({ kept, cut })
    })

    it('holds nothing back when no secret could be cut', () => {
      const budget = new LogBudget(1024, noRedaction)
      budget.add('abc🎉', 2)
      expect(budget.lines()).toEqual(['abc🎉 [... line cut: 2 more bytes]'])
    })

    it('counts its unread bytes in what was left out when the line is dropped', () => {
      const budget = new LogBudget(1024, noRedaction)
      budget.add(lineCosting(budget.maxLineCost, 'h'))
      budget.add('dropped é', 1000)
      for (let i = 0; i < 60; i++) budget.add(lineCosting(20, 't'))
      const omission = budget.lines().find(l => l.startsWith('[...')) ?? ''
      const dropped = Buffer.byteLength('dropped é') + 1000 + 1
      const tails = budget.omitted.lines - 1
      expect(omission).toBe(
        `[... ${budget.omitted.lines} lines (${dropped + tails * 18} bytes) left out to stay within max-log-bytes ...]`
      )
    })
  })

  describe('what the log-file reader relies on', () => {
    it('leastCost: no line of that many bytes costs less once added, and a CRLF line or a long one costs just that', () => {
      const budget = new LogBudget(4096, noRedaction)
      const samples = [
        '',
        '\r',
        'a',
        'abc\r',
        'é',
        '\u0001',
        'x'.repeat(5000),
        '\r'.repeat(3000),
        '"'.repeat(900)
      ]
      for (const raw of samples) {
        const alone = new LogBudget(4096, noRedaction)
        alone.add(raw)
        const [kept = ''] = alone.lines()
        expect(cost(kept)).toBeGreaterThanOrEqual(budget.leastCost(Buffer.byteLength(raw)))
      }
      expect(budget.leastCost(1)).toBe(cost('')) // a lone CR
      expect(budget.leastCost(4)).toBe(cost('abc')) // abc\r
      expect(budget.leastCost(10_000_000)).toBe(Math.floor(budget.maxLineCost / 2))
    })

    it('tailRoom: what is left once the head is taken', () => {
      const budget = new LogBudget(4096, noRedaction)
      expect(budget.tailRoom()).toBe(4095)
      budget.add('abc')
      expect(budget.tailRoom()).toBe(4095 - cost('abc'))
      const room = budget.tailRoom()
      budget.add(lineCosting(budget.maxLineCost, 'b'))
      expect(budget.tailRoom()).toBe(room) // the tail does not take from it
    })

    it('a tail that costs exactly tailRoom() is kept whole', () => {
      const budget = new LogBudget(4096, noRedaction)
      budget.add(lineCosting(budget.maxLineCost, 'h'))
      const room = budget.tailRoom()
      const tail = [lineCosting(budget.maxLineCost, 'a'), lineCosting(room - budget.maxLineCost, 'b')]
      budget.addAll(tail)
      expect(budget.lines().slice(1)).toEqual(tail)
      expect(sentBytes(budget.lines())).toBe(4096)
    })

    it('skip: counts the skipped lines with the tail so far, and later lines go to the tail', () => {
      const budget = new LogBudget(4096, noRedaction)
      budget.add('head')
      budget.add(lineCosting(budget.maxLineCost, 'b')) // head full: in the tail
      budget.add('old tail')
      budget.skip(10, 1000)
      expect(budget.isHeadFull).toBe(true)
      expect(budget.omitted).toEqual({
        lines: 12,
        bytes: 1000 + sourceBytes([lineCosting(budget.maxLineCost, 'b'), 'old tail']),
        allCounted: true
      })
      budget.add('new')
      expect(budget.lines()).toEqual([
        'head',
        `[... 12 lines (${budget.omitted.bytes} bytes) left out to stay within max-log-bytes ...]`,
        'new'
      ])
    })

    it('skip before the head is full: later lines go to the tail all the same', () => {
      const budget = new LogBudget(4096, noRedaction)
      budget.add('head')
      budget.skip(3, 30)
      budget.add('after')
      expect(budget.lines()).toEqual([
        'head',
        '[... 3 lines (30 bytes) left out to stay within max-log-bytes ...]',
        'after'
      ])
    })

    it('skip of lines with no bytes still says so', () => {
      const budget = new LogBudget(4096, noRedaction)
      budget.add('head')
      budget.skip(3, 0)
      expect(budget.lines()).toEqual([
        'head',
        '[... 3 lines (0 bytes) left out to stay within max-log-bytes ...]'
      ])
    })

    it('skip with uncounted lines says "or more", even when no line was counted', () => {
      const budget = new LogBudget(4096, noRedaction)
      budget.add('head')
      budget.skip(0, 500, false)
      budget.add('tail')
      expect(budget.omitted).toEqual({ lines: 0, bytes: 500, allCounted: false })
      expect(budget.lines()).toEqual([
        'head',
        '[... 0 or more lines (500 bytes) left out to stay within max-log-bytes ...]',
        'tail'
      ])
      budget.skip(2, 20)
      expect(budget.omitted.allCounted).toBe(false) // once uncounted, always
    })
  })
})

describe('cutLine', () => {
  it('keeps what fits in maxJsonBytes with the note saying how many bytes were cut', () => {
    const line = cutLine('x'.repeat(500), 100)
    const { kept, cut } = parseCut(line)
    expect(Buffer.byteLength(JSON.stringify(line))).toBe(100)
    expect(kept).toBe('x'.repeat(500 - cut))
  })

  it('counts cut bytes, not characters', () => {
    const line = cutLine('é'.repeat(1000), 100)
    const { kept, cut } = parseCut(line)
    expect(cut).toBe(2000 - Buffer.byteLength(kept))
    expect(Buffer.byteLength(JSON.stringify(line))).toBeLessThanOrEqual(100)
    expect(Buffer.byteLength(JSON.stringify(line))).toBeGreaterThanOrEqual(99)
  })

  it('measures escapes as JSON writes them', () => {
    const line = cutLine('\u0001'.repeat(1000), 100)
    const { kept, cut } = parseCut(line)
    expect(Buffer.byteLength(JSON.stringify(line))).toBeLessThanOrEqual(100)
    expect(Buffer.byteLength(JSON.stringify(line))).toBeGreaterThan(100 - 6)
    expect(cut).toBe(1000 - kept.length)
  })

  it('adds extra bytes (read, not passed) to the count', () => {
    expect(cutLine('abc', 100, 7)).toBe('abc [... line cut: 7 more bytes]')
    const { kept, cut } = parseCut(cutLine('x'.repeat(500), 100, 1000))
    expect(cut).toBe(1500 - kept.length)
  })
})
