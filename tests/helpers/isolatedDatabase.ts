// Runs before each integration test file: points the config at a fresh database and uploads folder, so
// tests never touch the demo's ./data and never see each other's rows. SQLite by default (a file under
// the OS temp dir); a new database on the PostgreSQL server named by TEST_POSTGRES_URL when it is set.
import { randomBytes } from 'node:crypto'
import { mkdtempSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import pg from 'pg'

const dir = mkdtempSync(path.join(os.tmpdir(), 'portal-int-'))
process.env.MEDIA_DIR = path.join(dir, 'media')
process.env.PAYLOAD_SECRET = randomBytes(32).toString('hex')

const server = process.env.TEST_POSTGRES_URL
if (server) {
  const name = `portal_int_${randomBytes(6).toString('hex')}`
  const admin = new pg.Client({ connectionString: server })
  await admin.connect()
  await admin.query(`CREATE DATABASE ${name}`)
  await admin.end()
  const url = new URL(server)
  url.pathname = `/${name}`
  process.env.DATABASE_URI = url.toString()
} else {
  process.env.DATABASE_URI = `file:${path.join(dir, 'test.db')}`
}
