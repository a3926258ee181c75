#!/usr/bin/env node
// One self-contained file: the JUnit reader, which the Action loads on demand, is bundled in,
// since importing it statically here leaves nothing for the bundler to split into a chunk.
import './core/junit-reports.js'
import { main } from './cli/main.js'

process.exitCode = await main(process.argv.slice(2), { env: process.env })
