// Small attacks on the public surface: what a failing health check tells strangers, what a stored rich-text
// document can put on a page, and who can read the data folder.
import { randomBytes } from 'node:crypto'

import { afterEach, describe, expect, it, vi } from 'vitest'

import { onPostgres } from '../helpers/sql'

/** The test server with a role it does not know: PostgreSQL answers `role "…" does not exist`. */
function unknownRole(name: string): string {
  const url = new URL(process.env.TEST_POSTGRES_URL!)
  url.username = name
  url.password = 'mat_khau'
  url.pathname = `/${name}`
  return url.toString()
}

describe('health check with the database down', () => {
  afterEach(() => {
    vi.restoreAllMocks()
  })

  it('tells an anonymous caller the state only, and logs the error on the server', async () => {
    // A real failure, set up before the config is first imported: a database that refuses us, whose file or
    // user name is exactly what must not leak (SQLite's error names the file, PostgreSQL's the role).
    const secretName = `bi_mat_${randomBytes(4).toString('hex')}`
    process.env.DATABASE_URI = onPostgres() ? unknownRole(secretName) : `file:/${secretName}/khong-co-thu-muc/portal.db`
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined)

    const { GET } = await import('@/app/(frontend)/api/suc-khoe/route')
    const response = await GET()

    expect(response.status).toBe(503)
    expect(response.headers.get('Cache-Control')).toBe('no-store')
    const text = await response.text()
    expect(JSON.parse(text)).toEqual({ status: 'error', database: 'unreachable' })
    expect(text).not.toMatch(/error:|sqlite|postgres|127\.0\.0\.1|ECONNREFUSED/i)
    expect(text).not.toContain(secretName)
    // The details are not lost: the server's log has them.
    expect(logged).toHaveBeenCalled()
    expect(logged.mock.calls.flat().some((arg) => arg instanceof Error)).toBe(true)
  })
})
