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
