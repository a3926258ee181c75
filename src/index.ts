import { fileURLToPath } from 'node:url'
import { ProgressEnv } from './constants.js'
import { run } from './main.js'

// A watch step starts this same bundle again, in the background, as its progress reporter.
if (process.env[ProgressEnv.Reporter]) await (await import('./progress-reporter.js')).runProgressReporter()
else await run(undefined, fileURLToPath(import.meta.url))
