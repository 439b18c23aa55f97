import { counterSettings, getCounter } from '@/analytics'
import { formatInteger } from '@/utilities/format'

/** "Lượt xem: N" of an article, marked so the beacon counts this article and updates the number. */
export async function ArticleViews({ articleId, legacyViews, preview }: { articleId: number; legacyViews: number; preview: boolean }) {
  const settings = await counterSettings()
  const { views = legacyViews } = await (await getCounter()).figures(settings.startingTotal, { id: articleId, legacyViews })
  return (
    <span className="article__views" data-article-id={articleId} data-preview={preview ? '' : undefined}>
      Lượt xem:{' '}
      <span data-figure="views" suppressHydrationWarning>
        {formatInteger(views)}
      </span>
    </span>
  )
}
