// The one counter of this server process, shared by the beacon route and the pages that show figures.
// Kept on globalThis because Next bundles route handlers and pages separately (each would get its own).
import configPromise from '@payload-config'
import { getPayload } from 'payload'

import { databaseUrl } from '@/env'

import { Counter } from './counter'
import { CounterStore } from './store'

export type CounterSettingsValues = { dedupeMinutes: number; countStaff: boolean; startingTotal: number }

const SETTINGS_TTL_MS = 30_000

type Shared = {
  counter: Counter
  settings?: { values: CounterSettingsValues; readAt: number }
}

const globalForCounter = globalThis as typeof globalThis & { __portalCounter?: Shared }

export function getCounter(): Counter {
  if (!globalForCounter.__portalCounter) {
    const counter = new Counter({ store: new CounterStore(databaseUrl()) })
    // Next exits on SIGTERM after in-flight requests finish; the flush runs synchronously on the way out.
    process.on('exit', () => counter.stop())
    globalForCounter.__portalCounter = { counter }
  }
  return globalForCounter.__portalCounter.counter
}

/** The admins' settings, re-read at most every 30 seconds. */
export async function counterSettings(): Promise<CounterSettingsValues> {
  getCounter()
  const shared = globalForCounter.__portalCounter!
  if (shared.settings && Date.now() - shared.settings.readAt < SETTINGS_TTL_MS) return shared.settings.values
  const payload = await getPayload({ config: configPromise })
  const global = await payload.findGlobal({ slug: 'counter-settings', depth: 0 })
  const values = {
    dedupeMinutes: global.dedupeMinutes ?? 30,
    countStaff: global.countStaff ?? false,
    startingTotal: global.startingTotal ?? 0,
  }
  shared.counter.setDedupeMinutes(values.dedupeMinutes)
  shared.settings = { values, readAt: Date.now() }
  return values
}
