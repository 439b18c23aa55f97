import type { Article } from '@/payload-types'
import { bodyText } from '@/search/articleText'

import { articlePath } from './paths'

/** "Lưu Quỳnh Liên - Chuyên viên Phòng CCHC-VTLT", as bylines read on the department's pages. */
export function bylineOf(article: Pick<Article, 'author'>): string | null {
  const author = typeof article.author === 'object' ? article.author : null
  if (!author) return null
  const unit = typeof author.unit === 'object' ? author.unit : null
  const role = [author.position, unit?.shortName].filter(Boolean).join(' ')
  return role ? `${author.name} - ${role}` : author.name
}

/** True when the body already shows this image, so the page does not show the cover twice. */
export function bodyShowsImage(article: Pick<Article, 'body'>, mediaId: number): boolean {
  return article.body.root.children.some((node) => {
    if (node.type !== 'upload') return false
    const value = node.value as { id?: number } | number | undefined
    return (typeof value === 'object' ? value?.id : value) === mediaId
  })
}

/** The first words of the body, for descriptions when the article has no summary. */
export function excerptOf(article: Pick<Article, 'body'>, length = 200): string {
  const text = bodyText(article.body).replace(/\s+/g, ' ').trim()
  if (text.length <= length) return text
  const cut = text.slice(0, length)
  return `${cut.slice(0, cut.lastIndexOf(' ') > 0 ? cut.lastIndexOf(' ') : length)}…`
}

/** schema.org NewsArticle, with author, publisher and dates, for search engines. */
export function newsArticleJsonLd(article: Article, origin: string): Record<string, unknown> {
  const author = typeof article.author === 'object' ? article.author : null
  const cover = typeof article.coverImage === 'object' ? article.coverImage : null
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.title,
    description: article.summary || excerptOf(article),
    url: `${origin}${articlePath(article.slug ?? '')}`,
    mainEntityOfPage: `${origin}${articlePath(article.slug ?? '')}`,
    inLanguage: 'vi',
    datePublished: article.publishedAt ?? article.createdAt,
    dateModified: article.updatedAt,
    ...(author ? { author: { '@type': 'Person', name: author.name, jobTitle: author.position ?? undefined } } : {}),
    publisher: { '@type': 'GovernmentOrganization', name: 'Sở Nội vụ tỉnh Lào Cai', url: origin },
    ...(cover?.url ? { image: [`${origin}${cover.url}`] } : {}),
  }
}
