// The database the portal runs on: SQLite in a local file by default, PostgreSQL when DATABASE_URI says
// postgres:// (for more than one server). Each has its own committed migrations.
import path from 'node:path'

import { postgresAdapter } from '@payloadcms/db-postgres'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { Config, DatabaseAdapterObj } from 'payload'

import { databaseUrl, usesPostgres } from '@/env'

import { prepareSqliteFile } from './dataFolder'

/** `root`: the project folder (where payload.config.ts is), under which each database's migrations live. */
export function databaseAdapter(root: string): Config['db'] {
  const url = databaseUrl()
  if (usesPostgres(url)) {
    return withoutStrayRejection(
      postgresAdapter({
        pool: { connectionString: url, max: Number(process.env.DATABASE_POOL_SIZE ?? 10) },
        migrationDir: path.join(root, 'src', 'migrations-postgres'),
        // Schema changes go through committed migrations only, in every environment.
        push: false,
      }),
    )
  }
  const sqlite = withoutStrayRejection(
    sqliteAdapter({
      client: { url },
      migrationDir: path.join(root, 'src', 'migrations'),
      push: false,
      wal: true,
      busyTimeout: 5000,
    }),
  )
  // libsql would create the file (and SQLite its -wal and -shm, with the same mode) readable by everyone on
  // the machine: the file is made 0600 first, when Payload starts rather than when the config is imported.
  if (!url.startsWith('file:')) return sqlite
  return {
    ...sqlite,
    init: (args) => {
      prepareSqliteFile(url.replace(/^file:/, ''))
      return sqlite.init(args)
    },
  }
}

/**
 * When the database cannot be reached, Payload's adapters throw (and log) the connect error, and also reject
 * an `initializing` promise that nothing in Payload awaits. Left alone, that second rejection is reported as
 * unhandled (and ends a plain Node process) on top of the error already dealt with, e.g. by /api/suc-khoe.
 */
function withoutStrayRejection(result: DatabaseAdapterObj): DatabaseAdapterObj {
  return {
    ...result,
    init: (args) => {
      const adapter = result.init(args)
      const { initializing } = adapter as { initializing?: Promise<void> }
      initializing?.catch(() => undefined)
      return adapter
    },
  }
}
