// Today's minimum and maximum temperature from Open-Meteo's forecast API (no key needed).
export type DailyRange = { min: number; max: number }

export const OPEN_METEO_URL = 'https://api.open-meteo.com'

export async function fetchDailyRange({
  baseUrl = process.env.WEATHER_API_URL ?? OPEN_METEO_URL,
  latitude,
  longitude,
  timeoutMs = 3000,
}: {
  baseUrl?: string
  latitude: number
  longitude: number
  timeoutMs?: number
}): Promise<DailyRange> {
  const url = new URL('/v1/forecast', baseUrl)
  url.search = new URLSearchParams({
    latitude: String(latitude),
    longitude: String(longitude),
    daily: 'temperature_2m_min,temperature_2m_max',
    timezone: 'Asia/Ho_Chi_Minh',
    forecast_days: '1',
  }).toString()
  const response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs), cache: 'no-store' })
  if (!response.ok) throw new Error(`Open-Meteo answered ${response.status}`)
  const body = (await response.json()) as { daily?: { temperature_2m_min?: number[]; temperature_2m_max?: number[] } }
  const min = body.daily?.temperature_2m_min?.[0]
  const max = body.daily?.temperature_2m_max?.[0]
  if (typeof min !== 'number' || typeof max !== 'number') throw new Error('Open-Meteo sent no temperatures')
  return { min: Math.round(min), max: Math.round(max) }
}
