// /van-ban's filters as they stand in the URL (?q=…&loai=…&co-quan=…&linh-vuc=…&nam=…&hieu-luc=…&trang=…),
// read defensively: a value that is too long, not a number or not one of ours is noted, never passed on raw.
import { VALIDITY_VALUES, type Validity } from './validity'

export type DocumentFilters = {
  q: string
  type: string
  issuer: string
  field: string
  year: number | null
  validity: Validity | null
  page: number
}

/** Why a filter was set aside, for the page to say (in Vietnamese). */
export type FilterProblem = string

export const MAX_QUERY_LENGTH = 200
const MAX_TEXT = 200
export const MIN_YEAR = 1945
export const MAX_PAGE = 10_000

type Params = Record<string, string | string[] | undefined>

const first = (value: string | string[] | undefined) => ((Array.isArray(value) ? value[0] : value) ?? '').trim()

export function readFilters(params: Params): { filters: DocumentFilters; problems: FilterProblem[] } {
  const problems: FilterProblem[] = []
  let q = first(params.q).replace(/\s+/g, ' ')
  if (q.length > MAX_QUERY_LENGTH) {
    problems.push(`Từ khoá quá dài: chỉ ${MAX_QUERY_LENGTH} ký tự đầu được dùng để tìm.`)
    q = q.slice(0, MAX_QUERY_LENGTH)
  }
  const yearText = first(params.nam)
  let year: number | null = null
  if (yearText) {
    const parsed = /^\d{4}$/.test(yearText) ? Number(yearText) : NaN
    if (parsed >= MIN_YEAR && parsed <= new Date().getFullYear() + 1) year = parsed
    else {
      problems.push(`Năm “${yearText.slice(0, 20)}” không hợp lệ: chọn một năm từ ${MIN_YEAR} đến nay.`)
      year = -1
    }
  }
  const validityText = first(params['hieu-luc'])
  let validity: Validity | null = null
  if (validityText) {
    if ((VALIDITY_VALUES as readonly string[]).includes(validityText)) validity = validityText as Validity
    else problems.push('Tình trạng hiệu lực không hợp lệ.')
  }
  const pageNumber = Number.parseInt(first(params.trang) || '1', 10)
  const page = Number.isFinite(pageNumber) ? Math.max(1, Math.min(MAX_PAGE, pageNumber)) : 1
  return {
    filters: {
      q,
      type: first(params.loai).slice(0, MAX_TEXT),
      issuer: first(params['co-quan']).slice(0, MAX_TEXT),
      field: first(params['linh-vuc']).slice(0, MAX_TEXT),
      year,
      validity,
      page,
    },
    problems,
  }
}

/** The URL of a list with these filters (empty ones left out), so it can be shared and the back button works. */
export function filtersPath(filters: Partial<DocumentFilters>, page = 1): string {
  const params = new URLSearchParams()
  if (filters.q) params.set('q', filters.q)
  if (filters.type) params.set('loai', filters.type)
  if (filters.issuer) params.set('co-quan', filters.issuer)
  if (filters.field) params.set('linh-vuc', filters.field)
  if (filters.year && filters.year > 0) params.set('nam', String(filters.year))
  if (filters.validity) params.set('hieu-luc', filters.validity)
  if (page > 1) params.set('trang', String(page))
  const query = params.toString()
  return query ? `/van-ban?${query}` : '/van-ban'
}

/** The instants a year of Vietnam's calendar (UTC+7) covers: from its first moment up to the next year's. */
export const yearBounds = (year: number): [Date, Date] => [
  new Date(`${year}-01-01T00:00:00+07:00`),
  new Date(`${year + 1}-01-01T00:00:00+07:00`),
]
