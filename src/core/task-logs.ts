/** The `logs` the callback carries: the action's own lines, the `logs` input, then each log file. */
import { Inputs } from './constants.js'
import { errorText } from './errors.js'
import type { Log } from './edge.js'
import { displayPath, searchPatterns } from './file-patterns.js'
import { LogBudget } from './log-budget.js'
import { appendLogFile, ReadAllowance } from './log-files.js'
import type { Redactor } from './secrets.js'

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

/** What reading all the log files of one callback may take, so that the callback always goes out. */
export interface LogFileLimits {
  maxFiles: number
  maxBytes: number
  maxSeconds: number
}

/** docs/reference.md ("Log file limits") states these. */
export const LOG_FILE_LIMITS: LogFileLimits = { maxFiles: 1000, maxBytes: 4 * 2 ** 30, maxSeconds: 30 }
/** Files named in warnings one by one; the rest are counted in one more. */
const MAX_FILE_WARNINGS = 10

export interface LogLimits {
  maxBytes: number
  redact: Redactor
  /** Where the whole log is ("the GitHub run: <URL>"), for the omission line. */
  fullLog?: string
  files?: LogFileLimits
  /** The clock the time limit is measured by. */
  now?: () => number
}

/**
 * Never throws for a missing or unreadable file: that becomes a warning and a log line,
 * because the callback must go out whatever happened to the logs.
 */
export async function gatherLogs(sources: LogSources, limits: LogLimits, log: Log): Promise<string[]> {
  const budget = new LogBudget(limits.maxBytes, limits.redact, limits.fullLog)
  budget.addAll(sources.leading)
  budget.addAll(sources.text)
  if (sources.filePatterns.length > 0) {
    await appendLogFiles(budget, sources.filePatterns, limits.files ?? LOG_FILE_LIMITS, log, limits.now)
  }
  budget.addAll(sources.trailing ?? [])
  const { lines, bytes, allCounted } = budget.omitted
  if (lines > 0 || bytes > 0) {
    log.info(
      `Logs exceed ${Inputs.MaxLogBytes} (${limits.maxBytes}): ${lines}${allCounted ? '' : ' or more'} lines (${bytes} bytes) are left out of the middle.`
    )
  }
  return budget.lines()
}

async function appendLogFiles(
  budget: LogBudget,
  patterns: readonly string[],
  limits: LogFileLimits,
  log: Log,
  now?: () => number
): Promise<void> {
  const allowance = new ReadAllowance(limits.maxBytes, limits.maxSeconds * 1000, now)
  const warnings = new FileWarnings(budget, log)
  let search: Awaited<ReturnType<typeof searchPatterns>>
  try {
    search = await searchPatterns(patterns, {
      maxFiles: limits.maxFiles,
      timeLeftMs: () => limits.maxSeconds * 1000 - allowance.used.ms
    })
  } catch (error) {
    skipWithWarning(
      log,
      budget,
      `${Inputs.LogsFile}: could not search for the log files: ${errorText(error)}`
    )
    return
  }
  const unread: string[] = []
  let stoppedInFile = false
  for (const [index, { pattern, files, matched }] of search.matches.entries()) {
    // The last pattern's search may have stopped before its first file.
    const searchedWhole = !search.stopped || index < search.matches.length - 1
    if (!matched && searchedWhole) {
      skipWithWarning(log, budget, `${Inputs.LogsFile}: no file matches '${pattern}'`)
    }
    for (const file of files) {
      const name = displayPath(file)
      if (allowance.exhausted) {
        unread.push(name)
        continue
      }
      budget.add(`==> ${name} <==`)
      try {
        await appendLogFile(file, budget, allowance)
        stoppedInFile = allowance.exhausted
      } catch (error) {
        warnings.add(`${Inputs.LogsFile}: could not read '${name}': ${errorText(error)}`)
      }
    }
  }
  warnings.summarize()
  const limitsText = `${limits.maxFiles} files, ${sizeText(limits.maxBytes)} or ${limits.maxSeconds} s in all`
  if (search.stopped === 'files') {
    skipWithWarning(
      log,
      budget,
      `${Inputs.LogsFile}: more than ${limits.maxFiles} files match (the limits are ${limitsText}); only the first ${limits.maxFiles} found are read`,
      ''
    )
  } else if (search.stopped === 'time') {
    skipWithWarning(
      log,
      budget,
      `${Inputs.LogsFile}: the search for log files reached the time limit (the limits are ${limitsText}); only the files found by then are read`,
      ''
    )
  }
  if (stoppedInFile || unread.length > 0) {
    const { bytes, ms } = allowance.used
    const unreadText = unread.length > 0 ? `; ${describeUnread(unread)}` : ''
    skipWithWarning(
      log,
      budget,
      `${Inputs.LogsFile}: reading stopped at the limits (${limitsText}) after ${sizeText(bytes)} in ${(ms / 1000).toFixed(1)} s: the file being read keeps its head and its end, its middle uncounted${unreadText}`,
      ''
    )
  }
}

function sizeText(bytes: number): string {
  if (bytes >= 2 ** 30) return `${+(bytes / 2 ** 30).toFixed(1)} GiB`
  if (bytes >= 2 ** 20) return `${+(bytes / 2 ** 20).toFixed(1)} MiB`
  return `${bytes} bytes`
}

function describeUnread(names: readonly string[]): string {
  const shown = names.slice(0, MAX_FILE_WARNINGS).map(name => `'${name}'`)
  const more = names.length > shown.length ? ` and ${names.length - shown.length} more` : ''
  return `${names.length} file${names.length === 1 ? ' was' : 's were'} not read: ${shown.join(', ')}${more}`
}

/** A warning for each of the first files that could not be read, then one that counts the rest. */
class FileWarnings {
  private count = 0

  constructor(
    private readonly budget: LogBudget,
    private readonly log: Log
  ) {}

  add(message: string): void {
    this.count++
    if (this.count <= MAX_FILE_WARNINGS) skipWithWarning(this.log, this.budget, message)
    else this.budget.add(`[${message}]`)
  }

  summarize(): void {
    const more = this.count - MAX_FILE_WARNINGS
    if (more > 0) {
      this.log.warning(
        `${Inputs.LogsFile}: ${more} more file${more === 1 ? '' : 's'} could not be read (each is named in the task's logs, as far as they fit); the callback is sent without them.`
      )
    }
  }
}

/** Missing content is worth a warning and a line in the task's logs, never a lost callback. */
function skipWithWarning(
  log: Log,
  budget: LogBudget,
  message: string,
  consequence = 'the callback is sent without it'
): void {
  log.warning(consequence ? `${message}; ${consequence}.` : `${message}.`)
  budget.add(`[${message}]`)
}
