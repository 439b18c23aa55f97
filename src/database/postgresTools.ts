// PostgreSQL's own programs (pg_dump, pg_restore, initdb, pg_ctl), for backups and the tests' server.
import { existsSync, readdirSync } from 'node:fs'
import path from 'node:path'

/** A program of the newest installed server, e.g. /usr/lib/postgresql/15/bin/pg_dump; null when none. */
export function postgresProgram(name: string): string | null {
  const base = '/usr/lib/postgresql'
  if (!existsSync(base)) return null
  const versions = readdirSync(base).sort((a, b) => Number(b) - Number(a))
  return versions.map((version) => path.join(base, version, 'bin', name)).find((file) => existsSync(file)) ?? null
}

/** A postgres:// URL as the PG* variables libpq reads, so no password appears on a command line. */
export function connectionEnv(databaseUrl: string): Record<string, string> {
  const url = new URL(databaseUrl)
  const env: Record<string, string> = {
    PGHOST: url.hostname,
    PGPORT: url.port || '5432',
    PGDATABASE: decodeURIComponent(url.pathname.replace(/^\//, '')),
  }
  if (url.username) env.PGUSER = decodeURIComponent(url.username)
  if (url.password) env.PGPASSWORD = decodeURIComponent(url.password)
  const sslmode = url.searchParams.get('sslmode')
  if (sslmode) env.PGSSLMODE = sslmode
  return env
}
