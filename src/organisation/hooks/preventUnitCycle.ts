import { type CollectionBeforeChangeHook, ValidationError } from 'payload'

import type { Unit } from '@/payload-types'

/** Deeper than any real organisation chart; a longer chain is treated as broken. */
export const MAX_UNIT_DEPTH = 12

export const UNIT_CYCLE_MESSAGE =
  'Không thể chọn đơn vị cấp trên này: đơn vị không được nằm dưới chính nó hoặc dưới một đơn vị cấp dưới của nó.'
export const UNIT_TOO_DEEP_MESSAGE = `Cơ cấu tổ chức không được sâu quá ${MAX_UNIT_DEPTH} cấp.`

const idOf = (value: Unit['parent']): number | null => (value == null ? null : typeof value === 'object' ? value.id : Number(value))

/**
 * A unit may not sit under itself or under one of its own sub-units: the tree on /co-cau-to-chuc would
 * lose the whole branch. Walks up from the chosen parent (inside the save's transaction) until the top.
 */
export const preventUnitCycle: CollectionBeforeChangeHook<Unit> = async ({ data, originalDoc, req, operation }) => {
  if (!('parent' in data)) return data
  const parent = idOf(data.parent ?? null)
  if (parent == null) return data
  const self = operation === 'update' ? originalDoc?.id : undefined
  const refuse = (message: string) => new ValidationError({ collection: 'units', errors: [{ path: 'parent', message }], req })
  let current: number | null = parent
  for (let depth = 0; current != null; depth++) {
    if (current === self) throw refuse(UNIT_CYCLE_MESSAGE)
    if (depth >= MAX_UNIT_DEPTH) throw refuse(UNIT_TOO_DEEP_MESSAGE)
    const found: Pick<Unit, 'parent'> | null = await req.payload
      .findByID({ collection: 'units', id: current, depth: 0, req, select: { parent: true }, disableErrors: true })
      .catch(() => null)
    current = found ? idOf(found.parent ?? null) : null
  }
  return data
}
