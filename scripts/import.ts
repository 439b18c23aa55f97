// `npm run import -- <file> [--khong-tai-anh]`: imports an old portal's archive (WordPress WXR, RSS 2.0,
// Atom or CSV, told by its content) into articles, with progress on the terminal and a report at the end.
// Safe to run again, and while the server runs: the site shows what it wrote within 15 seconds.
import config from '@payload-config'
import { getPayload } from 'payload'

import { importArchive, type ImportProgress, type ImportReport } from '@/archive/importer'

const args = process.argv.slice(2)
const file = args.find((arg) => !arg.startsWith('--'))
if (!file) {
  console.error('Cách dùng: npm run import -- <tệp .xml | .csv> [--khong-tai-anh]')
  process.exit(2)
}
const fetchRemote = !args.includes('--khong-tai-anh')

const number = (n: number) => Math.round(n).toLocaleString('vi-VN')
const duration = (seconds: number) => {
  const s = Math.round(seconds)
  return s >= 60 ? `${Math.floor(s / 60)} phút ${s % 60} giây` : `${s} giây`
}

let lastDraw = 0
function draw(progress: ImportProgress): void {
  const now = Date.now()
  if (now - lastDraw < 250 && progress.done < progress.total) return
  lastDraw = now
  const line =
    `Đã xử lý ${number(progress.done)}/${number(progress.total)} mục · mới ${number(progress.imported)}, cập nhật ${number(progress.updated)}, ` +
    `bỏ qua ${number(progress.skipped)} · ${progress.perSecond.toLocaleString('vi-VN', { maximumFractionDigits: 1 })} mục/giây · còn khoảng ${duration(progress.secondsLeft)}`
  if (process.stdout.isTTY) process.stdout.write(`\r${line}\u001b[K`)
  else if (progress.done % 500 === 0 || progress.done === progress.total) console.log(line)
}

function printReport(report: ImportReport): void {
  if (process.stdout.isTTY) process.stdout.write('\n')
  const kind = { wxr: 'WordPress (WXR)', rss: 'RSS 2.0', atom: 'Atom', csv: 'CSV' }[report.format]
  console.log(`\nKết quả nhập ${report.file} (${kind}), ${duration(report.seconds)}:`)
  console.log(`  Bài mới: ${number(report.imported)}`)
  console.log(`  Cập nhật (đã nhập lần trước): ${number(report.updated)}`)
  console.log(`  Chuyển hướng địa chỉ cũ: ${number(report.redirects)}`)
  console.log(`  Bỏ qua: ${number(report.skipped.length)}`)
  for (const { item, reason } of report.skipped) console.log(`    - ${item}: ${reason}`)
  console.log(`  Ảnh thiếu: ${number(report.imagesMissing.length)} (bài vẫn được nhập, không có ảnh đó)`)
  for (const { item, src, reason } of report.imagesMissing) console.log(`    - ${item}: ${src} (${reason})`)
}

const payload = await getPayload({ config })
let code = 0
try {
  printReport(await importArchive(payload, file, { onProgress: draw, fetchRemote }))
} catch (error) {
  console.error(`\nKhông nhập được: ${error instanceof Error ? error.message : String(error)}`)
  code = 1
} finally {
  await payload.destroy()
}
process.exit(code)
