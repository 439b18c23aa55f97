// `npm run restore <backup folder>`: checks the backup, then puts it in place. Stop the server first.
import { recordScriptRun } from '@/audit/scriptRun'
import { restore } from '@/backup'
import { databaseUrl, mediaDir } from '@/env'

const from = process.argv[2]
if (!from) {
  console.error('Cách dùng: npm run restore -- <thư mục sao lưu>  (dừng máy chủ trước khi khôi phục)')
  process.exit(2)
}
try {
  restore({ from, databaseUrl: databaseUrl(), mediaDir: mediaDir() })
  // Written into the database just restored, so that its trail says where it came from.
  await recordScriptRun({ action: 'backup-restore', detail: `Khôi phục từ ${from}` })
  console.log(`Đã khôi phục từ ${from}. Khởi động lại máy chủ; nếu cần, chạy npm run search:rebuild.`)
  process.exit(0)
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error))
  process.exit(1)
}
