import type { User } from '@/payload-types'

export const ROLES = ['admin', 'editor', 'author'] as const
export type Role = (typeof ROLES)[number]

/** True when the signed-in user holds one of the roles. */
export function hasRole(user: Pick<User, 'role'> | null | undefined, ...roles: Role[]): boolean {
  return Boolean(user?.role && roles.includes(user.role))
}
