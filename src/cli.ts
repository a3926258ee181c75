#!/usr/bin/env node
import './cli/node-version.js'
// One self-contained file: what the Action loads on demand (the JUnit reader, the glob library)
// is bundled in, since importing it statically here leaves nothing for the bundler to split
// into a chunk. Re-exported, so that no bundler drops them as unused.
export { glob } from 'tinyglobby'
export { readJunitReports } from './core/junit-reports.js'
import { writeSync } from 'node:fs'
import { parseCommandLine } from './cli/args.js'
import { ExitCode, interruptedResult, main } from './cli/main.js'
import { handleInterruptions, interruptedWhileSending } from './core/interruption.js'

// A cancelled job's CI signals the command: a callback cut short may have arrived (exit 3), or
// never reached VibeIQ, when no attempt got a connection (exit 1).
handleInterruptions((signal, sending) => {
  const message = sending && interruptedWhileSending(signal, sending)
  if (message) process.stderr.write(`${message}\n`)
  const code = !sending
    ? 128 + (signal === 'SIGINT' ? 2 : 15)
    : sending.mayHaveArrived === false
      ? ExitCode.NotDelivered
      : ExitCode.Uncertain
  // --json promises one result on stdout, a command cut short included (written synchronously).
  if (parseCommandLine(process.argv.slice(2)).json) {
    const outcome = sending && (sending.mayHaveArrived === false ? 'refused' : 'uncertain')
    writeSync(1, `${JSON.stringify(interruptedResult(signal, sending, outcome, code, message))}\n`)
  }
  return code
})

const code = await main(process.argv.slice(2), { env: process.env })
// The command is done: nothing left open (a socket a proxy never answered, a glob still walking)
// may keep it running. Exits once stdout and stderr have been written out.
process.stdout.write('', () => process.stderr.write('', () => process.exit(code)))
