// Any department page in English at /en/<slug>, or the notice that it is not translated yet.
import type { Metadata } from 'next'

import { EnglishPage } from '@/components/i18n/EnglishPage'
import { getPageBySlug, listPageSlugs } from '@/department/queries'

type Props = { params: Promise<{ slug: string }> }

export async function generateStaticParams() {
  return (await listPageSlugs()).map((slug) => ({ slug }))
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params
  const page = await getPageBySlug(slug, 'en')
  return {
    title: page?.title || 'Not yet available in English',
    alternates: { canonical: `/en/${slug}`, languages: { vi: `/${slug}`, en: `/en/${slug}` } },
  }
}

export default async function EnglishDepartmentPage({ params }: Props) {
  const { slug } = await params
  return <EnglishPage slug={slug} path={`/en/${slug}`} />
}
