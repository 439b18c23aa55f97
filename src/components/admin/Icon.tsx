// The admin's small mark (Payload's `admin.components.graphics.Icon`): top left of every page, linking to the dashboard.
import { BRAND_NAME, Emblem } from './Emblem'

export function Icon() {
  return <Emblem label={BRAND_NAME} />
}
