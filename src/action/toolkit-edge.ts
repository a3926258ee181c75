/** The core's edge on the GitHub runner: the toolkit's workflow commands, outputs, summary and transport. */
import * as core from '@actions/core'
import { randomUUID } from 'node:crypto'
import { appendFile } from 'node:fs/promises'
import type { Edge } from '../core/edge.js'
import { beginSubtextUpdate, recordSending } from './completion-mark.js'
import { openWithHttpClient } from './http-client-transport.js'
import { readRunInfo } from './run-info.js'

export const toolkitEdge: Edge = {
  stepName: 'GitHub step',
  byHandWhere: 'the job summary',
  info: message => core.info(message),
  warning: message => core.warning(message),
  debug: message => core.debug(message),
  fail: message => core.setFailed(message),
  block(title, lines) {
    // Workflow commands are stopped inside, so that a line such as `::add-mask::` or
    // `::set-output` in text from outside does nothing; one write, since each is a system call.
    const resume = randomUUID()
    core.startGroup(title)
    core.info([`::stop-commands::${resume}`, ...lines, `::${resume}::`].join('\n'))
    core.endGroup()
  },
  setOutput: (name, value) => core.setOutput(name, value),
  mask: secret => core.setSecret(secret),
  async summary(html) {
    const file = process.env['GITHUB_STEP_SUMMARY']
    if (file) await appendFile(file, html)
  },
  openRequest: openWithHttpClient,
  run() {
    const details = readRunInfo()
    return {
      name: 'GitHub run',
      outputKey: 'githubRun',
      details: details as Record<string, string>,
      url: details.url
    }
  },
  recordSending: (taskId, body) => recordSending(taskId, body, toolkitEdge),
  beginUpdate: taskId => beginSubtextUpdate(taskId)
}
