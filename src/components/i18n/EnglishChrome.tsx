// The English side's header and footer: the department's name, the pages written in English, the switch.

import { listMenuPages } from '@/department/queries'
import { ENGLISH_PREFIX } from '@/i18n/locale'

import { LanguageSwitch } from './LanguageSwitch.client'

export const ENGLISH_SITE_NAME = 'Lao Cai Department of Home Affairs'

export async function EnglishHeader() {
  // Only pages whose English title is written; "About" is the introduction page, listed first.
  const pages = (await listMenuPages('en')).filter((page) => page.slug !== 'gioi-thieu')
  return (
    <header className="site-header">
      <div className="container site-header__inner">
        <a href={ENGLISH_PREFIX} className="site-brand">
          <span className="site-brand__emblem" aria-hidden="true" />
          <span>
            <span className="site-brand__kicker">Official web portal</span>
            <span className="site-brand__name">{ENGLISH_SITE_NAME}</span>
          </span>
        </a>
        <div className="site-header__tools">
          <LanguageSwitch />
        </div>
      </div>
      <nav className="site-nav" aria-label="Main">
        <ul className="container site-nav__list">
          <li className="site-nav__item">
            <a href={ENGLISH_PREFIX}>Home</a>
          </li>
          <li className="site-nav__item">
            <a href={`${ENGLISH_PREFIX}/about`}>About</a>
          </li>
          {pages.map((page) => (
            <li key={page.slug} className="site-nav__item">
              <a href={`${ENGLISH_PREFIX}/${page.slug}`}>{page.title}</a>
            </li>
          ))}
          <li className="site-nav__item">
            <a href={`${ENGLISH_PREFIX}/organisation`}>Organisation</a>
          </li>
          <li className="site-nav__item">
            <a href={`${ENGLISH_PREFIX}/leaders`}>Leaders</a>
          </li>
          <li className="site-nav__item">
            <a href={`${ENGLISH_PREFIX}/contact`}>Contact</a>
          </li>
        </ul>
      </nav>
    </header>
  )
}

export function EnglishFooter() {
  return (
    <footer className="site-footer">
      <div className="container">
        <p className="site-footer__name">{ENGLISH_SITE_NAME}</p>
        <p>
          Most of this portal, including all news, is in Vietnamese. The introduction and contacts are translated; other pages say when they
          are not yet.
        </p>
        <ul className="site-footer__links">
          <li>
            <a href={`${ENGLISH_PREFIX}/contact`}>Contact</a>
          </li>
          <li>
            <a href={`${ENGLISH_PREFIX}/chinh-sach-bao-mat`}>Privacy notice</a>
          </li>
          <li>
            <a href={`${ENGLISH_PREFIX}/tuyen-bo-tiep-can`}>Accessibility statement</a>
          </li>
        </ul>
      </div>
    </footer>
  )
}
