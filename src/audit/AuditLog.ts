// Nhật ký hệ thống: who did what, when, from where. Append-only for everyone, admins included: entries are
// written by the server (./record.ts, through the database adapter), read by admins, and removed only by the
// retention job (./retention.ts), which leaves an entry saying so.
import type { CollectionConfig, FieldHook } from 'payload'

import { isAdmin } from '@/access/isAdmin'
import { formatDate } from '@/utilities/format'

import { AUDIT_ACTIONS } from './actions'
import { exportAuditCsv } from './exportCsv'
import { AUDIT_SLUG } from './record'

const nobody = () => false

const timeFormat = new Intl.DateTimeFormat('vi-VN', {
  timeZone: 'Asia/Ho_Chi_Minh',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
})

/** The stored UTC time as a person here reads it: 14:05:09 17/4/2024 (giờ Việt Nam). */
const inVietnamTime: FieldHook = ({ siblingData }) => {
  const at = (siblingData as { createdAt?: string } | undefined)?.createdAt
  return at ? `${timeFormat.format(new Date(at))} ${formatDate(at)}` : null
}

const text = (name: string, vi: string, en: string, index = false) =>
  ({ name, type: 'text', index, label: { vi, en }, admin: { readOnly: true } }) as const

export const AuditLog: CollectionConfig = {
  slug: AUDIT_SLUG,
  labels: { singular: { vi: 'Mục nhật ký', en: 'Audit entry' }, plural: { vi: 'Nhật ký hệ thống', en: 'Audit trail' } },
  custom: { audit: { exclude: true } },
  access: { read: isAdmin, create: nobody, update: nobody, delete: nobody },
  disableDuplicate: true,
  defaultSort: '-createdAt',
  admin: {
    group: { vi: 'Hệ thống', en: 'System' },
    useAsTitle: 'action',
    defaultColumns: ['at', 'action', 'userEmail', 'targetCollection', 'title', 'changedFields', 'clientAddress'],
    listSearchableFields: ['userEmail', 'title'],
    hidden: ({ user }) => !isAdmin({ req: { user } as never }),
    description: {
      vi: 'Ghi lại mọi thao tác thay đổi dữ liệu của cán bộ. Không ai sửa hoặc xoá được; mục cũ hơn thời hạn lưu (Cài đặt nhật ký) tự động được xoá. Giờ hiển thị là giờ Việt Nam.',
      en: 'Every staff action that changes something. Nobody can edit or delete entries; entries past the retention period are removed automatically.',
    },
    components: { beforeListTable: ['@/audit/ExportButton.client#ExportButton'] },
  },
  endpoints: [{ path: '/export', method: 'get', handler: exportAuditCsv }],
  fields: [
    {
      name: 'at',
      type: 'text',
      virtual: true,
      label: { vi: 'Thời gian (giờ Việt Nam)', en: 'Time (Vietnam)' },
      admin: { readOnly: true, disableListFilter: true },
      hooks: { afterRead: [inVietnamTime] },
    },
    {
      name: 'action',
      type: 'select',
      required: true,
      index: true,
      label: { vi: 'Thao tác', en: 'Action' },
      options: Object.entries(AUDIT_ACTIONS).map(([value, label]) => ({ value, label: { vi: label, en: value } })),
      admin: { readOnly: true },
    },
    text('userEmail', 'Người thực hiện (email lúc đó)', 'Account email at the time', true),
    text('userId', 'Mã tài khoản', 'Account id', true),
    text('clientAddress', 'Địa chỉ máy', 'Client address'),
    text('targetCollection', 'Loại dữ liệu', 'Collection', true),
    text('targetId', 'Mã bản ghi', 'Record id'),
    text('title', 'Tiêu đề lúc đó', 'Title at the time'),
    text('changedFields', 'Trường thay đổi', 'Changed fields'),
    text('detail', 'Chi tiết', 'Detail'),
  ],
  timestamps: true,
}
