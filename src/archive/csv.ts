// A CSV archive, one article a line, read as a stream. Columns by header, in English or Vietnamese:
// title, date, author, category, summary, body (HTML), images (paths or URLs, separated by | or ;), views,
// old_url, guid, status (published/draft).
import { createReadStream } from 'node:fs'

import { parse } from 'csv-parse'

import { type ArchiveItem, parseArchiveDate, parseViews } from './items'

const COLUMNS: Record<string, string[]> = {
  title: ['title', 'tieu_de', 'tiêu đề'],
  date: ['date', 'published', 'ngay', 'ngày', 'ngày đăng'],
  author: ['author', 'tac_gia', 'tác giả'],
  category: ['category', 'chuyen_muc', 'chuyên mục'],
  summary: ['summary', 'excerpt', 'tom_tat', 'tóm tắt'],
  body: ['body', 'body_html', 'content', 'html', 'noi_dung', 'nội dung'],
  images: ['images', 'image', 'anh', 'ảnh'],
  views: ['views', 'luot_xem', 'lượt xem'],
  oldUrl: ['old_url', 'url', 'link', 'dia_chi_cu', 'địa chỉ cũ'],
  guid: ['guid', 'id'],
  status: ['status', 'trang_thai', 'trạng thái'],
}

const DRAFT = new Set(['draft', 'nháp', 'nhap', 'bản nháp', 'ban nhap', '0', 'false'])

function column(record: Record<string, string>, name: keyof typeof COLUMNS): string | undefined {
  for (const [header, value] of Object.entries(record)) {
    if (COLUMNS[name].includes(header.trim().toLowerCase()) && value?.trim()) return value.trim()
  }
  return undefined
}

function csvItem(record: Record<string, string>): ArchiveItem {
  const oldUrl = column(record, 'oldUrl')
  return {
    key: column(record, 'guid') ?? oldUrl,
    oldUrl,
    title: column(record, 'title') ?? '',
    date: parseArchiveDate(column(record, 'date')),
    author: column(record, 'author'),
    category: column(record, 'category'),
    summary: column(record, 'summary'),
    html: column(record, 'body') ?? '',
    images: (column(record, 'images') ?? '')
      .split(/[|;\n]/)
      .map((image) => image.trim())
      .filter(Boolean),
    views: parseViews(column(record, 'views')),
    status: DRAFT.has((column(record, 'status') ?? '').toLowerCase()) ? 'draft' : 'published',
  }
}

function parser() {
  // A line with too few or too many fields is still read (the item is then checked on its own).
  return parse({ columns: true, bom: true, skip_empty_lines: true, relax_column_count: true, trim: false })
}

export async function countCsvItems(file: string): Promise<number> {
  let count = 0
  for await (const _ of createReadStream(file).pipe(parser())) count++
  return count
}

export async function* readCsvItems(file: string): AsyncGenerator<ArchiveItem> {
  for await (const record of createReadStream(file).pipe(parser())) yield csvItem(record as Record<string, string>)
}
