import { getSiteSettings } from '@/news/site'

import { SITE_NAME } from './SiteHeader'

/** The portal's own sections, so that each is two steps from any page whatever staff put in the menu. */
const SECTIONS = [
  ['/gioi-thieu', 'Giới thiệu'],
  ['/co-cau-to-chuc', 'Cơ cấu tổ chức'],
  ['/lanh-dao', 'Lãnh đạo Sở'],
  ['/lich-cong-tac', 'Lịch công tác'],
  ['/van-ban', 'Văn bản'],
  ['/hoi-dap', 'Hỏi đáp'],
  ['/du-lieu-mo', 'Dữ liệu mở'],
] as const

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
        <nav aria-label="Các mục của cổng">
          <ul className="site-footer__links">
            {SECTIONS.map(([href, label]) => (
              <li key={href}>
                <a href={href}>{label}</a>
              </li>
            ))}
          </ul>
        </nav>
        <ul className="site-footer__links">
          <li>
            <a href="/lien-he">Liên hệ</a>
          </li>
          <li>
            <a href="/chinh-sach-bao-mat">Chính sách bảo mật</a>
          </li>
          <li>
            <a href="/tuyen-bo-tiep-can">Tuyên bố về khả năng tiếp cận</a>
          </li>
          <li>
            <a href="/en" hrefLang="en" lang="en">
              English
            </a>
          </li>
        </ul>
        <p>
          © {new Date().getFullYear()} {name}. {settings.copyright}
        </p>
      </div>
    </footer>
  )
}
