/**
 * Cache tags for the public pages, shared by the readers that set them and the hooks that expire them.
 * Every page that shows articles carries `articles`: lists, and each article page too, since its
 * "Tin khác" list changes with every publish. An article's own data also carries its slug tag.
 * Categories, authors, units and images appear on those same pages, so their changes expire `articles`.
 */
export const TAGS = {
  articles: 'articles',
  article: (slug: string) => `article:${slug}`,
  /** The header and footer (site settings, menu), on every page. */
  site: 'site',
  /** The department's pages (src/collections/Pages.ts): their own paths and the header's menu. */
  pages: 'pages',
  /** The contacts global, on /lien-he and /en/contact. */
  contacts: 'contacts',
} as const
