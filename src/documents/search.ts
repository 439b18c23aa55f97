// Documents in the site search (/tim-kiem): the same folded matching as /van-ban, a few results at a time,
// kept apart from src/search (the articles' full-text index and its cache).
import { filtersPath, MAX_QUERY_LENGTH } from './filters'
import { type DocumentPage, findDocuments, queryWords } from './queries'

export const DOCUMENT_HITS = 5

/** The newest published documents every word of the query matches, and where /van-ban lists them all. */
export async function searchDocuments(query: string, limit = DOCUMENT_HITS): Promise<DocumentPage & { moreHref: string }> {
  const q = query.slice(0, MAX_QUERY_LENGTH)
  const filters = { q, type: '', issuer: '', field: '', year: null, validity: null, page: 1 }
  const empty = { docs: [], page: 1, totalPages: 0, totalDocs: 0 }
  const result = queryWords(q).length > 0 ? await findDocuments(filters, limit) : empty
  return { ...result, moreHref: filtersPath({ q }) }
}
