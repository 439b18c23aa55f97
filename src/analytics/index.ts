// The one counter of this server process, shared by the beacon route and the pages that show figures.
// A process singleton (src/server/state.ts): Next bundles route handlers and pages separately.
import configPromise from '@payload-config'
import { getPayload } from 'payload'

import { databaseKind, databaseUrl } from '@/database/kind'
import { onShutdown } from '@/server/shutdown'
import { peekSingleton, setSingleton } from '@/server/state'

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

/** The counters' store for the database in use. */
export function openCounterStore(): CounterStore {
  const url = databaseUrl()
  return databaseKind(url) === 'postgres' ? new PostgresCounterStore(url) : new SqliteCounterStore(url)
}

export function getCounter(): Promise<Counter> {
  const existing = peekSingleton<Shared>('Counter')
  if (existing) return existing.counter
  const counter = Counter.open({ store: openCounterStore() })
  // A database that is down at the first request must not leave a failed counter for the process's life.
  counter.catch(() => {
    if (peekSingleton<Shared>('Counter')?.counter === counter) setSingleton('Counter', undefined)
  })
  // The server awaits the last flush before it exits (src/server). On SQLite the flush also runs inside
  // 'exit', for processes that end by process.exit() alone: its writes finish as they are called.
  onShutdown(async () => (await counter).stop())
  void counter.then((opened) => process.on('exit', () => void opened.stop()))
  setSingleton<Shared>('Counter', { counter })
  return counter
}

/** The admins' settings, re-read at most every 30 seconds. */
export async function counterSettings(): Promise<CounterSettingsValues> {
  const counter = await getCounter()
  const shared = peekSingleton<Shared>('Counter')!
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
