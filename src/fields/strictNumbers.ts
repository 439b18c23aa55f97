// Every number field takes only numbers. Payload turns a string sent for a number into `parseFloat(string)`:
// `"abc"` became NaN, which its own check let through as "no value", so a REST client sending
// `"manualMin": "abc"` got 200 and the saved figure was emptied without a word (PostgreSQL would store NaN
// itself); and `"90,60"`, a score as Vietnamese write it, became 90. So every write is checked before
// Payload reads it: text in a number field must be a plain number ("90.60", " 15 ", "-2e3"; "" still empties
// the field), and a number must be finite ("1e400" is not). A Payload plugin, so that a number field added later is
// covered without anyone remembering to.
import type { CollectionBeforeOperationHook, Config, Field, GlobalConfig, PayloadRequest } from 'payload'
import { ValidationError } from 'payload'

/** A number as JSON or JavaScript would write it, with spaces around allowed (Payload trims them). */
const PLAIN_NUMBER = /^\s*[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?\s*$/

const notANumber = (value: unknown) =>
  typeof value === 'string'
    ? value.trim() !== '' && !(PLAIN_NUMBER.test(value) && Number.isFinite(Number.parseFloat(value)))
    : typeof value === 'number' && !Number.isFinite(value)

type Refused = { path: string; label?: Extract<Field, { type: 'number' }>['label'] }

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)

/** The number fields of `fields` whose value in `data` is not a number, at any depth, by their path. */
export function numbersRefused(fields: Field[], data: unknown, path: string[] = []): Refused[] {
  if (!isRecord(data)) return []
  return fields.flatMap((field): Refused[] => {
    if (!('name' in field) || !field.name) {
      // Rows, collapsibles and unnamed tabs lay fields out without nesting their data.
      if (field.type === 'tabs')
        return field.tabs.flatMap((tab) =>
          'name' in tab && tab.name
            ? numbersRefused(tab.fields, data[tab.name], [...path, tab.name])
            : numbersRefused(tab.fields, data, path),
        )
      return 'fields' in field ? numbersRefused(field.fields, data, path) : []
    }
    const value = data[field.name]
    const here = [...path, field.name]
    if (field.type === 'number') {
      const values: unknown[] = Array.isArray(value) ? value : [value]
      return values.some(notANumber) ? [{ path: here.join('.'), label: field.label }] : []
    }
    if (field.type === 'group') return numbersRefused(field.fields, value, here)
    if (field.type === 'array' && Array.isArray(value))
      return value.flatMap((row, index) => numbersRefused(field.fields, row, [...here, String(index)]))
    if (field.type === 'blocks' && Array.isArray(value))
      return value.flatMap((row, index) => {
        const block = isRecord(row) ? field.blocks.find((candidate) => candidate.slug === row.blockType) : undefined
        return block ? numbersRefused(block.fields, row, [...here, String(index)]) : []
      })
    return []
  })
}

/** Refuses the write with a 400 naming every such field: "Lỗi - Field sau không hợp lệ: …", "Vui lòng nhập số.". */
function refuse(refused: Refused[], req: PayloadRequest, place: { collection?: string; global?: string }): void {
  if (refused.length === 0) return
  const message = req.t('validation:enterNumber')
  throw new ValidationError(
    { ...place, errors: refused.map(({ path, label }) => ({ path, label: label || undefined, message })), req },
    req.t,
  )
}

const WRITES = new Set(['create', 'update', 'updateByID'])

export const refuseTextForNumbers: CollectionBeforeOperationHook = ({ args, collection, operation, req }) => {
  if (WRITES.has(operation) && 'data' in args) refuse(numbersRefused(collection.fields, args.data), req, { collection: collection.slug })
  return args
}

type GlobalBeforeOperation = NonNullable<NonNullable<GlobalConfig['hooks']>['beforeOperation']>[number]

export const refuseTextForNumbersInGlobal: GlobalBeforeOperation = ({ args, global, operation, req }) => {
  if (operation === 'update') refuse(numbersRefused(global.fields, args?.data), req, { global: global.slug })
  return args
}

/** The plugin: every collection's and global's writes refuse what is not a number in a number field. */
export function strictNumbers(config: Config): Config {
  return {
    ...config,
    collections: (config.collections ?? []).map((collection) => ({
      ...collection,
      hooks: { ...collection.hooks, beforeOperation: [refuseTextForNumbers, ...(collection.hooks?.beforeOperation ?? [])] },
    })),
    globals: (config.globals ?? []).map((global) => ({
      ...global,
      hooks: { ...global.hooks, beforeOperation: [refuseTextForNumbersInGlobal, ...(global.hooks?.beforeOperation ?? [])] },
    })),
  }
}
