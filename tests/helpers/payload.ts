// The Payload Local API on the test file's own database, migrated with the committed migrations
// (never push mode), exactly as production runs them.
import config from '@payload-config'
import { getPayload, type Migration, type Payload } from 'payload'

import { migrations } from '@/migrations'

let ready: Promise<Payload> | undefined

export function testPayload(): Promise<Payload> {
  ready ??= (async () => {
    const payload = await getPayload({ config })
    // Payload types a migration's arguments as `unknown`; the generated ones name the adapter's own type.
    await payload.db.migrate({ migrations: migrations as unknown as Migration[] })
    return payload
  })()
  return ready
}
