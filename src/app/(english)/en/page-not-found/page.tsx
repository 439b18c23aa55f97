// The English 404 page's content as a page of its own: see src/app/(frontend)/khong-tim-thay/page.tsx.
import type { Metadata } from 'next'

import EnglishNotFound from '../not-found'

export const metadata: Metadata = { title: 'Page not found', robots: { index: false } }

export default function EnglishNotFoundPage() {
  return <EnglishNotFound />
}
