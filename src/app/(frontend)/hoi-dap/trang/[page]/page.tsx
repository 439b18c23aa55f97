import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { QuestionsPage } from '@/components/questions/QuestionsPage'
import { parsePageParam } from '@/news/paths'

// Rendered on first visit, then served from cache until a published question changes.
export const generateStaticParams = async () => []

type Props = { params: Promise<{ page: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { page } = await params
  return { title: `Hỏi đáp – trang ${page}` }
}

export default async function QuestionsArchiveRoute({ params }: Props) {
  const page = parsePageParam((await params).page)
  if (!page) notFound()
  return <QuestionsPage page={page} />
}
