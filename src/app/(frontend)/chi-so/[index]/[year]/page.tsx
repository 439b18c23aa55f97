import type { Metadata } from 'next'
import { notFound, permanentRedirect } from 'next/navigation'

import { ArticleList } from '@/components/ArticleList'
import { Breadcrumbs } from '@/components/Breadcrumbs'
import { ScoreRecordBlock } from '@/components/scores/ScoreRecordBlock'
import { scoreRecordPath } from '@/news/paths'
import { listArticlesCiting } from '@/news/queries'
import { findIndex, listScoreRecords } from '@/scores/queries'

type Props = { params: Promise<{ index: string; year: string }> }

export const generateStaticParams = async () => []

async function load(params: Props['params']) {
  const { index: name, year: yearParam } = await params
  const year = /^\d{4}$/.test(yearParam) ? Number(yearParam) : null
  const index = year ? await findIndex(name) : null
  if (!index || !year) return null
  return { name, index, year, records: await listScoreRecords(index.id, year) }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const loaded = await load(params)
  if (!loaded?.records.length) return { title: 'Không tìm thấy trang' }
  return {
    title: `${loaded.index.code} năm ${loaded.year}`,
    description: `${loaded.index.name} năm ${loaded.year}: điểm, xếp hạng và các tiêu chí.`,
  }
}

/** /chi-so/<index>/<year>: a year's record on its own, with the articles that cite it. */
export default async function ScoreRecordPage({ params }: Props) {
  const loaded = await load(params)
  if (!loaded || loaded.records.length === 0) notFound()
  const { name, index, year, records } = loaded
  // An alias (/chi-so/sipar/2023) leads to the index's own address.
  if (index.slug && name !== index.slug) permanentRedirect(scoreRecordPath(index.slug, year))

  const citing = await listArticlesCiting(records.map((record) => record.id))
  return (
    <>
      <Breadcrumbs items={[{ label: `${index.code} năm ${year}` }]} />
      <h1 className="section-title">
        {index.name} ({index.code}) năm {year}
      </h1>
      {records.map((record) => (
        <ScoreRecordBlock key={record.id} record={record} />
      ))}
      <section aria-labelledby="bai-viet-neu" className="other-news">
        <h2 id="bai-viet-neu" className="section-title">
          Bài viết nêu số liệu này
        </h2>
        <ArticleList articles={citing.docs} compact emptyText="Chưa có bài viết nào nêu số liệu này." />
      </section>
    </>
  )
}
