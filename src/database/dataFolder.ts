// The portal's data on disk is for the portal's own user only: folders 0700, files 0600, whatever the umask.
// The SQLite database holds password hashes and sessions, `.payload-secret` signs sessions, and backups are
// copies of both. Modes are set explicitly, since mkdir's and open's modes pass through the umask.
import { randomBytes } from 'node:crypto'
import { chmodSync, closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, writeSync } from 'node:fs'
import path from 'node:path'

export const PRIVATE_DIR = 0o700
export const PRIVATE_FILE = 0o600

/**
 * Creates a folder and any missing parents, each 0700. A folder that was already there keeps its mode: it may
 * be shared (a backup destination, /srv); only the portal's own data folder is tightened (`ownDir`).
 */
export function makePrivateDir(dir: string): void {
  const target = path.resolve(dir)
  const first = mkdirSync(target, { recursive: true, mode: PRIVATE_DIR })
  if (!first) return
  for (let created = target; ; created = path.dirname(created)) {
    chmodSync(created, PRIVATE_DIR)
    if (created === path.resolve(first) || created === path.dirname(created)) break
  }
}

/** A folder that belongs to the portal: created if missing, and 0700 even if it was there before. */
export function ownDir(dir: string): void {
  makePrivateDir(dir)
  chmodSync(dir, PRIVATE_DIR)
}

/** Creates an empty file with mode 0600, or tightens an existing one to 0600. */
export function ownFile(file: string): void {
  try {
    closeSync(openSync(file, 'wx', PRIVATE_FILE))
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
  }
  chmodSync(file, PRIVATE_FILE)
}

/** Every folder 0700 and every file 0600 in a tree the portal wrote (a backup, restored uploads). Links are left alone. */
export function restrictTree(dir: string): void {
  chmodSync(dir, PRIVATE_DIR)
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const entryPath = path.join(dir, entry.name)
    if (entry.isDirectory()) restrictTree(entryPath)
    else if (entry.isFile()) chmodSync(entryPath, PRIVATE_FILE)
  }
}

/**
 * The SQLite file, before anything opens it: created empty (an empty file is an empty database) or tightened,
 * 0600. SQLite gives the -wal and -shm files it creates the database file's mode; ones left by an earlier run
 * are tightened here too. A missing folder stays missing, so SQLite refuses to open as it always has, rather
 * than a mistyped DATABASE_URI making a folder (`npm start` makes the data folder, 0700).
 */
export function prepareSqliteFile(file: string): void {
  // turbopackIgnore: a path known only at run time; without it the build traces the whole project.
  if (!existsSync(/*turbopackIgnore: true*/ path.dirname(file))) return
  if (!existsSync(/*turbopackIgnore: true*/ file)) ownFile(file)
  for (const existing of [file, `${file}-wal`, `${file}-shm`]) if (existsSync(/*turbopackIgnore: true*/ existing)) tighten(existing)
}

/** 0600 on a file that was already there; one owned by another account is left as it is, with a warning, not a refusal to start. */
function tighten(file: string): void {
  try {
    chmodSync(file, PRIVATE_FILE)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') throw error
    console.warn(`Không đặt được quyền 600 (chỉ chủ sở hữu được đọc) cho ${file}: tệp thuộc tài khoản khác.`)
  }
}

/**
 * `npm start`'s data folder, tightened to 0700 if an earlier version made it readable by all, with the uploads
 * folder: tightened too when it is inside the data folder, only created (0700) when MEDIA_DIR puts it elsewhere.
 */
export function prepareDataFolder({ dataDir, mediaDir }: { dataDir: string; mediaDir: string }): void {
  ownDir(dataDir)
  const relative = path.relative(path.resolve(dataDir), path.resolve(mediaDir))
  if (relative && !relative.startsWith('..') && !path.isAbsolute(relative)) ownDir(mediaDir)
  else makePrivateDir(mediaDir)
}

/** The demo's session secret kept in `file` (0600): read, or made once. `created` says whether it was just made. */
export function keptSecret(file: string): { secret: string; created: boolean } {
  if (existsSync(file)) {
    chmodSync(file, PRIVATE_FILE)
    return { secret: readFileSync(file, 'utf8').trim(), created: false }
  }
  const secret = randomBytes(32).toString('hex')
  // Created 0600 before the secret is written, so it is never readable by others, not even for a moment.
  const fd = openSync(file, 'wx', PRIVATE_FILE)
  try {
    writeSync(fd, `${secret}\n`)
  } finally {
    closeSync(fd)
  }
  chmodSync(file, PRIVATE_FILE)
  return { secret, created: true }
}
