// The committed migrations of the database in use: src/migrations (SQLite) or src/migrations-postgres.
import type { Migration, Payload } from 'payload'

import { migrations as sqliteMigrations } from '@/migrations'
import { migrations as postgresMigrations } from '@/migrations-postgres'

export function migrationsFor(payload: Payload): Migration[] {
  // Payload types a migration's arguments as `unknown`; the generated ones name the adapter's own type.
  return (payload.db.name === 'postgres' ? postgresMigrations : sqliteMigrations) as unknown as Migration[]
}
