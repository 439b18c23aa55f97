// The English side's root layout: its own <html lang="en">, so screen readers and browsers read it as
// English (a lang on a <div> would leave the document Vietnamese). Moving between the two languages is a
// full page load, which the language switch is anyway.
import type { Metadata, Viewport } from 'next'
import type React from 'react'

import { BeaconScript } from '@/components/counters/BeaconScript'
import { ReaderScript } from '@/components/ReaderScript'
import { ENGLISH_SITE_NAME, EnglishFooter, EnglishHeader } from '@/components/i18n/EnglishChrome'
import { siteUrl } from '@/env'

import '../(frontend)/globals.css'
import '@/components/organisation/organisation.css'

export const metadata: Metadata = {
  metadataBase: new URL(siteUrl()),
  title: { default: ENGLISH_SITE_NAME, template: `%s | ${ENGLISH_SITE_NAME}` },
  description: `The official web portal of the ${ENGLISH_SITE_NAME}, Viet Nam: introduction and contacts in English.`,
  openGraph: { type: 'website', locale: 'en_GB', siteName: ENGLISH_SITE_NAME },
}

export const viewport: Viewport = { width: 'device-width', initialScale: 1 }

export default function EnglishLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body>
        <a className="skip-link" href="#noi-dung">
          Skip to main content
        </a>
        <EnglishHeader />
        <div className="container site-body site-body--single">
          <main id="noi-dung" className="site-main">
            {children}
          </main>
        </div>
        <BeaconScript />
        <ReaderScript />
        <EnglishFooter />
      </body>
    </html>
  )
}
