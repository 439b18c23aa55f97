// /admin/forgot when no SMTP server is set (src/email/adapter.ts): Payload's own screen would take an email
// and answer "Email đã được gửi" for a mail nobody sends, so this one says what to do instead.
import type { AdminViewServerProps } from 'payload'
import { formatAdminURL } from 'payload/shared'

export function MailNotConfigured({ initPageResult }: AdminViewServerProps) {
  const { config } = initPageResult.req.payload
  const adminRoute = config.routes.admin
  const signedIn = Boolean(initPageResult.req.user)
  // Someone already signed in changes their password on their account page, with no mail at all.
  const next = signedIn
    ? { path: config.admin.routes.account, label: 'Đổi mật khẩu tại trang Tài khoản' }
    : { path: config.admin.routes.login, label: 'Quay lại đăng nhập' }
  return (
    <div className="forgot-password__form">
      <div className="form-header">
        <h1>Quên mật khẩu</h1>
        <p>
          Cổng chưa được cấu hình gửi thư, nên không gửi được thư đặt lại mật khẩu. Vui lòng liên hệ quản trị viên để được đặt mật khẩu mới.
        </p>
      </div>
      <a href={formatAdminURL({ adminRoute, path: next.path })}>{next.label}</a>
    </div>
  )
}
