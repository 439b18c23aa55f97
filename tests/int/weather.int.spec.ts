// The weather line against a local stand-in for Open-Meteo that the test starts: up, down and slow.
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

import type { Payload } from 'payload'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { getWeatherLine, refreshWeather, resetWeather, weatherSettings } from '@/weather'

import { testPayload } from '../helpers/payload'

type Mode = 'up' | 'down' | 'slow'
let mode: Mode = 'up'
let requests: string[] = []
let server: Server
let payload: Payload

beforeAll(async () => {
  payload = await testPayload()
  server = createServer((request, response) => {
    requests.push(request.url ?? '')
    if (mode === 'down') {
      response.writeHead(503).end()
      return
    }
    const answer = () =>
      response
        .writeHead(200, { 'content-type': 'application/json' })
        .end(JSON.stringify({ daily: { temperature_2m_min: [26.6], temperature_2m_max: [29.2] } }))
    if (mode === 'slow') setTimeout(answer, 5000)
    else answer()
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  process.env.WEATHER_API_URL = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})

afterAll(() => {
  server.closeAllConnections()
  server.close()
})

beforeEach(async () => {
  await resetWeather()
  requests = []
  mode = 'up'
})

describe('the weather line', () => {
  it("shows today's rounded min and max for Lào Cai from the feed", async () => {
    expect(await getWeatherLine()).toBeNull() // nothing known yet: the line hides, the page does not wait
    await refreshWeather(await weatherSettings())
    expect(await getWeatherLine()).toEqual({ place: 'Lào Cai', min: 27, max: 29 })
    expect(requests[0]).toContain('daily=temperature_2m_min%2Ctemperature_2m_max')
    expect(requests[0]).toContain('timezone=Asia%2FHo_Chi_Minh')
  })

  it('keeps the last known figures when the feed is down', async () => {
    await refreshWeather(await weatherSettings())
    mode = 'down'
    await refreshWeather(await weatherSettings())
    expect(await getWeatherLine()).toEqual({ place: 'Lào Cai', min: 27, max: 29 })
  })

  it('never waits for a slow feed: it answers at once, and the fetch gives up after 3 s', async () => {
    mode = 'slow'
    const started = Date.now()
    expect(await getWeatherLine()).toBeNull()
    expect(Date.now() - started).toBeLessThan(1000)
    const settings = await weatherSettings()
    const attempt = Date.now()
    await refreshWeather(settings)
    expect(Date.now() - attempt).toBeLessThan(4500)
    expect(await getWeatherLine()).toBeNull()
  }, 15_000)

  it('uses the figures staff type when they switch the feed off, at once', async () => {
    await weatherSettings() // the settings as they were are now remembered (for a minute)
    await payload.updateGlobal({ slug: 'weather', data: { useFeed: false, manualMin: 18, manualMax: 24, place: 'Sa Pa' } })
    expect(await getWeatherLine()).toEqual({ place: 'Sa Pa', min: 18, max: 24 })
    expect(requests).toEqual([])
    await payload.updateGlobal({ slug: 'weather', data: { useFeed: true, place: 'Lào Cai' } })
    expect((await weatherSettings()).useFeed).toBe(true)
  })
})
