// Without a secret Payload cannot start, and every request would be a 500: a production server refuses to
// listen at all, and says why.
export function refuseWithoutSecret(): void {
  if (process.env.PAYLOAD_SECRET) return
  console.error(
    'Chưa đặt PAYLOAD_SECRET: máy chủ không khởi động. Đặt một chuỗi ngẫu nhiên dài (ví dụ `openssl rand -hex 32`), hoặc dùng `npm start`, lệnh tự tạo và giữ khoá ở data/.payload-secret.',
  )
  process.exit(1)
}
