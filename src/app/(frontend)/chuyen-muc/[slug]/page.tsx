import type { Metadata } from 'next'

import { CategoryArchive } from '@/components/CategoryArchive'
import { getCategoryBySlug } from '@/news/queries'

type Props = { params: Promise<{ slug: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const category = await getCategoryBySlug((await params).slug)
  return { title: category ? category.name : 'Không tìm thấy trang' }
}

export default async function CategoryPage({ params }: Props) {
  return <CategoryArchive slug={(await params).slug} page={1} />
}
