import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { CategoryArchive } from '@/components/CategoryArchive'
import { parsePageParam } from '@/news/paths'
import { getCategoryBySlug } from '@/news/queries'

// Rendered on first visit, then served from cache until an article or category changes.
export const generateStaticParams = async () => []

type Props = { params: Promise<{ slug: string; page: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, page } = await params
  const category = await getCategoryBySlug(slug)
  return { title: category ? `${category.name} – trang ${page}` : 'Không tìm thấy trang' }
}

export default async function CategoryArchivePage({ params }: Props) {
  const { slug, page: pageParam } = await params
  const page = parsePageParam(pageParam)
  if (!page) notFound()
  return <CategoryArchive slug={slug} page={page} />
}
