import type { Metadata } from 'next'

import { QuestionsPage } from '@/components/questions/QuestionsPage'

export const metadata: Metadata = {
  title: 'Hỏi đáp',
  description: 'Gửi câu hỏi đến Sở Nội vụ tỉnh Lào Cai và xem các câu hỏi đã được trả lời.',
  alternates: { canonical: '/hoi-dap' },
}

export default function QuestionsRoute() {
  return <QuestionsPage page={1} />
}
