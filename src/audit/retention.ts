// Removes audit entries older than the admins' retention, once a night, and leaves one entry saying how many
// went. The only deletion of entries there is: through the database adapter, past the collection's access.
import type { Payload, TaskConfig } from 'payload'

import { AUDIT_SLUG, recordAudit } from './record'
import { DEFAULT_RETENTION_DAYS } from './AuditSettings'

export async function pruneAuditLog(payload: Payload, now = new Date()): Promise<{ removed: number; before: string }> {
  const settings = (await payload.findGlobal({ slug: 'audit-settings', overrideAccess: true })) as { retentionDays?: number | null }
  const days = settings.retentionDays ?? DEFAULT_RETENTION_DAYS
  const before = new Date(now.getTime() - days * 24 * 60 * 60 * 1000).toISOString()
  const where = { createdAt: { less_than: before } }
  const { totalDocs: removed } = await payload.db.count({ collection: AUDIT_SLUG, where })
  if (removed > 0) {
    await payload.db.deleteMany({ collection: AUDIT_SLUG, where })
    await recordAudit(payload, {
      action: 'retention',
      targetCollection: AUDIT_SLUG,
      detail: `Đã xoá ${removed} mục ghi trước ${before} (thời hạn lưu ${days} ngày).`,
    })
  }
  return { removed, before }
}

export const auditRetentionTask: TaskConfig = {
  slug: 'auditRetention',
  label: 'Xoá nhật ký hệ thống quá hạn',
  retries: 2,
  // 03:00 in Vietnam (20:00 UTC), picked up by the every-minute runner of the default queue.
  schedule: [{ cron: '0 20 * * *', queue: 'default' }],
  handler: async ({ req }) => {
    const { removed } = await pruneAuditLog(req.payload)
    return { output: { removed } }
  },
}
