// Public URLs, in Vietnamese as readers expect them.

/** Articles on a page of "Tin tức" or of a category. */
export const ARTICLES_PER_PAGE = 10

export const articlePath = (slug: string) => `/tin-tuc/${slug}`
export const newsPagePath = (page: number) => (page <= 1 ? '/tin-tuc' : `/tin-tuc/trang/${page}`)
export const categoryPath = (slug: string, page = 1) => (page <= 1 ? `/chuyen-muc/${slug}` : `/chuyen-muc/${slug}/trang/${page}`)
export const scoreRecordPath = (indexSlug: string, year: number) => `/chi-so/${indexSlug}/${year}`
export const ADMIN_PATH = '/admin'
/** Turns on Next's draft mode for signed-in staff, then opens the article with its latest draft. */
export const previewPath = (slug: string) => `/xem-truoc?duong-dan=${encodeURIComponent(articlePath(slug))}`
export const EXIT_PREVIEW_PATH = '/thoat-xem-truoc'

/** Reads a page number from a URL segment: a whole number from 2 up (page 1 has its own URL), or null. */
export function parsePageParam(value: string): number | null {
  if (!/^\d{1,6}$/.test(value)) return null
  const page = Number(value)
  return page >= 2 ? page : null
}
