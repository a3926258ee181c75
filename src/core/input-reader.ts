/**
 * Reads the values of the inputs, whichever edge gives them (the Action's inputs, or the
 * command line's flags and VIBEIQ_* variables), and collects every error in them at once, each
 * naming the value the way the user gave it.
 */
import { jsonSyntaxProblem, parseJsonExactly } from './exact-json.js'

/** Where the values come from, and how messages name them. */
export interface ValueSource {
  /** The value given for an input, '' when none. */
  get(name: string): string
  /** How a message starts about it: "Input 'retries'", "--retries". */
  label(name: string): string
  /** How a message names it in passing: "'retries'", "--retries". */
  name(name: string): string
  /** Why a required value is missing, where the edge has more to say than that it is empty. */
  missing?(name: string): string | undefined
  /** Where the job's status came from, when the edge found it somewhere (a CI's variable). */
  jobStatusReason?(): string | undefined
}

export interface NumberRule {
  integer?: boolean
  min: number
  max: number
}

export class InputReader {
  readonly errors: string[] = []

  constructor(readonly source: ValueSource) {}

  text(name: string): string {
    return this.source.get(name)
  }

  /** Records an error; returns undefined, for `return reader.fail(...)`. */
  fail(message: string): undefined {
    this.errors.push(message)
    return undefined
  }

  invalid(name: string, given: string, expected: string): undefined {
    return this.fail(`${this.source.label(name)} is '${given}': expected ${expected}.`)
  }

  number(name: string, fallback: number, rule: NumberRule): number | undefined {
    const given = this.text(name)
    if (given === '') return fallback
    const value = Number(given)
    const ok = /^[0-9.]+$/.test(given) && Number.isFinite(value) && (!rule.integer || Number.isInteger(value))
    if (!ok || value < rule.min || value > rule.max) {
      const kind = rule.integer ? 'a whole number' : 'a number'
      const range = rule.min <= 0.001 && !rule.integer ? `greater than 0` : `from ${rule.min}`
      return this.invalid(name, given, `${kind} ${range} up to ${rule.max}`)
    }
    return value
  }

  boolean(name: string, fallback: boolean): boolean | undefined {
    const given = this.text(name)
    if (given === '') return fallback
    if (/^true$/i.test(given)) return true
    if (/^false$/i.test(given)) return false
    return this.invalid(name, given, 'true or false')
  }

  /**
   * A JSON object; numbers are kept as written (see parseJsonExactly). The error never quotes
   * the text: V8's message shows a window of it, which may hold an unmasked secret.
   */
  jsonObject(name: string, given: string, expected: string): Record<string, unknown> | undefined {
    let parsed: unknown
    try {
      parsed = parseJsonExactly(given)
    } catch (error) {
      return this.fail(
        `${this.source.label(name)} is not valid JSON (${jsonSyntaxProblem(error, given)}; its text is not shown): ` +
          `expected ${expected}.`
      )
    }
    if (!isPlainObject(parsed)) {
      const kind = Array.isArray(parsed) ? 'an array' : parsed === null ? 'null' : `a ${typeof parsed}`
      return this.fail(`${this.source.label(name)} is ${kind}: expected ${expected}.`)
    }
    return parsed
  }

  /** One entry per line, as the `logs` input is sent. */
  lines(name: string): string[] {
    const text = this.text(name)
    return text === '' ? [] : text.split(/\r?\n/)
  }

  /** Paths or glob patterns, one per line, blank lines left out. */
  patterns(name: string): string[] {
    return this.lines(name)
      .map(line => line.trim())
      .filter(Boolean)
  }
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
