describe('Assortment export', () => {
  test('writes the zip', () => expect(1 + 1).toBe(2))
  test('names every colourway — Überprüfung ✓', () => expect('ü').toBe('ü'))
  test('rejects an empty season', () => expect([]).toHaveLength(1))
  test.skip('uploads to the CDN', () => {})
  test.todo('signs the archive')
})
describe('Images', () => {
  test('renders thumbnails', () => {
    throw new TypeError("Cannot read properties of undefined (reading 'width')")
  })
})
