/**
 * docs/dispatch.md, "Starting the job from VibeIQ": the dispatch function a VibeIQ action pastes in
 * (examples/dispatch-workflow.ts) against the GitHub API stand-in on 127.0.0.1, the example
 * workflow it starts (examples/vibeiq-build.yml), and the action completing the task it names.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { existsSync, readFileSync } from 'node:fs'
import { createServer } from 'node:http'
import { join } from 'node:path'
import nock from 'nock'
import { parse } from 'yaml'
import {
  DispatchError,
  dispatchWorkflow,
  TASK_ID_INPUT,
  WORKFLOW_FILE,
  type DispatchRequest
} from '../examples/dispatch-workflow.js'
import { startGitHubApiStandIn } from '../harness/github-api.mjs'
import { createJob } from '../harness/runner.mjs'
import { API, runInProcess, TASK_ID, TOKEN } from './support/in-process.js'
import { interceptBody, subtextPath } from './support/vibeiq-nock.js'

const GITHUB_TOKEN = 'github_pat_11AAAAAAA0dispatchToken0123456789'
const REPOSITORY = 'acme/widgets'
const RUN_URL = 'https://github.com/acme/widgets/actions/runs/4242'

interface Step {
  uses?: string
  with?: Record<string, string>
}
interface Workflow {
  on: { workflow_dispatch: { inputs: Record<string, { required?: boolean; type?: string }> } }
  jobs: Record<string, { permissions: Record<string, string>; steps: Step[] }>
}

const example = parse(readFileSync(join('examples', WORKFLOW_FILE), 'utf8')) as Workflow
const declaredInputs = example.on.workflow_dispatch.inputs
const [job] = Object.values(example.jobs)
const callbackSteps = job?.steps.filter(step => step.uses?.startsWith('OWNER/vibeiq-task-callback@')) ?? []
const actionInputs = Object.keys((parse(readFileSync('action.yml', 'utf8')) as { inputs: object }).inputs)

let github: Awaited<ReturnType<typeof startGitHubApiStandIn>>
beforeEach(async () => {
  nock.disableNetConnect()
  nock.enableNetConnect('127.0.0.1') // the GitHub API stand-in
  github = await startGitHubApiStandIn({
    dispatch: { token: GITHUB_TOKEN, workflows: { [WORKFLOW_FILE]: declaredInputs } }
  })
})
afterEach(async () => {
  nock.cleanAll()
  nock.enableNetConnect()
  await github.close()
})

const request = (overrides: Partial<DispatchRequest> = {}): DispatchRequest => ({
  token: GITHUB_TOKEN,
  repository: REPOSITORY,
  taskId: TASK_ID,
  apiUrl: github.url,
  ...overrides
})

/** Makes the stand-in refuse every dispatch, as GitHub does for a token or a limit it checks first. */
function refuse(status: number, message: string, headers?: Record<string, string>): void {
  github.set({ dispatch: { token: GITHUB_TOKEN, workflows: {}, refuse: { status, message, headers } } })
}

async function dispatchError(given: DispatchRequest): Promise<DispatchError> {
  const error = await dispatchWorkflow(given).then(
    () => undefined,
    (thrown: unknown) => thrown
  )
  expect(error).toBeInstanceOf(DispatchError)
  const { message } = error as DispatchError
  expect(message).not.toContain(GITHUB_TOKEN)
  return error as DispatchError
}

/** The `with:` of the example's callback step as the runner evaluates it, secrets filled in. */
function evaluatedWith(step: Step): Record<string, string> {
  return Object.fromEntries(
    Object.entries(step.with ?? {}).map(([name, value]) => {
      const evaluated = value.replace('${{ secrets.VIBEIQ_TOKEN }}', TOKEN)
      expect(evaluated).not.toContain('${{')
      return [name, evaluated]
    })
  )
}

describe('examples/vibeiq-build.yml', () => {
  it('declares the one input the dispatch function sends, required, in the file it names', () => {
    expect(existsSync(join('examples', WORKFLOW_FILE))).toBe(true)
    expect(Object.keys(declaredInputs)).toEqual([TASK_ID_INPUT])
    expect(declaredInputs[TASK_ID_INPUT]).toMatchObject({ required: true, type: 'string' })
  })

  it('watches the job from its first step, with inputs action.yml declares', () => {
    expect(callbackSteps).toHaveLength(1)
    expect(job?.steps[0]).toBe(callbackSteps[0])
    expect(callbackSteps[0]?.with).toEqual({ mode: 'watch', token: '${{ secrets.VIBEIQ_TOKEN }}' })
    for (const name of Object.keys(callbackSteps[0]?.with ?? {})) expect(actionInputs).toContain(name)
    expect(job?.permissions).toEqual({ actions: 'read', contents: 'read' })
  })
})

describe('the whole loop', () => {
  it('starts a run whose watch step puts the same run URL on the task the dispatch named', async () => {
    const started = await dispatchWorkflow(request())
    expect(started?.htmlUrl).toBe(RUN_URL)
    expect(github.startedRuns).toHaveLength(1)

    // The run GitHub started: the workflow_dispatch event it built from the request, and its id.
    const runner = createJob({ event: github.startedRuns[0]?.event, githubApiUrl: github.url })
    const subtexts = interceptBody('put', subtextPath(TASK_ID))
    try {
      const [watchStep] = callbackSteps
      const result = await runInProcess(runner, {
        with: { ...evaluatedWith(watchStep ?? {}), 'api-url': API },
        env: { GITHUB_REPOSITORY: REPOSITORY, GITHUB_RUN_ID: String(github.startedRuns[0]?.id) }
      })
      expect(result.exitCode).toBe(0)
      expect(result.outputs['task-id']).toBe(TASK_ID)
      expect(subtexts).toEqual([{ subtext: `GitHub job 'build' is running: ${started?.htmlUrl}` }])
    } finally {
      runner.cleanup()
    }
  })
})

describe('dispatchWorkflow', () => {
  it('sends the documented request and returns the run GitHub started', async () => {
    const started = await dispatchWorkflow(request())
    expect(github.requests).toHaveLength(1)
    const [sent] = github.requests
    expect(sent?.method).toBe('POST')
    expect(sent?.path).toBe(`/repos/${REPOSITORY}/actions/workflows/${WORKFLOW_FILE}/dispatches`)
    expect(sent?.headers).toMatchObject({
      authorization: `Bearer ${GITHUB_TOKEN}`,
      accept: 'application/vnd.github+json',
      'x-github-api-version': '2022-11-28',
      'content-type': 'application/json'
    })
    expect(sent?.body).toEqual({ ref: 'main', inputs: { 'task-id': TASK_ID }, return_run_details: true })
    expect(started).toEqual({
      runId: 4242,
      runUrl: `${github.url}/repos/${REPOSITORY}/actions/runs/4242`,
      htmlUrl: RUN_URL
    })
  })

  it('sends the given workflow file and ref', async () => {
    github.set({
      dispatch: { token: GITHUB_TOKEN, workflows: { 'release.yaml': declaredInputs }, refs: ['v2'] }
    })
    await dispatchWorkflow(request({ workflowFile: 'release.yaml', ref: 'v2' }))
    expect(github.requests[0]?.path).toBe(`/repos/${REPOSITORY}/actions/workflows/release.yaml/dispatches`)
    expect(github.requests[0]?.body).toMatchObject({ ref: 'v2' })
  })

  it('returns no run details when GitHub answers 204', async () => {
    github.set({
      dispatch: {
        token: GITHUB_TOKEN,
        workflows: { [WORKFLOW_FILE]: declaredInputs },
        withoutRunDetails: true
      }
    })
    await expect(dispatchWorkflow(request())).resolves.toBeUndefined()
    expect(github.startedRuns).toHaveLength(1)
  })

  it.each([
    ['workflow file', { workflowFile: 'build.yml' }, '.github/workflows/build.yml is on its default branch'],
    ['repository', { repository: 'acme/gadgets' }, 'the token was given access to acme/gadgets']
  ])('says on 404 (a wrong %s) what to check', async (_, overrides, hint) => {
    const error = await dispatchError(request(overrides))
    expect(error.status).toBe(404)
    expect(error.message).toContain('(HTTP 404)')
    expect(error.message).toContain(hint)
    expect(error.message).toContain('GitHub said: Not Found')
    expect(github.startedRuns).toEqual([])
  })

  it('says on 422 that the workflow must declare the input', async () => {
    github.set({
      dispatch: { token: GITHUB_TOKEN, workflows: { [WORKFLOW_FILE]: { taskId: { required: true } } } }
    })
    const error = await dispatchError(request())
    expect(error.status).toBe(422)
    expect(error.message).toBe(
      `GitHub did not start workflow ${WORKFLOW_FILE} in ${REPOSITORY} (HTTP 422): the workflow must have ` +
        `on.workflow_dispatch declaring the input 'task-id', and 'main' must be a branch or tag of ` +
        `${REPOSITORY}. GitHub said: Unexpected inputs provided: ["task-id"]`
    )
  })

  it('says on 422 that the ref must exist', async () => {
    const error = await dispatchError(request({ ref: 'develop' }))
    expect(error.status).toBe(422)
    expect(error.message).toContain("'develop' must be a branch or tag of acme/widgets")
    expect(error.message).toContain('GitHub said: No ref found for: develop')
  })

  it('says on 401 that the token is wrong, without printing it', async () => {
    const error = await dispatchError(request({ token: `${GITHUB_TOKEN}-revoked` }))
    expect(error.status).toBe(401)
    expect(error.message).toContain('the token is wrong, expired or revoked. GitHub said: Bad credentials')
  })

  it('masks the token where GitHub quotes it', async () => {
    refuse(400, `Problems parsing token ${GITHUB_TOKEN}`)
    const error = await dispatchError(request())
    expect(error.message).toContain('GitHub said: Problems parsing token ***')
  })

  it('says on 403 that the token needs "Actions: write"', async () => {
    refuse(403, 'Resource not accessible by personal access token')
    const error = await dispatchError(request())
    expect(error.status).toBe(403)
    expect(error.message).toContain('it needs "Actions: write" on acme/widgets.')
    expect(error.message).toContain('GitHub said: Resource not accessible by personal access token')
  })

  it.each([
    [
      403,
      { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '1798761600' },
      'after 2027-01-01T00:00:00.000Z'
    ],
    [429, { 'retry-after': '60' }, 'in 60 seconds'],
    [403, { 'x-ratelimit-remaining': '0' }, 'later']
  ])('says on %i with a rate limit when to try again', async (status, headers, when) => {
    refuse(status, 'API rate limit exceeded', headers)
    const error = await dispatchError(request())
    expect(error.status).toBe(status)
    expect(error.message).toContain(`(HTTP ${status}): the rate limit was reached; try again ${when}.`)
  })

  it('quotes GitHub on any other answer', async () => {
    refuse(502, 'Server Error')
    const error = await dispatchError(request())
    expect(error.status).toBe(502)
    expect(error.message).toContain(
      "(HTTP 502): a failure on GitHub's side; try again later. GitHub said: Server Error"
    )
  })

  it('says which API it could not reach', async () => {
    const closed = createServer()
    await new Promise<void>(resolve => closed.listen(0, '127.0.0.1', resolve))
    const { port } = closed.address() as { port: number }
    await new Promise(resolve => closed.close(resolve))
    const apiUrl = `http://127.0.0.1:${port}`
    const error = await dispatchError(request({ apiUrl }))
    expect(error.status).toBeUndefined()
    expect(error.message).toMatch(
      new RegExp(
        `^Could not reach ${apiUrl} to start workflow vibeiq-build.yml in acme/widgets: .*ECONNREFUSED`
      )
    )
  })

  it.each([
    [{ repository: 'widgets' }, 'repository must be "owner/name", got "widgets"'],
    [
      { repository: 'acme/widgets/../../user' },
      'repository must be "owner/name", got "acme/widgets/../../user"'
    ],
    [{ token: '' }, 'token and taskId must not be empty'],
    [{ taskId: '' }, 'token and taskId must not be empty']
  ])('sends nothing for %p', async (overrides, message) => {
    const error = await dispatchError(request(overrides))
    expect(error.message).toBe(message)
    expect(github.requests).toEqual([])
  })
})

describe('docs/dispatch.md', () => {
  const SNIPPET = /<!-- file: (\S+) -->\n```\w+\n([\s\S]*?)```\n/g
  const page = readFileSync(join('docs', 'dispatch.md'), 'utf8')
  const snippets = [...page.matchAll(SNIPPET)].map(([, path = '', text]) => ({ path, text }))

  it('shows the example files, each once', () => {
    expect(snippets.map(snippet => snippet.path).sort()).toEqual([
      'examples/dispatch-workflow.ts',
      'examples/vibeiq-build.yml'
    ])
  })

  it.each(snippets)('shows $path as it is', ({ path, text }) => {
    expect(text).toBe(readFileSync(path, 'utf8'))
  })

  describe('shows the request the function sends', () => {
    const section = page
    const headerLines = (lines: string[]) =>
      Object.fromEntries(
        lines.map(line => [line.slice(0, line.indexOf(':')).toLowerCase(), line.slice(line.indexOf(':') + 2)])
      )
    const sent = async () => {
      await dispatchWorkflow(request())
      expect(github.requests).toHaveLength(1)
      return github.requests[0]
    }

    it('in the table and the headers', async () => {
      const { path, headers, body } = (await sent()) ?? {}
      const [, documentedPath = ''] = /\| Request \| `POST ([^`]+)` \|/.exec(section) ?? []
      expect(documentedPath.replace('{owner}/{repo}', REPOSITORY)).toBe(path)
      const [, documentedBody = ''] = /\| Body \| `([^`]+)` \|/.exec(section) ?? []
      expect(JSON.parse(documentedBody.replace('<id>', TASK_ID))).toEqual(body)
      const [, block = ''] = /```http\n([\s\S]*?)```/.exec(section) ?? []
      const documented = headerLines(block.trim().split('\n'))
      expect(Object.keys(documented).sort()).toEqual([
        'accept',
        'authorization',
        'content-type',
        'x-github-api-version'
      ])
      expect(headers).toMatchObject({
        ...documented,
        authorization: documented['authorization']?.replace('<token>', GITHUB_TOKEN)
      })
    })

    it('in the curl that checks the wiring', async () => {
      const { path, headers, body } = (await sent()) ?? {}
      const [, curl = ''] = /## Checking the wiring[\s\S]*?```sh\n([\s\S]*?)```/.exec(section) ?? []
      const [, url = ''] = /(https:\/\/api\.github\.com\S+)/.exec(curl) ?? []
      expect(url.replace('https://api.github.com', '').replace('OWNER/REPO', REPOSITORY)).toBe(path)
      const documented = headerLines([...curl.matchAll(/-H "([^"]+)"/g)].map(([, header = '']) => header))
      expect(Object.keys(documented)).toHaveLength(4)
      expect(headers).toMatchObject({ ...documented, authorization: `Bearer ${GITHUB_TOKEN}` })
      expect(documented['authorization']).toBe('Bearer $GITHUB_DISPATCH_TOKEN')
      const [, data = ''] = /-d '([^']+)'/.exec(curl) ?? []
      expect(JSON.parse(data)).toEqual({ ...body, inputs: { [TASK_ID_INPUT]: 'wiring-check' } })
    })
  })
})
