// A stand-in for the server in the kill -9 test: counts beacons through the real counter and edits an
// article through the Local API, both as fast as it can, and notes its progress every 20 ms in a file.
// It never exits by itself; the test kills it with SIGKILL, so nothing runs on the way out.
import { appendFileSync } from 'node:fs'

import config from '@payload-config'
import { getPayload } from 'payload'

import { getCounter } from '@/analytics'

const [articleId, progressFile] = [Number(process.argv[2]), process.argv[3]]
const payload = await getPayload({ config })
const counter = await getCounter()
let accepted = 0
let edits = 0
let visitor = 0

setInterval(() => appendFileSync(progressFile, `${Date.now()} ${accepted} ${edits}\n`), 20)

async function beacons(): Promise<void> {
  for (let i = 0; i < 20; i++) {
    if (await counter.record(`crash-visitor-${visitor++}`, articleId)) accepted++
  }
  setTimeout(() => void beacons(), 1)
}
void beacons()

for (;;) {
  await payload.update({
    collection: 'articles',
    id: articleId,
    data: { title: `Bài sửa lần ${edits + 1}` },
    context: { disableRevalidate: true },
  })
  edits++
  // Each edit is its own request in a server. Local SQLite calls resolve without leaving the microtask
  // queue, so without this yield the loop would starve the beacons and the flush timer.
  await new Promise((resolve) => setImmediate(resolve))
}
