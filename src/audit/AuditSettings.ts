import type { GlobalConfig } from 'payload'

import { isAdmin } from '@/access/isAdmin'

export const DEFAULT_RETENTION_DAYS = 730

/** How long the audit trail keeps its entries. Admins only. */
export const AuditSettings: GlobalConfig = {
  slug: 'audit-settings',
  label: { vi: 'Cài đặt nhật ký hệ thống', en: 'Audit trail settings' },
  access: { read: isAdmin, update: isAdmin },
  admin: { group: { vi: 'Hệ thống', en: 'System' } },
  fields: [
    {
      name: 'retentionDays',
      type: 'number',
      required: true,
      defaultValue: DEFAULT_RETENTION_DAYS,
      min: 30,
      max: 3650,
      label: { vi: 'Thời hạn lưu nhật ký (ngày)', en: 'Retention (days)' },
      admin: {
        description: {
          vi: 'Mục nhật ký cũ hơn thời hạn này được xoá mỗi đêm (mặc định 730 ngày = 2 năm); việc xoá được ghi lại trong nhật ký.',
          en: 'Entries older than this are removed nightly (default 730 days); the removal itself is recorded.',
        },
      },
    },
  ],
}
