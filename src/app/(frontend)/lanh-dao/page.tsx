import type { Metadata } from 'next'

import { Breadcrumbs } from '@/components/Breadcrumbs'
import { PersonCard } from '@/components/organisation/PersonCard'
import { listLeaders } from '@/organisation/queries'
import { unitPath } from '@/organisation/tree'

import '@/components/organisation/organisation.css'

export const metadata: Metadata = {
  title: 'Lãnh đạo Sở',
  alternates: { canonical: '/lanh-dao', languages: { en: '/en/leaders' } },
}

export default async function LeadersPage() {
  const leaders = await listLeaders('vi')
  const board = leaders.filter((person) => person.role === 'director' || person.role === 'deputy')
  const heads = leaders.filter((person) => person.role === 'head')
  return (
    <section aria-labelledby="lanh-dao">
      <Breadcrumbs items={[{ label: 'Lãnh đạo Sở' }]} />
      <h1 id="lanh-dao" className="section-title">
        Lãnh đạo Sở
      </h1>
      {leaders.length === 0 ? <p className="empty-state">Thông tin lãnh đạo Sở đang được cập nhật.</p> : null}
      {board.length > 0 ? (
        <>
          <h2>Ban Giám đốc</h2>
          <div className="people-list">
            {board.map((person) => (
              <PersonCard key={person.id} person={person} headingLevel={3} unitHref={unitPath} />
            ))}
          </div>
        </>
      ) : null}
      {heads.length > 0 ? (
        <>
          <h2>Lãnh đạo các phòng, đơn vị</h2>
          <div className="people-list">
            {heads.map((person) => (
              <PersonCard key={person.id} person={person} headingLevel={3} unitHref={unitPath} />
            ))}
          </div>
        </>
      ) : null}
    </section>
  )
}
