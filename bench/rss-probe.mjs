// Loaded with `node --import` around a benchmarked command: records the peak resident set size.
import { writeFileSync } from 'node:fs'

process.on('exit', () => {
  const target = process.env.PLANGUARD_BENCH_RSS_FILE
  if (target) writeFileSync(target, String(process.resourceUsage().maxRSS * 1024))
})
