// Reference for `npm run bench`: the floor. A plain node process that POSTs the same body
// with node:http and nothing else.
import { request } from 'node:http'

const url = new URL(process.env['INPUT_API-URL'] + '/external-events/callback/')
const body = JSON.stringify({ taskId: process.env['INPUT_TASK-ID'], status: 'SUCCESS' })
const req = request(url, {
  method: 'POST',
  headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${process.env['INPUT_TOKEN']}` }
})
req.on('response', res => res.resume())
req.end(body)
