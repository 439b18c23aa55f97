import type { Metadata } from 'next'

import { Breadcrumbs } from '@/components/Breadcrumbs'
import { UnitTree } from '@/components/organisation/UnitTree'
import { listUnits } from '@/organisation/queries'
import { buildTree } from '@/organisation/tree'

import '@/components/organisation/organisation.css'

export const metadata: Metadata = {
  title: 'Cơ cấu tổ chức',
  alternates: { canonical: '/co-cau-to-chuc', languages: { en: '/en/organisation' } },
}

export default async function OrganisationPage() {
  const tree = buildTree(await listUnits('vi'))
  return (
    <section aria-labelledby="co-cau-to-chuc">
      <Breadcrumbs items={[{ label: 'Cơ cấu tổ chức' }]} />
      <h1 id="co-cau-to-chuc" className="section-title">
        Cơ cấu tổ chức
      </h1>
      {tree.length === 0 ? (
        <p className="empty-state">Cơ cấu tổ chức đang được cập nhật.</p>
      ) : (
        <>
          <p className="org-note">
            Chọn một đơn vị để xem chức năng, nhiệm vụ, địa chỉ liên hệ và cán bộ lãnh đạo. Dùng lệnh In của trình duyệt để in sơ đồ.
          </p>
          <div className="org-chart">
            <UnitTree nodes={tree} nameOf={(node) => node.unit.fullName} />
          </div>
        </>
      )}
    </section>
  )
}
