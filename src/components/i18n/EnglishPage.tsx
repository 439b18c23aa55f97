import { notFound } from 'next/navigation'

import { PageBody } from '@/components/department/PageBody'
import { getPageBySlug } from '@/department/queries'

import { NotYetInEnglish } from './NotYetInEnglish'

/**
 * A department page in English at `path`: its English text, or, when staff have not written it, the
 * notice with the way to the Vietnamese page. A page that does not exist at all is a 404.
 */
export async function EnglishPage({ slug, path, title }: { slug: string; path: string; title?: string }) {
  const [english, vietnamese] = await Promise.all([getPageBySlug(slug, 'en'), getPageBySlug(slug, 'vi')])
  if (!vietnamese) notFound()
  if (!english?.title || !english.body) return <NotYetInEnglish path={path} title={title ?? english?.title ?? undefined} />
  return <PageBody page={english} title={title} />
}
