import type { Payload, PayloadRequest } from 'payload'

import type { FieldError } from './validate'

/** One record per index, year and subject: the error staff read when they try a second one. */
export async function findDuplicateRecord(
  payload: Payload,
  record: { index: number; year: number; subject: string; id?: number },
  req?: PayloadRequest,
): Promise<FieldError | null> {
  const { docs } = await payload.find({
    collection: 'score-records',
    where: {
      index: { equals: record.index },
      year: { equals: record.year },
      subject: { equals: record.subject.trim() },
      ...(record.id ? { id: { not_equals: record.id } } : {}),
    },
    limit: 1,
    depth: 1,
    overrideAccess: true,
    req,
  })
  const existing = docs[0]
  if (!existing) return null
  const code = typeof existing.index === 'object' ? existing.index.code : 'chỉ số này'
  return {
    path: 'year',
    message: `Đã có bản ghi ${code} năm ${record.year} của ${record.subject.trim()}. Hãy sửa bản ghi đó thay vì tạo bản ghi mới.`,
  }
}
