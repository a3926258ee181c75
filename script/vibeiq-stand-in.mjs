// Runs the VibeIQ stand-in as a background server, for the self-test workflow:
//   node script/vibeiq-stand-in.mjs <requests.jsonl> <url-file>
// It appends every request it receives to <requests.jsonl>, one JSON object a line (headers
// with secret values replaced), and writes its api-url to <url-file> once it listens.
import { appendFileSync, writeFileSync } from 'node:fs'
import { startVibeIqStandIn } from '../harness/vibeiq-server.mjs'

const [requestsFile, urlFile] = process.argv.slice(2)
if (!requestsFile || !urlFile) {
  console.error('usage: node script/vibeiq-stand-in.mjs <requests.jsonl> <url-file>')
  process.exit(2)
}
const secret = /^(authorization|x-api-key)$/i
const vibeiq = await startVibeIqStandIn({
  onRequest: ({ method, path, headers, body }) => {
    const shown = Object.fromEntries(
      Object.entries(headers).map(([k, v]) => [k, secret.test(k) ? '(set)' : v])
    )
    appendFileSync(requestsFile, `${JSON.stringify({ method, path, headers: shown, body })}\n`)
  }
})
writeFileSync(urlFile, vibeiq.url)
console.log(`VibeIQ stand-in listening at ${vibeiq.url}; recording to ${requestsFile}`)
