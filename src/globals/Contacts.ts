// The department's contacts and spokesperson (người phát ngôn), shown on /lien-he and /en/contact.
// Decree 42/2022/NĐ-CP asks a department's portal to publish them; they are public on purpose.
import type { Field, GlobalAfterChangeHook, GlobalConfig } from 'payload'

import { anyone } from '@/access/anyone'
import { isEditorOrAbove } from '@/access/isEditorOrAbove'
import { expireTags } from '@/news/revalidate'
import { TAGS } from '@/news/tags'

const revalidateContacts: GlobalAfterChangeHook = ({ doc, req }) => {
  if (!req.context.disableRevalidate) expireTags([TAGS.contacts])
  return doc
}

const PHONE = /^[0-9+().\s-]{3,30}$/
const validatePhone = (value: unknown) =>
  value == null || value === '' || (typeof value === 'string' && PHONE.test(value))
    ? true
    : 'Số điện thoại chỉ gồm chữ số, dấu cách, +, -, (, ) và dấu chấm.'

const phoneField = (name: string, label: { vi: string; en: string }): Field => ({
  name,
  type: 'text',
  label,
  validate: validatePhone,
})

export const Contacts: GlobalConfig = {
  slug: 'contacts',
  label: { vi: 'Liên hệ và người phát ngôn', en: 'Contacts and spokesperson' },
  access: { read: anyone, update: isEditorOrAbove },
  admin: {
    group: { vi: 'Giới thiệu', en: 'About' },
    description: {
      vi: 'Hiện trên trang /lien-he (và /en/contact với bản tiếng Anh). Để trống mục nào thì trang ghi "Đang cập nhật".',
      en: 'Shown on /lien-he (and /en/contact in English). An empty item shows as "being updated".',
    },
  },
  hooks: { afterChange: [revalidateContacts] },
  fields: [
    { name: 'address', type: 'text', localized: true, maxLength: 300, label: { vi: 'Địa chỉ trụ sở', en: 'Address' } },
    {
      type: 'row',
      fields: [
        phoneField('phone', { vi: 'Điện thoại', en: 'Phone' }),
        phoneField('fax', { vi: 'Fax', en: 'Fax' }),
        { name: 'email', type: 'email', label: { vi: 'Thư điện tử', en: 'Email' } },
      ],
    },
    {
      name: 'workingHours',
      type: 'textarea',
      localized: true,
      maxLength: 1000,
      label: { vi: 'Giờ làm việc', en: 'Working hours' },
      admin: { description: { vi: 'Mỗi dòng một khoảng, ví dụ: Sáng: 7 giờ 30 – 11 giờ 30', en: 'One line per period.' } },
    },
    {
      name: 'mapImage',
      type: 'upload',
      relationTo: 'media',
      label: { vi: 'Ảnh bản đồ', en: 'Map picture' },
      admin: { description: { vi: 'Ảnh tĩnh chỉ đường đến trụ sở (không nhúng bản đồ của bên ngoài).', en: 'A static picture.' } },
    },
    {
      name: 'mapLink',
      type: 'text',
      maxLength: 500,
      label: { vi: 'Liên kết bản đồ', en: 'Map link' },
      admin: { description: { vi: 'Ví dụ: https://www.openstreetmap.org/?mlat=…&mlon=…', en: 'e.g. an OpenStreetMap link' } },
      validate: (value: unknown) =>
        value == null || value === '' || (typeof value === 'string' && /^https:\/\/[^\s]+$/.test(value))
          ? true
          : 'Liên kết bản đồ phải bắt đầu bằng https://',
    },
    {
      name: 'spokesperson',
      type: 'group',
      label: { vi: 'Người phát ngôn', en: 'Spokesperson' },
      fields: [
        { name: 'name', type: 'text', maxLength: 120, label: { vi: 'Họ và tên', en: 'Name' } },
        { name: 'position', type: 'text', localized: true, maxLength: 200, label: { vi: 'Chức vụ', en: 'Position' } },
        {
          type: 'row',
          fields: [
            phoneField('phone', { vi: 'Điện thoại', en: 'Phone' }),
            { name: 'email', type: 'email', label: { vi: 'Thư điện tử', en: 'Email' } },
          ],
        },
      ],
    },
  ],
}
