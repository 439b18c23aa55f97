import { getWeatherLine } from '@/weather'

/** GET /api/thoi-tiet: today's line for the header, or 204 when there is none to show. Never waits on the feed. */
export async function GET(): Promise<Response> {
  const line = await getWeatherLine()
  if (!line) return new Response(null, { status: 204, headers: { 'Cache-Control': 'no-store' } })
  return Response.json(line, { headers: { 'Cache-Control': 'public, max-age=300' } })
}
