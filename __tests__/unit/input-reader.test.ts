/** The InputReader's decisions and exact JSON, called directly with plain values. */
import { describe, expect, it } from '@jest/globals'
import { jsonSyntaxProblem, parseJsonExactly, rawJsonText } from '../../src/core/exact-json.js'
import { InputReader, isPlainObject, type ValueSource } from '../../src/core/input-reader.js'

function reader(values: Record<string, string>): InputReader {
  const source: ValueSource = {
    get: name => values[name] ?? '',
    label: name => `Input '${name}'`,
    name: name => `'${name}'`
  }
  return new InputReader(source)
}

describe('number', () => {
  const rule = { integer: true, min: 0, max: 100 }

  it('gives the fallback for an empty value, and the number for a valid one', () => {
    expect(reader({}).number('n', 7, rule)).toBe(7)
    expect(reader({ n: '0' }).number('n', 7, rule)).toBe(0)
    expect(reader({ n: '100' }).number('n', 7, rule)).toBe(100)
    expect(reader({ n: '2.5' }).number('n', 7, { min: 0.001, max: 600 })).toBe(2.5)
  })

  it.each([
    ['-1', 'a whole number from 0 up to 100'],
    ['101', 'a whole number from 0 up to 100'],
    ['1.5', 'a whole number from 0 up to 100'],
    ['1e2', 'a whole number from 0 up to 100'],
    [' 5', 'a whole number from 0 up to 100'],
    ['0x10', 'a whole number from 0 up to 100'],
    ['Infinity', 'a whole number from 0 up to 100'],
    ['1..2', 'a whole number from 0 up to 100']
  ])('refuses %j, naming the input, the value and what is expected', (given, expected) => {
    const r = reader({ n: given })
    expect(r.number('n', 7, rule)).toBeUndefined()
    expect(r.errors).toEqual([`Input 'n' is '${given}': expected ${expected}.`])
  })

  it('says "greater than 0" for a fractional rule starting at 0.001, and "from" otherwise', () => {
    const fractional = reader({ t: '0' })
    fractional.number('t', 30, { min: 0.001, max: 600 })
    expect(fractional.errors).toEqual(["Input 't' is '0': expected a number greater than 0 up to 600."])
    const fromTwo = reader({ t: '1' })
    fromTwo.number('t', 30, { min: 2, max: 600 })
    expect(fromTwo.errors).toEqual(["Input 't' is '1': expected a number from 2 up to 600."])
    const integerFromSmall = reader({ t: '0' })
    integerFromSmall.number('t', 30, { integer: true, min: 0.001, max: 9 })
    expect(integerFromSmall.errors).toEqual(["Input 't' is '0': expected a whole number from 0.001 up to 9."])
  })

  it('accepts the bounds themselves', () => {
    expect(reader({ n: '0.001' }).number('n', 1, { min: 0.001, max: 600 })).toBe(0.001)
    expect(reader({ n: '600' }).number('n', 1, { min: 0.001, max: 600 })).toBe(600)
  })
})

describe('boolean', () => {
  it.each([
    ['', true, true],
    ['', false, false],
    ['true', false, true],
    ['TRUE', false, true],
    ['False', true, false]
  ])('%j with fallback %s is %s', (given, fallback, expected) => {
    expect(reader({ b: given }).boolean('b', fallback)).toBe(expected)
  })

  it.each(['yes', 'true ', 'truex', 'xfalse', '1'])('refuses %j', given => {
    const r = reader({ b: given })
    expect(r.boolean('b', true)).toBeUndefined()
    expect(r.errors).toEqual([`Input 'b' is '${given}': expected true or false.`])
  })
})

describe('jsonObject', () => {
  const expected = 'an object'

  it('gives a plain object', () => {
    expect(reader({}).jsonObject('o', '{"a": [1, "x"]}', expected)).toEqual({ a: [1, 'x'] })
  })

  it.each([
    ['[1]', 'an array'],
    ['null', 'null'],
    ['"text"', 'a string'],
    ['12', 'a number'],
    ['true', 'a boolean']
  ])('refuses %s as %s', (given, kind) => {
    const r = reader({})
    expect(r.jsonObject('o', given, expected)).toBeUndefined()
    expect(r.errors).toEqual([`Input 'o' is ${kind}: expected ${expected}.`])
  })

  it.each([
    ['ghp_unquotedSecret0123', 'unexpected character at line 1, column 1'],
    ['  \n ghp_unquotedSecret0123', 'unexpected character at line 2, column 2'],
    ['{"a": "ghp_unterminated', 'unterminated string at line 1, column 24'],
    ['{"a": 1,}', 'expected double-quoted property name at line 1, column 9'],
    ['{"a":\n 1} ghp_after', 'unexpected non-whitespace character after the JSON at line 2, column 5'],
    ['{"a": ghp_inside}', 'unexpected character'],
    ['', 'it ends before the JSON does'],
    ['{"a": ', 'it ends before the JSON does']
  ])('describes %j without quoting it', (given, problem) => {
    const r = reader({})
    expect(r.jsonObject('o', given, expected)).toBeUndefined()
    expect(r.errors).toEqual([
      `Input 'o' is not valid JSON (${problem}; its text is not shown): expected ${expected}.`
    ])
    expect(r.errors[0]).not.toContain('ghp_')
  })
})

describe('lines and patterns', () => {
  it('splits lines on LF and CRLF, none for an empty value', () => {
    expect(reader({ l: 'a\r\nb\n\nc' }).lines('l')).toEqual(['a', 'b', '', 'c'])
    expect(reader({}).lines('l')).toEqual([])
  })

  it('trims patterns and leaves out blank lines', () => {
    expect(reader({ p: ' a.log \n\n  \n!b.log' }).patterns('p')).toEqual(['a.log', '!b.log'])
  })
})

describe('fail and invalid', () => {
  it('collect every error, in order, and return undefined', () => {
    const r = reader({})
    expect(r.fail('first')).toBeUndefined()
    expect(r.invalid('x', 'given', 'something')).toBeUndefined()
    expect(r.errors).toEqual(['first', "Input 'x' is 'given': expected something."])
  })
})

describe('isPlainObject', () => {
  it.each([
    [{}, true],
    [[], false],
    [null, false],
    ['x', false],
    [1, false]
  ])('%j is %s', (value, expected) => {
    expect(isPlainObject(value)).toBe(expected)
  })
})

describe('parseJsonExactly', () => {
  it('keeps as written a number JavaScript cannot hold or writes differently', () => {
    const text =
      '{"big": 12345678901234567891, "huge": 1e400, "neg": -1E+400, "pad": 1.50, "zero": -0, "n": 3, "f": 0.5, "s": "7"}'
    const value = parseJsonExactly(text) as Record<string, unknown>
    expect(JSON.stringify(value)).toBe(text.replace(/\s/g, '').replace(/,"/g, ',"'))
    expect(rawJsonText(value['big'])).toBe('12345678901234567891')
    expect(rawJsonText(value['huge'])).toBe('1e400')
    expect(value['n']).toBe(3)
    expect(value['f']).toBe(0.5)
    expect(value['s']).toBe('7')
    expect(rawJsonText(3)).toBeUndefined()
    expect(rawJsonText({ rawJSON: '1' })).toBeUndefined()
  })

  it('throws JSON.parse own error on bad JSON', () => {
    expect(() => parseJsonExactly('{')).toThrow(SyntaxError)
  })

  it('parses nesting deeper than a reviver can walk, plainly', () => {
    const deep = `${'['.repeat(20_000)}1${']'.repeat(20_000)}`
    expect(Array.isArray(parseJsonExactly(deep))).toBe(true)
  })
})

describe('jsonSyntaxProblem', () => {
  it('uses no words of V8 that hold a quote or a token', () => {
    expect(jsonSyntaxProblem(new SyntaxError('Unexpected token \'x\', "x" is not valid JSON'), 'x')).toBe(
      'unexpected character at line 1, column 1'
    )
    expect(
      jsonSyntaxProblem(new SyntaxError('Odd "quoted" thing in JSON at position 2 (line 1 column 3)'), '{ x')
    ).toBe('unexpected character at line 1, column 3')
    expect(
      jsonSyntaxProblem(
        new SyntaxError('Bad control character in string literal in JSON at position 3'),
        '"ab\u0001"'
      )
    ).toBe('bad control character in string literal at line 1, column 4')
    expect(jsonSyntaxProblem('not an error', '   ')).toBe('unexpected character')
  })
})
