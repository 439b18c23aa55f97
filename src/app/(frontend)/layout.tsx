import type { Metadata, Viewport } from 'next'
import type React from 'react'

import { BeaconScript } from '@/components/counters/BeaconScript'
import { ReaderScript } from '@/components/ReaderScript'
import { VisitorBox } from '@/components/counters/VisitorBox'
import { SiteFooter } from '@/components/SiteFooter'
import { SITE_NAME, SiteHeader } from '@/components/SiteHeader'
import { siteUrl } from '@/env'

import './globals.css'

export const metadata: Metadata = {
  metadataBase: new URL(siteUrl()),
  title: { default: `Cổng thông tin điện tử ${SITE_NAME}`, template: `%s | ${SITE_NAME}` },
  description: `Tin tức, hoạt động và thông tin chính thức của ${SITE_NAME}.`,
  alternates: { canonical: '/', types: { 'application/rss+xml': '/rss.xml' } },
  openGraph: { type: 'website', locale: 'vi_VN', siteName: `Cổng thông tin điện tử ${SITE_NAME}` },
  twitter: { card: 'summary_large_image' },
}

export const viewport: Viewport = { width: 'device-width', initialScale: 1 }

export default function FrontendLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="vi">
      <body>
        <a className="skip-link" href="#noi-dung">
          Chuyển đến nội dung chính
        </a>
        <SiteHeader />
        <div className="container site-body">
          <main id="noi-dung" className="site-main">
            {children}
          </main>
          <aside className="site-sidebar" aria-label="Thông tin thêm">
            <VisitorBox />
          </aside>
        </div>
        {/* The page's own scripts: the beacon, then the weather line, the article's tools and fetching ahead. */}
        <BeaconScript />
        <ReaderScript />
        <SiteFooter />
      </body>
    </html>
  )
}
