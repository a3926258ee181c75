import { stat } from 'node:fs/promises'
import { isAbsolute, relative, resolve } from 'node:path'

export interface PatternMatch {
  pattern: string
  /** Absolute paths, sorted; a file an earlier pattern matched is not listed again. */
  files: string[]
  /** Whether the pattern matched any file at all. */
  matched: boolean
}

const GLOB_CHARS = /[*?[\]{}]/

/**
 * Resolves paths and glob patterns (one per entry; `!pattern` excludes) relative to the
 * working directory. Plain file paths are checked directly, so the glob library is loaded
 * only when a pattern needs it.
 */
export async function resolvePatterns(patterns: readonly string[]): Promise<PatternMatch[]> {
  const excludes = patterns.filter(p => p.startsWith('!'))
  const seen = new Set<string>()
  const results: PatternMatch[] = []
  for (const pattern of patterns.filter(p => !p.startsWith('!'))) {
    const matches = await matchPattern(pattern, excludes)
    results.push({ pattern, files: matches.filter(file => !seen.has(file)), matched: matches.length > 0 })
    for (const file of matches) seen.add(file)
  }
  return results
}

async function matchPattern(pattern: string, excludes: readonly string[]): Promise<string[]> {
  if (!GLOB_CHARS.test(pattern) && excludes.length === 0) {
    const info = await stat(pattern).catch(() => undefined)
    if (!info) return []
    if (info.isFile()) return [resolve(pattern)]
  }
  const glob = await import('@actions/glob')
  const globber = await glob.create([pattern, ...excludes].join('\n'), {
    matchDirectories: false,
    implicitDescendants: true
  })
  return (await globber.glob()).sort()
}

/** How a file is named in messages and log headers: relative to the workspace when inside it. */
export function displayPath(
  file: string,
  workspace = process.env['GITHUB_WORKSPACE'] || process.cwd()
): string {
  const rel = relative(workspace, file)
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : file
}
