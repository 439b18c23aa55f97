// Backups of the portal's data: an online, consistent copy of the SQLite database (VACUUM INTO, which
// reads one snapshot while the site keeps serving and counting; never a file copy of a live database)
// and a copy of the uploads. Restore checks a backup's integrity before it replaces anything.
import { cpSync, existsSync, mkdirSync, renameSync, rmSync } from 'node:fs'
import path from 'node:path'

import Database from 'libsql'

export type BackupResult = { dir: string; database: string; media: string | null }

const fileOf = (databaseUrl: string) => databaseUrl.replace(/^file:/, '')

export function backup({ databaseUrl, mediaDir, into }: { databaseUrl: string; mediaDir: string; into: string }): BackupResult {
  const stamp = new Date().toISOString().replace(/[:.]/g, '-')
  const dir = path.join(into, `portal-${stamp}`)
  mkdirSync(dir, { recursive: true })
  const database = path.join(dir, 'portal.db')
  const db = new Database(fileOf(databaseUrl))
  try {
    db.exec('PRAGMA busy_timeout = 5000')
    db.prepare('VACUUM INTO ?').run([database])
  } finally {
    db.close()
  }
  let media: string | null = null
  if (existsSync(mediaDir)) {
    media = path.join(dir, 'media')
    cpSync(mediaDir, media, { recursive: true })
  }
  return { dir, database, media }
}

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

/** Puts a backup back in place. Stop the server first: the database file is replaced, not merged. */
export function restore({ from, databaseUrl, mediaDir }: { from: string; databaseUrl: string; mediaDir: string }): void {
  const database = path.join(from, 'portal.db')
  const integrity = integrityOf(database)
  if (integrity !== 'ok') throw new Error(`Bản sao lưu hỏng hoặc không phải cơ sở dữ liệu (${integrity}); không khôi phục gì.`)
  const target = fileOf(databaseUrl)
  mkdirSync(path.dirname(target), { recursive: true })
  const incoming = `${target}.restoring`
  cpSync(database, incoming)
  for (const suffix of ['-wal', '-shm']) rmSync(`${target}${suffix}`, { force: true })
  renameSync(incoming, target)
  const media = path.join(from, 'media')
  if (existsSync(media)) {
    rmSync(mediaDir, { recursive: true, force: true })
    cpSync(media, mediaDir, { recursive: true })
  }
}
