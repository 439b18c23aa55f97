// The committed migrations of the database in use: src/migrations (SQLite) or src/migrations-postgres.
import type { Migration } from 'payload'

import { migrations as sqliteMigrations } from '@/migrations'
import { migrations as postgresMigrations } from '@/migrations-postgres'

import { forDatabase } from './kind'

/** The migrations of the portal's database, as src/database/kind.ts answers which one it is. */
export function migrationsFor(): Migration[] {
  // Payload types a migration's arguments as `unknown`; the generated ones name the adapter's own type.
  return forDatabase<unknown>({ sqlite: sqliteMigrations, postgres: postgresMigrations }) as Migration[]
}
