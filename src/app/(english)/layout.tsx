// The English pages (/en/...) have their own root layout so that the served HTML says <html lang="en">
// without reading the request: the Vietnamese layout in (frontend) is fixed to lang="vi". Same styles,
// a shorter English header and footer, and a link back to the Vietnamese site.
import type { Metadata, Viewport } from 'next'
import Link from 'next/link'
import type React from 'react'

import { siteUrl } from '@/env'

import '../(frontend)/globals.css'
import '@/components/organisation/organisation.css'

export const ENGLISH_SITE_NAME = 'Department of Home Affairs of Lao Cai Province'

export const metadata: Metadata = {
  metadataBase: new URL(siteUrl()),
  title: { default: ENGLISH_SITE_NAME, template: `%s | ${ENGLISH_SITE_NAME}` },
  openGraph: { type: 'website', locale: 'en_GB', siteName: ENGLISH_SITE_NAME },
}

export const viewport: Viewport = { width: 'device-width', initialScale: 1 }

export default function EnglishLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body>
        <a className="skip-link" href="#content">
          Skip to main content
        </a>
        <header className="site-header">
          <div className="container site-header__inner">
            <Link href="/en/organisation" className="site-brand">
              <span className="site-brand__emblem" aria-hidden="true" />
              <span>
                <span className="site-brand__kicker">Web portal</span>
                <span className="site-brand__name">{ENGLISH_SITE_NAME}</span>
              </span>
            </Link>
            <div className="site-header__tools">
              <Link href="/" lang="vi" hrefLang="vi">
                Tiếng Việt
              </Link>
            </div>
          </div>
          <nav className="site-nav" aria-label="Main">
            <ul className="container site-nav__list">
              <li className="site-nav__item">
                <Link href="/en/organisation">Organisation</Link>
              </li>
              <li className="site-nav__item">
                <Link href="/en/leaders">Leaders</Link>
              </li>
            </ul>
          </nav>
        </header>
        <div className="container site-body">
          <main id="content" className="site-main">
            {children}
          </main>
        </div>
        <footer className="site-footer">
          <div className="container">
            <p>{ENGLISH_SITE_NAME}. The Vietnamese site is the authoritative version.</p>
          </div>
        </footer>
      </body>
    </html>
  )
}
