import { vietnamesePathOf } from '@/i18n/locale'

/**
 * Shown on an English route whose English text staff have not written yet: never a blank page, always
 * the way to the Vietnamese original.
 */
export function NotYetInEnglish({ path, title }: { path: string; title?: string }) {
  return (
    <section className="not-yet-english">
      {title ? <h1>{title}</h1> : null}
      <p>Not yet available in English.</p>
      <p>
        <a href={vietnamesePathOf(path)} hrefLang="vi">
          Read the Vietnamese version
        </a>{' '}
        (<span lang="vi">Xem bản tiếng Việt</span>).
      </p>
    </section>
  )
}
