// The reads behind the department's pages, /lien-he and the menu, cached under TAGS.pages / TAGS.contacts
// and expired by the collection's and the global's hooks. Readers' reads, so access control applies.
import configPromise from '@payload-config'
import { unstable_cache } from 'next/cache'
import { getPayload } from 'payload'

import type { Locale } from '@/i18n/locale'
import { TAGS } from '@/news/tags'
import type { Contact, Page } from '@/payload-types'

import { pageSlugProblem } from './reservedSlugs'

/** A published page in one language (no fallback: a missing English text stays missing); null when none. */
export const getPageBySlug = (slug: string, locale: Locale): Promise<Page | null> =>
  pageSlugProblem(slug)
    ? Promise.resolve(null)
    : unstable_cache(
        async () => {
          const payload = await getPayload({ config: configPromise })
          const { docs } = await payload.find({
            collection: 'pages',
            where: { slug: { equals: slug } },
            locale,
            fallbackLocale: false,
            limit: 1,
            depth: 1,
            overrideAccess: false,
          })
          return docs[0] ?? null
        },
        ['page', slug, locale],
        { tags: [TAGS.pages] },
      )()

export type MenuPage = { slug: string; title: string }

/** The published pages marked for the menu, in staff's order, with their title in that language. */
export const listMenuPages = (locale: Locale): Promise<MenuPage[]> =>
  unstable_cache(
    async () => {
      const payload = await getPayload({ config: configPromise })
      const { docs } = await payload.find({
        collection: 'pages',
        where: { showInMenu: { equals: true } },
        sort: ['menuOrder', 'id'],
        locale,
        fallbackLocale: false,
        limit: 12,
        depth: 0,
        select: { title: true, slug: true },
        overrideAccess: false,
      })
      return docs.filter((page) => page.title && page.slug).map((page) => ({ slug: page.slug, title: page.title }))
    },
    ['menu-pages', locale],
    { tags: [TAGS.pages] },
  )()

/** Every published page's slug, for the build. */
export const listPageSlugs = unstable_cache(
  async (): Promise<string[]> => {
    const payload = await getPayload({ config: configPromise })
    const { docs } = await payload.find({
      collection: 'pages',
      limit: 200,
      depth: 0,
      select: { slug: true },
      overrideAccess: false,
    })
    return docs.map((page) => page.slug).filter((slug) => !pageSlugProblem(slug))
  },
  ['page-slugs'],
  { tags: [TAGS.pages] },
)

/** The contacts and spokesperson in one language (no fallback), with the map picture. */
export const getContacts = (locale: Locale): Promise<Contact> =>
  unstable_cache(
    async () =>
      (await getPayload({ config: configPromise })).findGlobal({
        slug: 'contacts',
        locale,
        fallbackLocale: false,
        depth: 1,
        overrideAccess: false,
      }),
    ['contacts', locale],
    { tags: [TAGS.contacts] },
  )()
