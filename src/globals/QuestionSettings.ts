import type { GlobalConfig } from 'payload'

import { isAdmin } from '@/access/isAdmin'
import { isStaff } from '@/access/isStaff'
import { expireTags } from '@/news/revalidate'
import { QUESTIONS_TAG } from '@/questions/tags'

export const DEFAULT_RETENTION_MONTHS = 12

/** How long the contact details of answered questions are kept (Decree 13/2023/NĐ-CP). Admins set it. */
export const QuestionSettings: GlobalConfig = {
  slug: 'question-settings',
  label: { vi: 'Cài đặt hỏi đáp', en: 'Question settings' },
  access: { read: isStaff, update: isAdmin },
  admin: { group: { vi: 'Hỏi đáp', en: 'Questions' } },
  // The form's consent text states the period.
  hooks: { afterChange: [({ doc, req }) => (req.context.disableRevalidate ? doc : (expireTags([QUESTIONS_TAG]), doc))] },
  fields: [
    {
      name: 'retentionMonths',
      type: 'number',
      required: true,
      defaultValue: DEFAULT_RETENTION_MONTHS,
      min: 1,
      max: 120,
      label: { vi: 'Thời hạn lưu thông tin liên hệ (tháng)', en: 'Keep contact details for (months)' },
      admin: {
        description: {
          vi: 'Sau thời hạn này kể từ ngày trả lời (hoặc từ chối), thư điện tử hoặc số điện thoại của người hỏi được tự động xóa; câu hỏi và câu trả lời được giữ lại.',
          en: 'After this long from the answer (or rejection), the asker’s email or phone is erased; the question and answer stay.',
        },
      },
    },
  ],
}
