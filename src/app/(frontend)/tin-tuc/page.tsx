import type { Metadata } from 'next'

import { NewsArchive } from '@/components/NewsArchive'

export const metadata: Metadata = { title: 'Tin tức', alternates: { canonical: '/tin-tuc' } }

export default function NewsPage() {
  return <NewsArchive page={1} />
}
