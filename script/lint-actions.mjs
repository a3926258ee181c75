// Validates action.yml, .github/workflows/*.yml and the example workflows in examples/ with
// GitHub's own parser (@actions/workflow-parser), which knows node24, branding, input-default
// contexts, events, permissions and expressions. Run by `npm run lint`.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { register } from 'node:module'
import { join } from 'node:path'

// The parser imports its JSON schemas without `with { type: 'json' }`; add the attribute.
register(
  'data:text/javascript,' +
    encodeURIComponent(
      'export async function load(url, context, next) {' +
        " if (url.endsWith('.json')) return next(url, { ...context, importAttributes: { type: 'json' } });" +
        ' return next(url, context) }'
    )
)
const { parseWorkflow, convertWorkflowTemplate, NoOperationTraceWriter } =
  await import('@actions/workflow-parser')
const { parseAction, convertActionTemplate } = await import('@actions/workflow-parser/actions/index')

const trace = new NoOperationTraceWriter()
const files = process.argv.slice(2)
if (files.length === 0) {
  if (existsSync('action.yml')) files.push('action.yml')
  for (const dir of [join('.github', 'workflows'), 'examples']) {
    if (existsSync(dir)) for (const f of readdirSync(dir)) if (/\.ya?ml$/.test(f)) files.push(join(dir, f))
  }
  const helpers = join('.github', 'self-test')
  if (existsSync(helpers)) {
    for (const f of readdirSync(helpers, { recursive: true, encoding: 'utf8' })) {
      if (/(^|\/)action\.ya?ml$/.test(f)) files.push(join(helpers, f))
    }
  }
}
let failed = 0
for (const name of files) {
  const file = { name, content: readFileSync(name, 'utf8') }
  const isAction = /(^|\/)action\.ya?ml$/.test(name)
  const parsed = isAction ? parseAction(file, trace) : parseWorkflow(file, trace)
  if (parsed.value) {
    if (isAction) convertActionTemplate(parsed.context, parsed.value)
    else await convertWorkflowTemplate(parsed.context, parsed.value)
  }
  const errors = parsed.context.errors.getErrors()
  for (const e of errors) console.error(`${name}: ${e.message}`)
  if (errors.length) failed++
  else console.log(`${name}: ok`)
}
process.exitCode = failed ? 1 : 0
