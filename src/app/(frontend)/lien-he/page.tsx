import type { Metadata } from 'next'

import { Breadcrumbs } from '@/components/Breadcrumbs'
import { ContactDetails } from '@/components/department/ContactDetails'
import { getContacts } from '@/department/queries'

export const metadata: Metadata = {
  title: 'Liên hệ',
  description: 'Địa chỉ, điện thoại, thư điện tử, giờ làm việc và người phát ngôn của Sở Nội vụ tỉnh Lào Cai.',
  alternates: { canonical: '/lien-he', languages: { vi: '/lien-he', en: '/en/contact' } },
}

export default async function ContactPage() {
  const contacts = await getContacts('vi')
  return (
    <>
      <Breadcrumbs items={[{ label: 'Liên hệ' }]} />
      <article className="article contact-page">
        <header className="article__header">
          <h1 className="article__title">Liên hệ</h1>
        </header>
        <ContactDetails contacts={contacts} locale="vi" />
      </article>
    </>
  )
}
