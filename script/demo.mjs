// npm run demo: runs the bundled action (dist/index.js) the way the GitHub runner does,
// against a local stand-in for VibeIQ, and shows what VibeIQ received.
//   1. a job that succeeds and reports logs, output and subtext with one callback step;
//   2. a job watched by `mode: watch`: while it runs, the task's subtext follows its steps and a
//      progress line one of them writes; its test step fails, and the post step reports it.
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { runningJob, startGitHubApiStandIn, stepsJob } from '../harness/github-api.mjs'
import { createJob } from '../harness/runner.mjs'
import { startVibeIqStandIn } from '../harness/vibeiq-server.mjs'

const TOKEN = 'demo-bearer-token-not-a-secret'
const bold = (/** @type {string} */ s) => (process.stdout.isTTY ? `\x1b[1m${s}\x1b[0m` : s)
const dim = (/** @type {string} */ s) => (process.stdout.isTTY ? `\x1b[2m${s}\x1b[0m` : s)

const vibeiq = await startVibeIqStandIn()
const STEPS = ['Set up job', 'Run OWNER/vibeiq-task-callback@v1', 'Build', 'Run tests', 'Complete job']
const github = await startGitHubApiStandIn({ jobs: [stepsJob({ steps: STEPS, running: 1 })] })
let failed = false
/** @type {ReturnType<typeof createJob>[]} ended in any case: that kills what their steps left running */
const jobs = []
/** Subtext updates of run 2 shown so far. */
let shown = 0

try {
  heading('Run 1: a job that succeeds, then calls back with logs, output and subtext')
  const first = createJob({ event: { inputs: { 'task-id': 'rbGtiz4rUX8JNJZv' } } })
  jobs.push(first)
  vibeiq.addTask('rbGtiz4rUX8JNJZv')
  writeFileSync(join(first.workspace, 'build.log'), 'Compiling 3 styles\nRendering images ✓\nPackaging zip\n')
  const yaml = [
    '- uses: OWNER/vibeiq-task-callback@v1',
    '  if: always()',
    '  with:',
    '    token: ${{ secrets.VIBEIQ_TOKEN }}',
    "    logs: 'Built 3 styles for assortment FW27'",
    '    logs-file: build.log',
    '    output: \'{"zipFileLocation": "https://example.com/fw27.zip"}\'',
    "    subtext: 'Completed with 90/100 passing'"
  ]
  console.log(dim('The step, as a workflow would write it (task id from the workflow_dispatch inputs):'))
  for (const line of yaml) console.log(`  ${line}`)
  const step = await first.run({
    with: {
      token: TOKEN,
      'api-url': vibeiq.url,
      logs: 'Built 3 styles for assortment FW27',
      'logs-file': 'build.log',
      output: '{"zipFileLocation": "https://example.com/fw27.zip"}',
      subtext: 'Completed with 90/100 passing'
    }
  })
  report(step, 0)

  heading('Run 2: a job watched from its first step; its subtext follows it; its test step fails')
  const second = createJob({
    eventName: 'repository_dispatch',
    event: { client_payload: { taskId: '4X0bETHdBKw87l6h' } },
    githubApiUrl: github.url
  })
  jobs.push(second)
  vibeiq.addTask('4X0bETHdBKw87l6h')
  const from = vibeiq.requests.length
  console.log(
    dim('Step 1: `mode: watch` at the top of the job (task id from the repository_dispatch payload),')
  )
  console.log(dim('        its progress reporter looking every 2 s (progress-interval: 2).'))
  const watch = await second.run({
    with: { token: TOKEN, 'api-url': vibeiq.url, mode: 'watch', 'progress-interval': '2' }
  })
  await subtextShown(from)
  console.log(dim('Step 2: "Build" starts.'))
  github.set({ jobs: [stepsJob({ steps: STEPS, running: 2 })] })
  await subtextShown(from)
  console.log(
    dim(`        It writes a progress line: echo "Rendered 40 of 100 images" >> "$VIBEIQ_PROGRESS"`)
  )
  await second.shell('echo "Rendered 40 of 100 images" >> "$VIBEIQ_PROGRESS"')
  await subtextShown(from)
  console.log(dim('Step 3: "Run tests" starts...'))
  github.set({ jobs: [stepsJob({ steps: STEPS, running: 3 })] })
  await subtextShown(from)
  console.log(dim(`        ...and fails. The job's status becomes failure; no callback step runs.`))
  second.status = 'failure'
  github.set({ jobs: [runningJob({ failed: ['Run tests'] })] })
  console.log(dim('Post step of step 1: the runner runs it when the job ends.'))
  const post = await watch.post()
  report(post, from)
  failed ||= watch.exitCode !== 0

  heading('The tasks, as the VibeIQ stand-in now holds them')
  for (const [id, task] of vibeiq.tasks) {
    console.log(`  ${bold(id)}  ${task.status}  "${task.subtext ?? ''}"  (${task.logs.length} log lines)`)
  }
  console.log(`\nThat was dist/index.js, as users run it. Tests: npm test. Numbers: npm run bench.`)
} finally {
  for (const job of jobs) job.cleanup()
  await vibeiq.close()
  await github.close()
}
process.exitCode = failed ? 1 : 0

/**
 * Shows the next subtext update VibeIQ receives, once it comes (within 10 s).
 * @param {number} from the first request of this run
 */
async function subtextShown(from) {
  const updates = () => vibeiq.requests.slice(from).filter(r => r.method === 'PUT')
  for (let waited = 0; updates().length <= shown && waited < 10_000; waited += 50) {
    await new Promise(resolve => setTimeout(resolve, 50))
  }
  const update = updates()[shown]
  if (!update) return
  shown++
  console.log(`  ${bold("The task's subtext is now:")} ${update.body?.subtext}`)
}

/** @param {string} text */
function heading(text) {
  console.log(`\n${bold(`== ${text} ==`)}\n`)
}

/**
 * @param {Awaited<ReturnType<ReturnType<typeof createJob>['run']>>} step
 * @param {number} from the first request of this run
 */
function report(step, from) {
  failed ||= step.exitCode !== 0
  console.log(`\n${bold('What VibeIQ received:')}`)
  for (const request of vibeiq.requests.slice(from)) {
    const auth = request.headers['authorization']
      ? 'Authorization: Bearer ***'
      : 'X-Api-Key: ***, X-Api-Org: ...'
    console.log(`  ${request.method} ${request.path}   (${auth})`)
    for (const line of JSON.stringify(request.body, null, 2).split('\n')) console.log(`    ${line}`)
  }
  console.log(`\n${bold('Step outputs:')}`)
  for (const [name, value] of Object.entries(step.outputs)) console.log(`  ${name.padEnd(12)} ${value}`)
  console.log(`\n${bold('The step log')} ${dim('(as the runner shows it, groups folded)')}:`)
  let inGroup = false
  for (const line of step.stdout.split('\n')) {
    if (line.startsWith('::group::')) console.log(`  ${dim('|')} > ${line.slice('::group::'.length)}`)
    inGroup = (inGroup || line.startsWith('::group::')) && !line.startsWith('::endgroup::')
    if (inGroup || !line || /^::(debug|add-mask|endgroup)::/.test(line)) continue
    console.log(`  ${dim('|')} ${line.replace(/^::(warning|error)::/, '$1: ')}`)
  }
  console.log(`  exit code: ${step.exitCode}`)
}
