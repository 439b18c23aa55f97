// ISO weeks (Monday first) in Vietnam time, for the work schedule: which week a moment belongs to, where a
// week begins and ends as instants, and the ?tuan=2026-W49 parameter that names one.

/** Vietnam has no daylight saving: UTC+7 all year. */
const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000
const DAY_MS = 24 * 60 * 60 * 1000
/** Weeks before and after these years are refused as absurd (nobody schedules meetings there). */
export const FIRST_YEAR = 2000
export const LAST_YEAR = 2100

export type IsoWeek = { year: number; week: number }

/** The Monday (as a UTC calendar date at 00:00) of ISO week 1 of `year`: the week holding 4 January. */
function mondayOfWeekOne(year: number): number {
  const jan4 = Date.UTC(year, 0, 4)
  const weekday = (new Date(jan4).getUTCDay() + 6) % 7 // Monday 0 … Sunday 6
  return jan4 - weekday * DAY_MS
}

/** 52 or 53. */
export function weeksInYear(year: number): number {
  return Math.round((mondayOfWeekOne(year + 1) - mondayOfWeekOne(year)) / (7 * DAY_MS))
}

/** The ISO week a moment falls in, reckoned on the Vietnam calendar: 23:30 Sunday there is still that week. */
export function weekOf(moment: Date): IsoWeek {
  const local = moment.getTime() + VIETNAM_OFFSET_MS
  const day = Math.floor(local / DAY_MS) * DAY_MS // the Vietnam calendar day, as a UTC midnight
  const weekday = (new Date(day).getUTCDay() + 6) % 7
  const thursday = new Date(day + (3 - weekday) * DAY_MS) // the ISO year is the year of the week's Thursday
  const year = thursday.getUTCFullYear()
  const week = 1 + Math.round((day - weekday * DAY_MS - mondayOfWeekOne(year)) / (7 * DAY_MS))
  return { year, week }
}

/** From Monday 00:00 to the next Monday 00:00 in Vietnam, as instants (`end` excluded). */
export function weekRange({ year, week }: IsoWeek): { start: Date; end: Date } {
  const monday = mondayOfWeekOne(year) + (week - 1) * 7 * DAY_MS
  return { start: new Date(monday - VIETNAM_OFFSET_MS), end: new Date(monday + 7 * DAY_MS - VIETNAM_OFFSET_MS) }
}

/** The seven days of the week as Vietnam calendar dates (UTC midnights), Monday first. */
export function daysOf(week: IsoWeek): Date[] {
  const monday = weekRange(week).start.getTime() + VIETNAM_OFFSET_MS
  return Array.from({ length: 7 }, (_, i) => new Date(monday + i * DAY_MS))
}

/** The Vietnam calendar day of a moment, as a UTC midnight (to group entries by day). */
export function vietnamDay(moment: Date): number {
  return Math.floor((moment.getTime() + VIETNAM_OFFSET_MS) / DAY_MS) * DAY_MS
}

export function shiftWeek({ year, week }: IsoWeek, by: number): IsoWeek {
  return weekOf(new Date(weekRange({ year, week }).start.getTime() + by * 7 * DAY_MS + DAY_MS))
}

/** 2026-W49 */
export function formatWeek({ year, week }: IsoWeek): string {
  return `${year}-W${String(week).padStart(2, '0')}`
}

/**
 * Reads ?tuan=: "2026-W49" (also "2026-w49" and "2026W49"). Null for anything else, a week 0 or 54, a
 * week 53 in a year without one, or a year outside 2000–2100.
 */
export function parseWeek(value: unknown): IsoWeek | null {
  if (typeof value !== 'string' || value.length > 10) return null
  const match = /^(\d{4})-?[Ww](\d{1,2})$/.exec(value.trim())
  if (!match) return null
  const year = Number(match[1])
  const week = Number(match[2])
  if (year < FIRST_YEAR || year > LAST_YEAR || week < 1 || week > weeksInYear(year)) return null
  return { year, week }
}
