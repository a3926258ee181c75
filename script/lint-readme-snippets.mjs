// Every YAML snippet in the README must work as written: each one is parsed, completed into a
// workflow where it is a fragment (a list of steps, or a job's `steps:`), and validated with
// GitHub's parser through lint-actions.mjs; each step that uses this action may only pass
// inputs that action.yml declares. A snippet for another CI (marked `<!-- other-ci -->` on the
// line before its fence) is only parsed as YAML. Run by `npm run lint`.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parse, stringify } from 'yaml'

const ACTION = /^OWNER\/vibeiq-task-callback@/
const readme = readFileSync('README.md', 'utf8')
const declared = new Set(Object.keys(parse(readFileSync('action.yml', 'utf8')).inputs))
const blocks = [...readme.matchAll(/(^.*\n)?^```yaml\n([\s\S]*?)^```/gm)]
for (const [, before, text] of blocks) {
  if (before?.trim() === '<!-- other-ci -->') parse(text) // throws on YAML that does not parse
}
const snippets = blocks.filter(([, before]) => before?.trim() !== '<!-- other-ci -->').map(m => m[2])

const dir = mkdtempSync(join(tmpdir(), 'readme-snippets-'))
const problems = []
const files = snippets.map((text, index) => {
  const name = `README snippet ${index + 1} (line ${readme.slice(0, readme.indexOf(text)).split('\n').length})`
  const workflow = asWorkflow(parse(text))
  for (const job of Object.values(workflow.jobs ?? {})) {
    for (const step of job?.steps ?? []) {
      if (!ACTION.test(step?.uses ?? '')) continue
      for (const input of Object.keys(step.with ?? {})) {
        if (!declared.has(input)) problems.push(`${name}: input '${input}' is not in action.yml`)
      }
    }
  }
  const file = join(dir, `snippet-${index + 1}.yml`)
  writeFileSync(file, stringify(workflow))
  return { name, file }
})

/** A fragment becomes the smallest workflow that holds it. */
function asWorkflow(value) {
  if (value?.jobs) return value
  const steps = Array.isArray(value) ? value : value?.steps
  if (!Array.isArray(steps))
    throw new Error(`a README snippet is neither a workflow nor steps: ${stringify(value)}`)
  return { on: 'workflow_dispatch', jobs: { snippet: { 'runs-on': 'ubuntu-latest', steps } } }
}

try {
  execFileSync(process.execPath, ['script/lint-actions.mjs', ...files.map(f => f.file)], { stdio: 'pipe' })
} catch (error) {
  let output = String(error.stdout) + String(error.stderr)
  for (const { name, file } of files) {
    output = output.split(`${file}: ${file} `).join(`${name}: `).split(file).join(name)
  }
  problems.push(...output.split('\n').filter(line => line && !line.endsWith(': ok')))
} finally {
  rmSync(dir, { recursive: true, force: true })
}
for (const problem of problems) console.error(problem)
console.log(`README: ${snippets.length} YAML snippets ${problems.length ? 'with problems' : 'ok'}`)
process.exitCode = problems.length ? 1 : 0
