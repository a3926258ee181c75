// Loaded with --import into each benchmarked process: writes its peak RSS (KiB) at exit.
import { appendFileSync } from 'node:fs'

process.on('exit', () => {
  const file = process.env['BENCH_RSS_FILE']
  if (file) appendFileSync(file, `${process.resourceUsage().maxRSS}\n`)
})
