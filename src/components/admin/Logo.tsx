// The admin's logo (Payload's `admin.components.graphics.Logo`): on the sign-in, first-account and password pages.
import { BRAND_NAME, Emblem } from './Emblem'

export function Logo() {
  return (
    <div className="portal-logo">
      <Emblem size={56} />
      <div className="portal-logo__text">
        <span className="portal-logo__kicker">Trang quản trị</span>
        <span className="portal-logo__name">{BRAND_NAME}</span>
      </div>
    </div>
  )
}
