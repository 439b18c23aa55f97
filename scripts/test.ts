// `npm test`: type-check and lint, integration tests (vitest) on throwaway databases, SQLite then PostgreSQL, then end-to-end
// tests (Playwright in Debian's Chromium) against a fresh production build served from its own database.
import { spawnSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { clearDataCache } from './lib/buildStamp'
import { ensureDebianPackage } from './lib/debian'
import { createDatabase, startThrowawayPostgres } from './lib/postgres'
import { bin, ROOT, runStep, step } from './lib/run'

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

ensureDebianPackage('chromium', {
  present: () => existsSync(CHROMIUM),
  missing: `Không tìm thấy Chromium tại ${CHROMIUM}; kiểm thử giao diện cần trình duyệt này.`,
  hint: '(hoặc đặt CHROMIUM_PATH trỏ tới một Chromium đã cài).',
})

// "int" or "e2e" to run one half; "multi" runs only the two servers on PostgreSQL, against the last test build
const only = process.argv[2]
if (!only) {
  // The tools' verdict first: a minute, and no test runs on code that does not type-check.
  step('Kiểm tra kiểu (tsc)', bin('tsc'), ['--noEmit'], process.env)
  step('Kiểm tra mã (ESLint)', bin('eslint'), ['.', '--max-warnings', '0'], process.env)
  step('Kiểm tra định dạng (Prettier)', bin('prettier'), ['--check', '.'], process.env)
}
if (only !== 'e2e' && only !== 'multi') {
  step('Kiểm thử tích hợp trên SQLite (vitest)', bin('vitest'), ['run'], process.env)
  const status = await withPostgres(async (url) =>
    runStep('Kiểm thử tích hợp trên PostgreSQL (vitest, máy chủ tạm)', bin('vitest'), ['run'], { ...process.env, TEST_POSTGRES_URL: url }),
  )
  if (status !== 0) process.exit(status)
}

if (only !== 'int') {
  const runDir = path.join(ROOT, '.tmp', `e2e-${Date.now()}`)
  mkdirSync(runDir, { recursive: true })
  const port = process.env.E2E_PORT ?? '3100'
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URI: `file:${path.join(runDir, 'e2e.db')}`,
    MEDIA_DIR: path.join(runDir, 'media'),
    PAYLOAD_SECRET: randomBytes(32).toString('hex'),
    // E2E_DIST_DIR lets two test runs on one machine keep separate builds.
    NEXT_DIST_DIR: process.env.E2E_DIST_DIR ?? '.next-test',
    PORT: port,
    E2E_PORT: port,
    SITE_URL: `http://localhost:${port}`,
    ADMIN_EMAIL: 'quantri.e2e@example.vn',
    ADMIN_PASSWORD: randomBytes(12).toString('base64url'),
    CHROMIUM_PATH: CHROMIUM,
    // The tests stand in for a reverse proxy: X-Forwarded-For names the client, so they can play several addresses.
    TRUST_PROXY: '1',
    // No network here: the weather feed points at a closed local port, so the site shows it is unavailable.
    WEATHER_API_URL: 'http://127.0.0.1:9',
  }
  if (only === 'multi') process.exit(await twoServersOnPostgres(env, Number(port)))
  step('Chuẩn bị cơ sở dữ liệu kiểm thử', process.execPath, ['scripts/run.mjs', 'scripts/payload.ts', 'migrate'], env)
  step('Nạp nội dung ban đầu vào cơ sở dữ liệu kiểm thử', process.execPath, ['scripts/run.mjs', 'scripts/seed.ts'], env)
  // The build prerenders pages from the database, so it is made against this run's database.
  // E2E_REUSE_BUILD=1 (working on tests only): keep the last test build, made from an identical seed.
  const buildId = path.join(ROOT, env.NEXT_DIST_DIR!, 'BUILD_ID')
  if (process.env.E2E_REUSE_BUILD === '1' && existsSync(buildId)) console.log('\n▶ Dùng lại bản build kiểm thử trước (E2E_REUSE_BUILD=1)')
  else {
    clearDataCache(env.NEXT_DIST_DIR!)
    step('Build để kiểm thử (next build)', bin('next'), ['build'], env)
  }
  const filter = process.argv.slice(3)
  const result = spawnSync(bin('playwright'), ['test', ...filter], { cwd: ROOT, env, stdio: 'inherit' })
  if (result.status !== 0) {
    console.error(`Dữ liệu của lần chạy lỗi được giữ lại ở ${path.relative(ROOT, runDir)}.`)
    process.exit(result.status ?? 1)
  }
  rmSync(runDir, { recursive: true, force: true })
  if (filter.length === 0) process.exit(await twoServersOnPostgres(env, Number(port)))
}

/**
 * Runs `work` against a throwaway PostgreSQL server, which is stopped and removed afterwards, also when the
 * work fails or Ctrl+C interrupts it (the child gets the signal too; this process waits for it, then cleans up).
 */
async function withPostgres(work: (url: string) => Promise<number>): Promise<number> {
  const postgres = await startThrowawayPostgres()
  let interrupted = false
  const onSignal = () => (interrupted = true)
  process.on('SIGINT', onSignal).on('SIGTERM', onSignal)
  try {
    const status = await work(postgres.url)
    return interrupted ? 130 : status
  } finally {
    postgres.stop()
    process.off('SIGINT', onSignal).off('SIGTERM', onSignal)
  }
}

/** The same build served twice on one throwaway PostgreSQL, for tests/multi. Returns Playwright's exit code. */
async function twoServersOnPostgres(env: NodeJS.ProcessEnv, port: number): Promise<number> {
  console.log('\n▶ Kiểm thử hai máy chủ trên một PostgreSQL (Playwright)')
  const media = mkdtempSync(path.join(os.tmpdir(), 'portal-multi-media-'))
  try {
    return await withPostgres((url) => serveTwice(url, env, port, media))
  } finally {
    rmSync(media, { recursive: true, force: true })
  }
}

async function serveTwice(serverUrl: string, env: NodeJS.ProcessEnv, port: number, media: string): Promise<number> {
  const databaseUrl = await createDatabase(serverUrl, 'portal_multi')
  const multiEnv: NodeJS.ProcessEnv = {
    ...env,
    DATABASE_URI: databaseUrl,
    MEDIA_DIR: media,
    E2E_PORT_A: String(port + 1),
    E2E_PORT_B: String(port + 2),
    SITE_URL: `http://localhost:${port + 1}`,
  }
  return (
    runStep('Cơ sở dữ liệu cho hai máy chủ', process.execPath, ['scripts/run.mjs', 'scripts/payload.ts', 'migrate'], multiEnv) ||
    runStep('Nội dung ban đầu cho hai máy chủ', process.execPath, ['scripts/run.mjs', 'scripts/seed.ts'], multiEnv) ||
    runStep('Hai máy chủ (Playwright)', bin('playwright'), ['test', '--config', 'playwright.multi.config.ts'], multiEnv)
  )
}
