/**
 * The GitLab recipes of docs/ci/gitlab.md, as written on the page, run by gitlab-ci-local (a
 * GitLab CI emulator) with its shell executor, each job calling dist/cli.js against the VibeIQ
 * stand-in on 127.0.0.1. Only two commands are stand-ins, put first on the PATH: `npx`, which
 * runs this checkout's dist/cli.js for `npx --yes vibeiq-task-callback@1` (the package is not
 * fetched), and `make`, the user's build, which writes a JUnit report and a log and fails in
 * the shard named by FAIL_SHARD. gitlab-ci-local needs git and rsync (.ci/run installs rsync).
 */
import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals'
import { execFile, execFileSync } from 'node:child_process'
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { recipeBlock } from '../script/ci-doc-blocks.mjs'
import { startVibeIqStandIn } from '../harness/vibeiq-server.mjs'
import { TASK_ID, TOKEN } from './support/in-process.js'

jest.setTimeout(60_000)

const PAGE = readFileSync(join(process.cwd(), 'docs', 'ci', 'gitlab.md'), 'utf8')
const GITLAB_CI_LOCAL = join(process.cwd(), 'node_modules', 'gitlab-ci-local', 'dist', 'index.js')
const CLI = join(process.cwd(), 'dist', 'cli.js')
const node = process.env['ACTION_NODE'] || process.execPath

/** `npx --yes vibeiq-task-callback@1 ARGS` runs this checkout's CLI; anything else is an error. */
const FAKE_NPX = `#!/bin/sh
if [ "$1" = --yes ] && [ "$2" = vibeiq-task-callback@1 ]; then
  shift 2
  exec "$TEST_NODE" "$TEST_CLI" "$@"
fi
echo "unexpected npx $*" >&2
exit 127
`
/** The user's build: a JUnit report and a log per shard; fails where FAIL_SHARD says. */
const FAKE_MAKE = `#!/bin/sh
shard="\${CI_NODE_INDEX:-0}"
mkdir -p reports logs
if [ "$FAIL_SHARD" = "$shard" ] || [ "$FAIL_SHARD" = all ]; then
  echo "<testsuite name='shard $shard'><testcase classname='widgets' name='renders in shard $shard'><failure message='expected 3 styles, got 2'/></testcase></testsuite>" > "reports/junit-$shard.xml"
  echo "shard $shard: 1 test failed" > "logs/test-$shard.log"
  exit 1
fi
echo "<testsuite name='shard $shard'><testcase classname='widgets' name='renders in shard $shard'/></testsuite>" > "reports/junit-$shard.xml"
echo "shard $shard: all tests passed" > "logs/test-$shard.log"
`

let vibeiq: Awaited<ReturnType<typeof startVibeIqStandIn>>
let dir: string
beforeEach(async () => {
  vibeiq = await startVibeIqStandIn()
  dir = mkdtempSync(join(tmpdir(), 'gitlab-ci-local-'))
})
afterEach(async () => {
  await vibeiq.close()
  rmSync(dir, { recursive: true, force: true })
})

interface Pipeline {
  code: number
  output: string
}

/** Runs the page's recipe as the project's .gitlab-ci.yml, in a fresh git repository. */
function runPipeline(recipe: string, failShard: string): Promise<Pipeline> {
  const project = join(dir, 'project')
  const bin = join(dir, 'bin')
  mkdirSync(project)
  mkdirSync(bin)
  writeFileSync(join(bin, 'npx'), FAKE_NPX)
  writeFileSync(join(bin, 'make'), FAKE_MAKE)
  chmodSync(join(bin, 'npx'), 0o755)
  chmodSync(join(bin, 'make'), 0o755)
  writeFileSync(join(project, '.gitlab-ci.yml'), recipeBlock(PAGE, recipe))
  const git = (...args: string[]) => execFileSync('git', args, { cwd: project, stdio: 'ignore' })
  git('init', '-q', '-b', 'main')
  git('-c', 'user.name=CI', '-c', 'user.email=ci@example.com', 'commit', '-q', '--allow-empty', '-m', 'start')
  const variables = {
    // gitlab-ci-local sets GITLAB_CI=false; a real runner sets true, which the CLI detects.
    GITLAB_CI: 'true',
    VIBEIQ_TASK_ID: TASK_ID,
    VIBEIQ_TOKEN: TOKEN,
    VIBEIQ_API_URL: vibeiq.url,
    FAIL_SHARD: failShard
  }
  const args = [
    GITLAB_CI_LOCAL,
    '--force-shell-executor',
    '--json-schema-validation',
    '--no-color',
    ...Object.entries(variables).flatMap(([name, value]) => ['--variable', `${name}=${value}`])
  ]
  return new Promise(resolve => {
    execFile(
      node,
      args,
      {
        cwd: project,
        env: {
          PATH: `${bin}:${process.env['PATH'] ?? ''}`,
          HOME: dir,
          TEST_NODE: node,
          TEST_CLI: CLI
        },
        maxBuffer: 16 * 1024 * 1024
      },
      (error, stdout, stderr) =>
        resolve({ code: error ? Number(error.code) : 0, output: `${stdout}\n${stderr}` })
    )
  })
}

const callbacks = () => vibeiq.requests.filter(r => r.method === 'POST')

describe('docs/ci/gitlab.md: the final callback in the .post stage, after two shards', () => {
  it('a passing pipeline: one SUCCESS callback from vibeiq-success, with both shards’ tests and logs', async () => {
    const pipeline = await runPipeline('final-stage', 'none')
    expect(pipeline.output).toMatch(/vibeiq-success/)
    expect(pipeline.code).toBe(0)
    expect(callbacks()).toHaveLength(1)
    const body = callbacks()[0]?.body
    expect(body).toMatchObject({
      taskId: TASK_ID,
      status: 'SUCCESS',
      subtext: 'Completed with 2/2 passing',
      output: {
        tests: { total: 2, passed: 2, failed: 0 },
        ciRun: { provider: 'gitlab', job: 'vibeiq-success' }
      }
    })
    expect(body?.logs).toEqual(
      expect.arrayContaining(['shard 1: all tests passed', 'shard 2: all tests passed'])
    )
    expect(callbacks()[0]?.headers['authorization']).toBe(`Bearer ${TOKEN}`)
  })

  it('a pipeline whose second shard fails (retried once): one FAILURE callback from vibeiq-failure, naming the failed test', async () => {
    const pipeline = await runPipeline('final-stage', '2')
    expect(pipeline.output).toMatch(/vibeiq-failure/)
    expect(pipeline.code).not.toBe(0)
    expect(callbacks()).toHaveLength(1)
    const body = callbacks()[0]?.body
    expect(body).toMatchObject({
      taskId: TASK_ID,
      status: 'FAILURE',
      output: {
        tests: { total: 2, passed: 1, failed: 1 },
        ciRun: { provider: 'gitlab', job: 'vibeiq-failure' }
      }
    })
    const logs = (body?.logs as string[]).join('\n')
    expect(logs).toContain('renders in shard 2')
    expect(logs).toContain('shard 2: 1 test failed')
    expect(logs).toContain('shard 1: all tests passed')
  })
})

describe('docs/ci/gitlab.md: a single job calling back from after_script', () => {
  it('a passing job: one SUCCESS callback, because CI_JOB_STATUS is success', async () => {
    const pipeline = await runPipeline('single-job', 'none')
    expect(pipeline.code).toBe(0)
    expect(callbacks()).toHaveLength(1)
    expect(callbacks()[0]?.body).toMatchObject({
      taskId: TASK_ID,
      status: 'SUCCESS',
      output: { tests: { total: 1, passed: 1 }, ciRun: { provider: 'gitlab', job: 'build' } }
    })
    // The reason line names the job's run, as GitLab's CI_JOB_URL gives it.
    expect(callbacks()[0]?.body?.logs?.[0]).toMatch(
      /^vibeiq-task-callback: SUCCESS because CI_JOB_STATUS is success \(GitLab CI run: https:\/\/\S+\/-\/jobs\/\d+\)\.$/
    )
  })

  it('a failing job: one FAILURE callback, because CI_JOB_STATUS is failed', async () => {
    const pipeline = await runPipeline('single-job', 'all')
    expect(pipeline.code).not.toBe(0)
    expect(callbacks()).toHaveLength(1)
    expect(callbacks()[0]?.body).toMatchObject({
      taskId: TASK_ID,
      status: 'FAILURE',
      output: { tests: { total: 1, failed: 1 } }
    })
    // The reason line names the job's run, as GitLab's CI_JOB_URL gives it.
    expect(callbacks()[0]?.body?.logs?.[0]).toMatch(
      /^vibeiq-task-callback: FAILURE because CI_JOB_STATUS is failed \(GitLab CI run: https:\/\/\S+\/-\/jobs\/\d+\)\.$/
    )
  })
})
