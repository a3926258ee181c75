#!/usr/bin/env node
import './cli/node-version.js'
// One self-contained file: what the Action loads on demand (the JUnit reader, the glob library)
// is bundled in, since importing it statically here leaves nothing for the bundler to split
// into a chunk. Re-exported, so that no bundler drops them as unused.
export { glob } from 'tinyglobby'
export { readJunitReports } from './core/junit-reports.js'
import { ExitCode, main } from './cli/main.js'
import { handleInterruptions, interruptedWhileSending } from './core/interruption.js'

// A cancelled job's CI signals the command: a callback cut short may have arrived (exit 3), or
// never reached VibeIQ, when no attempt got a connection (exit 1).
handleInterruptions((signal, sending) => {
  if (!sending) return 128 + (signal === 'SIGINT' ? 2 : 15)
  process.stderr.write(`${interruptedWhileSending(signal, sending)}\n`)
  return sending.mayHaveArrived === false ? ExitCode.NotDelivered : ExitCode.Uncertain
})

const code = await main(process.argv.slice(2), { env: process.env })
// The command is done: nothing left open (a socket a proxy never answered, a glob still walking)
// may keep it running. Exits once stdout and stderr have been written out.
process.stdout.write('', () => process.stderr.write('', () => process.exit(code)))
