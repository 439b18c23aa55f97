import { catalogFile } from '@/opendata/routes'

export const dynamic = 'force-dynamic'

export function GET(): Promise<Response> {
  return catalogFile()
}
