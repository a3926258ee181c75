/**
 * JSON read as written: numbers JavaScript cannot hold are kept as their text, and syntax
 * errors are described without quoting the text, which may hold a secret.
 */
import { errorText } from './errors.js'

/** JSON.rawJSON and the reviver's source text (Node 22 and later), missing from TypeScript's ES2022 lib. */
interface JsonWithSource {
  rawJSON?: (text: string) => unknown
  isRawJSON?: (value: unknown) => boolean
}
type ExactReviver = (this: unknown, key: string, value: unknown, context?: { source?: string }) => unknown
const exactJson = JSON as JSON & JsonWithSource

/**
 * JSON.parse, except that a number whose value JavaScript cannot hold as written (more digits
 * than a double keeps, such as 12345678901234567891; beyond its range, such as 1e400; or only
 * written differently, as 1.0) is kept as the text it was (a JSON.rawJSON), so that
 * JSON.stringify sends it exactly as given. Parsed plainly first, so that a syntax error is
 * JSON.parse's own.
 */
export function parseJsonExactly(text: string): unknown {
  const plain: unknown = JSON.parse(text)
  const { rawJSON } = exactJson
  if (!rawJSON || !/\d/.test(text)) return plain
  const reviver: ExactReviver = (_key, value, context) =>
    typeof value === 'number' && context?.source !== undefined && context.source !== JSON.stringify(value)
      ? rawJSON(context.source)
      : value
  try {
    return JSON.parse(text, reviver as Parameters<typeof JSON.parse>[1])
  } catch {
    // A reviver recurses: nesting deeper than the stack allows is refused by depth later.
    return plain
  }
}

/** A number kept as written (see parseJsonExactly): its text. */
export function rawJsonText(value: unknown): string | undefined {
  if (!exactJson.isRawJSON?.(value)) return undefined
  return (value as { rawJSON: string }).rawJSON
}

/**
 * What is wrong with the JSON and where, in words that never quote it: V8's own message names
 * the problem and a position, or quotes a window of the text ("Unexpected token 'g', \"ghp_...\"").
 */
export function jsonSyntaxProblem(error: unknown, text: string): string {
  const message = errorText(error)
  if (/^Unexpected end of JSON input/.test(message)) return 'it ends before the JSON does'
  const at = / (in|after) JSON at position (\d+)/.exec(message)
  const what = at ? message.slice(0, at.index) + (at[1] === 'after' ? ' after the JSON' : '') : ''
  const position = at ? Number(at[2]) : firstUnexpected(text)
  const where = position === undefined ? '' : ` at ${lineAndColumn(text, position)}`
  // V8's words for the problem, where they hold no text from the input.
  const problem =
    what && !/["'`]|\btoken\b/i.test(what)
      ? what.charAt(0).toLowerCase() + what.slice(1)
      : 'unexpected character'
  return `${problem}${where}`
}

/** Where JSON.parse met a character that cannot start a value, which V8 does not say: the first one outside a string. */
function firstUnexpected(text: string): number | undefined {
  const start = text.search(/\S/)
  if (start < 0) return undefined
  // A value starts with one of these; anything else at the start is the unexpected token.
  if (!/[[{"\-0-9tfn]/.test(text.charAt(start))) return start
  return undefined
}

function lineAndColumn(text: string, position: number): string {
  const before = text.slice(0, position).split(/\r\n|\r|\n/)
  return `line ${before.length}, column ${(before.at(-1)?.length ?? 0) + 1}`
}
