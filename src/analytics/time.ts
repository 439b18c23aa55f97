// Days and weeks as Lào Cai lives them: Asia/Ho_Chi_Minh is UTC+7 all year (no daylight saving), so a
// fixed offset gives the same answer whatever the server's own time zone is.
const OFFSET_MS = 7 * 60 * 60 * 1000
const DAY_MS = 24 * 60 * 60 * 1000

/** The calendar day in Vietnam, as YYYY-MM-DD. */
export function vnDay(at: number | Date): string {
  return new Date(Number(at) + OFFSET_MS).toISOString().slice(0, 10)
}

/** The Monday that starts the ISO week of a Vietnamese day. */
export function isoWeekStart(day: string): string {
  const date = new Date(`${day}T00:00:00Z`)
  const sinceMonday = (date.getUTCDay() + 6) % 7
  return new Date(date.getTime() - sinceMonday * DAY_MS).toISOString().slice(0, 10)
}

/** The day before a Vietnamese day. */
export function previousDay(day: string): string {
  return new Date(new Date(`${day}T00:00:00Z`).getTime() - DAY_MS).toISOString().slice(0, 10)
}

/** The last N days up to and including `day`, oldest first. */
export function lastDays(day: string, count: number): string[] {
  const end = new Date(`${day}T00:00:00Z`).getTime()
  return Array.from({ length: count }, (_, i) => new Date(end - (count - 1 - i) * DAY_MS).toISOString().slice(0, 10))
}
