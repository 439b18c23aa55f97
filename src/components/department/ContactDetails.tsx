// The contacts and spokesperson of /lien-he and /en/contact, from the contacts global.
import type React from 'react'

import type { Locale } from '@/i18n/locale'
import type { Contact, Media } from '@/payload-types'

import { ObfuscatedEmail, PhoneLink } from './ContactLinks'

const TEXT = {
  vi: {
    office: 'Trụ sở',
    address: 'Địa chỉ',
    phone: 'Điện thoại',
    fax: 'Fax',
    email: 'Thư điện tử',
    hours: 'Giờ làm việc',
    map: 'Bản đồ',
    mapLink: 'Xem vị trí trụ sở trên bản đồ (trang ngoài)',
    spokesperson: 'Người phát ngôn',
    name: 'Họ và tên',
    position: 'Chức vụ',
    missing: 'Đang cập nhật',
    unpublished: 'Đang cập nhật',
  },
  en: {
    office: 'Office',
    address: 'Address',
    phone: 'Phone',
    fax: 'Fax',
    email: 'Email',
    hours: 'Working hours',
    map: 'Map',
    mapLink: 'See the office on a map (external site)',
    spokesperson: 'Spokesperson',
    name: 'Name',
    position: 'Position',
    missing: 'Not yet available in English',
    unpublished: 'Not yet published',
  },
} as const

function Row({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </>
  )
}

export function ContactDetails({ contacts, locale }: { contacts: Contact; locale: Locale }) {
  const t = TEXT[locale]
  // A localized text missing in English says so (with the way to the Vietnamese page, above); a missing
  // language-neutral one (a phone number) is simply not published yet.
  const missing = <span className="contact-missing">{t.missing}</span>
  const unknown = <span className="contact-missing">{t.unpublished}</span>
  const map = contacts.mapImage && typeof contacts.mapImage === 'object' ? (contacts.mapImage as Media) : null
  const spokesperson = contacts.spokesperson ?? {}
  const hours = contacts.workingHours?.split('\n').filter((line) => line.trim())
  return (
    <>
      <section aria-labelledby="lien-he-tru-so" className="contact-section">
        <h2 id="lien-he-tru-so">{t.office}</h2>
        <dl className="contact-list">
          <Row label={t.address}>{contacts.address || missing}</Row>
          <Row label={t.phone}>{contacts.phone ? <PhoneLink phone={contacts.phone} /> : unknown}</Row>
          {contacts.fax ? <Row label={t.fax}>{contacts.fax}</Row> : null}
          <Row label={t.email}>{contacts.email ? <ObfuscatedEmail email={contacts.email} lang={locale} /> : unknown}</Row>
          <Row label={t.hours}>
            {hours?.length ? (
              <ul className="contact-hours">
                {hours.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            ) : (
              missing
            )}
          </Row>
        </dl>
        {map?.url || contacts.mapLink ? (
          <figure className="contact-map">
            {map?.url ? (
              // A static picture stored with the site: no map provider's script, frame or tracking.
              // eslint-disable-next-line @next/next/no-img-element
              <img src={map.url} alt={map.alt || t.map} width={map.width ?? undefined} height={map.height ?? undefined} loading="lazy" />
            ) : null}
            {contacts.mapLink ? (
              <figcaption>
                <a href={contacts.mapLink} rel="noopener noreferrer external">
                  {t.mapLink}
                </a>
              </figcaption>
            ) : null}
          </figure>
        ) : null}
      </section>
      <section aria-labelledby="lien-he-phat-ngon" className="contact-section">
        <h2 id="lien-he-phat-ngon">{t.spokesperson}</h2>
        <dl className="contact-list">
          <Row label={t.name}>{spokesperson.name || unknown}</Row>
          <Row label={t.position}>{spokesperson.position || missing}</Row>
          <Row label={t.phone}>{spokesperson.phone ? <PhoneLink phone={spokesperson.phone} /> : unknown}</Row>
          <Row label={t.email}>{spokesperson.email ? <ObfuscatedEmail email={spokesperson.email} lang={locale} /> : unknown}</Row>
        </dl>
      </section>
    </>
  )
}
