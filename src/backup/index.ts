// Backups of the portal's data: an online, consistent copy of the database (./sqlite.ts or ./postgres.ts,
// picked for the URL given) and a copy of the uploads. Restore checks a backup before it replaces anything.
// Everything written is for the portal's user only (folders 0700, files 0600): a backup holds password hashes
// and sessions.
import { chmodSync, cpSync, existsSync, rmSync } from 'node:fs'
import path from 'node:path'

import { makePrivateDir, ownFile, PRIVATE_FILE, restrictTree } from '@/database/dataFolder'
import { forDatabase } from '@/database/kind'

import type { DatabaseBackup } from './databaseBackup'
import { postgresBackup } from './postgres'
import { sqliteBackup } from './sqlite'

export { integrityOf } from './sqlite'

export type BackupResult = { dir: string; database: string; media: string | null }

const databaseBackup = (databaseUrl: string): DatabaseBackup => forDatabase({ sqlite: sqliteBackup, postgres: postgresBackup }, databaseUrl)

export function backup({ databaseUrl, mediaDir, into }: { databaseUrl: string; mediaDir: string; into: string }): BackupResult {
  const stamp = new Date().toISOString().replace(/[:.]/g, '-')
  const dir = path.join(into, `portal-${stamp}`)
  makePrivateDir(dir)
  const copier = databaseBackup(databaseUrl)
  const database = path.join(dir, copier.fileName)
  // Made 0600 before anything writes into it: both tools keep an existing file's mode.
  ownFile(database)
  copier.copy(databaseUrl, database)
  chmodSync(database, PRIVATE_FILE)
  let media: string | null = null
  if (existsSync(mediaDir)) {
    media = path.join(dir, 'media')
    cpSync(mediaDir, media, { recursive: true })
    restrictTree(media)
  }
  return { dir, database, media }
}

/** Puts a backup back in place. Stop the server first: the database is replaced, not merged. */
export function restore({ from, databaseUrl, mediaDir }: { from: string; databaseUrl: string; mediaDir: string }): void {
  const copier = databaseBackup(databaseUrl)
  copier.restore(path.join(from, copier.fileName), databaseUrl)
  const media = path.join(from, 'media')
  if (existsSync(media)) {
    rmSync(mediaDir, { recursive: true, force: true })
    makePrivateDir(path.dirname(mediaDir))
    cpSync(media, mediaDir, { recursive: true })
    // A backup made before modes were set carries its files' old, readable modes.
    restrictTree(mediaDir)
  }
}
