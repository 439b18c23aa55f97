// Writes audit entries after the action they record, off its path: the action's answer never waits for the
// trail, and a failed write is logged and counted (portal_audit_write_failures_total), never thrown.
// Why not in the action's transaction: on PostgreSQL a failed statement aborts the whole transaction, so an
// entry that could not be written would undo the save it describes, which the trail must never do. The cost
// of writing after: an action undone by a later failure in its own transaction may still leave an entry
// (whose record then does not exist); the trail errs toward saying too much.
import type { Payload } from 'payload'

import { metrics } from '@/operations/metrics'
import { onShutdown } from '@/server/shutdown'
import { singleton } from '@/server/state'

import type { AuditEntry } from './actions'

export const AUDIT_SLUG = 'audit-log'

const clip = (value: string | null | undefined, max: number) => (value == null ? null : String(value).slice(0, max))

type Queued = { payload: Payload; built: Promise<AuditEntry | null> }
type Writer = { pending: Set<Promise<void>>; queue: Queued[]; enabled: boolean }

const writer = () =>
  singleton<Writer>('AuditWriter', () => {
    const state: Writer = { pending: new Set(), queue: [], enabled: process.env.AUDIT_TRAIL !== 'off' }
    onShutdown(() => flushAudit())
    return state
  })

/** Turns the trail off or on in this process (the bench compares both; AUDIT_TRAIL=off at start). */
export function setAuditEnabled(enabled: boolean): void {
  writer().enabled = enabled
}

/** The row as stored: ids as text (collections' ids differ in type), lengths bounded. */
export function auditRow(entry: AuditEntry, at = new Date()) {
  const now = at.toISOString()
  return {
    action: entry.action,
    userId: entry.userId == null ? null : String(entry.userId),
    userEmail: clip(entry.userEmail?.toLowerCase(), 254),
    clientAddress: clip(entry.clientAddress, 64),
    targetCollection: clip(entry.targetCollection, 64),
    targetId: entry.targetId == null ? null : clip(String(entry.targetId), 64),
    title: clip(entry.title, 300),
    changedFields: entry.changedFields?.length ? clip(entry.changedFields.join(', '), 2000) : null,
    detail: clip(entry.detail, 1000),
    createdAt: now,
    updatedAt: now,
  }
}

type DrizzleInsert = { insert: (table: unknown) => { values: (rows: object[]) => Promise<unknown> } }

/** One multi-row INSERT for every entry built since the last: on SQLite each statement waits its turn on the
 * one connection the saves use too, so many small ones would cost the saves more than one larger one. */
async function insertRows(payload: Payload, rows: ReturnType<typeof auditRow>[]): Promise<void> {
  const db = payload.db as unknown as { drizzle?: DrizzleInsert; tables?: Record<string, unknown> }
  const table = db.tables?.audit_log
  if (db.drizzle && table) {
    await db.drizzle.insert(table).values(rows)
    return
  }
  for (const data of rows) await payload.db.create({ collection: AUDIT_SLUG, data })
}

/**
 * Records an entry after the current task, without waiting for it. `build` runs then too, so that working
 * out the changed fields costs the action nothing; it returns null when there is nothing to record.
 */
export function recordAuditLater(payload: Payload, build: () => AuditEntry | null | Promise<AuditEntry | null>): void {
  const state = writer()
  if (!state.enabled) return
  const gauge = metrics().auditPending
  gauge.inc()
  const built = new Promise<void>((resolve) => setImmediate(resolve)).then(build)
  state.queue.push({ payload, built })
  if (state.queue.length === 1) {
    const task = new Promise<void>((resolve) => setImmediate(resolve)).then(() => writeQueued(state))
    state.pending.add(task)
    void task.finally(() => state.pending.delete(task))
  }
}

/** Writes what is queued now, in one statement per Payload instance; a failure loses those entries, logged. */
async function writeQueued(state: Writer): Promise<void> {
  const batch = state.queue.splice(0)
  const byPayload = new Map<Payload, ReturnType<typeof auditRow>[]>()
  for (const { payload, built } of batch) {
    try {
      const entry = await built
      if (!entry) continue
      const rows = byPayload.get(payload) ?? []
      rows.push(auditRow(entry))
      byPayload.set(payload, rows)
    } catch (error) {
      failed(payload, error, 1)
    }
  }
  for (const [payload, rows] of byPayload) {
    try {
      await insertRows(payload, rows)
    } catch (error) {
      failed(payload, error, rows.length)
    }
  }
  metrics().auditPending.dec(batch.length)
}

function failed(payload: Payload, error: unknown, count: number): void {
  metrics().auditFailures.inc(count)
  payload.logger.error({ err: error }, `Không ghi được ${count} mục nhật ký hệ thống (thao tác vẫn được thực hiện).`)
}

/**
 * Records an entry and waits for it: for scripts (import runs, backups, restores) that exit right after.
 * Never throws: a script's work is done whether or not the trail took it.
 */
export async function recordAudit(payload: Payload, entry: AuditEntry): Promise<void> {
  recordAuditLater(payload, () => entry)
  await flushAudit()
}

/** Waits for every entry under way (tests, shutdown). */
export async function flushAudit(): Promise<void> {
  const { pending, queue } = writer()
  while (pending.size > 0 || queue.length > 0) {
    if (pending.size > 0) await Promise.all([...pending])
    else await new Promise((resolve) => setImmediate(resolve))
  }
}
