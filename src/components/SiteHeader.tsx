import Link from 'next/link'

import { ADMIN_PATH } from '@/news/paths'

export const SITE_NAME = 'Sở Nội vụ tỉnh Lào Cai'

export function SiteHeader() {
  return (
    <header className="site-header">
      <div className="container site-header__inner">
        <Link href="/" className="site-brand">
          <span className="site-brand__emblem" aria-hidden="true" />
          <span>
            <span className="site-brand__kicker">Cổng thông tin điện tử</span>
            <span className="site-brand__name">{SITE_NAME}</span>
          </span>
        </Link>
        <form action="/tim-kiem" method="get" role="search" className="search-form">
          <label htmlFor="q" className="visually-hidden">
            Tìm kiếm bài viết
          </label>
          <input id="q" name="q" type="search" placeholder="Tìm kiếm…" maxLength={500} />
          <button type="submit">Tìm</button>
        </form>
        <nav className="site-nav" aria-label="Chính">
          <Link href="/">Trang chủ</Link>
          <Link href="/tin-tuc">Tin tức</Link>
          <Link href={ADMIN_PATH} prefetch={false}>
            Đăng nhập
          </Link>
        </nav>
      </div>
    </header>
  )
}
