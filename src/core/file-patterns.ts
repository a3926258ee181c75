import { glob as nodeGlob, stat } from 'node:fs/promises'
import { isAbsolute, join, relative, resolve } from 'node:path'

export interface PatternMatch {
  pattern: string
  /** Absolute paths, sorted; a file an earlier pattern matched is not listed again. */
  files: string[]
  /** Whether the pattern matched any file at all. */
  matched: boolean
}

export interface SearchLimits {
  /** Files listed in all; the search stops at the next one. */
  maxFiles: number
  /** Time left to search; the search stops when none is. */
  timeLeftMs: () => number
}

export interface PatternSearch {
  /** One per pattern searched: a pattern after the search stopped is not listed. */
  matches: PatternMatch[]
  /** Why the search stopped early, when it did: more files may match than are listed. */
  stopped?: 'files' | 'time'
}

const GLOB_CHARS = /[*?[\]{}]/
const TIMED_OUT = Symbol('timed out')

/**
 * Resolves paths and glob patterns (one per entry; `!pattern` excludes) relative to the
 * working directory, as the runner's own glob does: hidden files match, symlinked directories
 * are followed, and a pattern that names a directory means every file below it. Plain paths are
 * checked directly, so the glob library is loaded only when a pattern needs it.
 */
export async function resolvePatterns(patterns: readonly string[]): Promise<PatternMatch[]> {
  return (await searchPatterns(patterns, { maxFiles: Infinity, timeLeftMs: () => Infinity })).matches
}

/**
 * As resolvePatterns, within limits: the first `maxFiles` files found (in the order of the
 * patterns, each pattern's in the order the search meets them, then sorted), found in the
 * time given.
 */
export async function searchPatterns(
  patterns: readonly string[],
  limits: SearchLimits
): Promise<PatternSearch> {
  const excludes = patterns.filter(p => p.startsWith('!'))
  const seen = new Set<string>()
  const matches: PatternMatch[] = []
  for (const pattern of patterns.filter(p => !p.startsWith('!'))) {
    // Ends a search still walking the tree once its results are no longer wanted.
    const abort = new AbortController()
    const found = matchPattern(pattern, excludes, abort.signal)[Symbol.asyncIterator]()
    const files: string[] = []
    let matched = false
    let stopped: PatternSearch['stopped']
    for (;;) {
      const timeLeft = limits.timeLeftMs()
      const next = timeLeft > 0 ? await withinTime(found.next(), timeLeft) : TIMED_OUT
      if (next === TIMED_OUT) stopped = 'time'
      else if (next.done) break
      else {
        matched = true
        // One file reached by several paths (a symlinked directory such as bazel-testlogs, a
        // `latest` link, a hard link, two patterns) is listed once, under the first path found:
        // known by its device and inode, which every path to it shares.
        const file = await fileIdentity(next.value)
        if (seen.has(file)) continue
        if (seen.size >= limits.maxFiles) stopped = 'files'
        else {
          seen.add(file)
          files.push(next.value)
          continue
        }
      }
      abort.abort()
      found.return(undefined).catch(() => undefined)
      break
    }
    matches.push({ pattern, files: files.sort(), matched })
    if (stopped) return { matches, stopped }
  }
  return { matches }
}

async function fileIdentity(path: string): Promise<string> {
  const info = await stat(path, { bigint: true }).catch(() => undefined)
  // A path that cannot be read is kept, by its name, for reading to refuse it by name.
  return info && info.ino !== 0n ? `${info.dev}:${info.ino}` : `path:${resolve(path)}`
}

async function* matchPattern(
  pattern: string,
  excludes: readonly string[],
  signal: AbortSignal
): AsyncGenerator<string> {
  if (!GLOB_CHARS.test(pattern) && excludes.length === 0) {
    const info = await stat(pattern).catch(() => undefined)
    if (!info) return
    // Anything but a directory, as the glob would list it; reading decides what it can read.
    if (!info.isDirectory()) {
      yield resolve(pattern)
      return
    }
  }
  const { glob } = await import('tinyglobby')
  const found = await glob([pattern], {
    ignore: excludes.map(p => p.slice(1)),
    dot: true,
    followSymbolicLinks: true,
    expandDirectories: true,
    // Not only files: symlinks to FIFOs and devices too, to be refused by name when read.
    onlyFiles: false,
    absolute: true,
    signal
  })
  for (const path of found) if (!path.endsWith('/')) yield path
  yield* specialFiles(pattern, excludes)
}

/**
 * What the pattern matches that is neither a file nor a directory (a FIFO, a socket, a
 * device), which the glob library leaves out without a word: listed, so that reading refuses
 * each by name, as it refuses a path given literally. Node's own glob lists them.
 */
async function* specialFiles(pattern: string, excludes: readonly string[]): AsyncGenerator<string> {
  // A directory means every file below it, as for the glob library.
  const info = GLOB_CHARS.test(pattern) ? undefined : await stat(pattern).catch(() => undefined)
  const walked = info?.isDirectory() ? join(pattern, '**') : pattern
  const entries = nodeGlob(walked, { withFileTypes: true, exclude: excludes.map(p => p.slice(1)) })
  for await (const entry of entries) {
    if (entry.isFIFO() || entry.isSocket() || entry.isCharacterDevice() || entry.isBlockDevice()) {
      yield resolve(entry.parentPath, entry.name)
    }
  }
}

async function withinTime<T>(promise: Promise<T>, ms: number): Promise<T | typeof TIMED_OUT> {
  if (ms === Infinity) return promise
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<typeof TIMED_OUT>(resolve => {
    timer = setTimeout(() => resolve(TIMED_OUT), ms)
  })
  try {
    const result = await Promise.race([promise, timeout])
    // Left to finish on its own: whatever it ends with is no longer wanted.
    if (result === TIMED_OUT) promise.catch(() => undefined)
    return result
  } finally {
    clearTimeout(timer)
  }
}

/** How a file is named in messages and log headers: relative to the workspace when inside it. */
export function displayPath(
  file: string,
  workspace = process.env['GITHUB_WORKSPACE'] || process.cwd()
): string {
  const rel = relative(workspace, file)
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : file
}
