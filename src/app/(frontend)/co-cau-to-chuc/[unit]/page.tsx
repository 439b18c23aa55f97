import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { Breadcrumbs } from '@/components/Breadcrumbs'
import { PersonCard } from '@/components/organisation/PersonCard'
import { PhoneLink } from '@/components/organisation/PhoneLink'
import { ProtectedEmail } from '@/components/ProtectedEmail'
import { RichText } from '@/components/RichText'
import { findUnit, listPeopleOfUnit, listUnits } from '@/organisation/queries'
import { ancestorsOf, byStaffOrder, unitPath } from '@/organisation/tree'
import type { Article } from '@/payload-types'

import '@/components/organisation/organisation.css'

type Props = { params: Promise<{ unit: string }> }

/** Keys longer than any slug are not looked up at all. */
const MAX_KEY_LENGTH = 160

async function unitFor(params: Props['params']) {
  const { unit: key } = await params
  if (key.length > MAX_KEY_LENGTH) return null
  return findUnit(decodeURIComponent(key))
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const unit = await unitFor(params)
  if (!unit) return { title: 'Không tìm thấy đơn vị' }
  return { title: unit.fullName, alternates: { canonical: unitPath(unit) } }
}

export default async function UnitPage({ params }: Props) {
  const unit = await unitFor(params)
  if (!unit) notFound()
  const [units, people] = await Promise.all([listUnits('vi'), listPeopleOfUnit(unit.id, 'vi')])
  const ancestors = ancestorsOf(unit, units)
  const children = units.filter((u) => (typeof u.parent === 'object' ? u.parent?.id : u.parent) === unit.id).sort(byStaffOrder)
  return (
    <article aria-labelledby="don-vi">
      <Breadcrumbs
        items={[
          { label: 'Cơ cấu tổ chức', href: '/co-cau-to-chuc' },
          ...ancestors.map((a) => ({ label: a.shortName, href: unitPath(a) })),
          { label: unit.shortName },
        ]}
      />
      <h1 id="don-vi" className="section-title">
        {unit.fullName}
      </h1>
      {unit.address || unit.phone || unit.email ? (
        <dl className="unit-contacts">
          {unit.address ? (
            <>
              <dt>Địa chỉ</dt>
              <dd>{unit.address}</dd>
            </>
          ) : null}
          {unit.phone ? (
            <>
              <dt>Điện thoại</dt>
              <dd>
                <PhoneLink phone={unit.phone} />
              </dd>
            </>
          ) : null}
          {unit.email ? (
            <>
              <dt>Thư điện tử</dt>
              <dd>
                <ProtectedEmail email={unit.email} />
              </dd>
            </>
          ) : null}
        </dl>
      ) : null}

      <h2>Chức năng, nhiệm vụ</h2>
      {unit.duties ? <RichText data={unit.duties as Article['body']} /> : <p className="empty-state">Nội dung đang được cập nhật.</p>}

      {children.length > 0 ? (
        <>
          <h2>Đơn vị trực thuộc</h2>
          <ul>
            {children.map((child) => (
              <li key={child.id}>
                <a href={unitPath(child)}>{child.fullName}</a>
              </li>
            ))}
          </ul>
        </>
      ) : null}

      <h2>Lãnh đạo, cán bộ</h2>
      {people.length === 0 ? (
        <p className="empty-state">Chưa có thông tin cán bộ của đơn vị được công bố.</p>
      ) : (
        <div className="people-list">
          {people.map((person) => (
            <PersonCard key={person.id} person={person} headingLevel={3} />
          ))}
        </div>
      )}
    </article>
  )
}
