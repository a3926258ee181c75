/**
 * buildCallbackBody decides the callback's JSON body. VibeIQ documents `logs`, `output` and
 * `subtext` as optional (/work/shared/vibeiq/api-notes.md §1.2): `logs` are appended to the
 * task's logs, `output` is merged into its output and `subtext` replaces the task's and its
 * process's subtext. So what is empty is left out: an empty subtext would wipe the subtext a
 * progress update set, and empty logs or output add nothing.
 */
import { describe, expect, it } from '@jest/globals'
import { buildCallbackBody, type CallbackContent } from '../../src/core/payload.js'
import { createRedactor } from '../../src/core/secrets.js'

const SECRET = 'hunter2-secret-value'
const redact = createRedactor([SECRET])
const base: CallbackContent = { taskId: 'rbGtiz4rUX8JNJZv', status: 'SUCCESS', logs: [] }
const run = {
  key: 'githubRun',
  details: { runId: '4242', url: 'https://github.com/acme/widgets/actions/runs/4242' }
}

describe('buildCallbackBody', () => {
  it('sends only taskId and status when there is nothing else', () => {
    expect(buildCallbackBody(base, redact)).toEqual({ taskId: 'rbGtiz4rUX8JNJZv', status: 'SUCCESS' })
    expect(JSON.stringify(buildCallbackBody({ ...base, status: 'FAILURE' }, redact))).toBe(
      '{"taskId":"rbGtiz4rUX8JNJZv","status":"FAILURE"}'
    )
  })

  it('leaves out an empty output, empty logs and an empty subtext', () => {
    const body = buildCallbackBody({ ...base, logs: [], output: {}, subtext: '' }, redact)
    expect(body).toEqual({ taskId: 'rbGtiz4rUX8JNJZv', status: 'SUCCESS' })
    expect(Object.keys(body)).toEqual(['taskId', 'status'])
  })

  it('sends logs as one entry per line, an empty line included', () => {
    expect(buildCallbackBody({ ...base, logs: ['one', '', 'three'] }, redact).logs).toEqual([
      'one',
      '',
      'three'
    ])
    expect(buildCallbackBody({ ...base, logs: [''] }, redact).logs).toEqual([''])
  })

  it('sends a subtext of one character', () => {
    expect(buildCallbackBody({ ...base, subtext: '.' }, redact).subtext).toBe('.')
  })

  it('sends the output with the run under its key first', () => {
    const body = buildCallbackBody({ ...base, output: { zip: 'https://example.com/a.zip' }, run }, redact)
    expect(body.output).toEqual({ githubRun: run.details, zip: 'https://example.com/a.zip' })
    expect(Object.keys(body.output ?? {})).toEqual(['githubRun', 'zip'])
  })

  it('sends the run alone when there is no output, or an empty one', () => {
    expect(buildCallbackBody({ ...base, run }, redact).output).toEqual({ githubRun: run.details })
    expect(buildCallbackBody({ ...base, output: {}, run }, redact).output).toEqual({ githubRun: run.details })
  })

  it("keeps the output's own value under the run's key", () => {
    const body = buildCallbackBody({ ...base, output: { githubRun: 'mine' }, run }, redact)
    expect(body.output).toEqual({ githubRun: 'mine' })
  })

  it('replaces secrets in logs, output (keys and values, nested) and subtext, and nowhere else', () => {
    const body = buildCallbackBody(
      {
        taskId: 'rbGtiz4rUX8JNJZv',
        status: 'FAILURE',
        logs: [`token ${SECRET}`, 'clean'],
        output: { [SECRET]: 1, nested: { list: [`x${SECRET}y`, 2, null, true] } },
        subtext: `failed with ${SECRET}`,
        run: { key: 'ciRun', details: { url: `https://ci.example/?t=${encodeURIComponent(SECRET)}` } }
      },
      redact
    )
    expect(body).toEqual({
      taskId: 'rbGtiz4rUX8JNJZv',
      status: 'FAILURE',
      logs: ['token ***', 'clean'],
      output: {
        ciRun: { url: 'https://ci.example/?t=***' },
        '***': 1,
        nested: { list: ['x***y', 2, null, true] }
      },
      subtext: 'failed with ***'
    })
    expect(JSON.stringify(body)).not.toContain(SECRET)
  })

  it('does not change what it was given', () => {
    const content: CallbackContent = {
      ...base,
      logs: [SECRET],
      output: { key: SECRET },
      subtext: SECRET,
      run: { key: 'ciRun', details: { a: SECRET } }
    }
    const before = JSON.stringify(content)
    buildCallbackBody(content, redact)
    expect(JSON.stringify(content)).toBe(before)
  })
})
