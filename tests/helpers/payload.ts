// The Payload Local API on the test file's own database, migrated with the committed migrations
// (never push mode), exactly as production runs them.
import config from '@payload-config'
import { getPayload, type Payload } from 'payload'

import { migrationsFor } from '@/database/migrations'

let ready: Promise<Payload> | undefined

export function testPayload(): Promise<Payload> {
  ready ??= (async () => {
    const payload = await getPayload({ config })
    await payload.db.migrate({ migrations: migrationsFor() })
    return payload
  })()
  return ready
}
