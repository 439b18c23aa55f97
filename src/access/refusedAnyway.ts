// Payload runs a collection's beforeOperation hooks before it checks access. The checks among them (a
// document's content, a picture's, fields that do not exist) would then judge what someone who may not write
// at all sent, and answer what is wrong with it (400) rather than that they may not (403). They ask first.
import type { CollectionBeforeOperationHook } from 'payload'

/** Whether Payload is about to refuse this create or update for want of rights (so the file need not be judged). */
export async function refusedAnyway({
  args,
  collection,
  operation,
  overrideAccess,
  req,
}: Parameters<CollectionBeforeOperationHook>[0]): Promise<boolean> {
  if (overrideAccess || (operation !== 'create' && operation !== 'update')) return false
  const access = operation === 'create' ? collection.access.create : collection.access.update
  const given = args as { data?: Record<string, unknown>; id?: number }
  return (await access({ req, data: given.data, id: given.id })) === false
}
