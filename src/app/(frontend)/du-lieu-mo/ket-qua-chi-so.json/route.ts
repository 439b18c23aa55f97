import { scoresFile } from '@/opendata/routes'

export const dynamic = 'force-dynamic'

export function GET(): Promise<Response> {
  return scoresFile('json')
}
