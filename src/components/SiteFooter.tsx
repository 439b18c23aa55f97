import { getSiteSettings } from '@/news/site'

import { SITE_NAME } from './SiteHeader'

export async function SiteFooter() {
  const settings = await getSiteSettings()
  const name = settings.name || SITE_NAME
  return (
    <footer className="site-footer">
      <div className="container">
        <p className="site-footer__name">{name}</p>
        <ul className="site-footer__lines">
          {settings.governingBody ? <li>Cơ quan chủ quản: {settings.governingBody}</li> : null}
          {settings.responsiblePerson ? <li>Chịu trách nhiệm chính: {settings.responsiblePerson}</li> : null}
          {settings.address ? <li>Địa chỉ: {settings.address}</li> : null}
          {settings.phone ? (
            <li>
              Điện thoại: <a href={`tel:${settings.phone.replace(/[^\d+]/g, '')}`}>{settings.phone}</a>
            </li>
          ) : null}
          {settings.email ? (
            <li>
              Thư điện tử: <a href={`mailto:${settings.email}`}>{settings.email}</a>
            </li>
          ) : null}
        </ul>
        <p>
          © {new Date().getFullYear()} {name}. {settings.copyright}
        </p>
      </div>
    </footer>
  )
}
