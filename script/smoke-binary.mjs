// Smoke test of a single executable on the machine that built it (the release workflow runs it
// on each OS): `node script/smoke-binary.mjs <binary>`. The binary runs with no node on its PATH
// and must print its version, then complete a task at the VibeIQ stand-in on 127.0.0.1 with the
// body and header the CLI sends. Exits 1, saying what differed, otherwise.
import { execFile } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
import { startVibeIqStandIn } from '../harness/vibeiq-server.mjs'

const [given] = process.argv.slice(2)
if (!given) {
  console.error('usage: node script/smoke-binary.mjs <binary>')
  process.exit(2)
}
const binary = resolve(given)
const version = JSON.parse(readFileSync('package.json', 'utf8')).version
const TOKEN = 'smoke-test-token-0123456789'
const TASK_ID = 'smokeTestTask0001'
const empty = mkdtempSync(join(tmpdir(), 'smoke-binary-'))
// No node on the PATH; Windows needs SystemRoot to start any program.
const baseEnv = {
  PATH: empty,
  ...(process.env['SystemRoot'] ? { SystemRoot: process.env['SystemRoot'] } : {})
}
const run = (args, env = {}) =>
  promisify(execFile)(binary, args, { cwd: empty, env: { ...baseEnv, ...env } }).catch(error => error)

const problems = []
const vibeiq = await startVibeIqStandIn()
try {
  const shown = await run(['--version'])
  if (shown.stdout !== `vibeiq-task-callback ${version}\n` || shown.stderr)
    problems.push(`--version printed ${JSON.stringify(shown.stdout)} and ${JSON.stringify(shown.stderr)}`)

  const ran = await run(['complete', '--task-id', TASK_ID, '--status', 'success', '--json'], {
    VIBEIQ_TOKEN: TOKEN,
    VIBEIQ_API_URL: vibeiq.url
  })
  const [callback, ...more] = vibeiq.requests
  if (ran.code) problems.push(`complete exited ${ran.code}: ${ran.stderr}`)
  if (!callback || more.length) problems.push(`expected one request, got ${vibeiq.requests.length}`)
  else {
    if (callback.method !== 'POST' || callback.path !== '/external-events/callback/')
      problems.push(`sent ${callback.method} ${callback.path}`)
    if (callback.headers['authorization'] !== `Bearer ${TOKEN}`) problems.push('no Bearer token sent')
    if (callback.body?.taskId !== TASK_ID || callback.body?.status !== 'SUCCESS')
      problems.push(`sent ${callback.rawBody}`)
  }
  if (`${ran.stdout}${ran.stderr}`.includes(TOKEN)) problems.push('printed the token')
} finally {
  await vibeiq.close()
  rmSync(empty, { recursive: true, force: true })
}
for (const problem of problems) console.error(`smoke test of ${binary}: ${problem}`)
if (problems.length) process.exit(1)
console.log(`${binary}: --version and a SUCCESS callback ok`)
