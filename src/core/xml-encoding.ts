/**
 * Turns a report's bytes into text as XML 1.0 says a processor must (§4.3.3 and Appendix F):
 * a byte-order mark decides the encoding; without one, the first bytes tell UTF-16 from the
 * encodings that spell `<?xml` in ASCII, and then the declaration's `encoding` names it;
 * without a declaration it is UTF-8. Decoding streams (TextDecoder with `stream: true`), so
 * a character split between two reads comes out whole.
 *
 * Two things real generators write are tolerated: whitespace before the declaration (the
 * declaration, already read here, reaches the parser as blanks, so every position it reports
 * stays true), and a declaration of UTF-16 on a file that is plainly ASCII-compatible (.NET
 * writes one when a report is built in a string and saved as UTF-8): that file is read as UTF-8.
 */
import { TextDecoder } from 'node:util'

/** Raised for a report whose encoding cannot be read; the message names the encoding. */
export class UnreadableEncoding extends Error {}

/** Bytes held before deciding: the whole declaration is in them, unless whitespace runs on. */
const MAX_HEAD_BYTES = 64 * 1024
const DECLARATION = /^(\s*)(<\?xml\s[^]*?\?>)/
const DECLARED_ENCODING = /\sencoding\s*=\s*(["'])([A-Za-z][\w.:-]*)\1/

interface Detected {
  /** A label TextDecoder knows. */
  label: string
  /** The bytes the byte-order mark took, left out of the text. */
  bomBytes: number
  /** No mark decided it, and ASCII is spelled as ASCII: the declaration may name the encoding. */
  declarationDecides: boolean
}

const BOMS: ReadonlyArray<readonly [bytes: readonly number[], label: string]> = [
  [[0x00, 0x00, 0xfe, 0xff], 'UTF-32BE'],
  [[0xff, 0xfe, 0x00, 0x00], 'UTF-32LE'],
  [[0xef, 0xbb, 0xbf], 'utf-8'],
  [[0xfe, 0xff], 'utf-16be'],
  [[0xff, 0xfe], 'utf-16le']
]

/** Appendix F: how `<?` (or `<`) begins in each encoding, when no byte-order mark says it. */
const NO_BOM: ReadonlyArray<readonly [bytes: readonly number[], label: string]> = [
  [[0x00, 0x00, 0x00, 0x3c], 'UTF-32BE'],
  [[0x3c, 0x00, 0x00, 0x00], 'UTF-32LE'],
  [[0x00, 0x3c, 0x00, 0x3f], 'utf-16be'],
  [[0x3c, 0x00, 0x3f, 0x00], 'utf-16le'],
  [[0x4c, 0x6f, 0xa7, 0x94], 'EBCDIC']
]

export class XmlDecoder {
  private head: Buffer[] = []
  private headBytes = 0
  private decoder: TextDecoder | undefined
  /** The encoding the text is read in, once decided. */
  encoding: string | undefined
  /**
   * Where the document's first character that is not whitespace stands ("line:column", both
   * from 1), when that character is not `<`: the first offending character of a file that is
   * not XML at all.
   */
  textBeforeMarkup: string | undefined

  /** The text of `bytes`, or '' while the encoding is still being decided. */
  write(bytes: Uint8Array): string {
    if (this.decoder) return this.decoder.decode(bytes, { stream: true })
    this.head.push(Buffer.from(bytes))
    this.headBytes += bytes.length
    return this.decide(false)
  }

  /** The rest of the text, at the end of the file. */
  end(): string {
    const rest = this.decoder ? '' : this.decide(true)
    return rest + (this.decoder?.decode() ?? '')
  }

  private decide(atEnd: boolean): string {
    const head = Buffer.concat(this.head)
    const final = atEnd || this.headBytes >= MAX_HEAD_BYTES
    const detected = detectByFirstBytes(head, final)
    const start = detected && head.subarray(detected.bomBytes)
    // the whole declaration, or the first character that shows there is none, is in the head
    if (!detected || !start || (!final && !holdsDeclarationOrMore(preview(start, detected)))) {
      this.head = [head]
      return ''
    }
    let label = detected.label
    if (detected.declarationDecides) {
      const declared = DECLARATION.exec(start.toString('latin1'))?.[2]?.match(DECLARED_ENCODING)?.[2]
      if (declared) label = readableEncoding(declared)
    }
    this.encoding = label
    this.decoder = new TextDecoder(label)
    this.head = []
    const text = this.decoder.decode(start, { stream: true })
    this.textBeforeMarkup = firstTextPosition(text)
    return blankIndentedDeclaration(text)
  }
}

/**
 * The encoding a byte-order mark or the first four bytes show (XML 1.0, Appendix F), else
 * UTF-8 until a declaration says otherwise; undefined when more bytes are needed to know.
 */
function detectByFirstBytes(head: Buffer, final: boolean): Detected | undefined {
  const startsWith = (bytes: readonly number[]) => bytes.every((byte, i) => head[i] === byte)
  const couldStartWith = (bytes: readonly number[]) =>
    head.length < bytes.length && bytes.slice(0, head.length).every((byte, i) => head[i] === byte)
  if (!final && [...BOMS, ...NO_BOM].some(([bytes]) => couldStartWith(bytes))) return undefined
  const bom = BOMS.find(([bytes]) => startsWith(bytes))
  const found = bom ?? NO_BOM.find(([bytes]) => startsWith(bytes))
  if (!found) return { label: 'utf-8', bomBytes: 0, declarationDecides: true }
  const [bytes, label] = found
  if (label.startsWith('UTF-32') || label === 'EBCDIC') {
    throw new UnreadableEncoding(`it is in ${label}, an encoding that cannot be read; save it as UTF-8`)
  }
  return { label, bomBytes: bom ? bytes.length : 0, declarationDecides: false }
}

/** The start of the text, enough to find the declaration in: ASCII reads the same in all but UTF-16. */
function preview(start: Buffer, { label }: Detected): string {
  return label.startsWith('utf-16') ? new TextDecoder(label).decode(start) : start.toString('latin1')
}

/** Whether the text shows the whole declaration, or enough to know there is none. */
function holdsDeclarationOrMore(text: string): boolean {
  const start = text.search(/\S/)
  if (start === -1) return false
  const rest = text.slice(start)
  if (rest.length < 6) return !'<?xml '.startsWith(rest)
  if (!/^<\?xml\s/.test(rest)) return true
  return rest.includes('?>')
}

/**
 * The TextDecoder label for a declared encoding. UTF-16 declared on ASCII-compatible bytes is a
 * mislabelled UTF-8 file; an encoding Node cannot decode is refused by name.
 */
function readableEncoding(declared: string): string {
  if (/^(utf-?16|ucs-?2|iso-10646-ucs-2)/i.test(declared)) return 'utf-8'
  let encoding: string
  try {
    encoding = new TextDecoder(declared).encoding
  } catch {
    throw new UnreadableEncoding(
      `it declares the encoding "${declared}", which cannot be read; save it as UTF-8`
    )
  }
  return encoding
}

/** 'line:column' of the first character that is not whitespace, when it is not `<`. */
function firstTextPosition(text: string): string | undefined {
  const at = text.search(/\S/)
  if (at === -1 || text[at] === '<') return undefined
  const before = text.slice(0, at)
  const line = before.split('\n').length
  const column = at - (before.lastIndexOf('\n') + 1) + 1
  return `${line}:${column}`
}

/**
 * XML allows nothing before the declaration; some generators write a newline. Blanks in its
 * place (newlines kept) leave the parser nothing to refuse and every position where it was.
 */
function blankIndentedDeclaration(text: string): string {
  const found = DECLARATION.exec(text)
  if (!found?.[1] || !found[2]) return text
  const [whole, space, declaration] = found
  return space + declaration.replace(/[^\n]/g, ' ') + text.slice(whole.length)
}
