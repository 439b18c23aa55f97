import type { Payload } from 'payload'

export type FirstAdminResult = 'created' | 'exists' | 'not-configured'

/**
 * Creates the first admin from ADMIN_EMAIL and ADMIN_PASSWORD when the site has no account yet.
 * Without both, the admin panel offers Payload's create-first-user screen instead: there is never
 * a built-in password.
 */
export async function ensureFirstAdmin(
  payload: Payload,
  env: { email?: string; password?: string } = {
    email: process.env.ADMIN_EMAIL,
    password: process.env.ADMIN_PASSWORD,
  },
): Promise<FirstAdminResult> {
  const { totalDocs } = await payload.count({ collection: 'users' })
  if (totalDocs > 0) return 'exists'
  if (!env.email || !env.password) return 'not-configured'
  await payload.create({
    collection: 'users',
    data: { email: env.email, password: env.password, name: 'Quản trị viên', role: 'admin' },
  })
  return 'created'
}
