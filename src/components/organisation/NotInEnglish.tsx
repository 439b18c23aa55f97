/**
 * Where an English text is missing: the Vietnamese text (marked lang="vi"), said to be untranslated, and a
 * link to the Vietnamese page. Never a blank. Without `href` (already inside a link) no link is added.
 */
export function NotInEnglish({ href, children }: { href?: string; children?: React.ReactNode }) {
  return (
    <span className="not-in-english">
      {children ? (
        <>
          <span lang="vi">{children}</span>{' '}
        </>
      ) : null}
      {href ? (
        <span className="org-note">
          (Not yet available in English:{' '}
          <a href={href} hrefLang="vi">
            see the Vietnamese page
          </a>
          )
        </span>
      ) : (
        <span className="org-note">(not yet available in English)</span>
      )}
    </span>
  )
}
