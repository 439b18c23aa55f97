// A page of the `pages` collection at /<slug> (giới thiệu, the notices, anything staff add). The site's
// own routes are folders beside this one and win; the collection refuses their slugs (src/department).
import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { Breadcrumbs } from '@/components/Breadcrumbs'
import { PageBody } from '@/components/department/PageBody'
import { getPageBySlug, listPageSlugs } from '@/department/queries'

type Props = { params: Promise<{ slug: string }> }

export async function generateStaticParams() {
  return (await listPageSlugs()).map((slug) => ({ slug }))
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params
  const page = await getPageBySlug(slug, 'vi')
  if (!page) return { title: 'Không tìm thấy trang' }
  return {
    title: page.title,
    alternates: { canonical: `/${slug}`, languages: { vi: `/${slug}`, en: `/en/${slug}` } },
    openGraph: { type: 'website', title: page.title, url: `/${slug}` },
  }
}

export default async function DepartmentPage({ params }: Props) {
  const { slug } = await params
  const page = await getPageBySlug(slug, 'vi')
  if (!page) notFound()
  return (
    <>
      <Breadcrumbs items={[{ label: page.title }]} />
      <PageBody page={page} />
    </>
  )
}
