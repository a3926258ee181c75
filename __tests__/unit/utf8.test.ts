/**
 * utf8.ts measures and cuts text by what it costs in the body that is sent: bytes of UTF-8,
 * and bytes of a JSON string (quotes and escapes included).
 *
 * Equivalent mutants (the 7 that survive `npm run mutate`; no result can tell them apart):
 * - the fast paths: `text.length * 3 <= maxBytes` in truncateUtf8 and the first
 *   `jsonLength(prefix) <= maxBytes` in truncateJson only skip work; turned off (`false`) or
 *   moved by one (`<`), the slow path returns the same;
 * - `maxBytes <= 0` as `maxBytes < 0`: encodeInto into 0 bytes reads nothing either;
 * - `truncateUtf8(text, maxBytes - 2)` as `maxBytes + 2`: the loop then cuts the longer prefix
 *   to the same place;
 * - `i < prefix.length` as `<=`: one step past the end returns the whole prefix as well.
 */
import { describe, expect, it } from '@jest/globals'
import { jsonLength, truncateJson, truncateUtf8, utf8Length } from '../../src/core/utf8.js'

/** The reference: what JSON.stringify writes, in bytes. */
const jsonBytes = (text: string): number => Buffer.byteLength(JSON.stringify(text))

/** True when cutting `text` at `end` would leave half of a surrogate pair. */
function splitsPair(text: string, end: number): boolean {
  const before = text.charCodeAt(end - 1)
  const after = text.charCodeAt(end)
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff
}

/** The longest prefix, cut between characters, whose measure is within `maxBytes`: by brute force. */
function longestPrefix(text: string, maxBytes: number, measure: (prefix: string) => number): string {
  for (let end = text.length; end > 0; end--) {
    if (!splitsPair(text, end) && measure(text.slice(0, end)) <= maxBytes) return text.slice(0, end)
  }
  return ''
}

/** One of every kind of character whose cost differs, each at the edge of its kind. */
const KINDS: Record<string, string> = {
  'ASCII letter': 'a',
  space: ' ',
  tilde: '~',
  DEL: '\u007f',
  NUL: '\u0000',
  'unit separator (last control character)': '\u001f',
  backspace: '\b',
  tab: '\t',
  newline: '\n',
  'form feed': '\f',
  'carriage return': '\r',
  'vertical tab (no short escape)': '\u000b',
  'escape (no short escape)': '\u001b',
  quote: '"',
  backslash: '\\',
  'first 2-byte character': '\u0080',
  'last 2-byte character': '\u07ff',
  'first 3-byte character': '\u0800',
  'last character before the surrogates': '\ud7ff',
  'first character after the surrogates': '\ue000',
  'last BMP character': '\uffff',
  'first surrogate pair (U+10000)': '\ud800\udc00',
  'last surrogate pair (U+10FFFF)': '\udbff\udfff',
  'emoji (surrogate pair)': '🎉',
  'lone high surrogate, first': '\ud800',
  'lone high surrogate, last': '\udbff',
  'lone high surrogate before a character above the surrogates': '\udbff\ue000',
  'lone low surrogate, first': '\udc00',
  'lone low surrogate, last': '\udfff'
}

/** Texts where each kind sits between other characters, after an escape (so no fast path applies). */
const TEXTS = Object.entries(KINDS).flatMap(([name, chars]) => [
  [`${name} after an escape`, `\u0001x${chars}${chars}y`],
  [`${name} among letters`, `ab${chars}cd${chars}`]
])

describe('utf8Length', () => {
  it('counts 1 to 4 bytes a character, as the body is encoded', () => {
    expect(utf8Length('')).toBe(0)
    expect(utf8Length('a')).toBe(1)
    expect(utf8Length('é')).toBe(2)
    expect(utf8Length('€')).toBe(3)
    expect(utf8Length('🎉')).toBe(4)
  })
})

describe('truncateUtf8', () => {
  it('returns a text that fits for sure (3 bytes a character at most) whole', () => {
    expect(truncateUtf8('€€€', 9)).toBe('€€€')
    expect(truncateUtf8('abc', 9)).toBe('abc')
  })

  it('returns a text that fits exactly whole, and cuts it one byte below', () => {
    expect(truncateUtf8('aé€🎉', 10)).toBe('aé€🎉')
    expect(truncateUtf8('aé€🎉', 9)).toBe('aé€')
    expect(truncateUtf8('abcd', 4)).toBe('abcd')
    expect(truncateUtf8('abcd', 3)).toBe('abc')
  })

  it('never cuts a character in two: what does not fit whole is left out', () => {
    expect(truncateUtf8('aé', 2)).toBe('a')
    expect(truncateUtf8('a€', 3)).toBe('a')
    expect(truncateUtf8('a🎉', 4)).toBe('a')
    expect(truncateUtf8('🎉🎉', 7)).toBe('🎉')
  })

  it('gives nothing for no room, zero or negative', () => {
    expect(truncateUtf8('abc', 0)).toBe('')
    expect(truncateUtf8('abc', -1)).toBe('')
    expect(truncateUtf8('', -1)).toBe('')
  })

  it.each(Object.entries(KINDS))('cuts at every byte count like brute force: %s', (_name, chars) => {
    const text = `a${chars}b${chars}${chars}`
    for (let maxBytes = 0; maxBytes <= utf8Length(text) + 1; maxBytes++) {
      expect(truncateUtf8(text, maxBytes)).toBe(longestPrefix(text, maxBytes, utf8Length))
    }
  })
})

describe('jsonLength', () => {
  it.each(Object.entries(KINDS))('counts %s as JSON.stringify writes it', (_name, chars) => {
    expect(jsonLength(chars)).toBe(jsonBytes(chars))
    expect(jsonLength(`ab${chars}c`)).toBe(jsonBytes(`ab${chars}c`))
  })

  it('counts the quotes, and escapes as what they become', () => {
    expect(jsonLength('')).toBe(2)
    expect(jsonLength('abc')).toBe(5)
    expect(jsonLength('a"b')).toBe(6) // "a\"b"
    expect(jsonLength('\u001b[31m')).toBe(12) // "\u001b[31m"
    expect(jsonLength('\ud800')).toBe(8) // "\ud800": a lone surrogate is escaped
  })
})

describe('truncateJson', () => {
  it('returns a text whose JSON string fits exactly whole, and cuts it one byte below', () => {
    expect(truncateJson('abc', 5)).toBe('abc')
    expect(truncateJson('abc', 4)).toBe('ab')
    expect(truncateJson('a\u0001b', 10)).toBe('a\u0001b') // "a\u0001b"
    expect(truncateJson('a\u0001b', 9)).toBe('a\u0001')
    expect(truncateJson('a\u0001b', 8)).toBe('a')
  })

  it('gives nothing when not even the quotes fit, or nothing more than the quotes', () => {
    expect(truncateJson('abc', 2)).toBe('')
    expect(truncateJson('abc', 1)).toBe('')
    expect(truncateJson('"abc', 3)).toBe('')
  })

  it('keeps a surrogate pair whole: 4 bytes, never escaped, never cut in two', () => {
    expect(truncateJson('\u0001🎉', 12)).toBe('\u0001🎉')
    expect(truncateJson('\u0001🎉', 11)).toBe('\u0001')
    expect(truncateJson('\u0001🎉🎉', 15)).toBe('\u0001🎉')
  })

  it('counts a lone surrogate as its 6-byte escape, and never pairs it with what follows', () => {
    expect(truncateJson('\ud800a', 9)).toBe('\ud800a') // "\ud800a"
    expect(truncateJson('\ud800a', 8)).toBe('\ud800')
    expect(truncateJson('\ud800a', 7)).toBe('')
    expect(truncateJson('a\udc00', 8)).toBe('a')
    expect(truncateJson('\udc00\ud800', 14)).toBe('\udc00\ud800')
    expect(truncateJson('\udc00\ud800', 13)).toBe('\udc00')
  })

  it.each(TEXTS)('cuts at every byte count like brute force: %s', (_name, text) => {
    for (let maxBytes = 0; maxBytes <= jsonBytes(text) + 1; maxBytes++) {
      expect(truncateJson(text, maxBytes)).toBe(longestPrefix(text, maxBytes, jsonBytes))
    }
  })
})
