/**
 * Starts the GitHub workflow that completes a VibeIQ async task (examples/vibeiq-build.yml).
 * For a VibeIQ async action: call it with the task's id, put the run's URL in the task's
 * subtext, and return, leaving the task awaiting. How the action reads its own task id is
 * VibeIQ's to document. Plain fetch: Node.js 18 or later, or any runtime that has fetch.
 *
 *   const run = await dispatchWorkflow({ token, repository: 'acme/widgets', taskId })
 */

/** The workflow's file in .github/workflows/, and the input it declares for the task id. */
export const WORKFLOW_FILE = 'vibeiq-build.yml'
export const TASK_ID_INPUT = 'task-id'

export interface DispatchRequest {
  /** A fine-grained token for this one repository with "Actions: write", or an installation token. */
  token: string
  /** "owner/name" */
  repository: string
  taskId: string
  workflowFile?: string
  /** The branch or tag whose version of the workflow runs. */
  ref?: string
  /** https://HOSTNAME/api/v3 on GitHub Enterprise Server. */
  apiUrl?: string
}

/** The run GitHub started, as it answers when asked for `return_run_details`. */
export interface StartedRun {
  runId: number
  /** The run in the REST API. */
  runUrl: string
  /** The run's page, for people. */
  htmlUrl: string
}

export class DispatchError extends Error {
  /** GitHub's HTTP status; undefined when GitHub was not reached. */
  readonly status: number | undefined
  constructor(message: string, status?: number) {
    super(message)
    this.name = 'DispatchError'
    this.status = status
  }
}

/** Returns the started run, or undefined when GitHub answers 204 (no run details). */
export async function dispatchWorkflow(request: DispatchRequest): Promise<StartedRun | undefined> {
  const { token, repository, taskId, workflowFile = WORKFLOW_FILE, ref = 'main' } = request
  const apiUrl = request.apiUrl ?? 'https://api.github.com'
  if (!token || !taskId) throw new DispatchError('token and taskId must not be empty')
  if (!/^[\w.-]+\/[\w.-]+$/.test(repository))
    throw new DispatchError(`repository must be "owner/name", got "${repository}"`)
  const url = `${apiUrl}/repos/${repository}/actions/workflows/${encodeURIComponent(workflowFile)}/dispatches`
  const workflow = `workflow ${workflowFile} in ${repository}`
  let response: Response
  let text: string
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: {
        Authorization: `Bearer ${token}`,
        Accept: 'application/vnd.github+json',
        'X-GitHub-Api-Version': '2022-11-28',
        'Content-Type': 'application/json'
      },
      body: JSON.stringify({ ref, inputs: { [TASK_ID_INPUT]: taskId }, return_run_details: true })
    })
    text = await response.text()
  } catch (error) {
    // fetch only says "fetch failed"; its cause says why (ECONNREFUSED, ENOTFOUND, a timeout...)
    const { message, cause } = error as { message?: string; cause?: { message?: string } }
    throw new DispatchError(`Could not reach ${apiUrl} to start ${workflow}: ${cause?.message ?? message}`)
  }
  if (response.status === 204) return undefined
  if (response.ok) {
    const run = JSON.parse(text) as { workflow_run_id: number; run_url: string; html_url: string }
    return { runId: run.workflow_run_id, runUrl: run.run_url, htmlUrl: run.html_url }
  }
  const said = githubMessage(text).replaceAll(token, '***')
  const why = likelyCause(response, repository, workflowFile, ref)
  throw new DispatchError(
    `GitHub did not start ${workflow} (HTTP ${response.status}): ${why} GitHub said: ${said}`,
    response.status
  )
}

function likelyCause({ status, headers }: Response, repository: string, file: string, ref: string): string {
  const retryAfter = headers.get('retry-after')
  if ((status === 403 || status === 429) && (retryAfter || headers.get('x-ratelimit-remaining') === '0')) {
    const reset = Number(headers.get('x-ratelimit-reset'))
    const when = retryAfter
      ? `in ${retryAfter} seconds`
      : reset
        ? `after ${new Date(reset * 1000).toISOString()}`
        : 'later'
    return `the rate limit was reached; try again ${when}.`
  }
  switch (status) {
    case 401:
      return 'the token is wrong, expired or revoked.'
    case 403:
      return `the token may not start workflows: it needs "Actions: write" on ${repository}.`
    case 404:
      return `check that ${repository} exists, that .github/workflows/${file} is on its default branch, and that the token was given access to ${repository}.`
    case 422:
      return `the workflow must have on.workflow_dispatch declaring the input '${TASK_ID_INPUT}', and '${ref}' must be a branch or tag of ${repository}.`
    default:
      return status >= 500 ? "a failure on GitHub's side; try again later." : 'unexpected for this request.'
  }
}

function githubMessage(text: string): string {
  try {
    const { message } = JSON.parse(text) as { message?: unknown }
    if (typeof message === 'string') return message
  } catch {
    // not JSON: quote the text
  }
  return text.slice(0, 500)
}
