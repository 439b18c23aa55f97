// RSS 2.0 for the latest published articles (of the site, or of one category).
import type { Article } from '@/payload-types'

const escapeXml = (text: string) =>
  text.replace(/[<>&'"]/g, (char) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[char]!)

export function renderRss({
  title,
  description,
  link,
  selfUrl,
  articles,
  articleUrl,
}: {
  title: string
  description: string
  link: string
  selfUrl: string
  articles: Article[]
  articleUrl: (article: Article) => string
}): string {
  const items = articles.map((article) => {
    const url = articleUrl(article)
    const category = typeof article.category === 'object' && article.category ? article.category.name : null
    return [
      '    <item>',
      `      <title>${escapeXml(article.title)}</title>`,
      `      <link>${escapeXml(url)}</link>`,
      `      <guid isPermaLink="true">${escapeXml(url)}</guid>`,
      article.publishedAt ? `      <pubDate>${new Date(article.publishedAt).toUTCString()}</pubDate>` : null,
      category ? `      <category>${escapeXml(category)}</category>` : null,
      article.summary ? `      <description>${escapeXml(article.summary)}</description>` : null,
      '    </item>',
    ]
      .filter(Boolean)
      .join('\n')
  })
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">',
    '  <channel>',
    `    <title>${escapeXml(title)}</title>`,
    `    <link>${escapeXml(link)}</link>`,
    `    <description>${escapeXml(description)}</description>`,
    '    <language>vi</language>',
    `    <atom:link href="${escapeXml(selfUrl)}" rel="self" type="application/rss+xml"/>`,
    ...items,
    '  </channel>',
    '</rss>',
    '',
  ].join('\n')
}

export const rssResponse = (xml: string) => new Response(xml, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } })
