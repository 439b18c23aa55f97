import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

export const metadata: Metadata = { title: 'Page not found' }

// Any English path the site does not know renders the English 404 inside the English layout.
export default function UnknownEnglishPage() {
  notFound()
}
