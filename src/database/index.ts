// The database the portal runs on: SQLite in a local file by default, PostgreSQL when DATABASE_URI says
// postgres:// (for more than one server). Each has its own committed migrations.
import path from 'node:path'

import { postgresAdapter } from '@payloadcms/db-postgres'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { Config } from 'payload'

import { databaseUrl, usesPostgres } from '@/env'

/** `root`: the project folder (where payload.config.ts is), under which each database's migrations live. */
export function databaseAdapter(root: string): Config['db'] {
  const url = databaseUrl()
  if (usesPostgres(url)) {
    return postgresAdapter({
      pool: { connectionString: url, max: Number(process.env.DATABASE_POOL_SIZE ?? 10) },
      migrationDir: path.join(root, 'src', 'migrations-postgres'),
      // Schema changes go through committed migrations only, in every environment.
      push: false,
    })
  }
  return sqliteAdapter({
    client: { url },
    migrationDir: path.join(root, 'src', 'migrations'),
    push: false,
    wal: true,
    busyTimeout: 5000,
  })
}
