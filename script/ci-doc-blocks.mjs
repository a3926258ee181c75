// The code blocks of the per-CI pages (docs/ci/*.md), with what each is checked as. A block is
// announced by a comment before its fence (blank lines between them are allowed), such as
//   <!-- check: gitlab; recipe: final-stage -->
// `check` names the checker (a CI's schema, `yaml`, `bash`, `groovy`); `recipe` names a block
// that a test runs as written (__tests__/gitlab-ci-local.test.ts), so the page and the test
// cannot drift apart. Used by script/lint-ci-docs.mjs and the tests.

/**
 * @typedef {object} DocBlock
 * @property {string} language the fence's info string (`yaml`, `sh`, `groovy`...)
 * @property {string | undefined} check
 * @property {string | undefined} recipe
 * @property {string} text
 * @property {number} line the fence's line number, from 1
 */

/**
 * @param {string} markdown
 * @returns {DocBlock[]}
 */
export function docBlocks(markdown) {
  const blocks = []
  const lines = markdown.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const fence = /^```(\S*)\s*$/.exec(lines[i] ?? '')
    if (!fence) continue
    const end = lines.findIndex((line, j) => j > i && /^```\s*$/.test(line))
    if (end < 0) throw new Error(`line ${i + 1}: a code block is not closed`)
    // Prettier puts a blank line between the comment and the fence.
    let before = i - 1
    while (before >= 0 && lines[before]?.trim() === '') before--
    const note = /^<!--\s*(.*?)\s*-->$/.exec(lines[before]?.trim() ?? '')?.[1] ?? ''
    const field = (/** @type {string} */ name) =>
      new RegExp(`(?:^|;)\\s*${name}:\\s*([\\w.-]+)`).exec(note)?.[1]
    blocks.push({
      language: fence[1] ?? '',
      check: field('check'),
      recipe: field('recipe'),
      text: lines.slice(i + 1, end).join('\n') + '\n',
      line: i + 1
    })
    i = end
  }
  return blocks
}

/**
 * The block of a page that a test runs, by its recipe name.
 * @param {string} markdown
 * @param {string} recipe
 */
export function recipeBlock(markdown, recipe) {
  const found = docBlocks(markdown).filter(block => block.recipe === recipe)
  if (found.length !== 1) throw new Error(`expected one block with recipe '${recipe}', found ${found.length}`)
  return /** @type {DocBlock} */ (found[0]).text
}
