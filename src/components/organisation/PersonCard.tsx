import { MediaImage } from '@/components/MediaImage'
import { ProtectedEmail } from '@/components/ProtectedEmail'
import type { Media, Person, Unit } from '@/payload-types'

import { PhoneLink } from './PhoneLink'

const WORDS = {
  vi: {
    phone: 'Điện thoại',
    email: 'Thư điện tử',
    unit: 'Đơn vị',
    biography: 'Tiểu sử tóm tắt',
    responsibilities: 'Nhiệm vụ được phân công',
  },
  en: { phone: 'Phone', email: 'Email', unit: 'Unit', biography: 'Short biography', responsibilities: 'Responsibilities' },
} as const

/** One official's public contact card: photo, name, position, unit, office phone, email, biography. */
export function PersonCard({
  person,
  lang = 'vi',
  unitHref,
  headingLevel = 2,
}: {
  person: Person
  lang?: 'vi' | 'en'
  unitHref?: (unit: Unit) => string
  headingLevel?: 2 | 3
}) {
  const words = WORDS[lang]
  const unit = typeof person.unit === 'object' ? person.unit : null
  const photo = typeof person.photo === 'object' ? (person.photo as Media | null) : null
  const Heading = `h${headingLevel}` as const
  return (
    <article className="person-card">
      {photo ? <MediaImage media={photo} sizes="120px" className="person-card__photo" /> : null}
      <div>
        <Heading className="person-card__name">{person.name}</Heading>
        {person.position ? <p className="person-card__position">{person.position}</p> : null}
        <dl className="person-card__contacts">
          {unit?.fullName ? (
            <>
              <dt>{words.unit}</dt>
              <dd>{unitHref ? <a href={unitHref(unit)}>{unit.fullName}</a> : unit.fullName}</dd>
            </>
          ) : null}
          {person.phone ? (
            <>
              <dt>{words.phone}</dt>
              <dd>
                <PhoneLink phone={person.phone} />
              </dd>
            </>
          ) : null}
          {person.email ? (
            <>
              <dt>{words.email}</dt>
              <dd>
                <ProtectedEmail email={person.email} lang={lang} />
              </dd>
            </>
          ) : null}
        </dl>
        {person.responsibilities ? (
          <details className="person-card__more">
            <summary>{words.responsibilities}</summary>
            <p className="pre-line">{person.responsibilities}</p>
          </details>
        ) : null}
        {person.biography ? (
          <details className="person-card__more">
            <summary>{words.biography}</summary>
            <p className="pre-line">{person.biography}</p>
          </details>
        ) : null}
      </div>
    </article>
  )
}
