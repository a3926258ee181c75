/** The `logs` the callback carries: the action's own lines, the `logs` input, then each log file. */
import * as core from '@actions/core'
import { Inputs } from './constants.js'
import { errorText } from './errors.js'
import { LogBudget } from './log-budget.js'
import type { Redact } from './secrets.js'

export interface LogSources {
  /** The action's own lines (outcome, needed jobs, input errors): first, so they survive truncation. */
  leading: readonly string[]
  /** The `logs` input's lines. */
  text: readonly string[]
  /** `logs-file` entries. */
  filePatterns: readonly string[]
  /** Lines that follow the files (test failures). */
  trailing?: readonly string[]
}

export interface LogLimits {
  maxBytes: number
  redact: Redact
  runUrl?: string
}

/**
 * Never throws for a missing or unreadable file: that becomes a warning and a log line,
 * because the callback must go out whatever happened to the logs.
 */
export async function gatherLogs(sources: LogSources, limits: LogLimits): Promise<string[]> {
  const budget = new LogBudget(limits.maxBytes, limits.redact, limits.runUrl)
  budget.addAll(sources.leading)
  budget.addAll(sources.text)
  if (sources.filePatterns.length > 0) await appendLogFiles(budget, sources.filePatterns)
  budget.addAll(sources.trailing ?? [])
  const { lines, bytes } = budget.omitted
  if (lines > 0) {
    core.info(
      `Logs exceed ${Inputs.MaxLogBytes} (${limits.maxBytes}): ${lines} lines (${bytes} bytes) are left out of the middle.`
    )
  }
  return budget.lines()
}

async function appendLogFiles(budget: LogBudget, patterns: readonly string[]): Promise<void> {
  const [{ displayPath, resolvePatterns }, { appendLogFile }] = await Promise.all([
    import('./file-patterns.js'),
    import('./log-files.js')
  ])
  let matches: Awaited<ReturnType<typeof resolvePatterns>>
  try {
    matches = await resolvePatterns(patterns)
  } catch (error) {
    skipWithWarning(budget, `${Inputs.LogsFile}: could not search for the log files: ${errorText(error)}`)
    return
  }
  for (const { pattern, files, matched } of matches) {
    if (!matched) {
      skipWithWarning(budget, `${Inputs.LogsFile}: no file matches '${pattern}'`)
    }
    for (const file of files) {
      const name = displayPath(file)
      budget.add(`==> ${name} <==`)
      try {
        await appendLogFile(file, budget)
      } catch (error) {
        skipWithWarning(budget, `${Inputs.LogsFile}: could not read '${name}': ${errorText(error)}`)
      }
    }
  }
}

/** Missing content is worth a warning and a line in the task's logs, never a lost callback. */
function skipWithWarning(budget: LogBudget, message: string): void {
  core.warning(`${message}; the callback is sent without it.`)
  budget.add(`[${message}]`)
}
