// What the weather line keeps in this process: the staff's settings (read at most once a minute) and the
// feed's last figures. Apart from ./index.ts so that the Weather global's hook can forget the settings
// without importing the Payload config it belongs to.
import { peekSingleton } from '@/server/state'

import type { DailyRange } from './openMeteo'

export type Settings = { place: string; useFeed: boolean; latitude: number; longitude: number; manual: DailyRange | null }

export type WeatherState = {
  settings?: { value: Settings; at: number }
  last?: { range: DailyRange; at: number; key: string }
  refreshing?: Promise<void>
  lastAttemptAt?: number
}

/** After staff save the Weather global: the line follows at once, not within the minute. */
export function forgetWeatherSettings(): void {
  const state = peekSingleton<WeatherState>('Weather')
  if (state) state.settings = undefined
}
