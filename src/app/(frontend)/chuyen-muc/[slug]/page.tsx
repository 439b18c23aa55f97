import type { Metadata } from 'next'

import { CategoryArchive } from '@/components/CategoryArchive'
import { categoryPath } from '@/news/paths'
import { getCategoryBySlug } from '@/news/queries'

// Rendered on first visit, then served from cache until an article or category changes.
export const generateStaticParams = async () => []

type Props = { params: Promise<{ slug: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const category = await getCategoryBySlug((await params).slug)
  if (!category) return { title: 'Không tìm thấy trang' }
  return {
    title: category.name,
    description: `Tin tức chuyên mục ${category.name} của Sở Nội vụ tỉnh Lào Cai.`,
    alternates: {
      canonical: categoryPath(category.slug ?? ''),
      types: { 'application/rss+xml': `${categoryPath(category.slug ?? '')}/rss.xml` },
    },
  }
}

export default async function CategoryPage({ params }: Props) {
  return <CategoryArchive slug={(await params).slug} page={1} />
}
