// Scheduled jobs (publishing at a set time) must run once, however many servers share the database.
// Payload 3.90 claims a job with a plain read then update, so two servers whose crons fire in the same
// second both run it. On PostgreSQL one server holds an advisory lock on a connection of its own and is
// the only one that runs jobs; if it goes away, its lock goes with its connection and another takes over
// at its next tick. A SQLite file has one server, which always runs them.
import pg from 'pg'

import { databaseKind, databaseUrl } from '@/database/kind'
import { singleton } from '@/server/state'

/** Any constant the portal's servers agree on. */
const LOCK_KEY = 727_001

type Shared = { client?: pg.Client; leader: boolean }
const shared = singleton<Shared>('JobLeader', () => ({ leader: false }))

export async function runsScheduledJobs(): Promise<boolean> {
  const url = databaseUrl()
  if (databaseKind(url) !== 'postgres') return true
  try {
    // The leader checks at each tick that its connection (and so its lock) is still there.
    if (shared.leader && shared.client) {
      await shared.client.query('SELECT 1')
      return true
    }
    if (!shared.client) {
      const client = new pg.Client({ connectionString: url, keepAlive: true })
      client.on('error', () => {
        // The lock went with the connection: try again from scratch at the next tick.
        shared.client = undefined
        shared.leader = false
      })
      await client.connect()
      shared.client = client
    }
    const { rows } = await shared.client.query<{ ok: boolean }>('SELECT pg_try_advisory_lock($1) AS ok', [LOCK_KEY])
    shared.leader = rows[0]?.ok === true
  } catch {
    void shared.client?.end().catch(() => undefined)
    shared.client = undefined
    shared.leader = false
  }
  return shared.leader
}
