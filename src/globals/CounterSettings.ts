import type { GlobalConfig } from 'payload'

import { isAdmin } from '@/access/isAdmin'
import { isStaff } from '@/access/isStaff'

/** How the "Lượt xem" and "Thống kê truy cập" counters count (docs/counting-rules.md). Admins only. */
export const CounterSettings: GlobalConfig = {
  slug: 'counter-settings',
  label: { vi: 'Cài đặt bộ đếm truy cập', en: 'Counter settings' },
  access: { read: isStaff, update: isAdmin },
  admin: { group: { vi: 'Hệ thống', en: 'System' } },
  fields: [
    {
      name: 'dedupeMinutes',
      type: 'number',
      required: true,
      defaultValue: 30,
      min: 1,
      max: 24 * 60,
      label: { vi: 'Khoảng thời gian không đếm lặp (phút)', en: 'Dedupe window (minutes)' },
      admin: {
        description: {
          vi: 'Một người đọc chỉ được đếm một lượt xem cho mỗi bài trong khoảng thời gian này.',
          en: 'A reader counts at most one view per article within this window.',
        },
      },
    },
    {
      name: 'countStaff',
      type: 'checkbox',
      defaultValue: false,
      label: { vi: 'Đếm cả cán bộ đang đăng nhập', en: 'Count signed-in staff' },
    },
    {
      name: 'startingTotal',
      type: 'number',
      defaultValue: 0,
      min: 0,
      label: { vi: 'Số lượt truy cập mang sang (cộng vào "Tất cả")', en: 'Starting figure of "Tất cả"' },
      admin: {
        description: {
          vi: 'Số lượt truy cập của cổng cũ; số người truy cập mới được cộng thêm.',
          en: 'The old portal’s visitor count; new visitors add to it.',
        },
      },
    },
  ],
}
