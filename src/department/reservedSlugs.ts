// The first path segments the site itself answers. A page at `/<slug>` may not take one of them: the
// site's route would win and the page could never be read. tests/int/pages.int.spec.ts compares this list
// with the folders of src/app and public/, so a new route that is not listed here fails the tests.

/** Every first path segment the site uses, its own routes and those planned in other branches. */
export const RESERVED_SLUGS: readonly string[] = [
  // src/app/(frontend)
  'api',
  'chi-so',
  'chuyen-muc',
  'khong-tim-thay',
  'lien-he',
  'rss.xml',
  'thoat-xem-truoc',
  'tim-kiem',
  'tin-tuc',
  'xem-truoc',
  // src/app/(english): the English side, and its own routes under /en, where a page's English version lives
  'en',
  'about',
  'contact',
  'leaders',
  'organisation',
  'page-not-found',
  // src/app and src/app/(payload)
  'admin',
  'manifest.webmanifest',
  'robots.txt',
  'sitemap.xml',
  'sitemaps',
  // public/ and Next's own
  '_next',
  'favicon.ico',
  'favicon.svg',
  // routes of the department's other capabilities (văn bản, open data, organisation, leaders, schedule, questions)
  'van-ban',
  'du-lieu-mo',
  'co-cau-to-chuc',
  'lanh-dao',
  'lich-cong-tac',
  'hoi-dap',
]

/** Lowercase ASCII words joined by single hyphens: what slugify() makes. */
export const PAGE_SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/** Why a page cannot live at `/<slug>`, in Vietnamese; null when it can. */
export function pageSlugProblem(slug: unknown): string | null {
  if (typeof slug !== 'string' || slug.length === 0) return 'Cần nhập đường dẫn của trang.'
  if (slug.length > 100) return 'Đường dẫn dài quá 100 ký tự.'
  if (!PAGE_SLUG_PATTERN.test(slug)) {
    return 'Đường dẫn chỉ gồm chữ thường không dấu, chữ số và dấu gạch ngang (ví dụ: gioi-thieu).'
  }
  if (RESERVED_SLUGS.includes(slug)) {
    return `Đường dẫn "/${slug}" trùng với một mục sẵn có của cổng thông tin. Vui lòng chọn đường dẫn khác.`
  }
  return null
}
