// A stand-in for the server process in the SIGTERM test: counts beacons through the real counter as
// fast as it can, and on SIGTERM exits the way `next start` does (process.exit after in-flight work).
// It writes how many views it accepted to a file the test reads afterwards.
import { writeFileSync } from 'node:fs'

import { getCounter } from '@/analytics'

const [articleId, reportFile] = [Number(process.argv[2]), process.argv[3]]
const counter = await getCounter()
let accepted = 0
let visitor = 0

process.on('SIGTERM', () => {
  writeFileSync(reportFile, String(accepted))
  process.exit(143)
})

async function burst(): Promise<void> {
  for (let i = 0; i < 50; i++) {
    if (await counter.record(`worker-visitor-${visitor++}`, articleId)) accepted++
  }
  if (accepted === 500) writeFileSync(`${reportFile}.ready`, '')
  setImmediate(() => void burst())
}
void burst()
