import type { Metadata } from 'next'
import { ReaderLink as Link } from '@/components/ReaderLink.client'

import { ENGLISH_SITE_NAME } from '@/components/i18n/EnglishChrome'

export const metadata: Metadata = {
  title: { absolute: ENGLISH_SITE_NAME },
  alternates: { canonical: '/en', languages: { vi: '/', en: '/en' } },
}

export default function EnglishHome() {
  return (
    <article className="article">
      <header className="article__header">
        <h1 className="article__title">{ENGLISH_SITE_NAME}</h1>
      </header>
      <p>
        The Department of Home Affairs is a specialised agency of the People’s Committee of Lao Cai Province, Viet Nam. These pages
        introduce the department and say how to reach it.
      </p>
      <ul>
        <li>
          <Link href="/en/about">About the department</Link>: its functions, duties and history.
        </li>
        <li>
          <Link href="/en/contact">Contact</Link>: address, phone, working hours and spokesperson.
        </li>
      </ul>
      <p>
        News and everything else on this portal is in Vietnamese:{' '}
        <Link href="/" hrefLang="vi" lang="vi">
          Trang chủ tiếng Việt
        </Link>
        .
      </p>
    </article>
  )
}
