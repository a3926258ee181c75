// Checks the whole conversation the self-test job had with the VibeIQ stand-in.
import { readFileSync } from 'node:fs'

const file = process.env['INPUT_REQUESTS'] ?? ''
const requests = readFileSync(file, 'utf8')
  .trim()
  .split('\n')
  .filter(Boolean)
  .map(line => JSON.parse(line))
const problems = []
const expect = (ok, message) => ok || problems.push(message)
const to = (method, path) => requests.filter(r => r.method === method && r.path === path)

for (const r of requests) console.log(`${r.method} ${r.path} ${JSON.stringify(r.body)}`)
const callbacks = to('POST', '/external-events/callback/')

const failing = process.env['INPUT_EXPECT-FAILURE-OF'] ?? ''
if (failing) checkFailedJob(failing)
else checkSelfTestJob()

/** A job that failed or timed out: its watch step sends FAILURE, and nothing else completes the task. */
function checkFailedJob(taskId) {
  const sent = callbacks.filter(r => r.body?.taskId === taskId)
  expect(sent.length === 1, `exactly one callback for ${taskId}, got ${sent.length}`)
  expect(sent[0]?.body?.status === 'FAILURE', `the watch step sent FAILURE for ${taskId}`)
  if (problems.length === 0) {
    // Read by the workflow's last job through the check-run annotations API.
    console.log(
      `::notice title=vibeiq-self-test::one FAILURE callback for ${taskId} (${sent[0]?.body?.subtext})`
    )
  }
}

function checkSelfTestJob() {
  const progress = to('PUT', '/event-workflow-tasks/selfTestCallback1')
  expect(progress.length === 1, `one subtext update for selfTestCallback1, got ${progress.length}`)
  expect(progress[0]?.body?.subtext === 'Self-test: halfway', 'the subtext update carries the subtext input')

  const explicit = callbacks.filter(r => r.body?.taskId === 'selfTestCallback1')
  expect(explicit.length === 1, `one callback for selfTestCallback1, got ${explicit.length}`)
  expect(explicit[0]?.body?.status === 'SUCCESS', 'the callback step sent SUCCESS')
  expect(explicit[0]?.body?.subtext === 'Self-test: done', 'the callback step sent its subtext')
  expect(explicit[0]?.body?.logs?.includes('built by the self-test'), 'the callback step sent its logs')
  expect(explicit[0]?.headers?.authorization === '(set)', 'the callback was sent with a bearer token')

  const watched = callbacks.filter(r => r.body?.taskId === 'selfTestWatch01')
  expect(to('PUT', '/event-workflow-tasks/selfTestWatch01').length === 1, 'the watch step announced the job')
  expect(watched.length === 1, `exactly one callback for the watched task, got ${watched.length}`)
  expect(watched[0]?.body?.status === 'SUCCESS', 'the watch step reported the job as succeeded')
  expect(watched[0]?.body?.subtext === 'GitHub job succeeded', 'with the default subtext')

  const watchedTwice = callbacks.filter(r => r.body?.taskId === 'selfTestBoth001')
  expect(
    watchedTwice.length === 1,
    `a watch step plus a callback step send one callback, got ${watchedTwice.length}`
  )
}

if (problems.length) {
  for (const p of problems) console.log(`::error::${p}`)
  process.exitCode = 1
} else {
  console.log(`All ${requests.length} requests are as expected.`)
}
