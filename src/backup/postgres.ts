// Backups of a PostgreSQL database: pg_dump, one snapshot while the site serves; restored with pg_restore
// in one transaction, after pg_restore has read the whole archive's table of contents.
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'

import { connectionEnv, postgresProgram } from '@/database/postgresTools'

import { type DatabaseBackup, refused } from './databaseBackup'

/**
 * Runs pg_dump or pg_restore of the newest installed server (they must not be older than the server).
 * The connection goes through PG* variables, not the command line, where `ps` would show the password.
 */
function runTool(name: 'pg_dump' | 'pg_restore', args: string[], databaseUrl?: string): string {
  const env = { ...process.env, ...(databaseUrl ? connectionEnv(databaseUrl) : {}) }
  const result = spawnSync(postgresProgram(name) ?? name, args, { encoding: 'utf8', env })
  if (result.error) throw new Error(`Không chạy được ${name}: ${result.error.message}`)
  if (result.status !== 0) throw new Error(`${name} báo lỗi: ${result.stderr.trim().split('\n').slice(-3).join(' ')}`)
  return result.stdout
}

export const postgresBackup: DatabaseBackup = {
  fileName: 'portal.dump',

  copy(databaseUrl, file) {
    // The file is made 0600 by the caller before pg_dump writes into it (it keeps an existing file's mode).
    // The counters' daily salt stays behind: with it a copy could match visitor hashes to addresses.
    runTool('pg_dump', ['--format=custom', '--no-owner', '--exclude-table-data=counter_salts', `--file=${file}`], databaseUrl)
  },

  /** A damaged archive is refused before any change. */
  restore(file, databaseUrl) {
    if (!existsSync(file)) throw refused(`không có tệp ${file}`)
    try {
      runTool('pg_restore', ['--list', file])
    } catch (error) {
      throw refused(error instanceof Error ? error.message : String(error))
    }
    const { PGDATABASE: database = '' } = connectionEnv(databaseUrl)
    runTool('pg_restore', ['--clean', '--if-exists', '--no-owner', '--single-transaction', `--dbname=${database}`, file], databaseUrl)
  },
}
