// Which language a public route is in, and where the header's language switch leads. One table of
// Vietnamese ↔ English counterparts serves every capability: add a row when an English route is added.
import { RESERVED_SLUGS } from '@/department/reservedSlugs'

export const LOCALES = ['vi', 'en'] as const
export type Locale = (typeof LOCALES)[number]
export const DEFAULT_LOCALE: Locale = 'vi'

/** Where the English side lives: `/en` and everything under it. */
export const ENGLISH_PREFIX = '/en'

/**
 * Routes with a fixed counterpart in the other language. A Vietnamese page of the `pages` collection
 * (`/<slug>`) has its English version at `/en/<slug>` without a row here.
 */
export const COUNTERPARTS: readonly { vi: string; en: string }[] = [
  { vi: '/', en: '/en' },
  { vi: '/gioi-thieu', en: '/en/about' },
  { vi: '/lien-he', en: '/en/contact' },
  // Planned in the organisation branch: the routes exist once it is merged.
  { vi: '/co-cau-to-chuc', en: '/en/organisation' },
  { vi: '/lanh-dao', en: '/en/leaders' },
]

/** The path alone: no query, no fragment, no trailing slash (except the root). */
function bare(path: string): string {
  const cut = path.split(/[?#]/, 1)[0] || '/'
  return cut.length > 1 ? cut.replace(/\/+$/, '') : cut
}

/** The language a path is served in. */
export function localeOfPath(path: string): Locale {
  const p = bare(path)
  return p === ENGLISH_PREFIX || p.startsWith(`${ENGLISH_PREFIX}/`) ? 'en' : 'vi'
}

/**
 * Where the language switch leads from this path: its counterpart, a page's other-language version, or the
 * other side's home when the route has no counterpart (news stays Vietnamese).
 */
export function switchPath(path: string): string {
  const p = bare(path)
  if (localeOfPath(p) === 'en') {
    const row = COUNTERPARTS.find((entry) => entry.en === p)
    if (row) return row.vi
    const rest = p.slice(ENGLISH_PREFIX.length + 1)
    // /en/<page-slug>: the page in Vietnamese.
    return /^[a-z0-9-]+$/.test(rest) ? `/${rest}` : '/'
  }
  const row = COUNTERPARTS.find((entry) => entry.vi === p)
  if (row) return row.en
  const first = p.slice(1)
  // /<slug> that is not one of the site's own routes is a page: its English version.
  if (/^[a-z0-9-]+$/.test(first) && !RESERVED_SLUGS.includes(first)) return `${ENGLISH_PREFIX}/${first}`
  return ENGLISH_PREFIX
}

/** The Vietnamese path of an English route, for the "not yet available in English" notice. */
export const vietnamesePathOf = (englishPath: string): string => switchPath(englishPath)

/** What the switch says, in the language it leads to (so a reader of either language recognises it). */
export const SWITCH_LABEL: Record<Locale, { text: string; lang: Locale; title: string }> = {
  // On a Vietnamese page: a link to English.
  vi: { text: 'English', lang: 'en', title: 'Read this in English' },
  // On an English page: a link to Vietnamese.
  en: { text: 'Tiếng Việt', lang: 'vi', title: 'Xem bằng tiếng Việt' },
}
