import type { Metadata } from 'next'

import { Breadcrumbs } from '@/components/Breadcrumbs'
import { SearchResults } from '@/components/search/SearchResults'
import { offerSearchPageData, searchPageData } from '@/search/pageData'
import { readSearchAddress, SEARCH_REGION_END, SEARCH_REGION_START } from '@/search/searchPage'

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

export const metadata: Metadata = { title: 'Tìm kiếm', robots: { index: false } }

// Once this page is loaded, the server answers searches itself with the same read and the same component
// inside this page as last rendered (src/server/searchPages.ts).
offerSearchPageData()

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)

export default async function SearchPage({ searchParams }: Props) {
  const params = await searchParams
  const data = await searchPageData(readSearchAddress((name) => first(params[name])))
  return (
    <section aria-labelledby="tim-kiem">
      <Breadcrumbs items={[{ label: 'Tìm kiếm' }]} />
      <h1 id="tim-kiem" className="section-title">
        Tìm kiếm
      </h1>
      {/* What lies between these two markers is what the server's fast path renders for each search. */}
      <template {...{ [SEARCH_REGION_START]: '' }} />
      <SearchResults {...data} />
      <template {...{ [SEARCH_REGION_END]: '' }} />
    </section>
  )
}
