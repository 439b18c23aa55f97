// Backups of the portal's data: an online, consistent copy of the database and a copy of the uploads.
// SQLite: VACUUM INTO, which reads one snapshot while the site keeps serving and counting (never a file
// copy of a live database). PostgreSQL: pg_dump, one snapshot too. Restore checks a backup before it
// replaces anything. Everything written is for the portal's user only (folders 0700, files 0600): a backup holds
// password hashes and sessions.
import { spawnSync } from 'node:child_process'
import { chmodSync, cpSync, existsSync, renameSync, rmSync } from 'node:fs'
import path from 'node:path'

import Database from 'libsql'

import { makePrivateDir, ownFile, PRIVATE_FILE, restrictTree } from '@/database/dataFolder'
import { connectionEnv, postgresProgram } from '@/database/postgresTools'
import { usesPostgres } from '@/env'

export type BackupResult = { dir: string; database: string; media: string | null }

const fileOf = (databaseUrl: string) => databaseUrl.replace(/^file:/, '')

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

export function backup({ databaseUrl, mediaDir, into }: { databaseUrl: string; mediaDir: string; into: string }): BackupResult {
  const stamp = new Date().toISOString().replace(/[:.]/g, '-')
  const dir = path.join(into, `portal-${stamp}`)
  makePrivateDir(dir)
  let database: string
  if (usesPostgres(databaseUrl)) {
    database = path.join(dir, 'portal.dump')
    // Made 0600 before pg_dump writes into it (it keeps an existing file's mode).
    ownFile(database)
    // The counters' daily salt stays behind: with it a copy could match visitor hashes to addresses.
    runTool('pg_dump', ['--format=custom', '--no-owner', '--exclude-table-data=counter_salts', `--file=${database}`], databaseUrl)
  } else {
    database = path.join(dir, 'portal.db')
    // VACUUM INTO writes into an empty file, and keeps its mode.
    ownFile(database)
    const db = new Database(fileOf(databaseUrl))
    try {
      db.exec('PRAGMA busy_timeout = 5000')
      db.prepare('VACUUM INTO ?').run([database])
    } finally {
      db.close()
    }
    // The counters' daily salt stays behind: with it a copy could match visitor hashes to addresses.
    // secure_delete overwrites its pages, so the bytes are not left in the file's free space.
    const copy = new Database(database)
    try {
      copy.exec('PRAGMA secure_delete = ON; DELETE FROM counter_salts;')
    } finally {
      copy.close()
    }
  }
  chmodSync(database, PRIVATE_FILE)
  let media: string | null = null
  if (existsSync(mediaDir)) {
    media = path.join(dir, 'media')
    cpSync(mediaDir, media, { recursive: true })
    restrictTree(media)
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

/** Puts a backup back in place. Stop the server first: the database is replaced, not merged. */
export function restore({ from, databaseUrl, mediaDir }: { from: string; databaseUrl: string; mediaDir: string }): void {
  if (usesPostgres(databaseUrl)) restorePostgres(path.join(from, 'portal.dump'), databaseUrl)
  else restoreSqlite(path.join(from, 'portal.db'), databaseUrl)
  const media = path.join(from, 'media')
  if (existsSync(media)) {
    rmSync(mediaDir, { recursive: true, force: true })
    makePrivateDir(path.dirname(mediaDir))
    cpSync(media, mediaDir, { recursive: true })
    // A backup made before modes were set carries its files' old, readable modes.
    restrictTree(mediaDir)
  }
}

const refused = (why: string) => new Error(`Bản sao lưu hỏng hoặc không phải cơ sở dữ liệu (${why}); không khôi phục gì.`)

function restoreSqlite(database: string, databaseUrl: string): void {
  const integrity = integrityOf(database)
  if (integrity !== 'ok') throw refused(integrity)
  const target = fileOf(databaseUrl)
  makePrivateDir(path.dirname(target))
  const incoming = `${target}.restoring`
  cpSync(database, incoming)
  chmodSync(incoming, PRIVATE_FILE)
  for (const suffix of ['-wal', '-shm']) rmSync(`${target}${suffix}`, { force: true })
  renameSync(incoming, target)
}

/** pg_restore reads the whole archive's table of contents first: a damaged file is refused before any change. */
function restorePostgres(dump: string, databaseUrl: string): void {
  if (!existsSync(dump)) throw refused(`không có tệp ${dump}`)
  try {
    runTool('pg_restore', ['--list', dump])
  } catch (error) {
    throw refused(error instanceof Error ? error.message : String(error))
  }
  const { PGDATABASE: database = '' } = connectionEnv(databaseUrl)
  runTool('pg_restore', ['--clean', '--if-exists', '--no-owner', '--single-transaction', `--dbname=${database}`, dump], databaseUrl)
}
