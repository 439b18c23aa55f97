// Loads the founding content once: the source article with its author, unit, category and placeholder photo.
// Every step looks for its record first, so a second run adds nothing and never overwrites staff edits.
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import type { CollectionSlug, DataFromCollectionSlug, Payload, Where } from 'payload'

import { richTextFrom } from '@/utilities/lexical'
import { slugify } from '@/utilities/slugify'

import { seedDepartmentPages } from './departmentPages'
import { seedDocumentTypes } from './documentTypes'
import { seedScoreRecords } from './scoreRecords'
import { SOURCE_ARTICLE as SOURCE } from './sourceArticle'

const dirname = path.dirname(fileURLToPath(import.meta.url))
const context = { disableRevalidate: true }

const LABELS: Record<string, string> = {
  units: 'đơn vị',
  authors: 'tác giả',
  categories: 'chuyên mục',
  media: 'ảnh',
  articles: 'bài viết',
  'score-records': 'kết quả chỉ số',
}

export type SeedResult = { created: string[] }

export async function seedFoundingContent(payload: Payload): Promise<SeedResult> {
  const created: string[] = []

  async function ensure<S extends CollectionSlug>(
    collection: S,
    where: Where,
    create: () => Promise<DataFromCollectionSlug<S>>,
  ): Promise<DataFromCollectionSlug<S>> {
    const found = await payload.find({ collection, where, limit: 1, depth: 0, draft: true })
    if (found.docs[0]) return found.docs[0]
    const doc = await create()
    created.push(`${LABELS[collection] ?? collection} #${doc.id}`)
    return doc
  }

  const slug = slugify(SOURCE.title)
  const unit = await ensure('units', { shortName: { equals: SOURCE.unit.shortName } }, () =>
    payload.create({ collection: 'units', data: { ...SOURCE.unit }, context }),
  )
  const author = await ensure('authors', { name: { equals: SOURCE.author.name } }, () =>
    payload.create({ collection: 'authors', data: { ...SOURCE.author, unit: unit.id }, context }),
  )
  const category = await ensure('categories', { slug: { equals: SOURCE.category.slug } }, () =>
    payload.create({ collection: 'categories', data: { ...SOURCE.category }, context }),
  )
  const image = await ensure('media', { filename: { equals: SOURCE.image.filename } }, () =>
    payload.create({
      collection: 'media',
      data: { alt: SOURCE.image.alt, caption: SOURCE.image.caption },
      filePath: path.join(dirname, SOURCE.image.filename),
      context,
    }),
  )
  const scoreRecords = await seedScoreRecords(payload)
  await ensure('articles', { slug: { equals: slug } }, () =>
    payload.create({
      collection: 'articles',
      data: {
        title: SOURCE.title,
        slug,
        body: richTextFrom([...SOURCE.paragraphsBeforeImage, { uploadId: image.id }, ...SOURCE.paragraphsAfterImage]),
        coverImage: image.id,
        category: category.id,
        author: author.id,
        publishedAt: new Date(SOURCE.publishedAt).toISOString(),
        legacyViews: SOURCE.legacyViews,
        scoreRecords,
        _status: 'published',
      },
      context,
    }),
  )
  created.push(...(await seedDepartmentPages(payload)))
  created.push(...(await seedDocumentTypes(payload)))
  return { created }
}
