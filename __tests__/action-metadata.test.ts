import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { parse } from 'yaml'
import { renderTables, withTables } from '../script/readme-tables.mjs'
import { ACTION_VERSION, Defaults, Inputs, Outputs } from '../src/core/constants.js'

const action = parse(readFileSync('action.yml', 'utf8')) as {
  inputs: Record<string, { description: string; default?: string }>
  outputs: Record<string, { description: string }>
  runs: Record<string, string>
}

describe('action.yml', () => {
  it('declares exactly the inputs the action reads', () => {
    expect(Object.keys(action.inputs).sort()).toEqual(Object.values(Inputs).sort())
  })

  it('declares exactly the outputs the action sets', () => {
    expect(Object.keys(action.outputs).sort()).toEqual(Object.values(Outputs).sort())
  })

  it('describes every input and output', () => {
    for (const spec of [...Object.values(action.inputs), ...Object.values(action.outputs)]) {
      expect(spec.description.length).toBeGreaterThan(10)
    }
  })

  it("has the code's defaults, so that a step and the code agree when an input is empty", () => {
    const inputOf: Record<keyof typeof Defaults, string> = {
      ApiUrl: Inputs.ApiUrl,
      Mode: Inputs.Mode,
      Retries: Inputs.Retries,
      RetryForSeconds: Inputs.RetryFor,
      TimeoutSeconds: Inputs.Timeout,
      MaxLogBytes: Inputs.MaxLogBytes,
      IncludeRunInfo: Inputs.IncludeRunInfo,
      DryRun: Inputs.DryRun,
      FailOnError: Inputs.FailOnError,
      FailOnTestFailures: Inputs.FailOnTestFailures,
      Progress: Inputs.Progress,
      ProgressIntervalSeconds: Inputs.ProgressInterval
    }
    for (const [key, name] of Object.entries(inputOf)) {
      expect([name, action.inputs[name]?.default]).toEqual([
        name,
        String(Defaults[key as keyof typeof Defaults])
      ])
    }
  })

  it('runs one bundle on node24, main and post', () => {
    expect(action.runs).toEqual({
      using: 'node24',
      main: 'dist/index.js',
      post: 'dist/index.js',
      'post-if': 'always()'
    })
  })
})

describe('package.json', () => {
  it('has the version the action reports in its User-Agent', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }
    expect(ACTION_VERSION).toBe(pkg.version)
  })
})

describe('README', () => {
  it('has the input and output tables of action.yml (npm run docs rewrites them)', () => {
    const readme = readFileSync('README.md', 'utf8')
    expect(withTables(readme, renderTables())).toBe(readme)
  })

  it('notices a mismatch', () => {
    const readme = readFileSync('README.md', 'utf8')
    const actionYml = readFileSync('action.yml', 'utf8')
    const changed = actionYml.replace('The VibeIQ task to complete.', 'The task.')
    expect(changed).not.toBe(actionYml)
    expect(withTables(readme, renderTables(changed))).not.toBe(readme)
  })
})
