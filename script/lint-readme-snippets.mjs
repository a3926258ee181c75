// The docs must work as written: README.md, CONTRIBUTING.md, SECURITY.md and every
// docs/**/*.md. Run by `npm run lint`. The code blocks of the per-CI pages (docs/ci/) are
// script/lint-ci-docs.mjs's, which checks each against its own CI; their links are checked here.
//
// - Every YAML block is parsed, completed into a workflow where it is a fragment (a list of
//   steps, or a job's `steps:`), and validated with GitHub's parser through lint-actions.mjs;
//   each step that uses this action may only pass inputs that action.yml declares. A block for
//   another CI (marked `<!-- other-ci -->` on the line before its fence) is only parsed as YAML.
// - Every JSON block must parse, and every sh/bash block must pass `bash -n`.
// - Every relative link must name a file or folder that exists, and its #anchor a heading of
//   the Markdown file it names (GitHub's anchors: lower case, punctuation dropped, spaces to -).
import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, normalize } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse, stringify } from 'yaml'

const ACTION = /^OWNER\/vibeiq-task-callback@/
/** Pages whose code blocks script/lint-ci-docs.mjs checks (against each CI's own schema). */
const CI_PAGES = 'docs/ci/'
const declared = new Set(Object.keys(parse(readFileSync('action.yml', 'utf8')).inputs))
const pages = [
  'README.md',
  'CONTRIBUTING.md',
  ...(existsSync('SECURITY.md') ? ['SECURITY.md'] : []),
  ...markdownUnder('docs')
]
const problems = []

const dir = mkdtempSync(join(tmpdir(), 'doc-snippets-'))
const workflows = []
let blockCount = 0
try {
  for (const page of pages) {
    const text = readFileSync(page, 'utf8')
    for (const block of page.startsWith(CI_PAGES) ? [] : codeBlocks(text)) {
      blockCount++
      const name = `${page}:${block.line} (${block.lang} block)`
      try {
        checkBlock(block, name)
      } catch (error) {
        problems.push(`${name}: ${error instanceof Error ? error.message.split('\n')[0] : error}`)
      }
    }
    checkLinks(page, text)
  }
  validateWorkflows()
} finally {
  rmSync(dir, { recursive: true, force: true })
}
for (const problem of problems) console.error(problem)
console.log(
  `Docs: ${pages.length} pages, ${blockCount} code blocks (${workflows.length} workflows) ` +
    `${problems.length ? 'with problems' : 'ok'}`
)
process.exitCode = problems.length ? 1 : 0

/** @param {string} root @returns {string[]} */
function markdownUnder(root) {
  if (!existsSync(root)) return []
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter(f => f.endsWith('.md'))
    .map(f => join(root, f).split('\\').join('/'))
    .sort()
}

/**
 * @param {string} text
 * @returns {{ lang: string, body: string, line: number, before: string }[]}
 */
function codeBlocks(text) {
  return [...text.matchAll(/(^.*\n)?^```(\w*)\n([\s\S]*?)^```/gm)].map(match => ({
    before: match[1]?.trim() ?? '',
    lang: match[2] ?? '',
    body: match[3] ?? '',
    line: text.slice(0, (match.index ?? 0) + (match[1]?.length ?? 0)).split('\n').length
  }))
}

/** @param {{ lang: string, body: string, before: string }} block @param {string} name */
function checkBlock({ lang, body, before }, name) {
  if (lang === 'yaml' || lang === 'yml') {
    const value = parse(body) // throws on YAML that does not parse
    if (before === '<!-- other-ci -->') return
    const workflow = asWorkflow(value)
    for (const job of Object.values(workflow.jobs ?? {})) {
      for (const step of job?.steps ?? []) {
        if (!ACTION.test(step?.uses ?? '')) continue
        for (const input of Object.keys(step.with ?? {})) {
          if (!declared.has(input)) problems.push(`${name}: input '${input}' is not in action.yml`)
        }
      }
    }
    const file = join(dir, `workflow-${workflows.length + 1}.yml`)
    writeFileSync(file, stringify(workflow))
    workflows.push({ name, file })
  } else if (lang === 'json') {
    JSON.parse(body)
  } else if (lang === 'sh' || lang === 'bash') {
    execFileSync('bash', ['-n'], { input: body, stdio: ['pipe', 'ignore', 'pipe'] })
  }
}

/** A fragment becomes the smallest workflow that holds it. */
function asWorkflow(value) {
  if (value?.jobs) return value
  const steps = Array.isArray(value) ? value : value?.steps
  if (!Array.isArray(steps)) throw new Error(`neither a workflow nor steps: ${stringify(value)}`)
  return { on: 'workflow_dispatch', jobs: { snippet: { 'runs-on': 'ubuntu-latest', steps } } }
}

function validateWorkflows() {
  if (workflows.length === 0) return
  try {
    execFileSync(
      process.execPath,
      [join(dirname(fileURLToPath(import.meta.url)), 'lint-actions.mjs'), ...workflows.map(f => f.file)],
      {
        stdio: 'pipe'
      }
    )
  } catch (error) {
    let output = String(error.stdout) + String(error.stderr)
    for (const { name, file } of workflows) {
      output = output.split(`${file}: ${file} `).join(`${name}: `).split(file).join(name)
    }
    problems.push(...output.split('\n').filter(line => line && !line.endsWith(': ok')))
  }
}

/** @param {string} page @param {string} text */
function checkLinks(page, text) {
  // Links in prose only: code blocks and inline code are left as they are written.
  const prose = text
    .replace(/^```[\s\S]*?^```/gm, block => block.replace(/[^\n]/g, ' '))
    .replace(/`[^`\n]*`/g, '')
  for (const match of prose.matchAll(/\]\(([^)\s]+)\)/g)) {
    const target = match[1] ?? ''
    if (/^[a-z][a-z0-9+.-]*:/i.test(target)) continue // https:, mailto:
    const line = prose.slice(0, match.index).split('\n').length
    const [path = '', anchor] = target.split('#')
    const file = path
      ? normalize(join(dirname(page), decodeURIComponent(path)))
          .split('\\')
          .join('/')
      : page
    if (!existsSync(file)) {
      problems.push(`${page}:${line}: link to ${target}: no such file ${file}`)
      continue
    }
    if (anchor === undefined || !file.endsWith('.md') || statSync(file).isDirectory()) continue
    if (!anchorsOf(file).has(anchor))
      problems.push(`${page}:${line}: link to ${target}: ${file} has no heading with that anchor`)
  }
}

/** GitHub's anchors for a Markdown file's headings (a repeated one gets -1, -2...). */
function anchorsOf(file) {
  const text = readFileSync(file, 'utf8').replace(/^```[\s\S]*?^```/gm, '')
  const anchors = new Set()
  const seen = new Map()
  for (const [, heading = ''] of text.matchAll(/^#{1,6} +(.+?) *#* *$/gm)) {
    const slug = heading
      .toLowerCase()
      .replace(/<[^>]*>/g, '')
      .replace(/[^\p{L}\p{N}\- _]/gu, '')
      .replace(/ /g, '-')
    const count = seen.get(slug) ?? 0
    seen.set(slug, count + 1)
    anchors.add(count ? `${slug}-${count}` : slug)
  }
  return anchors
}
