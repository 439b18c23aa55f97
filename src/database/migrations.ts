// The committed migrations of the database in use: src/migrations (SQLite) or src/migrations-postgres.
import type { Migration, Payload } from 'payload'

import { migrations as sqliteMigrations } from '@/migrations'
import { migrations as postgresMigrations } from '@/migrations-postgres'

import { forDatabase } from './kind'

/** `payload` is the instance about to migrate; which database it runs on is the portal's (src/database/kind.ts). */
export function migrationsFor(_payload?: Payload): Migration[] {
  // Payload types a migration's arguments as `unknown`; the generated ones name the adapter's own type.
  return forDatabase<unknown>({ sqlite: sqliteMigrations, postgres: postgresMigrations }) as Migration[]
}
