import type { Metadata } from 'next'

import { NotInEnglish } from '@/components/organisation/NotInEnglish'
import { PersonCard } from '@/components/organisation/PersonCard'
import { listLeaders } from '@/organisation/queries'
import type { Person } from '@/payload-types'

export const metadata: Metadata = {
  title: 'Leaders',
  alternates: { canonical: '/en/leaders', languages: { vi: '/lanh-dao' } },
}

/**
 * The leaders in English. A name is the same in both languages; a position or unit without English text
 * says "Not yet available in English" with the Vietnamese page beside it.
 */
export default async function EnglishLeadersPage() {
  const [english, vietnamese] = await Promise.all([listLeaders('en'), listLeaders('vi')])
  const vietnameseById = new Map(vietnamese.map((person) => [person.id, person]))
  const groups: { title: string; people: Person[] }[] = [
    { title: 'Board of directors', people: english.filter((p) => p.role === 'director' || p.role === 'deputy') },
    { title: 'Heads of units', people: english.filter((p) => p.role === 'head') },
  ]
  return (
    <section aria-labelledby="leaders">
      <h1 id="leaders" className="section-title">
        Leaders
      </h1>
      {english.length === 0 ? (
        <p className="empty-state">
          Not yet available in English.{' '}
          <a href="/lanh-dao" hrefLang="vi">
            See the leaders in Vietnamese
          </a>
          .
        </p>
      ) : null}
      {groups.map((group) =>
        group.people.length > 0 ? (
          <div key={group.title}>
            <h2>{group.title}</h2>
            <div className="people-list">
              {group.people.map((person) => (
                <div key={person.id}>
                  <PersonCard person={person} lang="en" headingLevel={3} />
                  {!person.position ? (
                    <p>
                      Position: <NotInEnglish href="/lanh-dao">{vietnameseById.get(person.id)?.position}</NotInEnglish>
                    </p>
                  ) : null}
                </div>
              ))}
            </div>
          </div>
        ) : null,
      )}
    </section>
  )
}
