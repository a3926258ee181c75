import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseCommands } from '../harness/runner.mjs'
import { toolkitEdge } from '../src/action/toolkit-edge.js'
import { openRegularFile } from '../src/core/regular-file.js'
import { createRedactor } from '../src/core/secrets.js'
import { gatherLogs, LOG_FILE_LIMITS, type LogFileLimits } from '../src/core/task-logs.js'
import { captureStdout, type CapturedStdout } from './support/stdout.js'

let dir: string
let stdout: CapturedStdout
const savedCwd = process.cwd()
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'task-logs-'))
  process.chdir(dir)
  stdout = captureStdout()
})
afterEach(() => {
  stdout.restore()
  process.chdir(savedCwd)
  rmSync(dir, { recursive: true, force: true })
})

const warnings = (): string[] =>
  parseCommands(stdout.text())
    .commands.filter(c => c.name === 'warning')
    .map(c => c.message)

function gather(patterns: string[], files: Partial<LogFileLimits> = {}, maxBytes = 64 * 1024) {
  return gatherLogs(
    { leading: [], text: [], filePatterns: patterns },
    { maxBytes, redact: createRedactor([]), files: { ...LOG_FILE_LIMITS, ...files } },
    toolkitEdge
  )
}

const mkfifo = (path: string): void => void execFileSync('mkfifo', [path])

describe('openRegularFile', () => {
  it('opens a regular file, through a symlink too', async () => {
    writeFileSync('a.log', 'hello')
    symlinkSync(join(dir, 'a.log'), 'link.log')
    for (const name of ['a.log', 'link.log']) {
      const handle = await openRegularFile(name)
      expect((await handle.readFile('utf8')).toString()).toBe('hello')
      await handle.close()
    }
  })

  it.each([
    ['a FIFO, without waiting for a writer', 'fifo', 'it is a FIFO (named pipe), not a regular file'],
    ['a directory', 'dir', 'it is a directory, not a regular file'],
    ['/dev/zero', '/dev/zero', 'it is /dev/zero, under /dev'],
    ['a symlink to /dev/urandom', 'urandom.log', 'it is /dev/urandom, under /dev'],
    [
      'a symlink to /proc/self/environ',
      'environ.log',
      `/environ, under /proc, which holds the system's live state`
    ],
    ['a file under /sys', '/sys/kernel/mm/transparent_hugepage/enabled', ', under /sys']
  ])('refuses %s, saying what it is', async (_name, path, message) => {
    mkfifo('fifo')
    mkdirSync('dir')
    symlinkSync('/dev/urandom', 'urandom.log')
    symlinkSync('/proc/self/environ', 'environ.log')
    await expect(openRegularFile(path)).rejects.toThrow(message)
  })
})

describe('gatherLogs: log files', () => {
  it("matches as the runner's glob does: hidden files, symlinked directories, a directory means its files", async () => {
    mkdirSync('logs/.cache', { recursive: true })
    writeFileSync('logs/build.log', 'built\n')
    writeFileSync('logs/.hidden.log', 'hidden\n')
    writeFileSync('logs/.cache/deep.log', 'deep\n')
    mkdirSync('elsewhere')
    writeFileSync('elsewhere/linked.log', 'linked\n')
    symlinkSync(join(dir, 'elsewhere'), 'logs/link')
    expect(await gather(['logs/**/*.log'])).toEqual([
      '==> logs/.cache/deep.log <==',
      'deep',
      '==> logs/.hidden.log <==',
      'hidden',
      '==> logs/build.log <==',
      'built',
      '==> logs/link/linked.log <==',
      'linked'
    ])
    expect(await gather(['logs', '!logs/link/**', '!**/.cache/**'])).toEqual([
      '==> logs/.hidden.log <==',
      'hidden',
      '==> logs/build.log <==',
      'built'
    ])
  })

  it('skips what is not a regular file with a warning and a log line naming it, and reads the rest', async () => {
    mkfifo('a-fifo.log')
    symlinkSync('/dev/zero', 'b-zero.log')
    symlinkSync('/dev/urandom', 'c-urandom.log')
    symlinkSync('/proc/self/environ', 'd-environ.log')
    writeFileSync('e-real.log', 'a real line\n')
    const logs = await gather(['a-fifo.log', 'b-zero.log', 'c-urandom.log', 'd-environ.log', 'e-real.log'])
    // A pattern names a FIFO as the literal path does (the glob library leaves such files out).
    expect(await gather(['a-*.log'])).toEqual([
      '==> a-fifo.log <==',
      "[logs-file: could not read 'a-fifo.log': it is a FIFO (named pipe), not a regular file]"
    ])
    expect(logs).toEqual([
      '==> a-fifo.log <==',
      "[logs-file: could not read 'a-fifo.log': it is a FIFO (named pipe), not a regular file]",
      '==> b-zero.log <==',
      expect.stringMatching(/^\[logs-file: could not read 'b-zero\.log': it is \/dev\/zero, under \/dev/),
      '==> c-urandom.log <==',
      expect.stringMatching(
        /^\[logs-file: could not read 'c-urandom\.log': it is \/dev\/urandom, under \/dev/
      ),
      '==> d-environ.log <==',
      expect.stringMatching(
        /^\[logs-file: could not read 'd-environ\.log': it is \/proc\/\d+\/environ, under \/proc/
      ),
      '==> e-real.log <==',
      'a real line'
    ])
    expect(warnings()).toHaveLength(5)
    expect(warnings()[4]).toBe(warnings()[0])
    expect(warnings()[0]).toBe(
      "logs-file: could not read 'a-fifo.log': it is a FIFO (named pipe), not a regular file; the callback is sent without it."
    )
  })

  it('names a FIFO inside a directory given as the pattern, and leaves out one an exclusion names', async () => {
    mkdirSync('pipes')
    mkfifo('pipes/fifo.log')
    writeFileSync('pipes/skip.log', 'not wanted\n')
    const refused =
      "[logs-file: could not read 'pipes/fifo.log': it is a FIFO (named pipe), not a regular file]"
    expect(await gather(['pipes', '!pipes/skip.log'])).toEqual(['==> pipes/fifo.log <==', refused])
    expect(await gather(['pipes/*.log', '!**/fifo.log'])).toEqual(['==> pipes/skip.log <==', 'not wanted'])
  })

  it('reads at most maxFiles files, and says so in one warning', async () => {
    mkdirSync('logs')
    for (let i = 0; i < 30; i++)
      writeFileSync(join('logs', `${String(i).padStart(2, '0')}.log`), `line ${i}\n`)
    const logs = await gather(['logs/*.log'], { maxFiles: 10 })
    expect(logs.filter(l => l.startsWith('==> '))).toHaveLength(10)
    expect(logs.filter(l => l.startsWith('line '))).toHaveLength(10)
    expect(warnings()).toEqual([
      'logs-file: more than 10 files match (the limits are 10 files, 4 GiB or 30 s in all); only the first 10 found are read.'
    ])
    expect(logs.at(-1)).toBe(`[${warnings()[0]?.slice(0, -1)}]`)
  })

  it('counts a file matched by two patterns once against maxFiles', async () => {
    for (const name of ['a.log', 'b.log', 'c.log']) writeFileSync(name, `${name}\n`)
    const logs = await gather(['a.log', '*.log'], { maxFiles: 3 })
    expect(logs.filter(l => l.startsWith('==> '))).toEqual([
      '==> a.log <==',
      '==> b.log <==',
      '==> c.log <=='
    ])
    expect(warnings()).toEqual([])
  })

  it('warns for the first ten files it cannot read, then once for the rest', async () => {
    const names = Array.from({ length: 15 }, (_, i) => `${String(i).padStart(2, '0')}.log`)
    for (const name of names) mkfifo(name)
    const logs = await gather(names)
    expect(warnings()).toHaveLength(11)
    expect(warnings()[10]).toBe(
      "logs-file: 5 more files could not be read (each is named in the task's logs, as far as they fit); the callback is sent without them."
    )
    expect(logs.filter(l => l.startsWith('[logs-file: could not read'))).toHaveLength(15)
  })

  it('stops reading at the byte limit: the file being read keeps its end, later files are named', async () => {
    let big = ''
    for (let i = 0; big.length < 6_000_000; i++) big += `step ${i}\n`
    writeFileSync('1-big.log', `${big}BUILD FAILED\n`)
    writeFileSync('2-later.log', 'not read\n')
    writeFileSync('3-later.log', 'not read\n')
    const logs = await gather(['*.log'], { maxBytes: 2 * 2 ** 20 }, 8192)
    expect(logs).toContain('BUILD FAILED')
    expect(logs).not.toContain('not read')
    expect(logs.find(l => l.startsWith('[...'))).toMatch(/^\[\.\.\. \d+ or more lines/)
    expect(warnings()).toEqual([
      expect.stringMatching(
        /^logs-file: reading stopped at the limits \(1000 files, 2 MiB or 30 s in all\) after [\d.]+ MiB in [\d.]+ s: the file being read keeps its head and its end, its middle uncounted; 2 files were not read: '2-later\.log', '3-later\.log'\.$/
      )
    ])
  })

  it('stops searching at the time limit', async () => {
    writeFileSync('a.log', 'a\n')
    const logs = await gather(['*.log'], { maxSeconds: 0 })
    expect(logs).toEqual([
      '[logs-file: the search for log files reached the time limit (the limits are 1000 files, 4 GiB or 0 s in all); only the files found by then are read]'
    ])
  })
})
