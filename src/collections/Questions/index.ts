import type { CollectionConfig } from 'payload'

import { isEditorOrAbove } from '@/access/isEditorOrAbove'
import { isStaff } from '@/access/isStaff'
import { refuseUnknownFields } from '@/hooks/refuseUnknownFields'
import { LIMITS } from '@/questions/submission'

import { afterQuestionChange, afterQuestionDelete } from './hooks/afterQuestionChange'
import { answerWhenAnswered, trackQuestionStatus } from './hooks/trackQuestionStatus'

export const QUESTION_STATUSES = [
  { value: 'new', label: { vi: 'Mới', en: 'New' } },
  { value: 'assigned', label: { vi: 'Đã phân công', en: 'Assigned' } },
  { value: 'answered', label: { vi: 'Đã trả lời', en: 'Answered' } },
  { value: 'published', label: { vi: 'Đã công khai', en: 'Published' } },
  { value: 'rejected', label: { vi: 'Từ chối', en: 'Rejected' } },
]

const serverSet = { readOnly: true, position: 'sidebar' } as const
/** Written only by the server (the form's intake, the retention job), which bypasses access. */
const serverOnly = { create: () => false, update: () => false }

/**
 * Citizens' questions (Hỏi đáp): the moderation queue. Staff only, through REST too, published or not: they
 * hold names and contacts. The public list (/hoi-dap) is read on the server with its public fields only.
 * Citizens' questions arrive through the form (src/questions/intake.ts), never through this collection's API.
 */
export const Questions: CollectionConfig = {
  slug: 'questions',
  labels: {
    singular: { vi: 'Câu hỏi', en: 'Question' },
    plural: { vi: 'Hỏi đáp', en: 'Questions' },
  },
  // The queue: newest first; the status column and its filter show what still needs an answer.
  defaultSort: '-createdAt',
  // The trail names the fields staff changed, never a citizen's subject (it can carry a name or an address).
  custom: { audit: { recordTitle: false } },
  access: { create: isStaff, read: isStaff, update: isStaff, delete: isEditorOrAbove },
  admin: {
    useAsTitle: 'subject',
    defaultColumns: ['subject', 'status', 'assignedTo', 'createdAt', 'publishedAt'],
    listSearchableFields: ['subject', 'name'],
    group: { vi: 'Hỏi đáp', en: 'Questions' },
    description: {
      vi: 'Câu hỏi của người dân gửi qua trang Hỏi đáp. Phân công, trả lời, rồi chọn "Đã công khai" để đăng câu hỏi và câu trả lời (không kèm thông tin liên hệ).',
      en: 'Questions sent through the public form. Assign, answer, then set "Published" to show the question and answer (never the contact).',
    },
  },
  hooks: {
    beforeOperation: [refuseUnknownFields],
    beforeChange: [trackQuestionStatus],
    afterChange: [afterQuestionChange],
    afterDelete: [afterQuestionDelete],
  },
  fields: [
    { name: 'subject', type: 'text', required: true, maxLength: LIMITS.subject, label: { vi: 'Tiêu đề', en: 'Subject' } },
    { name: 'question', type: 'textarea', required: true, maxLength: LIMITS.question, label: { vi: 'Nội dung câu hỏi', en: 'Question' } },
    {
      type: 'row',
      fields: [
        { name: 'name', type: 'text', maxLength: LIMITS.name, label: { vi: 'Người hỏi', en: 'Asker' }, admin: { readOnly: true } },
        {
          name: 'contact',
          type: 'text',
          maxLength: LIMITS.contact,
          label: { vi: 'Thư điện tử hoặc điện thoại', en: 'Email or phone' },
          admin: {
            readOnly: true,
            description: { vi: 'Tự động xóa sau thời hạn lưu giữ.', en: 'Erased after the retention period.' },
          },
        },
      ],
    },
    {
      name: 'answer',
      type: 'textarea',
      label: { vi: 'Câu trả lời', en: 'Answer' },
      validate: answerWhenAnswered,
      admin: { description: { vi: 'Được đăng công khai cùng câu hỏi.', en: 'Published with the question.' } },
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'new',
      options: QUESTION_STATUSES,
      label: { vi: 'Trạng thái', en: 'Status' },
      admin: { position: 'sidebar' },
    },
    {
      name: 'assignedTo',
      type: 'relationship',
      relationTo: 'users',
      label: { vi: 'Người được phân công', en: 'Assigned to' },
      admin: { position: 'sidebar' },
    },
    {
      name: 'consentAt',
      type: 'date',
      label: { vi: 'Thời điểm đồng ý xử lý dữ liệu', en: 'Consent given' },
      admin: serverSet,
      access: serverOnly,
    },
    { name: 'answeredAt', type: 'date', label: { vi: 'Ngày trả lời', en: 'Answered' }, admin: serverSet },
    // The public list walks this index newest first (only published questions have the date).
    { name: 'publishedAt', type: 'date', index: true, label: { vi: 'Ngày công khai', en: 'Published' }, admin: serverSet },
    {
      name: 'contactErasedAt',
      type: 'date',
      label: { vi: 'Ngày xóa thông tin liên hệ', en: 'Contact erased' },
      admin: serverSet,
      access: serverOnly,
    },
  ],
}
