// Runs before each integration test file: points the config at a fresh SQLite file and uploads folder
// under the OS temp dir, so tests never touch the demo's ./data and never see each other's rows.
import { randomBytes } from 'node:crypto'
import { mkdtempSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

const dir = mkdtempSync(path.join(os.tmpdir(), 'portal-int-'))
process.env.DATABASE_URI = `file:${path.join(dir, 'test.db')}`
process.env.MEDIA_DIR = path.join(dir, 'media')
process.env.PAYLOAD_SECRET = randomBytes(32).toString('hex')
