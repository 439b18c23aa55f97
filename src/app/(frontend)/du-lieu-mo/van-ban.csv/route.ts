import { registerFile } from '@/opendata/routes'

export const dynamic = 'force-dynamic'

export function GET(): Promise<Response> {
  return registerFile('csv')
}
