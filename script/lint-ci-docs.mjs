// Every code block of the per-CI pages (docs/ci/*.md) is checked, as named by the comment on
// the line before its fence (script/ci-doc-blocks.mjs): YAML is parsed and, where the CI
// publishes a JSON schema, validated against it (GitLab's through gitlab-ci-local, which ships
// it; CircleCI, Buildkite, Azure Pipelines and Bitrise vendored in script/ci-schemas/); GitHub
// workflows go through GitHub's own parser (lint-actions.mjs), and a step that uses this action
// passes only inputs action.yml declares; shell blocks pass `bash -n`;
// Jenkinsfiles are checked for balanced brackets and a pipeline with a `post` section. A block
// with no check, or an unknown one, is a problem too. Run by `npm run lint`.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Ajv from 'ajv'
import { parse, parseAllDocuments } from 'yaml'
import { docBlocks } from './ci-doc-blocks.mjs'

/** The pages' folder; another can be given as the argument (the tests check broken pages). */
const DOCS = process.argv[2] ?? 'docs/ci'
const SCHEMAS = 'script/ci-schemas'
const GITLAB_CI_LOCAL = 'node_modules/gitlab-ci-local/dist/index.js'
const readJson = (/** @type {string} */ file) => JSON.parse(readFileSync(join(SCHEMAS, file), 'utf8'))

/** Bitbucket publishes its schema only on its own API host: its documented top-level keys. */
const BITBUCKET_KEYS = ['image', 'clone', 'options', 'definitions', 'pipelines', 'labels']

const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false, unicodeRegExp: false })
ajv.addSchema(readJson('bitrise-step.json'))
/** @type {Record<string, import('ajv').ValidateFunction>} */
const validators = {}
const schemaFor = (/** @type {string} */ name) => (validators[name] ??= ajv.compile(readJson(`${name}.json`)))

const dir = mkdtempSync(join(tmpdir(), 'ci-docs-'))
/** @type {string[]} */
const problems = []
/** @type {{ name: string, file: string }[]} */
const workflows = []
let checked = 0

try {
  for (const page of readdirSync(DOCS)
    .filter(f => f.endsWith('.md'))
    .sort()) {
    for (const block of docBlocks(readFileSync(join(DOCS, page), 'utf8'))) {
      const name = `${DOCS}/${page}:${block.line}`
      try {
        checkBlock(name, block)
        checked++
      } catch (error) {
        problems.push(`${name}: ${error instanceof Error ? error.message : String(error)}`)
      }
    }
  }
  if (workflows.length > 0) checkGithubWorkflows()
} finally {
  rmSync(dir, { recursive: true, force: true })
}

/**
 * @param {string} name
 * @param {import('./ci-doc-blocks.mjs').DocBlock} block
 */
function checkBlock(name, block) {
  const { check, text } = block
  if (!check) throw new Error('no <!-- check: ... --> comment before this block')
  if (check === 'bash') return bashSyntax(text)
  if (check === 'groovy') return jenkinsfile(text)
  if (block.language !== 'yaml')
    throw new Error(`check '${check}' is for a yaml block, not ${block.language}`)
  const documents = parseAllDocuments(text)
  for (const document of documents) {
    if (document.errors.length > 0) throw new Error(`YAML: ${document.errors[0]?.message}`)
  }
  const value = parse(text)
  switch (check) {
    case 'yaml':
      return
    case 'gitlab':
      return gitlab(text)
    case 'github-actions': {
      undeclaredInputs(value)
      const file = join(dir, `workflow-${workflows.length + 1}.yml`)
      writeFileSync(file, text)
      workflows.push({ name, file })
      return
    }
    case 'bitbucket': {
      const unknown = Object.keys(value ?? {}).filter(key => !BITBUCKET_KEYS.includes(key))
      if (unknown.length > 0) throw new Error(`unknown top-level keys for Bitbucket: ${unknown.join(', ')}`)
      if (!value?.pipelines) throw new Error('a Bitbucket recipe has pipelines')
      return
    }
    case 'circleci':
    case 'buildkite':
    case 'azure-pipelines':
    case 'bitrise': {
      const validate = schemaFor(check)
      if (!validate(value)) {
        const errors = (validate.errors ?? []).slice(0, 5).map(e => `${e.instancePath || '/'} ${e.message}`)
        throw new Error(`not valid against ${check}'s schema: ${errors.join('; ')}`)
      }
      return
    }
    default:
      throw new Error(`unknown check '${check}'`)
  }
}

/** gitlab-ci-local validates against GitLab's own schema (ci.json) before it lists the jobs. */
function gitlab(/** @type {string} */ text) {
  const project = mkdtempSync(join(dir, 'gitlab-'))
  writeFileSync(join(project, '.gitlab-ci.yml'), text)
  const git = (/** @type {string[]} */ ...args) =>
    execFileSync('git', args, { cwd: project, stdio: 'ignore' })
  git('init', '-q', '-b', 'main')
  git(
    '-c',
    'user.name=lint',
    '-c',
    'user.email=lint@example.com',
    'commit',
    '-q',
    '--allow-empty',
    '-m',
    'lint'
  )
  try {
    execFileSync(
      process.execPath,
      [join(process.cwd(), GITLAB_CI_LOCAL), '--list', '--json-schema-validation', '--no-color'],
      { cwd: project, stdio: 'pipe', env: { PATH: process.env['PATH'] ?? '', HOME: project } }
    )
  } catch (error) {
    const output = `${/** @type {any} */ (error).stdout ?? ''}${/** @type {any} */ (error).stderr ?? ''}`
    const reasons = output
      .split('\n')
      .filter(line => /^\s*•|must|Invalid/.test(line) && !/Use --|Copy the/.test(line))
    throw new Error(`not valid for GitLab (gitlab-ci-local): ${reasons.join(' ').trim() || output.trim()}`, {
      cause: error
    })
  }
}

/** A step that uses this action may pass only the inputs action.yml declares. */
function undeclaredInputs(/** @type {any} */ workflow) {
  const declared = Object.keys(parse(readFileSync('action.yml', 'utf8')).inputs ?? {})
  for (const job of Object.values(workflow?.jobs ?? {})) {
    for (const step of /** @type {any} */ (job)?.steps ?? []) {
      if (!/^OWNER\/vibeiq-task-callback@/.test(step?.uses ?? '')) continue
      const unknown = Object.keys(step.with ?? {}).filter(input => !declared.includes(input))
      if (unknown.length > 0) throw new Error(`inputs not in action.yml: ${unknown.join(', ')}`)
    }
  }
}

function bashSyntax(/** @type {string} */ text) {
  try {
    execFileSync('bash', ['-n'], { input: text, stdio: ['pipe', 'pipe', 'pipe'] })
  } catch (error) {
    throw new Error(`bash -n: ${String(/** @type {any} */ (error).stderr).trim()}`, { cause: error })
  }
}

/** No Groovy parser on the machine: brackets balance outside strings and comments, and it is a
 * declarative pipeline with a post section. */
function jenkinsfile(/** @type {string} */ text) {
  const code = text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\/\/.*$/gm, '')
    .replace(/'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"/g, '""')
  const pairs = { '}': '{', ')': '(', ']': '[' }
  /** @type {string[]} */
  const stack = []
  for (const char of code) {
    if ('{(['.includes(char)) stack.push(char)
    else if (char in pairs) {
      if (stack.pop() !== pairs[/** @type {keyof typeof pairs} */ (char)])
        throw new Error(`unbalanced '${char}'`)
    }
  }
  if (stack.length > 0) throw new Error(`unclosed '${stack.join('')}'`)
  if (!/^\s*pipeline\s*\{/m.test(code)) throw new Error('not a declarative pipeline { ... }')
  if (!/^\s{2}post\s*\{/m.test(code)) throw new Error('no pipeline-level post { ... }')
}

function checkGithubWorkflows() {
  try {
    execFileSync(process.execPath, ['script/lint-actions.mjs', ...workflows.map(w => w.file)], {
      stdio: 'pipe'
    })
  } catch (error) {
    let output = String(/** @type {any} */ (error).stdout) + String(/** @type {any} */ (error).stderr)
    for (const { name, file } of workflows) output = output.split(file).join(name)
    problems.push(...output.split('\n').filter(line => line && !line.endsWith(': ok')))
  }
}

for (const problem of problems) console.error(problem)
console.log(
  `docs/ci: ${checked} code blocks checked${problems.length ? `, ${problems.length} problems` : ', ok'}`
)
process.exitCode = problems.length ? 1 : 0
