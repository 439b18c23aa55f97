import { SITE_NAME } from './SiteHeader'

export function SiteFooter() {
  return (
    <footer className="site-footer">
      <div className="container">
        <p className="site-footer__name">{SITE_NAME}</p>
        <p>© {new Date().getFullYear()} {SITE_NAME}. Ghi rõ nguồn khi phát hành lại thông tin từ trang này.</p>
      </div>
    </footer>
  )
}
