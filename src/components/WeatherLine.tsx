'use client'
// "Lào Cai 27° - 29°": fetched after the page is shown, so a cached page always has today's figures
// and never waits for them; hidden when there are none.
import { useEffect, useState } from 'react'

type Line = { place: string; min: number; max: number }

export function WeatherLine() {
  const [line, setLine] = useState<Line | null>(null)
  useEffect(() => {
    fetch('/api/thoi-tiet')
      .then((response) => (response.status === 200 ? (response.json() as Promise<Line>) : null))
      .then(setLine)
      .catch(() => setLine(null))
  }, [])
  if (!line) return null
  return (
    <p className="weather-line" aria-label={`Thời tiết ${line.place} hôm nay: thấp nhất ${line.min} độ, cao nhất ${line.max} độ C`}>
      {line.place} {line.min}° - {line.max}°
    </p>
  )
}
