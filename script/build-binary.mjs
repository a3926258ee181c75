// npm run build:binary: the command line as one executable for images without Node (Node's
// single executable applications), for this machine's OS and CPU, from dist/cli.js (run
// `npm run build` first). Writes build/vibeiq-task-callback-<os>-<arch>[.exe] and, beside it,
// its SHA-256 in `sha256sum` format; prints the binary's path, relative to the working folder.
//
// Node 24 runs only a CommonJS main script in an executable ("mainFormat": "module" came in a
// later major), and dist/cli.js is an ES module, so the build wraps the bundle as CommonJS: it
// touches only what ncc emits around the bundled modules, and fails when that shape changes.
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { chmodSync, copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join, relative, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import { inject } from 'postject'

const ROOT = join(fileURLToPath(import.meta.url), '..', '..')
const BUILD = join(ROOT, 'build')
// Node's documented sentinel: the executable checks this fuse to know a blob was injected.
const SENTINEL_FUSE = 'NODE_SEA_FUSE_fce680ab2cc467b6e072b8b5df1996b2'
const OS_NAMES = { linux: 'linux', darwin: 'macos', win32: 'windows' }

/** The file name of the executable for one OS and CPU, as the release publishes it. */
export function binaryName(platform = process.platform, arch = process.arch) {
  const os = OS_NAMES[platform]
  if (!os) throw new Error(`No single executable for ${platform}: only ${Object.keys(OS_NAMES).join(', ')}`)
  return `vibeiq-task-callback-${os}-${arch}${platform === 'win32' ? '.exe' : ''}`
}

/** dist/cli.js (an ES module with top-level await) as a CommonJS script with the same behaviour. */
export function asCommonJs(esm) {
  const steps = [
    // the shebang: the script runs inside a function
    [/^#!.*\n/, ''],
    // ncc's one static import, and every use of it: the executable's own require loads built-ins
    [/^import \{ createRequire as __WEBPACK_EXTERNAL_createRequire \} from "module";\n/m, ''],
    [/__WEBPACK_EXTERNAL_createRequire\(import\.meta\.url\)/g, 'require'],
    // the module's own URL (fdir's optional picomatch, ncc's asset base): the executable's
    [/\bimport\.meta\.url\b/g, 'require("node:url").pathToFileURL(process.execPath).href'],
    // the re-exports that keep the JUnit reader and glob in the bundle; nothing imports the binary
    [/^\/\*{6}\/ export \{[^}]*\};\n/m, '']
  ]
  let script = esm
  for (const [pattern, replacement] of steps) {
    if (!pattern.test(script)) throw new Error(`dist/cli.js changed shape: ${pattern} not found`)
    script = script.replace(pattern, replacement)
  }
  if (/\bimport\.meta\b|^(import|export)\b/m.test(script))
    throw new Error('dist/cli.js has ES module syntax this build does not convert')
  // Top-level await becomes an async function's; an error in it still ends the process with 1.
  return `'use strict';\n(async () => {\n${script}\n})().catch(error => {\n  process.exitCode = 1\n  throw error\n})\n`
}

function build() {
  const name = binaryName()
  const binary = join(BUILD, name)
  const work = join(BUILD, '.sea')
  rmSync(work, { recursive: true, force: true })
  mkdirSync(work, { recursive: true })
  const main = join(work, 'cli.cjs')
  writeFileSync(main, asCommonJs(readFileSync(join(ROOT, 'dist', 'cli.js'), 'utf8')))
  const blob = join(work, 'sea-prep.blob')
  const config = join(work, 'sea-config.json')
  writeFileSync(
    config,
    JSON.stringify({
      main,
      output: blob,
      disableExperimentalSEAWarning: true,
      // V8's compiled code in the blob: the bundle is not parsed and compiled at every start
      // (`npm run bench` compares the executable's cold start with `node dist/cli.js`).
      useCodeCache: true
    })
  )
  execFileSync(process.execPath, ['--experimental-sea-config', config], { stdio: 'pipe' })

  rmSync(binary, { force: true })
  copyFileSync(process.execPath, binary)
  chmodSync(binary, 0o755)
  // macOS runs only signed code: drop Node's signature before the change, sign ad hoc after.
  if (process.platform === 'darwin') execFileSync('codesign', ['--remove-signature', binary])
  return { name, binary, work, blob }
}

async function injectAndFinish({ name, binary, work, blob }) {
  await inject(binary, 'NODE_SEA_BLOB', readFileSync(blob), {
    sentinelFuse: SENTINEL_FUSE,
    machoSegmentName: process.platform === 'darwin' ? 'NODE_SEA' : undefined
  })
  if (process.platform === 'darwin') execFileSync('codesign', ['--sign', '-', binary])
  rmSync(work, { recursive: true, force: true })
  const sum = createHash('sha256').update(readFileSync(binary)).digest('hex')
  writeFileSync(`${binary}.sha256`, `${sum}  ${name}\n`)
  // relative, with forward slashes, so that a Windows shell (Git Bash) takes it as it is
  console.log(relative(process.cwd(), binary).split(sep).join('/'))
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const major = Number(process.versions.node.split('.')[0])
  if (major !== 24) {
    console.error(`build:binary embeds the running node, which must be Node 24; this is ${process.version}.`)
    process.exit(1)
  }
  await injectAndFinish(build())
}
