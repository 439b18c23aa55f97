// The mail "Quên mật khẩu" sends: Vietnamese, with a link to the admin's own reset page on SITE_URL (the
// public origin, not whatever host the request came in on).
import type { IncomingAuthType, PayloadRequest } from 'payload'

import { siteUrl } from '@/env'

const LINK_HOURS = 1

/** The admin's reset page for a token: `${SITE_URL}/admin/reset/<token>` with the default routes. */
export function resetPasswordUrl(req: PayloadRequest, token: string): string {
  const { routes, admin } = req.payload.config
  return `${siteUrl()}${routes.admin}${admin.routes.reset}/${encodeURIComponent(token)}`
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`)

function resetPasswordHtml(url: string, user: { name?: string | null; email?: string | null }): string {
  const greeting = user.name ? `Xin chào ${escapeHtml(user.name)},` : 'Xin chào,'
  const link = escapeHtml(url)
  return `<!doctype html>
<html lang="vi">
<head><meta charset="utf-8"><title>Đặt lại mật khẩu</title></head>
<body>
<p>${greeting}</p>
<p>Cổng thông tin điện tử Sở Nội vụ tỉnh Lào Cai nhận được yêu cầu đặt lại mật khẩu cho tài khoản ${escapeHtml(user.email ?? '')}.</p>
<p>Để đặt mật khẩu mới, hãy mở liên kết dưới đây. Liên kết chỉ dùng được một lần và có hiệu lực trong ${LINK_HOURS} giờ:</p>
<p><a href="${link}">${link}</a></p>
<p>Nếu bạn không yêu cầu đặt lại mật khẩu, hãy bỏ qua thư này: mật khẩu hiện tại vẫn giữ nguyên.</p>
<p>Thư này được gửi tự động, vui lòng không trả lời.</p>
</body>
</html>`
}

/** The users collection's `auth.forgotPassword`. */
export const resetPasswordEmail: NonNullable<IncomingAuthType['forgotPassword']> = {
  expiration: LINK_HOURS * 60 * 60 * 1000,
  generateEmailSubject: () => 'Đặt lại mật khẩu tài khoản Cổng thông tin điện tử Sở Nội vụ tỉnh Lào Cai',
  generateEmailHTML: ({ req, token, user } = {}) => {
    if (!req || !token) throw new Error('Payload calls generateEmailHTML with the request and the token.')
    return resetPasswordHtml(resetPasswordUrl(req, token), user ?? {})
  },
}
