import type { Metadata } from 'next'

import { NewsArchive } from '@/components/NewsArchive'

export const metadata: Metadata = { title: 'Tin tức' }

export default function NewsPage() {
  return <NewsArchive page={1} />
}
