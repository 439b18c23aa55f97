// Which database the portal runs on, answered in one place and from the URL alone, so that scripts and the
// server can ask before Payload starts: SQLite in a local file unless DATABASE_URI names PostgreSQL. Every
// capability with one module per database (search, backup, counters, transactions) picks it through here.
import path from 'node:path'

export type DatabaseKind = 'sqlite' | 'postgres'

/** The database: a SQLite file URL (`./data/portal.db` unless DATABASE_URI says otherwise) or a PostgreSQL URL. */
export function databaseUrl(): string {
  const configured = process.env.DATABASE_URI
  if (configured) return configured
  return `file:${path.resolve(process.cwd(), 'data', 'portal.db')}`
}

/** `postgres` for a `postgres://` or `postgresql://` URL; anything else is a SQLite file. */
export function databaseKind(url = databaseUrl()): DatabaseKind {
  return /^postgres(ql)?:\/\//.test(url) ? 'postgres' : 'sqlite'
}

/** The one of `choices` made for the database at `url` (the portal's own by default). */
export function forDatabase<T>(choices: Record<DatabaseKind, T>, url?: string): T {
  return choices[databaseKind(url)]
}
