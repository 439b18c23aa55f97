export type Crumb = { label: string; href?: string }

export function Breadcrumbs({ items }: { items: Crumb[] }) {
  return (
    <nav className="breadcrumbs" aria-label="Đường dẫn">
      <ol>
        <li>
          <a href="/">Trang chủ</a>
        </li>
        {items.map((item, i) => (
          <li key={`${i}-${item.label}`}>
            {item.href ? <a href={item.href}>{item.label}</a> : <span aria-current="page">{item.label}</span>}
          </li>
        ))}
      </ol>
    </nav>
  )
}
