import type { Metadata } from 'next'

import { EnglishPage } from '@/components/i18n/EnglishPage'

export const metadata: Metadata = {
  title: 'About the department',
  alternates: { canonical: '/en/about', languages: { vi: '/gioi-thieu', en: '/en/about' } },
}

/** The introduction (the page gioi-thieu) in English. */
export default function AboutPage() {
  return <EnglishPage slug="gioi-thieu" path="/en/about" title="About the department" />
}
