// The SQLite connection behind Payload, for tests that look at SQLite itself (query plans, the counters'
// tables). Payload's types describe whichever adapter was imported last, so the type is named here.
import type { Client } from '@libsql/client'
import type { Payload } from 'payload'

export const sqliteClient = (payload: Payload): Client => (payload.db as unknown as { drizzle: { $client: Client } }).drizzle.$client
