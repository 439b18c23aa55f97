import { listMenuPages } from '@/department/queries'
import { ADMIN_PATH } from '@/news/paths'
import { getNavigation, getSiteSettings } from '@/news/site'

import { LanguageSwitch } from './i18n/LanguageSwitch.client'

import { WeatherLine } from './WeatherLine'

export const SITE_NAME = 'Sở Nội vụ tỉnh Lào Cai'

export async function SiteHeader() {
  const [settings, navigation, menuPages] = await Promise.all([getSiteSettings(), getNavigation(), listMenuPages('vi')])
  return (
    <header className="site-header">
      <div className="container site-header__inner">
        <a href="/" className="site-brand">
          <span className="site-brand__emblem" aria-hidden="true" />
          <span>
            <span className="site-brand__kicker">Cổng thông tin điện tử</span>
            <span className="site-brand__name">{settings.name || SITE_NAME}</span>
          </span>
        </a>
        <div className="site-header__tools">
          <WeatherLine />
          <form action="/tim-kiem" method="get" role="search" className="search-form">
            <label htmlFor="q" className="visually-hidden">
              Tìm kiếm bài viết
            </label>
            <input id="q" name="q" type="search" placeholder="Tìm kiếm…" maxLength={500} />
            <button type="submit">Tìm</button>
          </form>
          {/* A plain link: the admin is another application (its own root layout), which Next's router would
              render once for a client-side navigation and then again for the full page load it falls back to. */}
          <LanguageSwitch />
          <a href={ADMIN_PATH} className="site-header__login">
            Đăng nhập
          </a>
        </div>
      </div>
      <nav className="site-nav" aria-label="Chính">
        <ul className="container site-nav__list">
          {(navigation.items ?? []).map((item) => (
            <li key={item.id ?? item.url} className="site-nav__item">
              <a href={item.url}>{item.label}</a>
              {item.children?.length ? (
                <ul className="site-nav__sub">
                  {item.children.map((child) => (
                    <li key={child.id ?? child.url}>
                      <a href={child.url}>{child.label}</a>
                    </li>
                  ))}
                </ul>
              ) : null}
            </li>
          ))}
          {/* Pages staff marked "Hiện trong menu chính", after the menu's own items. */}
          {menuPages.map((page) => (
            <li key={`page-${page.slug}`} className="site-nav__item">
              <a href={`/${page.slug}`}>{page.title}</a>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  )
}
