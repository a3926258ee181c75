/** nock interceptors for the VibeIQ API at the tests' api-url, keeping what was sent. */
import nock from 'nock'

export const CALLBACK = '/prod/api/external-events/callback/'
export const subtextPath = (taskId: string): string => `/prod/api/event-workflow-tasks/${taskId}`

export interface Sent {
  body: Record<string, unknown>
  headers: Record<string, string | string[] | undefined>
}

/** Answers one request to `path` and records its body and headers. */
export function interceptOnce(
  method: 'post' | 'put',
  path: string,
  status = 200,
  reply: object = {}
): Sent[] {
  const sent: Sent[] = []
  intercept(method, path, status, reply, request => sent.push(request))
  return sent
}

/** Answers one request to `path` and records its body. */
export function interceptBody(
  method: 'post' | 'put',
  path: string,
  status = 200
): Array<Record<string, unknown>> {
  const bodies: Array<Record<string, unknown>> = []
  intercept(method, path, status, {}, request => bodies.push(request.body))
  return bodies
}

function intercept(
  method: 'post' | 'put',
  path: string,
  status: number,
  reply: object,
  record: (request: Sent) => void
): void {
  const scope = nock('https://api.vibeiq.test')
  // nock 15 hands a reply function the Fetch API Request that was sent.
  scope[method](path).reply(async (request: Request) => {
    const text = await request.text()
    record({
      body: (text ? JSON.parse(text) : {}) as Record<string, unknown>,
      headers: Object.fromEntries(request.headers)
    })
    return [status, reply]
  })
}
