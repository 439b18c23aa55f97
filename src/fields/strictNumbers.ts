// Every number field refuses what is not a number. Payload turns a string sent for a number into
// `parseFloat(string)`, so `"abc"` becomes NaN, and its own check lets NaN through as "no value": a REST
// client sending `"manualMin": "abc"` got 200 and the saved figure became empty, lost without a word (and
// PostgreSQL would store NaN itself in a numeric column). A Payload plugin, so that a number field added
// later is covered without anyone remembering to.
import { type Config, type Field, type FieldHook, type NumberField, ValidationError } from 'payload'

const notANumber = (value: unknown) => typeof value === 'number' && !Number.isFinite(value)

/**
 * Refuses NaN and the infinities: a 400 naming the field, "Vui lòng nhập số.". A hook, not a validate
 * function: Payload skips validating a field its condition hides (the weather's manual figures while the
 * feed is on), and would still save that field empty.
 */
export const refuseNotANumber: FieldHook = ({ value, field, path, collection, global, req }) => {
  const values: unknown[] = Array.isArray(value) ? value : [value]
  if (!values.some(notANumber)) return value
  throw new ValidationError(
    {
      collection: collection?.slug,
      global: global?.slug,
      errors: [{ path: path.join('.'), label: ('label' in field && field.label) || undefined, message: req.t('validation:enterNumber') }],
      req,
    },
    req.t,
  )
}

function strictNumber(field: NumberField): NumberField {
  return { ...field, hooks: { ...field.hooks, beforeValidate: [refuseNotANumber, ...(field.hooks?.beforeValidate ?? [])] } }
}

/** The fields, with every number field (at any depth: groups, rows, arrays, tabs, blocks) made strict. */
export function withStrictNumbers(fields: Field[]): Field[] {
  return fields.map((field): Field => {
    if (field.type === 'number') return strictNumber(field)
    if (field.type === 'tabs') return { ...field, tabs: field.tabs.map((tab) => ({ ...tab, fields: withStrictNumbers(tab.fields) })) }
    if (field.type === 'blocks')
      return { ...field, blocks: field.blocks.map((block) => ({ ...block, fields: withStrictNumbers(block.fields) })) }
    if ('fields' in field && Array.isArray(field.fields)) return { ...field, fields: withStrictNumbers(field.fields) } as Field
    return field
  })
}

/** The plugin: every collection's and global's number fields refuse NaN and infinities with a 400. */
export function strictNumbers(config: Config): Config {
  return {
    ...config,
    collections: (config.collections ?? []).map((collection) => ({ ...collection, fields: withStrictNumbers(collection.fields) })),
    globals: (config.globals ?? []).map((global) => ({ ...global, fields: withStrictNumbers(global.fields) })),
  }
}
