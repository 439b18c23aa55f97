import { articlePath, categoryPath } from '@/news/paths'
import type { Article } from '@/payload-types'
import { formatDate } from '@/utilities/format'

import { MediaImage } from './MediaImage'

type Props = {
  articles: Article[]
  /** Show the thumbnail and summary (lists) or only the title and date (side lists). */
  compact?: boolean
  emptyText?: string
}

export function ArticleList({ articles, compact = false, emptyText = 'Chưa có bài viết nào.' }: Props) {
  if (articles.length === 0) return <p className="muted">{emptyText}</p>
  return (
    <ul className={compact ? 'article-list article-list--compact' : 'article-list'}>
      {articles.map((article) => {
        const category = typeof article.category === 'object' ? article.category : null
        const cover = typeof article.coverImage === 'object' ? article.coverImage : null
        return (
          <li key={article.id} className="article-list__item">
            {!compact && cover ? <MediaImage className="article-list__thumb" media={cover} sizes="160px" /> : null}
            <div>
              <h3 className="article-list__title">
                <a href={articlePath(article.slug ?? '')}>{article.title}</a>
              </h3>
              <p className="article-list__meta">
                {article.publishedAt ? <time dateTime={article.publishedAt}>{formatDate(article.publishedAt)}</time> : null}
                {category ? (
                  <>
                    {' · '}
                    <a href={categoryPath(category.slug ?? '')}>{category.name}</a>
                  </>
                ) : null}
              </p>
              {!compact && article.summary ? <p className="article-list__summary">{article.summary}</p> : null}
            </div>
          </li>
        )
      })}
    </ul>
  )
}
