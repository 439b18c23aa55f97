import type { GlobalConfig } from 'payload'

import { anyone } from '@/access/anyone'
import { isAdmin } from '@/access/isAdmin'
import { revalidateSite } from '@/hooks/revalidateSite'

/** The department's name and the footer's contact and legally required lines, edited by admins. */
export const SiteSettings: GlobalConfig = {
  slug: 'site-settings',
  label: { vi: 'Thông tin cơ quan', en: 'Site settings' },
  access: { read: anyone, update: isAdmin },
  admin: { group: { vi: 'Giao diện', en: 'Site' } },
  hooks: { afterChange: [revalidateSite] },
  fields: [
    { name: 'name', type: 'text', required: true, defaultValue: 'Sở Nội vụ tỉnh Lào Cai', label: { vi: 'Tên cơ quan', en: 'Name' } },
    { name: 'address', type: 'text', label: { vi: 'Địa chỉ', en: 'Address' } },
    {
      type: 'row',
      fields: [
        { name: 'phone', type: 'text', label: { vi: 'Điện thoại', en: 'Phone' } },
        { name: 'email', type: 'email', label: { vi: 'Thư điện tử', en: 'Email' } },
      ],
    },
    {
      name: 'governingBody',
      type: 'text',
      defaultValue: 'Ủy ban nhân dân tỉnh Lào Cai',
      label: { vi: 'Cơ quan chủ quản', en: 'Governing body' },
    },
    {
      name: 'responsiblePerson',
      type: 'text',
      defaultValue: 'Giám đốc Sở Nội vụ tỉnh Lào Cai',
      label: { vi: 'Chịu trách nhiệm chính', en: 'Responsible person' },
    },
    {
      name: 'copyright',
      type: 'text',
      defaultValue: 'Ghi rõ nguồn "Sở Nội vụ tỉnh Lào Cai" khi phát hành lại thông tin từ trang này.',
      label: { vi: 'Dòng bản quyền', en: 'Copyright line' },
    },
  ],
}
