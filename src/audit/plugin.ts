// The audit trail as a Payload plugin: it adds the trail's collection and settings, and the recording hooks
// to every collection and global in the config it is given, so that a collection added later is recorded
// without touching it. A collection opts out, or names fields never to record, with `custom.audit`
// (./actions.ts, AuditOptions). Also: scheduled publishing set and cancelled (Payload queues those past the
// hooks), the nightly retention job, and the job and database-busy metrics.
import type { CollectionConfig, CollectionSlug, Config, GlobalConfig, Payload, Plugin } from 'payload'

import { metrics, noteDatabaseError } from '@/operations/metrics'

import { AuditLog } from './AuditLog'
import { AuditSettings } from './AuditSettings'
import { auditOptionsOf, collectionAuditHooks, globalAuditHook } from './hooks'
import { recordAuditLater } from './record'
import { auditRetentionTask } from './retention'

function withCollectionHooks(collection: CollectionConfig): CollectionConfig {
  if (auditOptionsOf(collection).exclude) return collection
  const added = collectionAuditHooks(collection)
  const hooks = { ...collection.hooks }
  for (const [name, list] of Object.entries(added) as [keyof NonNullable<CollectionConfig['hooks']>, unknown[]][]) {
    ;(hooks as Record<string, unknown[]>)[name] = [...((hooks[name] as unknown[] | undefined) ?? []), ...list]
  }
  return { ...collection, hooks }
}

function withGlobalHook(global: GlobalConfig): GlobalConfig {
  if (auditOptionsOf(global).exclude) return global
  return { ...global, hooks: { ...global.hooks, afterChange: [...(global.hooks?.afterChange ?? []), globalAuditHook(global)] } }
}

type ScheduleInput = {
  type?: 'publish' | 'unpublish'
  doc?: { relationTo?: string; value?: string | number }
  global?: string
  user?: { relationTo?: string; value?: string | number }
}

/** The account and title behind a scheduled publication, looked up when its entry is written. */
async function scheduleEntry(payload: Payload, input: ScheduleInput, action: 'schedule-set' | 'schedule-cancel', when?: unknown) {
  const user =
    input.user?.value != null && input.user.relationTo
      ? await payload.db.findOne<{ id: string | number; email?: string }>({
          collection: input.user.relationTo as CollectionSlug,
          where: { id: { equals: input.user.value } },
        })
      : null
  const doc =
    input.doc?.value != null && input.doc.relationTo
      ? await payload.db.findOne<{ id: string | number; title?: string }>({
          collection: input.doc.relationTo as CollectionSlug,
          where: { id: { equals: input.doc.value } },
        })
      : null
  return {
    action,
    userId: input.user?.value ?? null,
    userEmail: user?.email ?? null,
    targetCollection: input.doc?.relationTo ?? input.global ?? null,
    targetId: input.doc?.value ?? null,
    title: doc?.title ?? null,
    detail: `${input.type === 'unpublish' ? 'Ẩn' : 'Xuất bản'}${when ? ` lúc ${new Date(String(when)).toISOString()}` : ''}`,
  }
}

/** Payload queues a scheduled publication straight into the database (no hooks): watched here instead. */
function watchJobs(payload: Payload): void {
  const { queue, run } = payload.jobs
  payload.jobs.queue = (async (args: Parameters<typeof queue>[0]) => {
    const job = await queue(args)
    if ((args as { task?: string }).task === 'schedulePublish') {
      const { input, waitUntil } = args as { input?: ScheduleInput; waitUntil?: Date }
      recordAuditLater(payload, () => scheduleEntry(payload, input ?? {}, 'schedule-set', waitUntil))
    }
    return job
  }) as typeof queue
  payload.jobs.run = (async (args?: Parameters<typeof run>[0]) => {
    const result = await run(args)
    const statuses = Object.values((result as { jobStatus?: Record<string, { status?: string }> })?.jobStatus ?? {})
    for (const { status } of statuses) metrics().jobs.inc({ result: status === 'success' ? 'success' : 'failure' })
    return result
  }) as unknown as typeof run
}

export const auditTrail: Plugin = (config: Config): Config => {
  const previousOverrides = config.jobs?.jobsCollectionOverrides
  return {
    ...config,
    collections: [...(config.collections ?? []).map(withCollectionHooks), AuditLog],
    globals: [...(config.globals ?? []).map(withGlobalHook), AuditSettings],
    hooks: {
      ...config.hooks,
      afterError: [...(config.hooks?.afterError ?? []), ({ error }) => noteDatabaseError(error)],
    },
    jobs: {
      ...config.jobs,
      tasks: [...(config.jobs?.tasks ?? []), auditRetentionTask],
      // Cancelling a schedule deletes its job through the Local API, whose hooks do run.
      jobsCollectionOverrides: (args) => {
        const base = previousOverrides ? previousOverrides(args) : args.defaultJobsCollection
        return {
          ...base,
          hooks: {
            ...base.hooks,
            afterDelete: [
              ...(base.hooks?.afterDelete ?? []),
              ({ doc, req }) => {
                const job = doc as { taskSlug?: string; input?: ScheduleInput; waitUntil?: string; completedAt?: string | null }
                if (job.taskSlug !== 'schedulePublish' || job.completedAt || !req.user) return doc
                const address = req.headers.get('x-forwarded-for')
                recordAuditLater(req.payload, async () => ({
                  ...(await scheduleEntry(
                    req.payload,
                    { ...job.input, user: { relationTo: req.user!.collection, value: req.user!.id } },
                    'schedule-cancel',
                    job.waitUntil,
                  )),
                  clientAddress: address,
                }))
                return doc
              },
            ],
          },
        }
      },
    },
    onInit: async (payload) => {
      watchJobs(payload)
      await config.onInit?.(payload)
    },
  }
}
