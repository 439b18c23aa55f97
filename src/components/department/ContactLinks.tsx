// Phones and emails as the department's pages show them (contacts; the organisation's people may reuse them).
//
// Emails are written "tenmien [a] laocai.gov.vn", never as a mailto: link. Harvesters read the HTML, not
// the screen: a mailto: href, an address split across tags or written with HTML entities (&#64;) all
// come out of any HTML parser as a plain address. Without JavaScript tricks, the only form a harvester's
// pattern misses is one without "@" anywhere in the page, so the reader is told to put it back. The
// cost is one step for a person writing by hand; a screen reader reads "a" in brackets, with the hint.

const LABELS = {
  vi: { hint: 'thay [a] bằng @', phone: 'Gọi' },
  en: { hint: 'replace [a] with @', phone: 'Call' },
} as const

type Lang = keyof typeof LABELS

/** The address with "@" written as "[a]", split into its parts. */
export function emailParts(email: string): { local: string; domain: string } | null {
  const at = email.lastIndexOf('@')
  if (at <= 0 || at === email.length - 1) return null
  return { local: email.slice(0, at), domain: email.slice(at + 1) }
}

export function ObfuscatedEmail({ email, lang = 'vi' }: { email: string; lang?: Lang }) {
  const parts = emailParts(email)
  if (!parts) return null
  return (
    <span className="obfuscated-email">
      <span translate="no">
        {parts.local} [a] {parts.domain}
      </span>{' '}
      <span className="obfuscated-email__hint">({LABELS[lang].hint})</span>
    </span>
  )
}

/** A phone number as written, dialled as digits and "+". */
export function PhoneLink({ phone }: { phone: string }) {
  const dial = phone.replace(/[^\d+]/g, '')
  if (!dial) return <>{phone}</>
  return <a href={`tel:${dial}`}>{phone}</a>
}
