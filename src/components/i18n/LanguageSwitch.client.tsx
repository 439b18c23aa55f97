'use client'
// The header's language switch: the current page's counterpart in the other language (src/i18n/locale.ts).
// A client component only for the path; the link is in the server-rendered HTML and works without JavaScript.
import { usePathname } from 'next/navigation'

import { localeOfPath, SWITCH_LABEL, switchPath } from '@/i18n/locale'

export function LanguageSwitch() {
  const path = usePathname() ?? '/'
  const label = SWITCH_LABEL[localeOfPath(path)]
  // A plain <a>: the two languages have different root layouts (<html lang>), so this is a full page load.
  return (
    <a href={switchPath(path)} hrefLang={label.lang} lang={label.lang} title={label.title} className="language-switch">
      {label.text}
    </a>
  )
}
