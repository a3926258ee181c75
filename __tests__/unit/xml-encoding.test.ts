/** XmlDecoder with plain bytes: which encoding decides, streaming, and what it refuses. */
import { describe, expect, it } from '@jest/globals'
import { UnreadableEncoding, XmlDecoder } from '../../src/core/xml-encoding.js'

/** Feeds the bytes in pieces of `size`; returns the text and the decoder. */
function decode(bytes: Buffer, size = bytes.length): { text: string; decoder: XmlDecoder } {
  const decoder = new XmlDecoder()
  let text = ''
  for (let i = 0; i < bytes.length; i += size) text += decoder.write(bytes.subarray(i, i + size))
  return { text: text + decoder.end(), decoder }
}

const DOC = '<?xml version="1.0"?><testsuite name="größe €"/>'
const BODY = '<testsuite name="größe €"/>'
const bom = (bytes: number[], rest: Buffer): Buffer => Buffer.concat([Buffer.from(bytes), rest])
const utf16be = (text: string): Buffer => Buffer.from(text, 'utf16le').swap16()

describe('XmlDecoder: the byte-order mark decides', () => {
  it.each([
    ['UTF-8', bom([0xef, 0xbb, 0xbf], Buffer.from(DOC)), 'utf-8'],
    ['UTF-16LE', bom([0xff, 0xfe], Buffer.from(DOC, 'utf16le')), 'utf-16le'],
    ['UTF-16BE', bom([0xfe, 0xff], utf16be(DOC)), 'utf-16be']
  ])('%s: the text without the mark, whatever the pieces', (_, bytes, encoding) => {
    for (const size of [1, 2, 3, 5, 1000]) {
      const { text, decoder } = decode(bytes, size)
      expect(text).toBe(DOC)
      expect(decoder.encoding).toBe(encoding)
    }
  })

  it('a UTF-16 mark wins over a declaration that says otherwise (PowerShell keeps the utf-8 declaration)', () => {
    const doc = '<?xml version="1.0" encoding="utf-8"?><a>ü</a>'
    const { text, decoder } = decode(bom([0xff, 0xfe], Buffer.from(doc, 'utf16le')))
    expect(decoder.encoding).toBe('utf-16le')
    expect(text).toBe(doc)
  })

  it('a UTF-8 mark wins over a declaration of ISO-8859-1', () => {
    const doc = '<?xml version="1.0" encoding="ISO-8859-1"?><a>ü</a>'
    const { text, decoder } = decode(bom([0xef, 0xbb, 0xbf], Buffer.from(doc)))
    expect([text, decoder.encoding]).toEqual([doc, 'utf-8'])
  })

  it.each([
    ['UTF-32BE', [0x00, 0x00, 0xfe, 0xff]],
    ['UTF-32LE', [0xff, 0xfe, 0x00, 0x00]]
  ])('a %s mark is refused by name', (name, mark) => {
    expect(() => decode(bom(mark, Buffer.alloc(8)))).toThrow(
      new UnreadableEncoding(`it is in ${name}, an encoding that cannot be read; save it as UTF-8`)
    )
  })
})

describe('XmlDecoder: without a mark, the first bytes, then the declaration', () => {
  it.each([
    ['UTF-16LE', Buffer.from(DOC, 'utf16le'), 'utf-16le'],
    ['UTF-16BE', utf16be(DOC), 'utf-16be']
  ])('%s is told by how `<?` is spelled (XML 1.0, Appendix F)', (_, bytes, encoding) => {
    const { text, decoder } = decode(bytes, 1)
    expect(text).toBe(DOC)
    expect(decoder.encoding).toBe(encoding)
  })

  it.each([
    ['UTF-32BE', [0x00, 0x00, 0x00, 0x3c]],
    ['UTF-32LE', [0x3c, 0x00, 0x00, 0x00]],
    ['EBCDIC', [0x4c, 0x6f, 0xa7, 0x94]]
  ])('%s is refused by name', (name, start) => {
    expect(() => decode(Buffer.from([...start, 0, 0, 0, 0]))).toThrow(`it is in ${name}, an encoding`)
  })

  it.each([
    ['ISO-8859-1', 'latin1', 'windows-1252'],
    ['latin1', 'latin1', 'windows-1252'],
    ['windows-1252', 'latin1', 'windows-1252'],
    ['US-ASCII', 'latin1', 'windows-1252'],
    ['UTF-8', 'utf8', 'utf-8'],
    ['iso-8859-2', 'latin1', 'iso-8859-2']
  ] as const)('encoding="%s" is read as %s', (declared, bufferEncoding, encoding) => {
    const doc = `<?xml version="1.0" encoding='${declared}'?><a>${declared === 'iso-8859-2' ? 'abc' : 'grün'}</a>`
    const { text, decoder } = decode(Buffer.from(doc, bufferEncoding), 7)
    expect(decoder.encoding).toBe(encoding)
    expect(text).toBe(doc)
  })

  it('the euro sign of windows-1252 (0x80) comes out as €', () => {
    const bytes = Buffer.concat([
      Buffer.from('<?xml version="1.0" encoding="windows-1252"?><a>'),
      Buffer.from([0x80]),
      Buffer.from('</a>')
    ])
    expect(decode(bytes).text).toBe('<?xml version="1.0" encoding="windows-1252"?><a>€</a>')
  })

  it('no declaration, or one without an encoding, is UTF-8, a character split between pieces whole', () => {
    for (const doc of [BODY, DOC, `<?xml version="1.0" standalone="yes"?>${BODY}`]) {
      for (const size of [1, 2, 3]) {
        const { text, decoder } = decode(Buffer.from(doc), size)
        expect([text, decoder.encoding]).toEqual([doc, 'utf-8'])
      }
    }
  })

  it('UTF-16 declared on bytes that spell ASCII as ASCII (.NET saves them so) is UTF-8', () => {
    for (const declared of ['utf-16', 'UTF-16LE', 'ucs-2']) {
      const doc = `<?xml version="1.0" encoding="${declared}"?><a>ü</a>`
      const { text, decoder } = decode(Buffer.from(doc))
      expect([text, decoder.encoding]).toEqual([doc, 'utf-8'])
    }
  })

  it('an encoding Node cannot decode is refused by the name declared', () => {
    for (const declared of ['x-klingon', 'ISO-2022-KR']) {
      expect(() => decode(Buffer.from(`<?xml version="1.0" encoding="${declared}"?><a/>`))).toThrow(
        new UnreadableEncoding(
          `it declares the encoding "${declared}", which cannot be read; save it as UTF-8`
        )
      )
    }
  })

  it('the encoding named after other attributes, with spaces around the =, is still found', () => {
    const doc = `<?xml version="1.0"\n  encoding = "ISO-8859-1" standalone="no"?><a>é</a>`
    expect(decode(Buffer.from(doc, 'latin1'), 4).decoder.encoding).toBe('windows-1252')
  })

  it('an encoding attribute outside the declaration is not the declaration', () => {
    const doc = '<a encoding="ISO-8859-1">ü</a>'
    expect(decode(Buffer.from(doc)).decoder.encoding).toBe('utf-8')
  })
})

describe('XmlDecoder: whitespace before the declaration', () => {
  it('reaches the parser as blanks in its place, newlines kept, so positions stay those of the file', () => {
    const doc = '\n \r\n<?xml version="1.0"\n encoding="ISO-8859-1"?>\n<a>é</a>'
    const { text } = decode(Buffer.from(doc, 'latin1'), 3)
    expect(text).toBe(`\n \r\n${' '.repeat(19)}\n${' '.repeat(24)}\n<a>é</a>`)
    expect(text).toHaveLength(doc.length)
  })

  it('a declaration at the very start is passed on untouched', () => {
    expect(decode(Buffer.from(DOC)).text).toBe(DOC)
  })

  it('whitespace running past the bytes held is UTF-8 without a declaration', () => {
    const doc = `${' '.repeat(70 * 1024)}<a>ü</a>`
    const { text, decoder } = decode(Buffer.from(doc), 64 * 1024)
    expect([text, decoder.encoding]).toEqual([doc, 'utf-8'])
  })
})

describe('XmlDecoder: where text stands before any markup', () => {
  it.each([
    ['plain text', 'hello\n<a/>', '1:1'],
    ['after blank lines and spaces', '\n\n   x', '3:4'],
    ['after a UTF-8 byte-order mark', '\ufeffoops', '1:1']
  ])('%s: at %s', (_, doc, position) => {
    expect(decode(Buffer.from(doc), 1).decoder.textBeforeMarkup).toBe(position)
  })

  it.each([
    ['markup first', '<a/>'],
    ['only whitespace', ' \n '],
    ['a declaration first', DOC]
  ])('none with %s', (_, doc) => {
    expect(decode(Buffer.from(doc)).decoder.textBeforeMarkup).toBeUndefined()
  })

  it('holds nothing back once decided: a piece after the first comes out at once', () => {
    const decoder = new XmlDecoder()
    expect(decoder.write(Buffer.from('<a>'))).toBe('<a>')
    expect(decoder.write(Buffer.from('b'))).toBe('b')
    expect(decoder.end()).toBe('')
  })

  it('waits while the first bytes could still be a byte-order mark or a declaration', () => {
    const decoder = new XmlDecoder()
    expect(decoder.write(Buffer.from([0xef, 0xbb]))).toBe('')
    expect(decoder.write(Buffer.from([0xbf, 0x3c]))).toBe('')
    expect(decoder.write(Buffer.from('?xml version="1.0"'))).toBe('')
    expect(decoder.write(Buffer.from('?><a/>'))).toBe('<?xml version="1.0"?><a/>')
    expect(decoder.encoding).toBe('utf-8')
  })
})
