// What a reader who is not signed in may ask of a collection through REST. Staff keep everything (the
// admin needs it); the site's own pages read through the Local API and never pass here.
import { APIError, type CollectionBeforeOperationHook, type Where } from 'payload'

/** The most documents a reader may ask for in one page. */
export const PUBLIC_MAX_LIMIT = 20
/** How deep into a list a reader may page (page × limit); further back, filter by date instead. */
export const PUBLIC_MAX_DEPTH_IN_LIST = 500
/** How many levels of related documents a reader may have filled in: for one document, and in a list. */
export const PUBLIC_MAX_DEPTH = 2
export const PUBLIC_MAX_LIST_DEPTH = 1

export type ReaderQueries = {
  /** Fields a reader may filter on, each with the operators that stay on an index. */
  where: Record<string, readonly string[]>
  /** Fields a reader may sort on (ascending or descending). */
  sort: readonly string[]
}

const EXACT = ['equals', 'in', 'not_equals'] as const
const RANGE = ['equals', 'greater_than', 'greater_than_equal', 'less_than', 'less_than_equal'] as const
export const readerFilters = { exact: EXACT, range: RANGE }

const refuse = (message: string) => new APIError(message, 400, null, true)

/** Every field and operator a `where` names, however deeply nested in and/or. */
function* conditions(where: unknown): Generator<{ field: string; operator: string }> {
  if (!where || typeof where !== 'object') return
  for (const [key, value] of Object.entries(where as Where)) {
    if (key === 'and' || key === 'or') {
      if (!Array.isArray(value)) throw refuse(`Điều kiện "${key}" phải là một danh sách.`)
      for (const inner of value) yield* conditions(inner)
    } else if (value && typeof value === 'object' && !Array.isArray(value)) {
      for (const [operator, operand] of Object.entries(value)) {
        // A value is a word, a number or a list of them: an object (`[equals][$ne]=1`) makes the database fail.
        const values = Array.isArray(operand) ? operand : [operand]
        if (values.some((item) => item !== null && typeof item === 'object')) throw refuse(`Giá trị lọc theo "${key}" không hợp lệ.`)
        yield { field: key, operator }
      }
    } else {
      throw refuse(`Điều kiện lọc theo "${key}" không hợp lệ.`)
    }
  }
}

/**
 * Payload would run any filter or sort a reader writes, on any field: `like` on a summary or a sort on it
 * reads every row, on the server's only thread (0.25–12 s each on 100,000 articles). Readers get the
 * filters and sorts that stay on an index, pages of at most 20, at most 500 documents deep (further back,
 * a filter on the date walks the index instead of skipping rows), related documents one level deep in a
 * list and two for one document: each such query costs well under 100 ms on 100,000 articles (measured
 * with `BENCH_ONLY=rest npm run bench`). Anything else is a 400 that says what is allowed.
 */
export function guardReaderQueries(rules: ReaderQueries): CollectionBeforeOperationHook {
  const filterable = Object.keys(rules.where).join(', ') || 'không trường nào'
  const sortable = rules.sort.join(', ') || 'không trường nào'
  return ({ args, operation, req }) => {
    if ((operation !== 'read' && operation !== 'count') || req.payloadAPI !== 'REST' || req.user) return args
    // Related documents filled in for a request already judged (Payload's loader asks for them all at once).
    if ((args as { currentDepth?: number }).currentDepth) return args
    const query = args as {
      limit?: number
      page?: number
      pagination?: boolean
      depth?: number
      sort?: string | string[]
      where?: Where
      draft?: boolean
      trash?: boolean
      id?: number | string
    }
    // Every collection readers reach has whole-number ids; anything else would fail in the database.
    if (query.id !== undefined && !/^\d{1,15}$/.test(String(query.id))) throw refuse('Mã tài liệu phải là một số nguyên.')
    if (query.pagination === false || query.limit === 0 || (query.limit ?? 0) > PUBLIC_MAX_LIMIT) {
      throw refuse(`Tham số "limit" phải từ 1 đến ${PUBLIC_MAX_LIMIT}.`)
    }
    if ((query.page ?? 1) * (query.limit ?? 10) > PUBLIC_MAX_DEPTH_IN_LIST) {
      throw refuse(
        `Chỉ xem được ${PUBLIC_MAX_DEPTH_IN_LIST.toLocaleString('vi-VN')} tài liệu đầu của một danh sách; ` +
          'để xem tiếp, lọc theo ngày (ví dụ where[publishedAt][less_than]=…).',
      )
    }
    const list = operation === 'read' && query.id === undefined
    const maxDepth = list ? PUBLIC_MAX_LIST_DEPTH : PUBLIC_MAX_DEPTH
    if ((query.depth ?? 0) > maxDepth) {
      throw refuse(`Tham số "depth" phải từ 0 đến ${maxDepth}${list ? ' với một danh sách' : ''}.`)
    }
    for (const key of [query.sort ?? []].flat().flatMap((sort) => String(sort).split(','))) {
      const field = key.trim().replace(/^-/, '')
      if (field && !rules.sort.includes(field)) {
        throw refuse(`Không sắp xếp được theo "${field}". Bạn đọc sắp xếp được theo: ${sortable}.`)
      }
    }
    for (const { field, operator } of conditions(query.where)) {
      const operators = rules.where[field]
      if (!operators) throw refuse(`Không lọc được theo "${field}". Bạn đọc lọc được theo: ${filterable}.`)
      if (!operators.includes(operator)) {
        throw refuse(`Không lọc được "${field}" bằng "${operator}". Dùng được: ${operators.join(', ')}.`)
      }
    }
    // Readers read what is published, never the versions table behind drafts, nor the trash.
    // A list without `depth` would get Payload's default of 2 levels: readers' lists get one.
    return Object.assign(args, { draft: false, trash: false }, list && query.depth === undefined ? { depth: PUBLIC_MAX_LIST_DEPTH } : {})
  }
}
