// The weather line "Lào Cai 27° - 29°". Never makes a page wait: it answers from memory at once and
// refreshes from the feed in the background at most every 30 minutes; when the feed is down or slow
// (3 s) the last known figures stay, and with none the line is simply not shown.
import configPromise from '@payload-config'
import { getPayload } from 'payload'

import { singleton } from '@/server/state'

import { fetchDailyRange } from './openMeteo'
import type { Settings, WeatherState } from './state'

export type WeatherLine = { place: string; min: number; max: number }

const REFRESH_MS = 30 * 60 * 1000
const SETTINGS_MS = 60 * 1000

const state = singleton<WeatherState>('Weather', () => ({}))

async function settings(): Promise<Settings> {
  if (state.settings && Date.now() - state.settings.at < SETTINGS_MS) return state.settings.value
  const payload = await getPayload({ config: configPromise })
  const global = await payload.findGlobal({ slug: 'weather', depth: 0 })
  const value: Settings = {
    place: global.place || 'Lào Cai',
    useFeed: global.useFeed ?? true,
    latitude: global.latitude ?? 22.4856,
    longitude: global.longitude ?? 103.9707,
    manual: global.manualMin != null && global.manualMax != null ? { min: global.manualMin, max: global.manualMax } : null,
  }
  state.settings = { value, at: Date.now() }
  return value
}

/** Fetches today's figures now (at most one fetch at a time); keeps the last known ones on failure. */
export function refreshWeather(current: Settings): Promise<void> {
  state.refreshing ??= (async () => {
    state.lastAttemptAt = Date.now()
    try {
      const range = await fetchDailyRange({ latitude: current.latitude, longitude: current.longitude })
      state.last = { range, at: Date.now(), key: `${current.latitude},${current.longitude}` }
    } catch {
      // Down or slow: the last known figures stay until the next attempt.
    } finally {
      state.refreshing = undefined
    }
  })()
  return state.refreshing
}

/** The line as it can be shown right now, without waiting for the network. */
export async function getWeatherLine(): Promise<WeatherLine | null> {
  const current = await settings()
  if (!current.useFeed) return current.manual ? { place: current.place, ...current.manual } : null
  const key = `${current.latitude},${current.longitude}`
  const last = state.last?.key === key ? state.last : undefined
  const due = !last || Date.now() - last.at > REFRESH_MS
  const recentlyTried = state.lastAttemptAt !== undefined && Date.now() - state.lastAttemptAt < 60_000 && last !== undefined
  if (due && !recentlyTried) void refreshWeather(current)
  return last ? { place: current.place, ...last.range } : null
}

/** For tests: let a fetch under way finish (it would land in the next test), then forget what is cached. */
export async function resetWeather(): Promise<void> {
  await state.refreshing
  Object.assign(state, { settings: undefined, last: undefined, refreshing: undefined, lastAttemptAt: undefined })
}

export { settings as weatherSettings }
