// Backups of a SQLite database: VACUUM INTO, which reads one snapshot while the site keeps serving and
// counting (never a file copy of a live database); restored only after PRAGMA integrity_check says ok.
import { chmodSync, cpSync, existsSync, renameSync, rmSync } from 'node:fs'
import path from 'node:path'

import Database from 'libsql'

import { makePrivateDir, PRIVATE_FILE } from '@/database/dataFolder'

import { type DatabaseBackup, refused } from './databaseBackup'

const fileOf = (databaseUrl: string) => databaseUrl.replace(/^file:/, '')

/** "ok", or what SQLite found wrong with the file (also for a file that is not a database at all). */
export function integrityOf(file: string): string {
  if (!existsSync(file)) return `không có tệp ${file}`
  try {
    const db = new Database(file)
    try {
      const rows = db.prepare('PRAGMA integrity_check').all([]) as Array<{ integrity_check: string }>
      return rows.map((row) => row.integrity_check).join('; ')
    } finally {
      db.close()
    }
  } catch (error) {
    return error instanceof Error ? error.message : String(error)
  }
}

export const sqliteBackup: DatabaseBackup = {
  fileName: 'portal.db',

  copy(databaseUrl, file) {
    // VACUUM INTO writes into an empty file (made 0600 by the caller), and keeps its mode.
    const db = new Database(fileOf(databaseUrl))
    try {
      db.exec('PRAGMA busy_timeout = 5000')
      db.prepare('VACUUM INTO ?').run([file])
    } finally {
      db.close()
    }
    // The counters' daily salt stays behind: with it a copy could match visitor hashes to addresses.
    // secure_delete overwrites its pages, so the bytes are not left in the file's free space.
    const copy = new Database(file)
    try {
      copy.exec('PRAGMA secure_delete = ON; DELETE FROM counter_salts;')
    } finally {
      copy.close()
    }
  },

  restore(file, databaseUrl) {
    const integrity = integrityOf(file)
    if (integrity !== 'ok') throw refused(integrity)
    const target = fileOf(databaseUrl)
    makePrivateDir(path.dirname(target))
    const incoming = `${target}.restoring`
    cpSync(file, incoming)
    chmodSync(incoming, PRIVATE_FILE)
    for (const suffix of ['-wal', '-shm']) rmSync(`${target}${suffix}`, { force: true })
    renameSync(incoming, target)
  },
}
