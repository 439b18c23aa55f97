import Link from 'next/link'

/** Where an English text is missing: say so, and lead to the Vietnamese page (never a blank). */
export function NotInEnglish({ href, children }: { href: string; children?: React.ReactNode }) {
  return (
    <span className="not-in-english">
      {children ? (
        <>
          <span lang="vi">{children}</span>{' '}
        </>
      ) : null}
      <span className="org-note">
        (Not yet available in English:{' '}
        <Link href={href} hrefLang="vi">
          see the Vietnamese page
        </Link>
        )
      </span>
    </span>
  )
}
