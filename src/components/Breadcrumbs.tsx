import { ReaderLink } from '@/components/ReaderLink.client'

export type Crumb = { label: string; href?: string }

export function Breadcrumbs({ items }: { items: Crumb[] }) {
  return (
    <nav className="breadcrumbs" aria-label="Đường dẫn">
      <ol>
        <li>
          <ReaderLink href="/">Trang chủ</ReaderLink>
        </li>
        {items.map((item, i) => (
          <li key={`${i}-${item.label}`}>
            {item.href ? <ReaderLink href={item.href}>{item.label}</ReaderLink> : <span aria-current="page">{item.label}</span>}
          </li>
        ))}
      </ol>
    </nav>
  )
}
