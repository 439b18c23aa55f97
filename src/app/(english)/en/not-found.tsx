export default function EnglishNotFound() {
  return (
    <section className="not-found">
      <h1>Page not found</h1>
      <p>This page does not exist or has been removed.</p>
      <p>
        <a href="/en">English home</a> or{' '}
        <a href="/" hrefLang="vi" lang="vi">
          trang chủ tiếng Việt
        </a>
        .
      </p>
    </section>
  )
}
