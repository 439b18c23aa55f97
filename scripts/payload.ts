/**
 * The Payload commands this project uses, run on Payload's own functions: `migrate`,
 * `migrate:create <name>`, `generate:types`, `generate:importmap`. Payload's `payload` binary loads the
 * config through tsx's loader, which on Node 20 sometimes never settles (see scripts/run.mjs); this
 * runs bundled instead, and so applies the migrations it was bundled with rather than importing
 * TypeScript files at run time.
 */
import config from '@payload-config'
import { generateImportMap, getPayload, migrateCLI } from 'payload'
import { generateTypes } from 'payload/node'

import { migrationsFor } from '@/database/migrations'

const [command, ...rest] = process.argv.slice(2)
const flags = rest.filter((arg) => arg.startsWith('--'))
const positional = rest.filter((arg) => !arg.startsWith('--'))

async function main(): Promise<void> {
  const sanitized = await config
  if (command === 'generate:types') {
    await generateTypes(sanitized)
  } else if (command === 'generate:importmap') {
    await generateImportMap(sanitized)
  } else if (command === 'migrate') {
    process.env.PAYLOAD_MIGRATING = 'true'
    const payload = await getPayload({ config: sanitized })
    await payload.db.migrate({ migrations: migrationsFor() })
    await payload.destroy()
  } else if (command === 'migrate:create') {
    await migrateCLI({
      config: sanitized,
      // Flags pass as Payload's CLI passes them (`--skip-empty` becomes `{ 'skip-empty': true }`).
      parsedArgs: { _: [command, ...positional], ...Object.fromEntries(flags.map((flag) => [flag.replace(/^--/, ''), true])) },
    })
  } else {
    console.error('Usage: npm run payload -- <migrate | migrate:create NAME [--skip-empty] | generate:types | generate:importmap>')
    process.exit(2)
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error)
    process.exit(1)
  },
)
