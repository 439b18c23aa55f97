// PostgreSQL, for more than one server: Payload's adapter as the portal sets it up, and its transactions
// (Payload runs every save in one).
import path from 'node:path'

import { postgresAdapter } from '@payloadcms/db-postgres'
import type { DatabaseAdapterObj } from 'payload'

import type { Transactions } from './transaction'

export function postgresDatabase(url: string, root: string): DatabaseAdapterObj {
  return postgresAdapter({
    pool: { connectionString: url, max: Number(process.env.DATABASE_POOL_SIZE ?? 10) },
    migrationDir: path.join(root, 'src', 'migrations-postgres'),
    // Schema changes go through committed migrations only, in every environment.
    push: false,
  })
}

export const postgresTransactions: Transactions = {
  async begin(payload) {
    const id = await payload.db.beginTransaction()
    if (id === null || id === undefined) throw new Error('PostgreSQL did not open a transaction.')
    return String(id)
  },
  async commit(payload, id) {
    await payload.db.commitTransaction(id)
  },
  async rollback(payload, id) {
    await payload.db.rollbackTransaction(id)
  },
}
