import { ArticleList } from '@/components/ArticleList'
import { listLatestArticles } from '@/news/queries'

export default async function HomePage() {
  const latest = await listLatestArticles(1)
  return (
    <section aria-labelledby="tin-moi">
      <h1 id="tin-moi" className="section-title">
        Tin mới nhất
      </h1>
      <ArticleList articles={latest.docs} />
      {latest.totalPages > 1 ? (
        <p>
          <a href="/tin-tuc/trang/2">Xem thêm tin</a>
        </p>
      ) : null}
    </section>
  )
}
