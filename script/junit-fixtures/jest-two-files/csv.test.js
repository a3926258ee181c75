// The same describe/it titles as xlsx.test.js: jest-junit writes no file attribute by default.
const parse = text => {
  if (text.split('"').length % 2 === 0) throw new SyntaxError('unclosed quote')
  return text.split(',')
}
describe('parse', () => {
  it('rejects bad input', () => expect(() => parse('a,"b')).toThrow('unclosed quote'))
  it('reads a header', () => expect(parse('style,colour')).toEqual(['style', 'colour']))
})
