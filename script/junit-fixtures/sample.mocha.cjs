const assert = require('node:assert')
describe('Plan sync', function () {
  it('maps sizes', function () {
    assert.strictEqual(1, 1)
  })
  it('maps colours', function () {
    assert.deepStrictEqual({ a: 1 }, { a: 2 })
  })
  it.skip('maps prices', function () {})
  describe('nested', function () {
    it('handles ünïcödé names', function () {
      assert.ok(true)
    })
  })
})
