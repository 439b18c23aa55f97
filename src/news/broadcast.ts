// With several servers on one PostgreSQL, each keeps its own page cache: a change made through one must
// reach the others. Every expiry is announced on a PostgreSQL channel (NOTIFY); every server listens and
// expires the same tags in its own cache, at once and again 1.5 s later (the change may commit after the
// notice arrives, and a render under way may store the old rows), exactly as for its own changes.
import { randomUUID } from 'node:crypto'

import pg from 'pg'

import { databaseKind, databaseUrl } from '@/database/kind'
import { singleton } from '@/server/state'

import { TAGS } from './tags'
import { expireLater, SECOND_PASS_MS } from './tagsManifest'

const CHANNEL = 'portal_cache'
const RECONNECT_MS = 1000

type Shared = { instance: string; pool?: pg.Pool; listening?: boolean }
const shared = singleton<Shared>('Broadcast', () => ({ instance: randomUUID() }))

/** Tells the other servers which tags to expire (no-op on SQLite: one server per file). */
export function announceExpiry(tags: string[]): void {
  const url = databaseUrl()
  if (databaseKind(url) !== 'postgres') return
  shared.pool ??= new pg.Pool({ connectionString: url, max: 1 })
  shared.pool
    .query('SELECT pg_notify($1, $2)', [CHANNEL, JSON.stringify({ from: shared.instance, tags })])
    .catch((error: unknown) => console.error('Could not announce a cache expiry to the other servers.', error))
}

/** Passes after a notice: the sender announces before its transaction commits, so later ones catch up. */
const PASSES_MS = [0, SECOND_PASS_MS, 5000]

const expireHere = (tags: string[]) => expireLater(tags, PASSES_MS)

/**
 * Listens for the other servers' expiries, on a connection of its own, for as long as the process runs.
 * After a lost connection everything is expired: notices sent meanwhile are gone.
 */
export function listenForExpiries(log: (message: string) => void): void {
  const url = databaseUrl()
  if (databaseKind(url) !== 'postgres' || shared.listening) return
  shared.listening = true
  const connect = async (afterLoss: boolean): Promise<void> => {
    const client = new pg.Client({ connectionString: url, keepAlive: true })
    let retrying = false
    const retry = () => {
      if (retrying) return
      retrying = true
      client.removeAllListeners('notification')
      void client.end().catch(() => undefined)
      setTimeout(() => void connect(true), RECONNECT_MS).unref()
    }
    client.on('error', (error) => {
      log(`Cache-expiry listener lost its connection (${error.message}); reconnecting.`)
      retry()
    })
    client.on('notification', (message) => {
      try {
        const { from, tags } = JSON.parse(message.payload ?? '{}') as { from?: string; tags?: string[] }
        if (from !== shared.instance && Array.isArray(tags)) expireHere(tags.filter((tag) => typeof tag === 'string'))
      } catch {
        // Not one of ours: ignore.
      }
    })
    try {
      await client.connect()
      await client.query(`LISTEN ${CHANNEL}`)
      if (afterLoss) expireHere([TAGS.articles, TAGS.site])
    } catch (error) {
      log(`Cache-expiry listener could not connect (${String(error)}); retrying.`)
      retry()
    }
  }
  void connect(false)
}
