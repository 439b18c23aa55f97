import { describe, expect, it } from 'vitest'

import { ensureFirstAdmin } from '@/users/ensureFirstAdmin'

import { seedUser, TEST_PASSWORD } from '../helpers/fixtures'
import { testPayload } from '../helpers/payload'

// One file, one database: these run in order on a site that starts with no account.
describe('the first admin', () => {
  it('is not created without both ADMIN_EMAIL and ADMIN_PASSWORD: there is no default password', async () => {
    const payload = await testPayload()
    expect(await ensureFirstAdmin(payload, { email: 'qt@example.vn' })).toBe('not-configured')
    expect(await ensureFirstAdmin(payload, {})).toBe('not-configured')
    expect((await payload.count({ collection: 'users' })).totalDocs).toBe(0)
  })

  it('is created from the environment on first start, and only then', async () => {
    const payload = await testPayload()
    const env = { email: 'quantri@example.vn', password: 'mot-mat-khau-rat-dai' }
    expect(await ensureFirstAdmin(payload, env)).toBe('created')
    expect(await ensureFirstAdmin(payload, env)).toBe('exists')
    const { docs } = await payload.find({ collection: 'users' })
    expect(docs).toHaveLength(1)
    expect(docs[0].role).toBe('admin')
    const login = await payload.login({ collection: 'users', data: env })
    expect(login.user?.email).toBe('quantri@example.vn')
  })

  it('is whoever registers first on the create-first-user screen, whatever role the form sent', async () => {
    const payload = await testPayload()
    await payload.delete({ collection: 'users', where: {}, overrideAccess: true })
    const first = await payload.create({
      collection: 'users',
      data: { email: 'dau-tien@example.vn', password: 'mot-mat-khau-rat-dai', name: 'Người đầu tiên', role: 'author' },
    })
    expect(first.role).toBe('admin')
    const second = await payload.create({
      collection: 'users',
      data: { email: 'thu-hai@example.vn', password: 'mot-mat-khau-rat-dai', name: 'Người thứ hai', role: 'author' },
    })
    expect(second.role).toBe('author')
  })
})

describe('locked accounts', () => {
  it('only an admin lifts a lock: an author or editor who unlocks any account is refused', async () => {
    const payload = await testPayload()
    const admin = await seedUser(payload, 'admin', 'Quản trị bị khóa')
    const author = await seedUser(payload, 'author', 'Tác giả tò mò')
    const editor = await seedUser(payload, 'editor', 'Biên tập viên tò mò')
    const lock = () =>
      payload.update({
        collection: 'users',
        id: admin.id,
        data: { loginAttempts: 5, lockUntil: new Date(Date.now() + 600_000).toISOString() } as never,
        overrideAccess: true,
      })
    await lock()
    const unlockAs = (user: typeof admin) =>
      payload.unlock({
        collection: 'users',
        data: { email: admin.email } as never,
        overrideAccess: false,
        req: { user: { ...user, collection: 'users' } },
      })
    for (const user of [author, editor]) await expect(unlockAs(user)).rejects.toThrow(/không có quyền|not allowed/i)
    await expect(payload.login({ collection: 'users', data: { email: admin.email, password: TEST_PASSWORD } })).rejects.toThrow()
    expect(await unlockAs(admin)).toBe(true)
    expect((await payload.login({ collection: 'users', data: { email: admin.email, password: TEST_PASSWORD } })).user?.id).toBe(admin.id)
  })
})
