export default function NotFound() {
  return (
    <section className="not-found">
      <h1>Không tìm thấy trang</h1>
      <p>Trang bạn tìm không có hoặc đã được gỡ xuống. Đường dẫn có thể đã thay đổi.</p>
      <p>
        <a href="/">Về trang chủ</a> hoặc <a href="/tin-tuc">xem tin tức mới nhất</a>.
      </p>
    </section>
  )
}
