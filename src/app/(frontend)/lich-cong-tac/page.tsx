import type { Metadata } from 'next'

import { Breadcrumbs } from '@/components/Breadcrumbs'
import { listScheduleOfWeek } from '@/organisation/queries'
import { formatDay, formatShortDay, formatTime } from '@/organisation/scheduleFormat'
import { daysOf, formatWeek, type IsoWeek, parseWeek, shiftWeek, vietnamDay, weekOf } from '@/organisation/week'
import type { Person, ScheduleEntry, Unit } from '@/payload-types'

import '@/components/organisation/organisation.css'

export const metadata: Metadata = { title: 'Lịch công tác', alternates: { canonical: '/lich-cong-tac' } }

type Props = { searchParams: Promise<{ tuan?: string | string[] }> }

const weekHref = (week: IsoWeek) => `/lich-cong-tac?tuan=${formatWeek(week)}`

const names = (people: ScheduleEntry['leaders']) =>
  (people ?? [])
    .filter((person): person is Person => typeof person === 'object' && person !== null)
    .map((person) => person.name)
    .join('; ')

/**
 * The leaders' schedule for one ISO week, Monday first, in Vietnam time. ?tuan=2026-W49 picks the week;
 * anything else (a typo, week 54, year 9999) shows the current week with a notice, never an error.
 */
export default async function SchedulePage({ searchParams }: Props) {
  const { tuan } = await searchParams
  const asked = parseWeek(tuan)
  const current = weekOf(new Date())
  const week = asked ?? current
  const invalid = tuan !== undefined && !asked
  const entries = await listScheduleOfWeek(week)
  const days = daysOf(week)
  const byDay = new Map<number, ScheduleEntry[]>()
  for (const entry of entries) {
    const day = vietnamDay(new Date(entry.startsAt))
    byDay.set(day, [...(byDay.get(day) ?? []), entry])
  }
  const isCurrent = week.year === current.year && week.week === current.week
  return (
    <section aria-labelledby="lich-cong-tac">
      <Breadcrumbs items={[{ label: 'Lịch công tác' }]} />
      <h1 id="lich-cong-tac" className="section-title">
        Lịch công tác tuần {week.week}/{week.year}
      </h1>
      <p>
        Từ {formatShortDay(days[0])} đến {formatShortDay(days[6])}
        {isCurrent ? ' (tuần này)' : ''}.
      </p>
      {invalid ? (
        <p className="week-notice" role="status">
          Tuần cần xem không hợp lệ (cần dạng 2026-W49, tuần 1–53, năm 2000–2100); đang hiển thị tuần hiện tại.
        </p>
      ) : null}
      <nav aria-label="Chọn tuần">
        <ul className="week-nav">
          <li>
            <a href={weekHref(shiftWeek(week, -1))} rel="prev">
              ← Tuần trước
            </a>
          </li>
          {!isCurrent ? (
            <li>
              <a href="/lich-cong-tac">Tuần này</a>
            </li>
          ) : null}
          <li>
            <a href={weekHref(shiftWeek(week, 1))} rel="next">
              Tuần sau →
            </a>
          </li>
        </ul>
      </nav>
      {entries.length === 0 ? <p className="empty-state">Chưa có lịch công tác được công bố cho tuần này.</p> : null}
      {days.map((day) => {
        const list = byDay.get(day.getTime())
        if (!list) return null
        return (
          <div className="table-scroll" key={day.getTime()} role="region" aria-label={formatDay(day)} tabIndex={0}>
            <table className="schedule-table">
              <caption>{formatDay(day)}</caption>
              <thead>
                <tr>
                  <th scope="col">Thời gian</th>
                  <th scope="col">Nội dung</th>
                  <th scope="col">Lãnh đạo</th>
                  <th scope="col">Địa điểm</th>
                  <th scope="col">Đơn vị chuẩn bị</th>
                  <th scope="col">Thành phần</th>
                </tr>
              </thead>
              <tbody>
                {list.map((entry) => (
                  <tr key={entry.id}>
                    <td>
                      {entry.timeNote || formatTime(entry.startsAt)}
                      {entry.adjustedAt ? <span className="adjusted-mark">điều chỉnh</span> : null}
                    </td>
                    <td className="pre-line">{entry.content}</td>
                    <td>{names(entry.leaders)}</td>
                    <td>{entry.place}</td>
                    <td>{typeof entry.preparingUnit === 'object' ? (entry.preparingUnit as Unit | null)?.fullName : null}</td>
                    <td className="pre-line">{entry.participants}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )
      })}
      <p className="org-note">
        Lịch có thể thay đổi; mục ghi “điều chỉnh” đã được sửa sau khi công bố. Dùng lệnh In của trình duyệt để in lịch tuần.
      </p>
    </section>
  )
}
