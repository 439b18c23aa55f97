import type { Metadata } from 'next'

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
          <a href="/en/about">About the department</a>: its functions, duties and history.
        </li>
        <li>
          <a href="/en/contact">Contact</a>: address, phone, working hours and spokesperson.
        </li>
      </ul>
      <p>
        News and everything else on this portal is in Vietnamese:{' '}
        <a href="/" hrefLang="vi" lang="vi">
          Trang chủ tiếng Việt
        </a>
        .
      </p>
    </article>
  )
}
