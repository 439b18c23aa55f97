import configPromise from '@payload-config'
import type { Metadata } from 'next'
import { getPayload } from 'payload'

import { Breadcrumbs } from '@/components/Breadcrumbs'
import { DATASETS, LICENSE, lastChanges } from '@/opendata/catalog'
import { formatDateTime } from '@/utilities/format'

import '@/components/documents/documents.css'

export const metadata: Metadata = {
  title: 'Dữ liệu mở',
  description: 'Các bộ dữ liệu Sở Nội vụ tỉnh Lào Cai công bố để mọi người dùng lại: kết quả chỉ số, danh mục văn bản.',
  alternates: { canonical: '/du-lieu-mo' },
}

export const dynamic = 'force-dynamic'

export default async function OpenDataPage() {
  const changes = await lastChanges(await getPayload({ config: configPromise }))
  return (
    <section aria-labelledby="du-lieu-mo">
      <Breadcrumbs items={[{ label: 'Dữ liệu mở' }]} />
      <h1 id="du-lieu-mo" className="section-title">
        Dữ liệu mở
      </h1>
      <p>
        Sở Nội vụ tỉnh Lào Cai công bố các bộ dữ liệu dưới đây để mọi người tự do tra cứu, tải về và dùng lại. Tệp CSV mã hoá UTF-8 (mở được
        ngay bằng Excel), số thập phân viết bằng dấu chấm, ngày theo chuẩn ISO 8601 (năm-tháng-ngày).
      </p>
      <p>
        <strong>Giấy phép:</strong> {LICENSE.line}
      </p>
      <ul className="open-data-list">
        {DATASETS.map((dataset) => (
          <li key={dataset.id} id={dataset.id}>
            <h2 className="document-list__title">{dataset.title}</h2>
            <p>{dataset.description}</p>
            <p className="document-list__meta">
              Cập nhật lần cuối: {changes[dataset.id] ? formatDateTime(changes[dataset.id]!) : 'chưa có dữ liệu'}
            </p>
            <p>
              Tải về:{' '}
              {dataset.distributions.map((distribution, i) => (
                <span key={distribution.path}>
                  {i > 0 ? ' · ' : null}
                  <a href={distribution.path}>
                    {distribution.format}
                    <span className="visually-hidden"> – {dataset.title}</span>
                  </a>
                </span>
              ))}
            </p>
          </li>
        ))}
      </ul>
      <p>
        Danh mục dữ liệu theo chuẩn DCAT-AP (JSON-LD), để các cổng dữ liệu mở (CKAN) tự thu thập:{' '}
        <a href="/du-lieu-mo/data.json">/du-lieu-mo/data.json</a>
      </p>
    </section>
  )
}
