// Runs before each integration test file: points the config at a fresh database and uploads folder, so
// tests never touch the demo's ./data and never see each other's rows. SQLite by default (a file under
// the OS temp dir); a new database on the PostgreSQL server named by TEST_POSTGRES_URL when it is set.
import { randomBytes } from 'node:crypto'
import { mkdtempSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { createDatabase } from '../../scripts/lib/postgres'

const dir = mkdtempSync(path.join(os.tmpdir(), 'portal-int-'))
process.env.MEDIA_DIR = path.join(dir, 'media')
process.env.PAYLOAD_SECRET = randomBytes(32).toString('hex')

const server = process.env.TEST_POSTGRES_URL
if (server) {
  process.env.DATABASE_URI = await createDatabase(server, `portal_int_${randomBytes(6).toString('hex')}`)
} else {
  process.env.DATABASE_URI = `file:${path.join(dir, 'test.db')}`
}
