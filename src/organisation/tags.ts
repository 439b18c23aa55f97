/**
 * Cache tags of the organisation pages (/co-cau-to-chuc, /lanh-dao, /lich-cong-tac and their English twins).
 * Units, people and schedule entries show on each other's pages (a unit's people, a leader's unit, the unit
 * preparing a meeting), so one change to any of them expires the one `organisation` tag.
 */
export const ORGANISATION_TAGS = {
  organisation: 'organisation',
} as const
