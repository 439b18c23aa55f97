import type { Metadata } from 'next'

import { NotInEnglish } from '@/components/organisation/NotInEnglish'
import { UnitTree } from '@/components/organisation/UnitTree'
import { listUnits } from '@/organisation/queries'
import { buildTree } from '@/organisation/tree'

export const metadata: Metadata = {
  title: 'Organisation',
  alternates: { canonical: '/en/organisation', languages: { vi: '/co-cau-to-chuc' } },
}

/** The unit tree in English; a unit without an English name shows its Vietnamese one, marked as such. */
export default async function EnglishOrganisationPage() {
  const [english, vietnamese] = await Promise.all([listUnits('en'), listUnits('vi')])
  const englishName = new Map(english.map((unit) => [unit.id, unit.fullName]))
  const tree = buildTree(vietnamese)
  const anyEnglish = english.some((unit) => unit.fullName)
  return (
    <section aria-labelledby="organisation">
      <h1 id="organisation" className="section-title">
        Organisation
      </h1>
      {tree.length === 0 || !anyEnglish ? (
        <p className="empty-state">
          Not yet available in English.{' '}
          <a href="/co-cau-to-chuc" hrefLang="vi">
            See the organisation chart in Vietnamese
          </a>
          .
        </p>
      ) : null}
      {tree.length > 0 ? (
        <div className="org-chart">
          <UnitTree nodes={tree} nameOf={(node) => englishName.get(node.unit.id) ?? <NotInEnglish>{node.unit.fullName}</NotInEnglish>} />
        </div>
      ) : null}
    </section>
  )
}
