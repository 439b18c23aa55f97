import type { Metadata } from 'next'

import { CategoryArchive } from '@/components/CategoryArchive'
import { getCategoryBySlug } from '@/news/queries'

// Rendered on first visit, then served from cache until an article or category changes.
export const generateStaticParams = async () => []

type Props = { params: Promise<{ slug: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const category = await getCategoryBySlug((await params).slug)
  return { title: category ? category.name : 'Không tìm thấy trang' }
}

export default async function CategoryPage({ params }: Props) {
  return <CategoryArchive slug={(await params).slug} page={1} />
}
