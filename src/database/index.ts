// The database the portal runs on: SQLite in a local file by default, PostgreSQL when DATABASE_URI says
// postgres:// (for more than one server). Each has its own module and its own committed migrations.
import type { Config, DatabaseAdapterObj } from 'payload'

import { databaseUrl, forDatabase } from './kind'
import { postgresDatabase } from './postgres'
import { sqliteDatabase } from './sqlite'

/** `root`: the project folder (where payload.config.ts is), under which each database's migrations live. */
export function databaseAdapter(root: string): Config['db'] {
  const url = databaseUrl()
  return withoutStrayRejection(forDatabase({ sqlite: sqliteDatabase, postgres: postgresDatabase }, url)(url, root))
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
