/**
 * `npm run lint:ci-docs` (script/lint-ci-docs.mjs) catches what would break a user who copies a
 * recipe: each page of docs/ci is copied alone into a scratch folder, one line is broken the
 * way a typo would, and the checker must fail naming the page, the block's line and why.
 */
import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals'
import { execFile } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

jest.setTimeout(60_000)

const node = process.env['ACTION_NODE'] || process.execPath
let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'lint-ci-docs-'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

function lint(folder: string): Promise<{ code: number; output: string }> {
  return new Promise(resolve => {
    execFile(node, ['script/lint-ci-docs.mjs', folder], (error, stdout, stderr) =>
      resolve({ code: error ? Number(error.code) : 0, output: `${stdout}${stderr}` })
    )
  })
}

/** The page with `from` replaced by `to` (which must occur), alone in the scratch folder. */
function broken(page: string, from: string, to: string): string {
  const text = readFileSync(join('docs', 'ci', page), 'utf8')
  expect(text).toContain(from)
  writeFileSync(join(dir, page), text.replace(from, to))
  return dir
}

describe('lint:ci-docs', () => {
  it.each([
    [
      'gitlab.md',
      'when: on_success # every',
      'when: on_succes # every',
      /gitlab\.md:\d+: not valid for GitLab/
    ],
    [
      'circleci.md',
      '- test: success',
      '- test: succeeded',
      /circleci\.md:\d+: not valid against circleci's schema/
    ],
    [
      'buildkite.md',
      'allow_dependency_failure: true # runs',
      'allow_dependency_failure: maybe # runs',
      /buildkite\.md:\d+: not valid against buildkite's schema/
    ],
    [
      'azure-pipelines.md',
      'dependsOn: test',
      'depends_on: test',
      /azure-pipelines\.md:\d+: not valid against azure-pipelines's schema/
    ],
    [
      'other.md',
      "format_version: '13'",
      'format_version: 13',
      /other\.md:\d+: not valid against bitrise's schema/
    ],
    ['github-actions-cli.md', 'if: always() # after', 'iff: always() # after', /github-actions-cli\.md:\d+/],
    [
      'bitbucket.md',
      'pipelines:\n  custom:',
      'pipeline:\n  custom:',
      /bitbucket\.md:\d+: unknown top-level keys for Bitbucket: pipeline/
    ],
    [
      'buildkite.md',
      'if [ "$BUILDKITE_STEP_KEY" = "build" ]; then',
      'if [ "$BUILDKITE_STEP_KEY" = "build" ]; them',
      /buildkite\.md:\d+: bash -n/
    ],
    ['jenkins.md', "stage('Shard 2') { steps", "stage('Shard 2') steps", /jenkins\.md:\d+: unbalanced/],
    ['jenkins.md', '  post {\n', '  postt {\n', /jenkins\.md:\d+: no pipeline-level post/],
    ['other.md', '<!-- check: yaml -->', '<!-- nothing -->', /other\.md:\d+: no <!-- check: ... --> comment/]
  ])('fails on a broken %s (%s → %s)', async (page, from, to, problem) => {
    const ran = await lint(broken(page, from, to))
    expect(ran.code).toBe(1)
    expect(ran.output).toMatch(problem)
  })

  it('refuses an input of this action that action.yml does not declare, in a GitHub workflow', async () => {
    const fence = '```'
    writeFileSync(
      join(dir, 'github.md'),
      `# GitHub\n\n<!-- check: github-actions -->\n\n${fence}yaml\non: workflow_dispatch\njobs:\n  a:\n` +
        `    runs-on: ubuntu-latest\n    steps:\n      - uses: OWNER/vibeiq-task-callback@v1\n` +
        `        with:\n          tokn: x\n${fence}\n`
    )
    const ran = await lint(dir)
    expect(ran.code).toBe(1)
    expect(ran.output).toMatch(/github\.md:5: inputs not in action\.yml: tokn/)
  })

  it('passes the pages as they are', async () => {
    const ran = await lint(join('docs', 'ci'))
    expect(ran.output).toMatch(/docs\/ci: \d+ code blocks checked, ok/)
    expect(ran.code).toBe(0)
  })
})
