#!/usr/bin/env node
import './cli/node-version.js'
// One self-contained file: what the Action loads on demand (the JUnit reader, the glob library)
// is bundled in, since importing it statically here leaves nothing for the bundler to split
// into a chunk. Re-exported, so that no bundler drops them as unused.
export { glob } from 'tinyglobby'
export { readJunitReports } from './core/junit-reports.js'
import { main } from './cli/main.js'

const code = await main(process.argv.slice(2), { env: process.env })
// The command is done: nothing left open (a socket a proxy never answered, a glob still walking)
// may keep it running. Exits once stdout and stderr have been written out.
process.stdout.write('', () => process.stderr.write('', () => process.exit(code)))
