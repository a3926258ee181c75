#!/usr/bin/env node
// One self-contained file: the modules the Action loads on demand are bundled in, so that
// importing them statically here leaves nothing for the bundler to split into chunks.
import './core/junit-reports.js'
import './core/file-patterns.js'
import './core/log-files.js'
import { main } from './cli/main.js'

process.exitCode = await main(process.argv.slice(2), { env: process.env })
