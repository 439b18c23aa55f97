import { APIError, type CollectionBeforeOperationHook } from 'payload'

import { refusedAnyway } from '@/access/refusedAnyway'

/** Keys Payload itself accepts on a document beside its fields. */
const SYSTEM_KEYS = new Set(['id', 'createdAt', 'updatedAt', '_status'])

/**
 * Data sent through REST may only name fields of the collection: Payload would silently drop the rest,
 * and a client with a typo ("tittle") would believe its change was saved. Refused with a 400 instead.
 */
export const refuseUnknownFields: CollectionBeforeOperationHook = async (hook) => {
  const { args, collection, operation, req } = hook
  if ((operation !== 'create' && operation !== 'update') || req.payloadAPI !== 'REST') return args
  const data = (args as { data?: unknown }).data
  if (!data || typeof data !== 'object' || Array.isArray(data)) return args
  const known = new Set(collection.flattenedFields.map((field) => field.name))
  const unknown = Object.keys(data).filter((key) => !known.has(key) && !SYSTEM_KEYS.has(key))
  // Someone who may not write here is told that (403), not which of their fields do not exist.
  if (unknown.length > 0 && !(await refusedAnyway(hook))) {
    throw new APIError(`Trường không tồn tại: ${unknown.join(', ')}.`, 400, null, true)
  }
  return args
}
