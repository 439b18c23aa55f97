import { RichText } from '@/components/RichText'
import type { Page } from '@/payload-types'

/** A department page's title and body, as on /<slug> and /en/<slug>. */
export function PageBody({ page, title }: { page: Page; title?: string }) {
  return (
    <article className="article department-page">
      <header className="article__header">
        <h1 className="article__title">{title ?? page.title}</h1>
      </header>
      {page.body ? <RichText data={page.body} /> : null}
    </article>
  )
}
