// `npm start`: the portal on SQLite in one command. Migrates ./data/portal.db, seeds the founding article
// once, builds when the sources changed since the last build, and serves on PORT (default 3000).
import path from 'node:path'

import { keptSecret, prepareDataFolder } from '@/database/dataFolder'

import { buildIsCurrent, clearDataCache, recordBuild, sourceHash } from './lib/buildStamp'
import { bin, ROOT, serve, SERVE_ARGS, step, waitForOk } from './lib/run'

const DATA_DIR = path.join(ROOT, 'data')
const SECRET_FILE = path.join(DATA_DIR, '.payload-secret')

/** The demo's session secret: from the environment, or made once and kept in the git-ignored data folder. */
function demoSecret(): string {
  if (process.env.PAYLOAD_SECRET) return process.env.PAYLOAD_SECRET
  const { secret, created } = keptSecret(SECRET_FILE)
  if (created) console.log(`Đã tạo khoá bí mật cho bản chạy thử: ${path.relative(ROOT, SECRET_FILE)}`)
  return secret
}

// Only the portal's user may read the data folder (database, uploads, secret); the database file itself is
// made 0600 when Payload opens it (src/database).
prepareDataFolder({ dataDir: DATA_DIR, mediaDir: process.env.MEDIA_DIR ?? path.join(DATA_DIR, 'media') })
const port = process.env.PORT ?? '3000'
const distDir = process.env.NEXT_DIST_DIR ?? '.next'
const env: NodeJS.ProcessEnv = { ...process.env, PAYLOAD_SECRET: demoSecret(), PORT: port }
const siteUrl = (env.SITE_URL ?? `http://localhost:${port}`).replace(/\/$/, '')

step('Cập nhật cấu trúc cơ sở dữ liệu (migrations)', process.execPath, ['scripts/run.mjs', 'scripts/payload.ts', 'migrate'], env)
step('Nạp nội dung ban đầu (chỉ lần đầu)', process.execPath, ['scripts/run.mjs', 'scripts/seed.ts'], env)

const hash = sourceHash()
if (buildIsCurrent(distDir, hash)) {
  console.log('\n✔ Bản build hiện có đã khớp mã nguồn; bỏ qua bước build.')
} else {
  clearDataCache(distDir)
  step('Build giao diện (next build)', bin('next'), ['build'], env)
  recordBuild(distDir, hash)
}

console.log(`\n▶ Khởi động máy chủ trên cổng ${port}`)
serve(process.execPath, SERVE_ARGS, { env })

if (await waitForOk(`http://127.0.0.1:${port}/`)) {
  console.log(
    [
      '',
      `✔ Cổng thông tin đã sẵn sàng: ${siteUrl}`,
      `  Trang quản trị: ${siteUrl}/admin`,
      env.ADMIN_EMAIL
        ? `  Đăng nhập bằng ${env.ADMIN_EMAIL} và mật khẩu trong ADMIN_PASSWORD.`
        : '  Lần đầu: mở trang quản trị để tạo tài khoản quản trị viên (hoặc đặt ADMIN_EMAIL và ADMIN_PASSWORD trước khi chạy).',
      '  Dừng máy chủ: Ctrl+C',
      '',
    ].join('\n'),
  )
}
