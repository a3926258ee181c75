// Reference for `npm run bench`: what the toolkit alone costs. It loads nothing but
// @actions/core and makes the same POST with @actions/http-client. Bundled by the benchmark.
import * as core from '@actions/core'
import { HttpClient } from '@actions/http-client'

const url = core.getInput('api-url') + '/external-events/callback/'
const body = JSON.stringify({ taskId: core.getInput('task-id'), status: 'SUCCESS' })
const client = new HttpClient('core-only-reference')
const response = await client.post(url, body, {
  'Content-Type': 'application/json',
  Authorization: `Bearer ${core.getInput('token')}`
})
core.setOutput('http-status', response.message.statusCode)
await response.readBody()
