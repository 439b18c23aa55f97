// WordPress exports (WXR), RSS 2.0 and Atom feeds, read as a stream: the file goes through the parser in
// chunks and each item is handed on as soon as it closes, so a 200 MB export takes as much memory as a small one.
import { createReadStream } from 'node:fs'

import { SaxesParser } from 'saxes'

import { type ArchiveFormat, type ArchiveItem, detached, parseArchiveDate, parseViews } from './items'

/** One item's text and attributes, by path below the item ("title", "wp:postmeta/wp:meta_key", "link@href"). */
type Fields = Map<string, string[]>

const first = (fields: Fields, path: string) => fields.get(path)?.[0]?.trim() || undefined
const all = (fields: Fields, path: string) => fields.get(path) ?? []

const VIEW_KEYS = new Set(['views', 'post_views_count', '_views', 'luot_xem', 'luotxem', 'view_count', 'hits'])

/** WordPress: what the rest of the file tells about an item (authors' display names, attachments' URLs). */
type Channel = { authors: Map<string, string>; attachments: Map<string, string> }

function wxrItem(fields: Fields, channel: Channel): ArchiveItem | undefined {
  const type = first(fields, 'wp:post_type') ?? 'post'
  const id = first(fields, 'wp:post_id')
  if (type === 'attachment') {
    const url = first(fields, 'wp:attachment_url')
    if (id && url) channel.attachments.set(id, url)
    return undefined
  }
  // Menus, blocks, templates and the like are not content.
  if (type !== 'post' && type !== 'page') return undefined
  const keys = all(fields, 'wp:postmeta/wp:meta_key')
  const values = all(fields, 'wp:postmeta/wp:meta_value')
  const meta = new Map(keys.map((key, i) => [key.trim(), values[i]?.trim() ?? '']))
  const views = [...meta].find(([key]) => VIEW_KEYS.has(key.toLowerCase()))?.[1]
  const thumbnail = meta.get('_thumbnail_id')
  const cover = thumbnail ? channel.attachments.get(thumbnail) : undefined
  const categories = all(fields, 'category').map((name, i) => ({ name: name.trim(), domain: fields.get('category@domain')?.[i] }))
  const login = first(fields, 'dc:creator')
  const status = first(fields, 'wp:status')
  const link = first(fields, 'link')
  return {
    key: first(fields, 'guid') ?? link,
    oldUrl: link,
    title: first(fields, 'title') ?? '',
    date:
      parseArchiveDate(first(fields, 'wp:post_date_gmt'), { utc: true }) ??
      parseArchiveDate(first(fields, 'pubDate')) ??
      parseArchiveDate(first(fields, 'wp:post_date')),
    author: login ? (channel.authors.get(login) ?? login) : undefined,
    category: categories.find((c) => c.domain === 'category' || c.domain === undefined)?.name,
    summary: first(fields, 'excerpt:encoded'),
    html: first(fields, 'content:encoded') ?? '',
    images: cover ? [cover] : [],
    views: parseViews(views),
    status: status === 'publish' ? 'published' : 'draft',
    skip: type === 'page' ? 'trang tĩnh (page) của WordPress, không phải bài viết' : status === 'trash' ? 'bài đã xóa (trash)' : undefined,
  }
}

function rssItem(fields: Fields): ArchiveItem {
  const content = first(fields, 'content:encoded')
  const description = first(fields, 'description')
  const enclosures = all(fields, 'enclosure@url').filter((_, i) => (fields.get('enclosure@type')?.[i] ?? 'image/').startsWith('image/'))
  const link = first(fields, 'link')
  return {
    key: first(fields, 'guid') ?? link,
    oldUrl: link,
    title: first(fields, 'title') ?? '',
    date: parseArchiveDate(first(fields, 'pubDate') ?? first(fields, 'dc:date')),
    author: first(fields, 'dc:creator') ?? first(fields, 'author'),
    category: first(fields, 'category'),
    summary: content ? description?.replace(/<[^>]+>/g, '').trim() : undefined,
    html: content ?? description ?? '',
    images: enclosures,
    views: parseViews(first(fields, 'luotxem') ?? first(fields, 'views')),
    status: 'published',
  }
}

function atomEntry(fields: Fields): ArchiveItem {
  const hrefs = all(fields, 'link@href')
  const rels = fields.get('link@rel') ?? []
  const alternate = hrefs.find((_, i) => !rels[i] || rels[i] === 'alternate') ?? hrefs[0]
  const enclosure = hrefs.find((_, i) => rels[i] === 'enclosure')
  const draft = first(fields, 'app:control/app:draft') === 'yes'
  return {
    key: first(fields, 'id') ?? alternate,
    oldUrl: alternate,
    title: first(fields, 'title') ?? '',
    date: parseArchiveDate(first(fields, 'published') ?? first(fields, 'updated')),
    author: first(fields, 'author/name'),
    category: first(fields, 'category@label') ?? first(fields, 'category@term'),
    summary: first(fields, 'summary')
      ?.replace(/<[^>]+>/g, '')
      .trim(),
    html: first(fields, 'content') ?? first(fields, 'summary') ?? '',
    images: enclosure ? [enclosure] : [],
    status: draft ? 'draft' : 'published',
  }
}

/** Counts the items without parsing them (for "done / total"): one quick pass over the bytes. */
export async function countXmlItems(file: string, format: ArchiveFormat): Promise<number> {
  const tag = format === 'atom' ? '<entry' : '<item'
  let count = 0
  let carry = ''
  for await (const chunk of createReadStream(file, { encoding: 'utf8', highWaterMark: 1 << 20 })) {
    const text = carry + (chunk as string)
    for (let at = text.indexOf(tag); at !== -1; at = text.indexOf(tag, at + 1)) {
      const next = text[at + tag.length]
      if (next === '>' || next === ' ' || next === '\n' || next === '\r' || next === '\t') count++
    }
    carry = text.slice(-tag.length)
  }
  return count
}

/** The items of an XML archive, one at a time, in file order. */
export async function* readXmlItems(file: string, format: Exclude<ArchiveFormat, 'csv'>): AsyncGenerator<ArchiveItem> {
  const itemTag = format === 'atom' ? 'entry' : 'item'
  const parser = new SaxesParser({ position: false })
  const channel: Channel = { authors: new Map(), attachments: new Map() }
  const ready: ArchiveItem[] = []
  const stack: string[] = []
  const texts: string[] = []
  let fields: Fields | undefined
  let itemDepth = -1
  let itemError: string | undefined
  let pendingLogin: string | undefined

  const add = (path: string, given: string) => {
    const value = detached(given)
    const list = fields!.get(path)
    if (list) list.push(value)
    else fields!.set(path, [value])
  }
  const relative = () => stack.slice(itemDepth + 1).join('/')

  parser.on('error', (error) => {
    // A fault inside an item spoils that item only; the parser carries on.
    if (fields) itemError ??= error.message
    else throw new Error(`Tệp XML hỏng: ${error.message}`)
  })
  parser.on('opentag', (tag) => {
    stack.push(tag.name)
    texts.push('')
    if (!fields && tag.name === itemTag) {
      fields = new Map()
      itemDepth = stack.length - 1
      itemError = undefined
      return
    }
    if (fields) {
      const path = relative()
      for (const [name, value] of Object.entries(tag.attributes)) add(`${path}@${name}`, String(value))
      // Every repeated element keeps its place in the attribute lists, with or without the attribute.
      if (tag.name === 'category' && !('domain' in tag.attributes)) add(`${path}@domain`, '')
      if (tag.name === 'link' && !('rel' in tag.attributes)) add(`${path}@rel`, '')
      if (tag.name === 'enclosure' && !('type' in tag.attributes)) add(`${path}@type`, '')
    }
  })
  const onText = (text: string) => {
    if (texts.length) texts[texts.length - 1] += text
  }
  parser.on('text', onText)
  parser.on('cdata', onText)
  parser.on('closetag', (tag) => {
    const text = texts.pop() ?? ''
    if (fields && stack.length - 1 === itemDepth) {
      const found = format === 'wxr' ? wxrItem(fields, channel) : format === 'rss' ? rssItem(fields) : atomEntry(fields)
      if (found) ready.push(itemError ? { ...found, skip: `XML lỗi: ${itemError}` } : found)
      fields = undefined
      itemDepth = -1
    } else if (fields) {
      add(relative(), text)
    } else if (format === 'wxr' && tag.name === 'wp:author_login') {
      pendingLogin = detached(text.trim())
    } else if (format === 'wxr' && tag.name === 'wp:author_display_name' && pendingLogin) {
      channel.authors.set(pendingLogin, detached(text.trim()))
    }
    stack.pop()
  })

  for await (const chunk of createReadStream(file, { encoding: 'utf8', highWaterMark: 256 * 1024 })) {
    parser.write(chunk as string)
    while (ready.length) yield ready.shift()!
  }
  parser.close()
  while (ready.length) yield ready.shift()!
}
