// For commands run on the server (backup, restore, imports started from a shell): one call records the run in
// the audit trail. Who ran it is the operating-system account (there is no signed-in person). Never throws
// and never changes the command's outcome: a restored database from before the trail existed simply has
// nowhere to write it, which is logged.
import os from 'node:os'

import type { AuditEntry } from './actions'
import { recordAudit } from './record'

export async function recordScriptRun(entry: Omit<AuditEntry, 'userEmail' | 'clientAddress'>): Promise<void> {
  try {
    const [{ default: config }, { getPayload }] = await Promise.all([import('@payload-config'), import('payload')])
    const payload = await getPayload({ config })
    try {
      const by = `${os.userInfo().username}@${os.hostname()}`
      await recordAudit(payload, {
        ...entry,
        clientAddress: 'máy chủ (dòng lệnh)',
        detail: [entry.detail, `chạy bởi ${by}`].filter(Boolean).join('; '),
      })
    } finally {
      await payload.destroy()
    }
  } catch (error) {
    console.error('Không ghi được nhật ký hệ thống cho lệnh này:', error instanceof Error ? error.message : error)
  }
}
