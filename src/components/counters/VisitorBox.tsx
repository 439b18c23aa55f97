import { counterSettings, getCounter } from '@/analytics'
import { formatInteger } from '@/utilities/format'

const ROWS = [
  { figure: 'online', label: 'Đang online' },
  { figure: 'today', label: 'Hôm nay' },
  { figure: 'week', label: 'Trong tuần' },
  { figure: 'total', label: 'Tất cả' },
] as const

/** "Thống kê truy cập": figures as of this page's render; the beacon replaces them with fresh ones. */
export async function VisitorBox() {
  const settings = await counterSettings()
  const figures = await (await getCounter()).figures(settings.startingTotal)
  return (
    <section className="visitor-box" aria-labelledby="thong-ke-truy-cap">
      <h2 id="thong-ke-truy-cap">Thống kê truy cập</h2>
      <ul>
        {ROWS.map((row) => (
          <li key={row.figure}>
            {row.label}:{' '}
            <strong data-figure={row.figure} suppressHydrationWarning>
              {formatInteger(figures[row.figure])}
            </strong>
          </li>
        ))}
      </ul>
    </section>
  )
}
