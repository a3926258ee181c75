import { fileURLToPath } from 'node:url'
import { run } from './action/main.js'
import { ProgressEnv } from './core/constants.js'

// A watch step starts this same bundle again, in the background, as its progress reporter.
if (process.env[ProgressEnv.Reporter])
  await (await import('./action/progress-reporter.js')).runProgressReporter()
else await run(undefined, fileURLToPath(import.meta.url))
