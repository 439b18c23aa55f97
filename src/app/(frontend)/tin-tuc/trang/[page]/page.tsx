import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { NewsArchive } from '@/components/NewsArchive'
import { parsePageParam } from '@/news/paths'

// Rendered on first visit, then served from cache until an article or category changes.
export const generateStaticParams = async () => []

type Props = { params: Promise<{ page: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { page } = await params
  return { title: `Tin tức – trang ${page}` }
}

export default async function NewsArchivePage({ params }: Props) {
  const page = parsePageParam((await params).page)
  if (!page) notFound()
  return <NewsArchive page={page} />
}
