import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { ArticleList } from '@/components/ArticleList'
import { Breadcrumbs } from '@/components/Breadcrumbs'
import { JsonLd } from '@/components/JsonLd'
import { ArticleTools } from '@/components/ArticleTools'
import { ArticleViews } from '@/components/counters/ArticleViews'
import { MediaImage } from '@/components/MediaImage'
import { Pagination } from '@/components/Pagination'
import { PreviewBanner } from '@/components/PreviewBanner'
import { RichText } from '@/components/RichText'
import { CitedDocuments } from '@/components/documents/CitedDocuments'
import { ScoreRecordBlock } from '@/components/scores/ScoreRecordBlock'
import { bodyShowsImage, bylineOf, excerptOf, newsArticleJsonLd } from '@/news/article'
import { siteUrl } from '@/env'
import { articlePath, categoryPath, newsPagePath } from '@/news/paths'
import { previewArticle } from '@/news/preview'
import { getArticleBySlug, listLatestArticles, listOtherArticles, listNewestSlugs, listRelatedArticles } from '@/news/queries'
import { formatDate } from '@/utilities/format'

type Props = { params: Promise<{ slug: string }> }

export async function generateStaticParams() {
  return (await listNewestSlugs()).map((slug) => ({ slug }))
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = await getArticleBySlug((await params).slug)
  if (!article) return { title: 'Không tìm thấy trang' }
  const description = article.summary || excerptOf(article)
  const cover = typeof article.coverImage === 'object' ? article.coverImage : null
  const images = cover?.url ? [{ url: cover.url, alt: cover.alt, width: cover.width ?? undefined, height: cover.height ?? undefined }] : []
  return {
    title: article.title,
    description,
    alternates: { canonical: articlePath(article.slug ?? '') },
    openGraph: {
      type: 'article',
      title: article.title,
      description,
      url: articlePath(article.slug ?? ''),
      publishedTime: article.publishedAt ?? undefined,
      modifiedTime: article.updatedAt,
      images,
    },
    twitter: { card: 'summary_large_image', title: article.title, description, images: images.map((image) => image.url) },
  }
}

export default async function ArticlePage({ params }: Props) {
  const { slug } = await params
  // Staff in preview read the latest draft, uncached; everyone else reads the cached published article.
  const preview = await previewArticle(slug)
  const article = preview ? preview.article : await getArticleBySlug(slug)
  if (!article) notFound()

  const [others, archive, related] = await Promise.all([listOtherArticles(article.id), listLatestArticles(1), listRelatedArticles(article)])
  const category = typeof article.category === 'object' ? article.category : null
  const cover = typeof article.coverImage === 'object' ? article.coverImage : null
  const byline = bylineOf(article)
  const scoreRecords = (article.scoreRecords ?? []).filter((record) => typeof record === 'object')

  return (
    <>
      {preview ? <PreviewBanner path={articlePath(slug)} /> : null}
      <JsonLd data={newsArticleJsonLd(article, siteUrl())} />
      <Breadcrumbs
        items={[category ? { label: category.name, href: categoryPath(category.slug ?? '') } : { label: 'Tin tức', href: '/tin-tuc' }]}
      />
      <article className="article">
        <header className="article__header">
          <h1 className="article__title">{article.title}</h1>
          <p className="article__meta">
            {article.publishedAt ? (
              <>
                Ngày đăng: <time dateTime={article.publishedAt}>{formatDate(article.publishedAt)}</time>
                {' · '}
              </>
            ) : null}
            {category ? (
              <>
                Chuyên mục: <a href={categoryPath(category.slug ?? '')}>{category.name}</a>
                {' · '}
              </>
            ) : null}
            <ArticleViews articleId={article.id} legacyViews={article.legacyViews ?? 0} preview={Boolean(preview)} />
          </p>
          <ArticleTools url={`${siteUrl()}${articlePath(slug)}`} title={article.title} />
          <p className="print-only">Nguồn: {`${siteUrl()}${articlePath(slug)}`}</p>
        </header>
        {article.summary ? <p className="article__summary">{article.summary}</p> : null}
        {cover && !bodyShowsImage(article, cover.id) ? (
          <figure className="article-figure">
            <MediaImage media={cover} sizes="(max-width: 800px) 100vw, 760px" loading="eager" />
            {cover.caption ? <figcaption>{cover.caption}</figcaption> : null}
          </figure>
        ) : null}
        <RichText data={article.body} />
        {byline ? <p className="article__byline">{byline}</p> : null}
        {scoreRecords.map((record) => (
          <ScoreRecordBlock key={record.id} record={record} linkToRecord />
        ))}
        <CitedDocuments article={article} />
      </article>

      {related.length > 0 ? (
        <aside className="other-news" aria-labelledby="tin-lien-quan">
          <h2 id="tin-lien-quan" className="section-title">
            Tin liên quan
          </h2>
          <ArticleList articles={related} compact />
        </aside>
      ) : null}

      <aside className="other-news" aria-labelledby="tin-khac">
        <h2 id="tin-khac" className="section-title">
          Tin khác
        </h2>
        <ArticleList articles={others.docs} compact emptyText="Chưa có tin khác." />
        <Pagination page={0} totalPages={archive.totalPages} hrefFor={newsPagePath} label="Các trang tin" />
      </aside>
    </>
  )
}
