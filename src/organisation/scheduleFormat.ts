// How the schedule names days and times: "Thứ Hai, 30/11/2026", "08:00", in Vietnam time.
import { TIME_ZONE } from '@/utilities/format'

// Days from ./week.ts are Vietnam calendar days held as UTC midnights, so they are formatted in UTC.
const dayFormat = new Intl.DateTimeFormat('vi-VN', { timeZone: 'UTC', weekday: 'long', day: 'numeric', month: 'numeric', year: 'numeric' })
const shortDayFormat = new Intl.DateTimeFormat('vi-VN', { timeZone: 'UTC', day: 'numeric', month: 'numeric', year: 'numeric' })
const timeFormat = new Intl.DateTimeFormat('vi-VN', { timeZone: TIME_ZONE, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })

/** "Thứ Hai, 30/11/2026" */
export function formatDay(day: Date): string {
  const parts = dayFormat.formatToParts(day)
  const weekday = parts.find((p) => p.type === 'weekday')?.value ?? ''
  return `${weekday.charAt(0).toUpperCase()}${weekday.slice(1)}, ${shortDayFormat.format(day)}`
}

/** "30/11/2026" */
export const formatShortDay = (day: Date): string => shortDayFormat.format(day)

/** "08:00" in Vietnam time. */
export const formatTime = (moment: Date | string): string => timeFormat.format(new Date(moment))
