import { Forbidden, type CollectionBeforeOperationHook, type CollectionConfig } from 'payload'

import { hasRole } from '@/access/roles'

/**
 * Payload's "Lên lịch xuất bản" drawer deletes a scheduled job by its id through the Local API, which skips
 * the jobs' access rules: any staff member could cancel an editor's scheduled publication. Only editors and
 * admins (who may publish) change or remove jobs on a signed-in person's behalf; the job runner, which acts
 * with no one signed in, is unaffected.
 */
export const onlyEditorsChangeJobs: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (!['create', 'update', 'delete', 'deleteByID', 'updateByID'].includes(operation)) return args
  if (req.user && !hasRole(req.user, 'admin', 'editor')) throw new Forbidden(req.t)
  return args
}

/** Payload's jobs collection, with the hook above. */
export function guardScheduledJobs({ defaultJobsCollection }: { defaultJobsCollection: CollectionConfig }): CollectionConfig {
  return {
    ...defaultJobsCollection,
    hooks: {
      ...defaultJobsCollection.hooks,
      beforeOperation: [...(defaultJobsCollection.hooks?.beforeOperation ?? []), onlyEditorsChangeJobs],
    },
  }
}
