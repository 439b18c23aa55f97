// The department's mark in the admin: the public site's red and gold (src/app/(frontend)/globals.css) as a
// red disc with a gold ring and star. Inline SVG with plain attributes only, so it needs no image request
// (the CSP allows none from elsewhere) and also renders in Payload's Open Graph images, which ignore CSS.
export const BRAND_NAME = 'Sở Nội vụ tỉnh Lào Cai'

const RED = '#9e1b1b'
const GOLD = '#f4c542'
const STAR = '32,17 35.5,27.1 46.3,27.4 37.7,33.9 40.8,44.1 32,38 23.2,44.1 26.3,33.9 17.7,27.4 28.5,27.1'

export function Emblem({ size = '100%', label }: { size?: number | string; label?: string }) {
  return (
    <svg
      width={size}
      height={size}
      viewBox="0 0 64 64"
      xmlns="http://www.w3.org/2000/svg"
      data-portal-emblem=""
      {...(label ? { role: 'img', 'aria-label': label } : { 'aria-hidden': true })}
    >
      <circle cx="32" cy="32" r="31" fill={RED} />
      <circle cx="32" cy="32" r="26" fill="none" stroke={GOLD} strokeWidth="2.5" />
      <polygon points={STAR} fill={GOLD} />
    </svg>
  )
}
