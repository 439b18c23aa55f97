// Who comes first on /lanh-dao: the director, then deputies, then heads of units; within a group, staff's
// "order" number, then the name. A group instead of one free number, so the director stays first even
// when nobody fills in the numbers.
import type { Person } from '@/payload-types'

export const PERSON_ROLES = [
  { value: 'director', label: { vi: 'Giám đốc', en: 'Director' }, rank: 1 },
  { value: 'deputy', label: { vi: 'Phó Giám đốc', en: 'Deputy director' }, rank: 2 },
  { value: 'head', label: { vi: 'Trưởng đơn vị', en: 'Head of unit' }, rank: 3 },
  { value: 'staff', label: { vi: 'Cán bộ khác', en: 'Other staff' }, rank: 4 },
] as const

export type PersonRole = (typeof PERSON_ROLES)[number]['value']

const RANK = new Map<string, number>(PERSON_ROLES.map(({ value, rank }) => [value, rank]))

export function byLeadership(a: Person, b: Person): number {
  return (
    (RANK.get(a.role) ?? 9) - (RANK.get(b.role) ?? 9) ||
    (a.order ?? Number.MAX_SAFE_INTEGER) - (b.order ?? Number.MAX_SAFE_INTEGER) ||
    a.name.localeCompare(b.name, 'vi') ||
    a.id - b.id
  )
}

/** The groups shown on /lanh-dao (other staff appear on their unit's page only). */
export const LEADER_ROLES: PersonRole[] = ['director', 'deputy', 'head']
