// Builds both bundles with ncc, side by side: dist/index.js (the Action, with the chunks it
// loads on demand) and dist/cli.js (the command line, one self-contained file).
import { execFile } from 'node:child_process'
import { chmodSync, readdirSync, renameSync, rmSync } from 'node:fs'
import { promisify } from 'node:util'

const run = promisify(execFile)
const ncc = (entry, out) =>
  run(process.execPath, [
    'node_modules/@vercel/ncc/dist/ncc/cli.js',
    'build',
    entry,
    '-o',
    out,
    '--license',
    'licenses.txt',
    ...process.argv.slice(2)
  ])

rmSync('dist', { recursive: true, force: true })
const cliOut = 'dist/.cli'
const results = await Promise.allSettled([ncc('src/index.ts', 'dist'), ncc('src/cli.ts', cliOut)])
for (const result of results) {
  if (result.status === 'rejected') {
    const { stdout = '', stderr = '', message } = result.reason
    process.stderr.write(`${stdout}${stderr}` || message)
    process.exit(1)
  }
  if (!process.argv.includes('--quiet')) process.stdout.write(result.value.stdout + result.value.stderr)
}
// The command line is one file: a chunk beside it would be missing wherever cli.js is copied.
const chunks = readdirSync(cliOut).filter(f => /^\d+\.index\.js$/.test(f))
if (chunks.length > 0) {
  process.stderr.write(
    `dist/cli.js must be one file, but the build split off ${chunks.join(', ')}: import them statically in src/cli.ts.\n`
  )
  process.exit(1)
}
renameSync(`${cliOut}/index.js`, 'dist/cli.js')
renameSync(`${cliOut}/licenses.txt`, 'dist/cli-licenses.txt')
rmSync(cliOut, { recursive: true })
chmodSync('dist/cli.js', 0o755)
