import type { Metadata } from 'next'

import { Breadcrumbs } from '@/components/Breadcrumbs'
import { DocumentList } from '@/components/documents/DocumentList'
import { Pagination } from '@/components/Pagination'
import { filtersPath, MAX_QUERY_LENGTH, MIN_YEAR, readFilters } from '@/documents/filters'
import { findDocuments, listDocumentTypes, listFacets } from '@/documents/queries'
import { VALIDITY_LABELS, VALIDITY_VALUES } from '@/documents/validity'
import { formatInteger } from '@/utilities/format'

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

export const metadata: Metadata = {
  title: 'Văn bản',
  description: 'Văn bản quy phạm pháp luật, chỉ đạo, điều hành của Sở Nội vụ tỉnh Lào Cai và các văn bản liên quan.',
  alternates: { canonical: '/van-ban', types: { 'application/rss+xml': '/van-ban/rss.xml' } },
}

export default async function DocumentsPage({ searchParams }: Props) {
  const { filters, problems } = readFilters(await searchParams)
  const [result, types, facets] = await Promise.all([findDocuments(filters), listDocumentTypes(), listFacets()])
  const filtered = Boolean(filters.q || filters.type || filters.issuer || filters.field || filters.year || filters.validity)
  const thisYear = new Date().getFullYear()
  const years = Array.from({ length: thisYear - MIN_YEAR + 2 }, (_, i) => thisYear + 1 - i)

  return (
    <section aria-labelledby="van-ban">
      <Breadcrumbs items={[{ label: 'Văn bản' }]} />
      <h1 id="van-ban" className="section-title">
        Văn bản
      </h1>
      <form action="/van-ban" method="get" role="search" className="document-filters" aria-label="Tìm và lọc văn bản">
        <div>
          <label htmlFor="vb-q">Số ký hiệu hoặc trích yếu</label>
          <input
            id="vb-q"
            name="q"
            type="search"
            defaultValue={filters.q}
            maxLength={MAX_QUERY_LENGTH}
            placeholder="ví dụ: quyết định 15/2024"
          />
        </div>
        <div>
          <label htmlFor="vb-loai">Loại văn bản</label>
          <select id="vb-loai" name="loai" defaultValue={filters.type}>
            <option value="">Tất cả</option>
            {types.map((type) => (
              <option key={type.id} value={type.slug ?? ''}>
                {type.name}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="vb-co-quan">Cơ quan ban hành</label>
          <select id="vb-co-quan" name="co-quan" defaultValue={filters.issuer}>
            <option value="">Tất cả</option>
            {facets.issuers.map((issuer) => (
              <option key={issuer}>{issuer}</option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="vb-linh-vuc">Lĩnh vực</label>
          <select id="vb-linh-vuc" name="linh-vuc" defaultValue={filters.field}>
            <option value="">Tất cả</option>
            {facets.fields.map((field) => (
              <option key={field}>{field}</option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="vb-nam">Năm ban hành</label>
          <select id="vb-nam" name="nam" defaultValue={filters.year && filters.year > 0 ? String(filters.year) : ''}>
            <option value="">Tất cả</option>
            {years.map((year) => (
              <option key={year}>{year}</option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="vb-hieu-luc">Tình trạng hiệu lực</label>
          <select id="vb-hieu-luc" name="hieu-luc" defaultValue={filters.validity ?? ''}>
            <option value="">Tất cả</option>
            {VALIDITY_VALUES.map((value) => (
              <option key={value} value={value}>
                {VALIDITY_LABELS[value]}
              </option>
            ))}
          </select>
        </div>
        <div className="document-filters__actions">
          <button type="submit">Tìm văn bản</button>
          {filtered ? <a href="/van-ban">Bỏ lọc</a> : null}
        </div>
      </form>

      {problems.map((problem) => (
        <p key={problem} className="document-notice" role="alert">
          {problem}
        </p>
      ))}
      <p className="search-summary" aria-live="polite">
        {result.totalDocs === 0
          ? filtered
            ? 'Không có văn bản nào khớp với điều kiện tìm. Hãy bỏ bớt điều kiện lọc hoặc thử từ khoá khác (có dấu hay không dấu đều được).'
            : 'Chưa có văn bản nào được đăng.'
          : `${filtered ? 'Tìm thấy' : 'Có'} ${formatInteger(result.totalDocs)} văn bản, mới ban hành trước.`}
      </p>
      <DocumentList documents={result.docs} />
      <Pagination page={result.page} totalPages={result.totalPages} hrefFor={(n) => filtersPath(filters, n)} label="Các trang văn bản" />
      <p>
        <a href="/van-ban/rss.xml">Nhận văn bản mới qua RSS</a> · <a href="/du-lieu-mo">Danh mục văn bản dạng dữ liệu mở</a>
      </p>
    </section>
  )
}
