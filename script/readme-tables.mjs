// The README's input and output tables, rendered from action.yml so the two never disagree.
// `npm run docs` rewrites them in place; a test fails when the README is out of date.
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse } from 'yaml'

const ROOT = join(fileURLToPath(import.meta.url), '..', '..')

/** @param {string} text */
const cell = text => text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ')

/** @param {string} [actionYml] */
export function renderTables(actionYml = readFileSync(join(ROOT, 'action.yml'), 'utf8')) {
  const action = parse(actionYml)
  const inputs = Object.entries(action.inputs ?? {}).map(
    ([name, spec]) =>
      `| \`${name}\` | ${spec.default ? `\`${cell(String(spec.default))}\`` : ''} | ${cell(spec.description)} |`
  )
  const outputs = Object.entries(action.outputs ?? {}).map(
    ([name, spec]) => `| \`${name}\` | ${cell(spec.description)} |`
  )
  return {
    inputs: ['| Input | Default | Description |', '| --- | --- | --- |', ...inputs].join('\n'),
    outputs: ['| Output | Description |', '| --- | --- |', ...outputs].join('\n')
  }
}

/** @param {string} readme @param {{ inputs: string, outputs: string }} tables */
export function withTables(readme, tables) {
  for (const [name, table] of Object.entries(tables)) {
    const pattern = new RegExp(`(<!-- ${name}:start -->)[\\s\\S]*?(<!-- ${name}:end -->)`)
    if (!pattern.test(readme))
      throw new Error(`README.md has no <!-- ${name}:start --> ... <!-- ${name}:end --> markers`)
    readme = readme.replace(pattern, (_, start, end) => `${start}\n${table}\n${end}`)
  }
  return readme
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const file = join(ROOT, 'README.md')
  writeFileSync(file, withTables(readFileSync(file, 'utf8'), renderTables()))
  console.log('README.md tables rewritten from action.yml')
}
