const encoder = new TextEncoder()

export function utf8Length(text: string): number {
  return Buffer.byteLength(text, 'utf8')
}

/**
 * The longest prefix of `text` that fits in `maxBytes` of UTF-8. encodeInto writes whole
 * characters only, so a multi-byte character is never cut in two.
 */
export function truncateUtf8(text: string, maxBytes: number): string {
  if (maxBytes <= 0) return ''
  if (text.length * 3 <= maxBytes) return text
  const { read } = encoder.encodeInto(text, new Uint8Array(maxBytes))
  return text.slice(0, read)
}

/** What JSON.stringify writes longer than UTF-8: control characters, `"`, `\`, lone surrogates. */
// eslint-disable-next-line no-control-regex
const ESCAPED_IN_JSON = /[\u0000-\u001f"\\\ud800-\udfff]/

/**
 * Bytes of `text` as a JSON string, quotes included: what it costs in the body that is sent.
 * A control character costs 6 bytes there (`\u001b`), `"` and `\` cost 2.
 */
export function jsonLength(text: string): number {
  return ESCAPED_IN_JSON.test(text) ? utf8Length(JSON.stringify(text)) : utf8Length(text) + 2
}

/** The longest prefix of `text` whose JSON string (quotes included) fits in `maxBytes`; no character is cut. */
export function truncateJson(text: string, maxBytes: number): string {
  const prefix = truncateUtf8(text, maxBytes - 2)
  if (jsonLength(prefix) <= maxBytes) return prefix
  // Escapes make some characters longer: add up what each costs in JSON.
  let bytes = 2
  for (let i = 0; i < prefix.length; i++) {
    const pair = isSurrogatePair(prefix, i)
    const cost = pair ? 4 : jsonCharBytes(prefix.charCodeAt(i))
    if (bytes + cost > maxBytes) return prefix.slice(0, i)
    bytes += cost
    if (pair) i++
  }
  return prefix
}

/** Short escapes: \b \t \n \f \r. */
const SHORT_ESCAPES = new Set([0x08, 0x09, 0x0a, 0x0c, 0x0d])

function jsonCharBytes(code: number): number {
  if (code < 0x20) return SHORT_ESCAPES.has(code) ? 2 : 6
  if (code === 0x22 || code === 0x5c) return 2
  if (code < 0x80) return 1
  if (code < 0x800) return 2
  if (code >= 0xd800 && code <= 0xdfff) return 6 // alone: escaped as \udXXX
  return 3
}

function isSurrogatePair(text: string, i: number): boolean {
  const high = text.charCodeAt(i)
  const low = text.charCodeAt(i + 1)
  return high >= 0xd800 && high <= 0xdbff && low >= 0xdc00 && low <= 0xdfff
}

/** `text` without its last `count` characters, never leaving half a surrogate pair. */
export function withoutLast(text: string, count: number): string {
  if (count <= 0) return text
  let end = Math.max(0, text.length - count)
  const last = text.charCodeAt(end - 1)
  if (last >= 0xd800 && last <= 0xdbff) end--
  return text.slice(0, end)
}
