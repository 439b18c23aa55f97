// The one counter of this server process, shared by the beacon route and the pages that show figures.
// Kept on globalThis because Next bundles route handlers and pages separately (each would get its own).
import configPromise from '@payload-config'
import { getPayload } from 'payload'

import { databaseUrl, usesPostgres } from '@/env'
import { onShutdown } from '@/serving/shutdown'

import { Counter } from './counter'
import { PostgresCounterStore } from './postgresStore'
import { SqliteCounterStore } from './sqliteStore'
import type { CounterStore } from './store'

export type CounterSettingsValues = { dedupeMinutes: number; countStaff: boolean; startingTotal: number }

const SETTINGS_TTL_MS = 30_000

type Shared = {
  counter: Promise<Counter>
  settings?: { values: CounterSettingsValues; readAt: number }
}

const globalForCounter = globalThis as typeof globalThis & { __portalCounter?: Shared }

/** The counters' store for the database in use. */
export function openCounterStore(): CounterStore {
  const url = databaseUrl()
  return usesPostgres(url) ? new PostgresCounterStore(url) : new SqliteCounterStore(url)
}

export function getCounter(): Promise<Counter> {
  if (!globalForCounter.__portalCounter) {
    const counter = Counter.open({ store: openCounterStore() })
    // A database that is down at the first request must not leave a failed counter for the process's life.
    counter.catch(() => {
      if (globalForCounter.__portalCounter?.counter === counter) globalForCounter.__portalCounter = undefined
    })
    // The server awaits the last flush before it exits (scripts/serve.ts). On SQLite the flush also runs
    // inside 'exit', for processes that end by process.exit() alone: its writes finish as they are called.
    onShutdown(async () => (await counter).stop())
    void counter.then((opened) => process.on('exit', () => void opened.stop()))
    globalForCounter.__portalCounter = { counter }
  }
  return globalForCounter.__portalCounter.counter
}

/** The admins' settings, re-read at most every 30 seconds. */
export async function counterSettings(): Promise<CounterSettingsValues> {
  const counter = await getCounter()
  const shared = globalForCounter.__portalCounter!
  if (shared.settings && Date.now() - shared.settings.readAt < SETTINGS_TTL_MS) return shared.settings.values
  const payload = await getPayload({ config: configPromise })
  const global = await payload.findGlobal({ slug: 'counter-settings', depth: 0 })
  const values = {
    dedupeMinutes: global.dedupeMinutes ?? 30,
    countStaff: global.countStaff ?? false,
    startingTotal: global.startingTotal ?? 0,
  }
  counter.setDedupeMinutes(values.dedupeMinutes)
  shared.settings = { values, readAt: Date.now() }
  return values
}
