// `npm run backup [folder]`: an online snapshot of the database and the uploads, into ./backups by default.
import path from 'node:path'

import { recordScriptRun } from '@/audit/scriptRun'
import { backup } from '@/backup'
import { databaseUrl, mediaDir } from '@/env'

const into = path.resolve(process.argv[2] ?? 'backups')
const result = backup({ databaseUrl: databaseUrl(), mediaDir: mediaDir(), into })
console.log(`Đã sao lưu vào ${result.dir} (cơ sở dữ liệu${result.media ? ' và ảnh tải lên' : ''}).`)
await recordScriptRun({ action: 'backup', detail: `Sao lưu vào ${result.dir}` })
process.exit(0)
