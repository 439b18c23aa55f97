import { ReaderLink as Link } from '@/components/ReaderLink.client'

export default function EnglishNotFound() {
  return (
    <section className="not-found">
      <h1>Page not found</h1>
      <p>This page does not exist or has been removed.</p>
      <p>
        <Link href="/en">English home</Link> or{' '}
        <Link href="/" hrefLang="vi" lang="vi">
          trang chủ tiếng Việt
        </Link>
        .
      </p>
    </section>
  )
}
