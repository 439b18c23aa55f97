// On the admin dashboard: views per day for 30 days, visitors per day, and the week's most read articles.
import Link from 'next/link'

import { getCounter } from '@/analytics'
import { isoWeekStart, lastDays, vnDay } from '@/analytics/time'
import { articlePath } from '@/news/paths'
import { formatInteger } from '@/utilities/format'

const DAYS = 30

const shortDay = (day: string) => `${Number(day.slice(8, 10))}/${Number(day.slice(5, 7))}`

function Bars({ title, days, values }: { title: string; days: string[]; values: Map<string, number> }) {
  const max = Math.max(1, ...days.map((day) => values.get(day) ?? 0))
  const total = days.reduce((sum, day) => sum + (values.get(day) ?? 0), 0)
  const summary = `${title}: tổng ${formatInteger(total)} trong ${days.length} ngày, cao nhất ${formatInteger(max)} một ngày.`
  return (
    <figure style={{ margin: '0 0 calc(var(--base) * 1.5)' }}>
      <figcaption style={{ fontWeight: 600, marginBottom: 8 }}>{title}</figcaption>
      <div role="img" aria-label={summary} style={{ display: 'flex', alignItems: 'flex-end', gap: 2, height: 140 }}>
        {days.map((day) => {
          const value = values.get(day) ?? 0
          return (
            <div
              key={day}
              title={`${shortDay(day)}: ${formatInteger(value)}`}
              style={{
                flex: 1,
                height: `${Math.max(2, (value / max) * 100)}%`,
                background: value ? 'var(--theme-success-500, #2f6f4f)' : 'var(--theme-elevation-150, #ddd)',
              }}
            />
          )
        })}
      </div>
      <div style={{ display: 'flex', justifyContent: 'space-between', fontSize: 12 }} aria-hidden="true">
        <span>{shortDay(days[0])}</span>
        <span>{shortDay(days[days.length - 1])}</span>
      </div>
    </figure>
  )
}

export async function AnalyticsDashboard() {
  // A server component rendered for each request: "today" is the day it renders.
  // eslint-disable-next-line react-hooks/purity
  const today = vnDay(Date.now())
  const days = lastDays(today, DAYS)
  const counter = await getCounter()
  const [{ views, visitors }, top] = await Promise.all([
    counter.reports.daily(days[0]),
    counter.reports.topArticles(isoWeekStart(today), 10),
  ])
  return (
    <section style={{ marginBottom: 'calc(var(--base) * 2)' }} aria-labelledby="thong-ke">
      <h2 id="thong-ke">Thống kê truy cập</h2>
      <Bars title={`Lượt xem bài viết mỗi ngày (${DAYS} ngày qua)`} days={days} values={views} />
      <Bars title={`Người truy cập mỗi ngày (${DAYS} ngày qua)`} days={days} values={visitors} />
      <h3>Bài được xem nhiều nhất tuần này</h3>
      {top.length === 0 ? (
        <p>Tuần này chưa có lượt xem nào.</p>
      ) : (
        <ol>
          {top.map((article) => (
            <li key={article.id}>
              <Link href={articlePath(article.slug)}>{article.title}</Link>: {formatInteger(article.views)} lượt xem
            </li>
          ))}
        </ol>
      )}
      <p>
        <Link href="/admin/globals/counter-settings">Cài đặt bộ đếm</Link> (số liệu mang sang, khoảng không đếm lặp, đếm cán bộ).
      </p>
    </section>
  )
}
