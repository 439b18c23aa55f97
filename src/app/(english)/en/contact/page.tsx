import type { Metadata } from 'next'

import { ContactDetails } from '@/components/department/ContactDetails'
import { getContacts } from '@/department/queries'

export const metadata: Metadata = {
  title: 'Contact',
  description: 'Address, phone, working hours and spokesperson of the Lao Cai Department of Home Affairs.',
  alternates: { canonical: '/en/contact', languages: { vi: '/lien-he', en: '/en/contact' } },
}

export default async function EnglishContactPage() {
  const contacts = await getContacts('en')
  return (
    <article className="article contact-page">
      <header className="article__header">
        <h1 className="article__title">Contact</h1>
      </header>
      {!contacts.address || !contacts.workingHours ? (
        <p className="not-yet-english">
          Some details are not yet available in English:{' '}
          <a href="/lien-he" hrefLang="vi">
            see the Vietnamese contact page
          </a>
          .
        </p>
      ) : null}
      <ContactDetails contacts={contacts} locale="en" />
    </article>
  )
}
