// A stand-in for the server process in the SIGTERM test: counts beacons through the real counter as
// fast as it can, and on SIGTERM stops the way scripts/serve.ts does (no new work, the shutdown tasks
// awaited, then process.exit). It writes how many views it accepted to a file the test reads afterwards.
import { writeFileSync } from 'node:fs'

import { getCounter } from '@/analytics'
import { runShutdownTasks } from '@/server/shutdown'

const [articleId, reportFile] = [Number(process.argv[2]), process.argv[3]]
const counter = await getCounter()
let accepted = 0
let visitor = 0

let stopping = false

process.on('SIGTERM', () => {
  stopping = true
  writeFileSync(reportFile, String(accepted))
  void runShutdownTasks().then(() => process.exit(143))
})

async function burst(): Promise<void> {
  if (stopping) return
  for (let i = 0; i < 50; i++) {
    if (await counter.record(`worker-visitor-${visitor++}`, articleId)) accepted++
  }
  if (accepted === 500) writeFileSync(`${reportFile}.ready`, '')
  setImmediate(() => void burst())
}
void burst()
