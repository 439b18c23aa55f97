import type { CollectionConfig } from 'payload'

import { isAdmin } from '@/access/isAdmin'
import { isAdminOrSelf } from '@/access/isAdminOrSelf'
import { isStaff } from '@/access/isStaff'
import { ROLES } from '@/access/roles'

import { resetPasswordEmail } from '@/email/resetPassword'
import { isProduction, siteUrl } from '@/env'
import { enforcePasswordPolicy, enforcePasswordPolicyOnReset } from '@/users/passwordPolicy'

import { assignFirstAdmin } from './hooks/assignFirstAdmin'
import { brakeSignIn, forgiveSignIn } from './hooks/brakeSignIn'

const ROLE_LABELS = {
  admin: { vi: 'Quản trị viên', en: 'Admin' },
  editor: { vi: 'Biên tập viên', en: 'Editor' },
  author: { vi: 'Tác giả', en: 'Author' },
} as const

export const Users: CollectionConfig = {
  slug: 'users',
  labels: {
    singular: { vi: 'Tài khoản', en: 'User' },
    plural: { vi: 'Tài khoản', en: 'Users' },
  },
  auth: {
    maxLoginAttempts: 5,
    lockTime: 10 * 60 * 1000,
    tokenExpiration: 8 * 60 * 60,
    cookies: {
      sameSite: 'Lax',
      secure: isProduction && siteUrl().startsWith('https://'),
    },
    forgotPassword: resetPasswordEmail,
  },
  access: {
    admin: isStaff,
    create: isAdmin,
    read: isAdminOrSelf,
    update: isAdminOrSelf,
    delete: isAdmin,
    // Lifting a lock is an admin's decision: anyone else could clear a lock their own guesses caused.
    unlock: isAdmin,
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'email', 'role'],
    group: { vi: 'Hệ thống', en: 'System' },
  },
  hooks: {
    beforeOperation: [brakeSignIn, enforcePasswordPolicyOnReset],
    afterOperation: [forgiveSignIn],
    beforeValidate: [enforcePasswordPolicy],
    beforeChange: [assignFirstAdmin],
  },
  fields: [
    { name: 'name', type: 'text', required: true, label: { vi: 'Họ và tên', en: 'Name' } },
    {
      name: 'role',
      type: 'select',
      required: true,
      defaultValue: 'author',
      saveToJWT: true,
      label: { vi: 'Vai trò', en: 'Role' },
      options: ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role] })),
      // Only admins grant roles, so nobody can raise their own.
      access: { create: isAdmin, update: isAdmin },
      admin: {
        position: 'sidebar',
        description: {
          vi: 'Tài khoản đầu tiên của cổng luôn là quản trị viên. Chỉ quản trị viên được đổi vai trò.',
          en: 'The first account is always an admin. Only admins change roles.',
        },
      },
    },
  ],
}
