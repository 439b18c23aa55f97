// SQLite, the portal's database by default: Payload's adapter as the portal sets it up, and transactions of
// the portal's own for the few writes that must be whole (an import), which Payload 3.90 runs without one.
import { randomUUID } from 'node:crypto'
import path from 'node:path'

import { sqliteAdapter } from '@payloadcms/db-sqlite'
import { drizzle } from '@payloadcms/db-sqlite/drizzle/libsql'
import type { DatabaseAdapterObj, Payload } from 'payload'

import { type Session, sqliteAdapterOf, sqliteClientOf } from './clients'
import { prepareSqliteFile } from './dataFolder'
import type { Transactions } from './transaction'

const BUSY_TIMEOUT_MS = 5000

export function sqliteDatabase(url: string, root: string): DatabaseAdapterObj {
  const adapter = sqliteAdapter({
    client: { url },
    migrationDir: path.join(root, 'src', 'migrations'),
    // Schema changes go through committed migrations only, in every environment.
    push: false,
    wal: true,
    busyTimeout: BUSY_TIMEOUT_MS,
  })
  // libsql would create the file (and SQLite its -wal and -shm, with the same mode) readable by everyone on
  // the machine: the file is made 0600 first, when Payload starts rather than when the config is imported.
  if (!url.startsWith('file:')) return adapter
  return {
    ...adapter,
    init: (args) => {
      prepareSqliteFile(url.replace(/^file:/, ''))
      return adapter.init(args)
    },
  }
}

/**
 * Payload's SQLite adapter saves without transactions unless told otherwise, and told otherwise it would run
 * every save in one: libsql then hands the adapter's connection to the transaction and opens a bare one for
 * everything else (no busy timeout), and a write lock held across a save's awaits stops every other write of
 * the process. So the portal opens a transaction only where it asks for one, on a connection of its own set
 * up like Payload's, and registers it as a Payload session: Local API calls given a request that carries its
 * id run in it. While it is open, other writes wait for it (up to the busy timeout): keep it short.
 */
type Connection = ReturnType<typeof drizzle>

/**
 * One connection that ended its last transaction cleanly, kept for the next: opening a connection and setting
 * it up costs more than a small transaction (an archive import runs one per item). Only one is kept; a
 * transaction that begins while it is in use opens another, closed when it ends.
 */
const idleConnections = new WeakMap<Payload, Connection>()

async function openConnection(payload: Payload): Promise<Connection> {
  const adapter = sqliteAdapterOf(payload)
  const db = drizzle({ connection: adapter.clientConfig, schema: adapter.schema })
  try {
    const { rows } = await sqliteClientOf(payload).execute('PRAGMA foreign_keys')
    await db.$client.execute(`PRAGMA busy_timeout = ${adapter.busyTimeout || BUSY_TIMEOUT_MS}`)
    await db.$client.execute(`PRAGMA foreign_keys = ${Number(rows[0]?.foreign_keys) ? 'ON' : 'OFF'}`)
    if (adapter.wal) await db.$client.execute(`PRAGMA synchronous = ${adapter.wal.synchronous}`)
  } catch (error) {
    db.$client.close()
    throw error
  }
  return db
}

export const sqliteTransactions: Transactions = {
  async begin(payload: Payload): Promise<string> {
    const adapter = sqliteAdapterOf(payload)
    const kept = idleConnections.get(payload)
    if (kept) idleConnections.delete(payload)
    const db = kept ?? (await openConnection(payload))
    const client = db.$client
    try {
      // IMMEDIATE: the write lock from the start, so a write later in the transaction cannot find its
      // snapshot overtaken by another connection's commit.
      await client.execute('BEGIN IMMEDIATE')
    } catch (error) {
      client.close()
      throw error
    }
    const id = randomUUID()
    let ended = false
    const end = async (statement: 'COMMIT' | 'ROLLBACK') => {
      if (ended) return
      ended = true
      delete adapter.sessions[id]
      let clean = false
      try {
        await client.execute(statement)
        clean = true
      } finally {
        // Closing a connection whose COMMIT failed rolls the transaction back; a clean one is kept for the next.
        if (clean && !idleConnections.has(payload)) idleConnections.set(payload, db)
        else client.close()
      }
    }
    adapter.sessions[id] = {
      // A connection, not a drizzle transaction object: Payload's operations use only the query methods the two share.
      db: db as unknown as Session['db'],
      resolve: () => end('COMMIT'),
      reject: () => end('ROLLBACK'),
    }
    return id
  },
  // Ended here rather than through payload.db.commitTransaction, which would swallow a failed COMMIT.
  async commit(payload, id) {
    await sqliteAdapterOf(payload).sessions[id]?.resolve()
  },
  async rollback(payload, id) {
    await sqliteAdapterOf(payload).sessions[id]?.reject()
  },
}
