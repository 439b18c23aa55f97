// The REST API's query parameters that Payload turns into a 500 when they are not what it expects: checked
// before Payload sees them, by the proxy (src/proxy.ts) for every API request and by the server's pipeline
// (src/server/index.ts) for an upload, which does not pass through the proxy. Imports nothing: both load it.

/**
 * What is wrong with the query, in Vietnamese, or null. `where` may come whole, as JSON (Payload parses it,
 * and answers text that is not JSON with a 500); `page`, `limit` and `depth` must be whole numbers in range.
 * (How many a reader may ask for at once is Payload's to judge, knowing who asks: see guardReaderQueries.)
 */
export function apiQueryProblem(params: URLSearchParams): string | null {
  const where = params.get('where')
  if (where !== null) {
    let parsed: unknown
    try {
      parsed = JSON.parse(where)
    } catch {
      parsed = null
    }
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return 'Tham số "where" phải là một đối tượng JSON.'
  }
  const rules: Record<string, number> = { page: 1, limit: 0, depth: 0 }
  for (const [name, minimum] of Object.entries(rules)) {
    const value = params.get(name)
    if (value === null) continue
    if (!/^\d{1,12}$/.test(value) || Number(value) < minimum) return `Tham số "${name}" phải là số nguyên từ ${minimum} trở lên.`
  }
  return null
}
