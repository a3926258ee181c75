/**
 * script/lint-readme-snippets.mjs (in `npm run lint`) on a small tree of docs: what it
 * reports for each kind of broken block or link, and that it passes docs with none.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const LINT = join(process.cwd(), 'script', 'lint-readme-snippets.mjs')
const fence = '```'

let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'docs-lint-'))
  copyFileSync('action.yml', join(dir, 'action.yml'))
  mkdirSync(join(dir, 'docs', 'ci'), { recursive: true })
  writeFileSync(join(dir, 'CONTRIBUTING.md'), '# Contributing\n\nSee the [README](README.md).\n')
  writeFileSync(
    join(dir, 'docs', 'guide.md'),
    '# Guide\n\n## The `task-id` (and more)\n\nBack [home](../README.md).\n'
  )
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

function lint(readme: string) {
  writeFileSync(join(dir, 'README.md'), readme)
  const ran = spawnSync(process.execPath, [LINT], { cwd: dir, encoding: 'utf8' })
  return { code: ran.status, problems: ran.stderr.split('\n').filter(Boolean) }
}

describe('the docs lint', () => {
  it('passes links to files, folders and headings that exist, in every page', () => {
    const ran = lint(
      '# Title\n\n## Usage\n\n[guide](docs/guide.md#the-task-id-and-more), [docs](docs), [up](#usage), ' +
        '[site](https://example.com/x), `[not a link](nowhere.md)`\n\n' +
        `${fence}json\n{"a": 1}\n${fence}\n\n${fence}sh\necho "$HOME" | wc -l\n${fence}\n`
    )
    expect(ran).toEqual({ code: 0, problems: [] })
  })

  it('names each missing file and anchor, with the page and line', () => {
    const ran = lint('# Title\n\n[a](docs/missing.md) and [b](docs/guide.md#nope)\n\n[c](#nowhere)\n')
    expect(ran.code).toBe(1)
    expect(ran.problems).toEqual([
      'README.md:3: link to docs/missing.md: no such file docs/missing.md',
      'README.md:3: link to docs/guide.md#nope: docs/guide.md has no heading with that anchor',
      'README.md:5: link to #nowhere: README.md has no heading with that anchor'
    ])
  })

  it('checks the links of docs/ pages too, and leaves the code blocks of docs/ci/ to lint-ci-docs', () => {
    writeFileSync(
      join(dir, 'docs', 'ci', 'gitlab.md'),
      `# GitLab\n\n[index](README.md) [gone](../nope.md)\n\n${fence}yaml\nstages: [a]\n${fence}\n`
    )
    const ran = lint('# Title\n\n[CI](docs/ci/README.md)\n')
    expect(ran.problems).toEqual([
      'README.md:3: link to docs/ci/README.md: no such file docs/ci/README.md',
      'docs/ci/gitlab.md:3: link to README.md: no such file docs/ci/README.md',
      'docs/ci/gitlab.md:3: link to ../nope.md: no such file docs/nope.md'
    ])
  })

  it('refuses JSON that does not parse, shell that bash cannot read, and inputs action.yml lacks', () => {
    const ran = lint(
      `# Title\n\n${fence}json\n{bad}\n${fence}\n\n${fence}sh\nif then\n${fence}\n\n` +
        `${fence}yaml\n- uses: OWNER/vibeiq-task-callback@v1\n  with:\n    tokn: x\n${fence}\n\n` +
        `<!-- other-ci -->\n${fence}yaml\njob: [unclosed\n${fence}\n`
    )
    expect(ran.code).toBe(1)
    expect(ran.problems).toEqual([
      expect.stringMatching(/^README\.md:3 \(json block\): /),
      expect.stringMatching(/^README\.md:7 \(sh block\): /),
      "README.md:11 (yaml block): input 'tokn' is not in action.yml",
      expect.stringMatching(/^README\.md:18 \(yaml block\): /)
    ])
  })
})
