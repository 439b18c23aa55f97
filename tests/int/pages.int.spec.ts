// The department's pages: a slug that would hide behind one of the site's routes is refused, a draft stays
// with staff, English has no silent fallback to Vietnamese, and the language switch leads to the right place.
import { readdirSync } from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'
import { PayloadSDKError } from '@payloadcms/sdk'
import { beforeAll, describe, expect, it, vi } from 'vitest'

import { getPageBySlug, listMenuPages } from '@/department/queries'
import { RESERVED_SLUGS } from '@/department/reservedSlugs'
import { localeOfPath, switchPath } from '@/i18n/locale'
import type { User } from '@/payload-types'
import { pageBody } from '@/seed/departmentPages'

import { seedUser, TEST_PASSWORD } from '../helpers/fixtures'
import { testPayload } from '../helpers/payload'
import { outsideClient, type PortalSDK, refusal } from '../helpers/sdk'

// Next's data cache only exists inside a Next server; here each read goes straight to the database.
// revalidateTag (the collection's hooks) has nothing to expire either.
vi.mock('next/cache', () => ({ unstable_cache: <T>(read: T) => read, revalidateTag: () => undefined }))

const context = { disableRevalidate: true }

/** Everything a refusal says, its fields' own messages included (Payload puts those under data.errors). */
async function refusalText(call: Promise<unknown>): Promise<string> {
  try {
    await call
  } catch (error) {
    if (error instanceof PayloadSDKError) return JSON.stringify({ status: error.status, errors: error.errors })
    return JSON.stringify({ message: (error as Error).message, data: (error as { data?: unknown }).data })
  }
  throw new Error('Expected a refusal, but the call succeeded.')
}
let payload: Payload
let editor: User
let staff: PortalSDK
const reader = () => outsideClient()

beforeAll(async () => {
  payload = await testPayload()
  editor = await seedUser(payload, 'editor', 'Biên tập trang')
  const { token } = await outsideClient().login({ collection: 'users', data: { email: editor.email, password: TEST_PASSWORD } })
  staff = outsideClient(token!)
})

/** The first path segments the app's folders and public files answer. */
function routeSegments(): string[] {
  const app = path.resolve('src/app')
  const segments = new Set<string>()
  const visit = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) {
        // A route group adds no segment: look inside. A dynamic segment is not a name a slug can take.
        if (/^\(.*\)$/.test(entry.name)) visit(path.join(dir, entry.name))
        else if (!entry.name.startsWith('[') && !entry.name.startsWith('_')) segments.add(entry.name)
      } else if (/^(robots|sitemap|manifest)\.ts$/.test(entry.name)) {
        segments.add({ robots: 'robots.txt', sitemap: 'sitemap.xml', manifest: 'manifest.webmanifest' }[entry.name.slice(0, -3)]!)
      }
    }
  }
  visit(app)
  // A page's English version lives at /en/<slug>: the English side's own routes are taken there.
  visit(path.join(app, '(english)', 'en'))
  for (const file of readdirSync(path.resolve('public'))) segments.add(file)
  return [...segments].sort()
}

describe('a page slug never hides behind a route of the site', () => {
  it('lists every first path segment the app and public/ answer', () => {
    const missing = routeSegments().filter((segment) => !RESERVED_SLUGS.includes(segment))
    expect(missing, 'add these to RESERVED_SLUGS in src/department/reservedSlugs.ts').toEqual([])
  })

  it.each(['tin-tuc', 'lien-he', 'en', 'admin', 'hoi-dap', 'tim-kiem', 'about', 'page-not-found'])(
    'refuses the slug "%s" with a Vietnamese message',
    async (slug) => {
      const attempt = payload.create({
        collection: 'pages',
        data: { title: `Trang ${slug}`, slug, _status: 'published' },
        user: editor,
        overrideAccess: false,
        context,
      })
      expect(await refusalText(attempt)).toContain(`Đường dẫn \\"/${slug}\\" trùng với một mục sẵn có của cổng thông tin`)
    },
  )

  it('refuses a clash through REST as a 400 with its message, and a slug with marks or spaces', async () => {
    const clash = await refusalText(staff.create({ collection: 'pages', data: { title: 'Chỉ số', slug: 'chi-so', _status: 'published' } }))
    expect(clash).toContain('"status":400')
    expect(clash).toContain('trùng với một mục sẵn có')
    const bad = await refusalText(
      staff.create({ collection: 'pages', data: { title: 'Giới thiệu', slug: 'Giới thiệu', _status: 'published' } }),
    )
    expect(bad).toContain('"status":400')
    expect(bad).toContain('chữ thường không dấu')
  })

  it('accepts a slug of its own', async () => {
    const page = await staff.create({
      collection: 'pages',
      data: { title: 'Quy chế hoạt động', slug: 'quy-che-hoat-dong', _status: 'published' },
    })
    expect(page.slug).toBe('quy-che-hoat-dong')
    // Written through REST without naming a locale, the title lands in Vietnamese.
    expect((await payload.findByID({ collection: 'pages', id: page.id, locale: 'vi' })).title).toBe('Quy chế hoạt động')
    // And a reader who names no locale reads it in Vietnamese (Payload alone, with fallback off, gave no title).
    expect((await reader().findByID({ collection: 'pages', id: page.id })).title).toBe('Quy chế hoạt động')
  })
})

describe('drafts stay with staff', () => {
  it('anonymous REST cannot read a draft page, by id, by slug, nor by asking for drafts', async () => {
    const draft = await payload.create({
      collection: 'pages',
      draft: true,
      data: { title: 'Trang đang soạn', slug: 'trang-dang-soan', body: pageBody([{ p: 'Bí mật nội bộ.' }]), _status: 'draft' },
      context,
    })
    expect(await refusal(reader().findByID({ collection: 'pages', id: draft.id }))).toMatchObject({ status: 404 })
    const bySlug = await reader().find({ collection: 'pages', where: { slug: { equals: 'trang-dang-soan' } }, draft: true })
    expect(bySlug.docs).toEqual([])
    expect(await refusal(reader().findVersions({ collection: 'pages' }))).toMatchObject({ status: 403 })
    expect(await getPageBySlug('trang-dang-soan', 'vi')).toBeNull()
    // Staff read it.
    expect((await staff.findByID({ collection: 'pages', id: draft.id, draft: true })).title).toBe('Trang đang soạn')
  })

  it('a reader may not filter pages on anything but the indexed slug and id', async () => {
    expect(await refusal(reader().find({ collection: 'pages', where: { title: { like: 'a' } } }))).toMatchObject({ status: 400 })
  })

  it('the menu lists published pages marked for it, in staff order, and never a draft', async () => {
    await payload.create({
      collection: 'pages',
      data: { title: 'Thứ hai', slug: 'muc-thu-hai', showInMenu: true, menuOrder: 20, _status: 'published' },
      context,
    })
    await payload.create({
      collection: 'pages',
      data: { title: 'Thứ nhất', slug: 'muc-thu-nhat', showInMenu: true, menuOrder: 10, _status: 'published' },
      context,
    })
    await payload.create({
      collection: 'pages',
      draft: true,
      data: { title: 'Nháp', slug: 'muc-nhap', showInMenu: true, menuOrder: 5, _status: 'draft' },
      context,
    })
    await payload.create({
      collection: 'pages',
      data: { title: 'Ngoài menu', slug: 'ngoai-menu', showInMenu: false, _status: 'published' },
      context,
    })
    const slugs = (await listMenuPages('vi')).map((page) => page.slug)
    expect(slugs).toEqual(['muc-thu-nhat', 'muc-thu-hai'])
  })
})

describe('English has no silent fallback to Vietnamese', () => {
  it('a page written only in Vietnamese has no English title or body', async () => {
    const page = await payload.create({
      collection: 'pages',
      locale: 'vi',
      data: { title: 'Chỉ tiếng Việt', slug: 'chi-tieng-viet', body: pageBody([{ p: 'Nội dung tiếng Việt.' }]), _status: 'published' },
      context,
    })
    const english = await getPageBySlug('chi-tieng-viet', 'en')
    expect(english?.id).toBe(page.id)
    expect(english?.title ?? null).toBeNull()
    expect(english?.body ?? null).toBeNull()
    const rest = await reader().findByID({ collection: 'pages', id: page.id, locale: 'en' })
    expect(rest.title ?? null).toBeNull()
    expect((await getPageBySlug('chi-tieng-viet', 'vi'))?.title).toBe('Chỉ tiếng Việt')
  })

  it('the English text, once written, is read in English and leaves the Vietnamese as it was', async () => {
    const page = await payload.create({
      collection: 'pages',
      locale: 'vi',
      data: { title: 'Hai thứ tiếng', slug: 'hai-thu-tieng', _status: 'published' },
      context,
    })
    await payload.update({
      collection: 'pages',
      id: page.id,
      locale: 'en',
      data: { title: 'Two languages', _status: 'published' },
      context,
    })
    expect((await getPageBySlug('hai-thu-tieng', 'en'))?.title).toBe('Two languages')
    expect((await getPageBySlug('hai-thu-tieng', 'vi'))?.title).toBe('Hai thứ tiếng')
  })

  it('the contacts global keeps English apart too, and only editors change it', async () => {
    await payload.updateGlobal({ slug: 'contacts', locale: 'vi', data: { address: 'Địa chỉ tiếng Việt', phone: '0214 000 000' }, context })
    const english = await payload.findGlobal({ slug: 'contacts', locale: 'en', fallbackLocale: false })
    expect(english.address ?? null).toBeNull()
    expect(english.phone).toBe('0214 000 000')
    const author = await seedUser(payload, 'author', 'Tác giả')
    await expect(payload.updateGlobal({ slug: 'contacts', data: { phone: '1' }, user: author, overrideAccess: false })).rejects.toThrow()
    expect(await refusal(reader().updateGlobal({ slug: 'contacts', data: { phone: '113' } }))).toMatchObject({ status: 403 })
    // The site reads the global through the Local API in a named language; a REST reader names one too.
    expect((await reader().findGlobal({ slug: 'contacts', locale: 'vi' })).address).toBe('Địa chỉ tiếng Việt')
    expect((await reader().findGlobal({ slug: 'contacts', locale: 'en' })).address ?? null).toBeNull()
  })
})

describe('the language switch', () => {
  it.each([
    ['/gioi-thieu', '/en/about'],
    ['/en/about', '/gioi-thieu'],
    ['/lien-he', '/en/contact'],
    ['/en/contact', '/lien-he'],
    ['/chinh-sach-bao-mat', '/en/chinh-sach-bao-mat'],
    ['/en/chinh-sach-bao-mat', '/chinh-sach-bao-mat'],
    ['/tin-tuc/mot-bai-viet', '/en'],
    ['/tin-tuc', '/en'],
    ['/', '/en'],
    ['/en', '/'],
    ['/en/', '/'],
    ['/lanh-dao', '/en/leaders'],
  ])('leads from %s to %s', (from, to) => {
    expect(switchPath(from)).toBe(to)
  })

  it('knows which side a path is on', () => {
    expect(localeOfPath('/en/about')).toBe('en')
    expect(localeOfPath('/en')).toBe('en')
    expect(localeOfPath('/entry')).toBe('vi')
    expect(localeOfPath('/gioi-thieu?x=1')).toBe('vi')
  })
})
