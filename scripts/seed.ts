// `npm run seed`: the first admin (from ADMIN_EMAIL/ADMIN_PASSWORD, if set) and the founding content, once.
import config from '@payload-config'
import { getPayload } from 'payload'

import { seedFoundingContent } from '@/seed'
import { seedOrganisation } from '@/seed/organisation'
import { ensureFirstAdmin } from '@/users/ensureFirstAdmin'

const payload = await getPayload({ config })
try {
  const admin = await ensureFirstAdmin(payload)
  if (admin === 'created') console.log(`Đã tạo tài khoản quản trị ${process.env.ADMIN_EMAIL}.`)
  const { created } = await seedFoundingContent(payload)
  console.log(created.length ? `Đã nạp nội dung ban đầu: ${created.join(', ')}.` : 'Nội dung ban đầu đã có sẵn; không nạp lại.')
  const organisation = await seedOrganisation(payload)
  if (organisation.created.length) console.log(`Đã nạp cơ cấu tổ chức minh họa: ${organisation.created.join(', ')}.`)
} finally {
  await payload.destroy()
}
process.exit(0)
