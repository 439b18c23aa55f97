// An email address shown so that people can read and type it but address harvesters, which look for
// "name@domain" and mailto: links in the HTML, do not find one. No JavaScript: the page works as served.
// Shared by /lanh-dao, /co-cau-to-chuc and /lien-he.

const WORDS = {
  vi: { at: 'a còng', dot: 'chấm', hint: 'Thư điện tử (thay [a] bằng @)' },
  en: { at: 'at', dot: 'dot', hint: 'Email (replace [at] with @)' },
} as const

/**
 * "ten[a]laocai.gov.vn" on screen, read aloud by screen readers as "ten a còng laocai chấm gov chấm vn".
 * The "@" is never in the HTML and there is no mailto: link on purpose (its href would carry the whole
 * address); the title says how to restore the "@".
 */
export function ProtectedEmail({ email, lang = 'vi' }: { email: string; lang?: 'vi' | 'en' }) {
  const at = email.lastIndexOf('@')
  if (at < 1) return null
  const words = WORDS[lang]
  const local = email.slice(0, at)
  const domainParts = email.slice(at + 1).split('.')
  return (
    <span className="protected-email" title={words.hint}>
      {local}
      <span aria-hidden="true">{lang === 'vi' ? '[a]' : '[at]'}</span>
      <span className="visually-hidden"> {words.at} </span>
      {domainParts.map((part, i) => (
        <span key={i}>
          {i > 0 ? (
            <>
              <span aria-hidden="true">.</span>
              <span className="visually-hidden"> {words.dot} </span>
            </>
          ) : null}
          {part}
        </span>
      ))}
    </span>
  )
}
