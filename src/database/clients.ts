// The connections behind Payload, typed once. `payload.db` is typed as what both adapter packages declare
// about it together, which names neither's own client; these accessors name each adapter's type, so the
// rest of the portal asks here instead of casting.
import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { SQLiteAdapter } from '@payloadcms/db-sqlite'
import type { Payload, PayloadRequest } from 'payload'

export type SqliteClient = SQLiteAdapter['client']
export type PostgresPool = PostgresAdapter['pool']

/** A transaction Payload keeps for a request (`payload.db.sessions`), with what ends it. */
export type Session = SQLiteAdapter['sessions'][string] | PostgresAdapter['sessions'][string]
/** A SQLite transaction (or connection): runs statements with `run`. */
export type SqliteTransaction = Extract<Session['db'], { run: unknown }>
/** A PostgreSQL transaction: runs statements with `execute`. */
export type PostgresTransaction = Extract<Session['db'], { execute: unknown }>

export const sqliteAdapterOf = (payload: Payload): SQLiteAdapter => payload.db as unknown as SQLiteAdapter
export const postgresAdapterOf = (payload: Payload): PostgresAdapter => payload.db as unknown as PostgresAdapter

/** The libsql connection Payload's SQLite adapter reads and writes through. */
export const sqliteClientOf = (payload: Payload): SqliteClient => sqliteAdapterOf(payload).drizzle.$client

/** The pool of Payload's PostgreSQL adapter. */
export const postgresPoolOf = (payload: Payload): PostgresPool => postgresAdapterOf(payload).pool

/**
 * The transaction `req` runs in, when it has one: Payload keeps it under the id in `req.transactionID`
 * (a promise while it starts, and one of null where the database saves without transactions).
 */
export async function sessionOf(payload: Payload, req?: PayloadRequest): Promise<Session['db'] | undefined> {
  const id = req?.transactionID ? await req.transactionID : null
  return id ? (payload.db.sessions?.[String(id)] as Session | undefined)?.db : undefined
}

export const sqliteSessionOf = async (payload: Payload, req?: PayloadRequest) =>
  (await sessionOf(payload, req)) as SqliteTransaction | undefined

export const postgresSessionOf = async (payload: Payload, req?: PayloadRequest) =>
  (await sessionOf(payload, req)) as PostgresTransaction | undefined
