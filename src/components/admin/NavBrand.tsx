// The department's name and mark at the top of the admin's side menu (Payload has no brand there of its own).
import { BRAND_NAME, Emblem } from './Emblem'

export function NavBrand() {
  return (
    <div className="portal-nav-brand">
      <Emblem size={32} />
      <span className="portal-nav-brand__name">{BRAND_NAME}</span>
    </div>
  )
}
