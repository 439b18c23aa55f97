/**
 * Cache tags for the public pages, shared by the readers that set them and the hooks that expire them.
 * Every list of articles (home, news archive, "Tin khác", category pages) carries `articles`;
 * an article's own page also carries its slug tag.
 */
export const TAGS = {
  articles: 'articles',
  article: (slug: string) => `article:${slug}`,
  categories: 'categories',
} as const
