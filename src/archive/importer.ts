// `npm run import -- <file>`: an old portal's archive (WXR, RSS, Atom or CSV) into articles. Each item is
// one transaction: its category, author, pictures, article and redirect are all written, or none of them
// (a bad item is reported and the run goes on). Items are keyed by guid or old URL, so a second run updates.
import path from 'node:path'

import type { Payload, PayloadRequest } from 'payload'

import { inTransaction } from '@/database/transaction'
import { articlePath } from '@/news/paths'
import { oldPathOf } from '@/redirects/paths'

import { htmlToArticleBody } from './html'
import { archiveImageStore } from './images'
import { type ArchiveFormat, type ArchiveItem, detectFormat } from './items'
import { countCsvItems, readCsvItems } from './csv'
import { countXmlItems, readXmlItems } from './xml'

export type ImportProgress = {
  done: number
  total: number
  imported: number
  updated: number
  skipped: number
  perSecond: number
  secondsLeft: number
}

export type ImportReport = {
  file: string
  format: ArchiveFormat
  total: number
  imported: number
  updated: number
  skipped: { item: string; reason: string }[]
  imagesMissing: { item: string; src: string; reason: string }[]
  redirects: number
  seconds: number
}

export type ImportOptions = {
  onProgress?: (progress: ImportProgress) => void
  /** Fetch pictures from their URL when they are not in the folder next to the file (default: yes). */
  fetchRemote?: boolean
}

type Named = 'categories' | 'authors'

/** The longest title an article takes; longer ones (a whole paragraph pasted as a title) are cut. */
const MAX_TITLE = 300

function itemName(item: ArchiveItem, index: number): string {
  return item.title.trim() || item.key || `mục thứ ${index}`
}

/** Matches by name, ignoring case and spacing; creates the category or author when none has it. */
async function findOrCreate(
  payload: Payload,
  req: PayloadRequest,
  collection: Named,
  name: string,
): Promise<{ id: number; created: boolean }> {
  const found = await payload.find({
    collection,
    where: { name: { like: name } },
    limit: 20,
    depth: 0,
    req,
    overrideAccess: true,
    select: { name: true },
  })
  const wanted = name.toLocaleLowerCase('vi')
  const same = found.docs.find((doc) => doc.name.normalize('NFC').trim().toLocaleLowerCase('vi') === wanted)
  if (same) return { id: same.id, created: false }
  const created = await payload.create({ collection, data: { name }, req, overrideAccess: true })
  return { id: created.id, created: true }
}

export async function countItems(file: string, format: ArchiveFormat): Promise<number> {
  return format === 'csv' ? countCsvItems(file) : countXmlItems(file, format)
}

export function readItems(file: string, format: ArchiveFormat): AsyncGenerator<ArchiveItem> {
  return format === 'csv' ? readCsvItems(file) : readXmlItems(file, format)
}

export async function importArchive(payload: Payload, file: string, options: ImportOptions = {}): Promise<ImportReport> {
  const started = Date.now()
  const absolute = path.resolve(file)
  const folder = path.dirname(absolute)
  const format = await detectFormat(absolute)
  const total = await countItems(absolute, format)
  const report: ImportReport = {
    file: absolute,
    format,
    total,
    imported: 0,
    updated: 0,
    skipped: [],
    imagesMissing: [],
    redirects: 0,
    seconds: 0,
  }
  // Names already matched, kept only once their item is committed (a rolled-back item's new category is gone).
  const known: Record<Named, Map<string, number>> = { categories: new Map(), authors: new Map() }
  const seen = new Set<string>()
  let done = 0

  const progress = () => {
    const seconds = (Date.now() - started) / 1000
    const perSecond = seconds > 0 ? done / seconds : 0
    options.onProgress?.({
      done,
      total,
      imported: report.imported,
      updated: report.updated,
      skipped: report.skipped.length,
      perSecond,
      secondsLeft: perSecond > 0 ? Math.max(0, total - done) / perSecond : 0,
    })
  }

  for await (const raw of readItems(absolute, format)) {
    done++
    const item: ArchiveItem = { ...raw, title: raw.title.normalize('NFC').trim().replace(/\s+/g, ' '), key: raw.key?.trim() || undefined }
    const name = itemName(item, done)
    const skip = (reason: string) => report.skipped.push({ item: name, reason })
    if (item.skip) skip(item.skip)
    else if (!item.title) skip('không có tiêu đề')
    else if (!item.key) skip('không có guid hay địa chỉ cũ để nhận ra bài ở lần nhập sau')
    else if (seen.has(item.key)) skip(`trùng với một mục trước trong tệp (cùng guid/địa chỉ cũ: ${item.key})`)
    else {
      seen.add(item.key)
      try {
        const outcome = await importItem(payload, { ...item, key: item.key }, { folder, fetchRemote: options.fetchRemote, known })
        if (outcome.updated) report.updated++
        else report.imported++
        if (outcome.redirect) report.redirects++
        for (const missing of outcome.missing) report.imagesMissing.push({ item: name, ...missing })
        for (const [collection, names] of Object.entries(outcome.matched) as [Named, Map<string, number>][]) {
          for (const [key, id] of names) known[collection].set(key, id)
        }
      } catch (error) {
        skip(error instanceof Error ? error.message : String(error))
      }
    }
    progress()
  }
  report.seconds = (Date.now() - started) / 1000
  return report
}

type ItemOutcome = {
  updated: boolean
  redirect: boolean
  missing: { src: string; reason: string }[]
  matched: Record<Named, Map<string, number>>
}

async function importItem(
  payload: Payload,
  item: ArchiveItem & { key: string },
  { folder, fetchRemote, known }: { folder: string; fetchRemote?: boolean; known: Record<Named, Map<string, number>> },
): Promise<ItemOutcome> {
  return inTransaction(payload, undefined, async (req) => {
    // Another process serves the site: it notices the import by itself (src/redirects/refresh.ts).
    req.context.disableRevalidate = true
    const matched: ItemOutcome['matched'] = { categories: new Map(), authors: new Map() }
    const relate = async (collection: Named, value: string | undefined): Promise<number | undefined> => {
      const name = value?.normalize('NFC').trim().replace(/\s+/g, ' ')
      if (!name) return undefined
      const key = name.toLocaleLowerCase('vi')
      const cached = known[collection].get(key)
      if (cached !== undefined) return cached
      const { id } = await findOrCreate(payload, req, collection, name)
      matched[collection].set(key, id)
      return id
    }

    const existing = await payload.find({
      collection: 'articles',
      where: { importKey: { equals: item.key } },
      limit: 1,
      depth: 0,
      req,
      overrideAccess: true,
      select: { slug: true },
    })
    const category = await relate('categories', item.category)
    const author = await relate('authors', item.author)
    const title = item.title.slice(0, MAX_TITLE)
    const store = archiveImageStore(payload, req, { folder, fetchRemote })
    // Pictures listed beside the body (CSV) after the cover go below the text, unless the text already has them.
    const extra = item.images
      .slice(1)
      .filter((src) => !item.html.includes(src))
      .map((src) => `<p><img src="${src.replace(/[&"<>]/g, (c) => `&#${c.charCodeAt(0)};`)}" alt=""></p>`)
    const { body, missing } = await htmlToArticleBody(payload, item.html + extra.join(''), store, title)
    let coverImage: number | undefined
    const cover = item.images[0]
    if (cover) {
      const stored = await store({ src: cover, alt: title })
      if ('id' in stored) coverImage = Number(stored.id)
      else missing.push({ src: cover, reason: stored.missing })
    }

    const data = {
      title,
      summary: item.summary?.slice(0, 2000),
      body,
      publishedAt: item.date?.toISOString(),
      category,
      author,
      coverImage,
      legacyViews: item.views ?? 0,
      importKey: item.key,
      _status: item.status,
    }
    const draft = item.status === 'draft'
    const article = existing.docs[0]
      ? await payload.update({ collection: 'articles', id: existing.docs[0].id, data, draft, req, overrideAccess: true, depth: 0 })
      : await payload.create({ collection: 'articles', data, draft, req, overrideAccess: true, depth: 0 })

    let redirect = false
    const from = item.oldUrl ? oldPathOf(item.oldUrl) : undefined
    if (from && article.slug && from !== articlePath(article.slug)) {
      const to = { type: 'reference' as const, reference: { relationTo: 'articles' as const, value: article.id } }
      const previous = await payload.find({
        collection: 'redirects',
        where: { from: { equals: from } },
        limit: 1,
        depth: 0,
        req,
        overrideAccess: true,
      })
      if (previous.docs[0])
        await payload.update({ collection: 'redirects', id: previous.docs[0].id, data: { to }, req, overrideAccess: true, depth: 0 })
      else await payload.create({ collection: 'redirects', data: { from, to }, req, overrideAccess: true, depth: 0 })
      redirect = true
    }
    return { updated: Boolean(existing.docs[0]), redirect, missing, matched }
  })
}
