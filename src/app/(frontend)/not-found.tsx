import Link from 'next/link'

export default function NotFound() {
  return (
    <section className="not-found">
      <h1>Không tìm thấy trang</h1>
      <p>Trang bạn tìm không có hoặc đã được gỡ xuống. Đường dẫn có thể đã thay đổi.</p>
      <p>
        <Link href="/">Về trang chủ</Link> hoặc <Link href="/tin-tuc">xem tin tức mới nhất</Link>.
      </p>
    </section>
  )
}
