// The redirects the server answers from memory: old path → where it now lives. Built from the redirects
// collection (Payload's redirects plugin) by ./refresh.ts; read by the request pipeline (src/server) for
// every request, so no request reads the database for it.
import { articlePath } from '@/news/paths'
import { peekSingleton, setSingleton } from '@/server/state'

import { oldPathOf } from './paths'

/** A stored redirect, as the plugin keeps it (the article filled in, slug only). */
export type StoredRedirect = {
  from: string
  to?: {
    type?: 'reference' | 'custom' | null
    reference?: { relationTo: string; value: number | { slug?: string | null } } | null
    url?: string | null
  } | null
}

export type RedirectTable = Map<string, string>

const MAX_HOPS = 10

/** Where one redirect points, before chains are followed: a site path or an absolute URL. */
function targetOf(redirect: StoredRedirect): string | undefined {
  const to = redirect.to
  if (!to) return undefined
  if (to.type === 'custom') {
    const url = to.url?.trim()
    if (!url) return undefined
    // Written as a Location header must be: ASCII, with anything else percent-escaped.
    if (/^https?:\/\//i.test(url)) {
      try {
        return new URL(url).href
      } catch {
        return undefined
      }
    }
    return url.startsWith('/') && !url.startsWith('//') ? oldPathOf(url) : undefined
  }
  const value = to.reference?.value
  if (to.reference?.relationTo === 'articles' && typeof value === 'object' && value?.slug) return articlePath(value.slug)
  return undefined
}

/**
 * The table with every chain collapsed: a redirect to an address that itself redirects points straight at
 * the end of the chain, so a reader is sent once. Loops and chains longer than ten are left out.
 */
export function buildRedirectTable(redirects: StoredRedirect[]): RedirectTable {
  const direct = new Map<string, string>()
  for (const redirect of redirects) {
    const from = oldPathOf(redirect.from)
    const target = targetOf(redirect)
    if (from && target && from !== target) direct.set(from, target)
  }
  const table: RedirectTable = new Map()
  for (const [from, first] of direct) {
    let target = first
    const seen = new Set([from])
    for (let hop = 0; hop < MAX_HOPS; hop++) {
      const key = target.startsWith('/') ? oldPathOf(target) : undefined
      const next = key ? direct.get(key) : undefined
      if (!next || !key) break
      if (seen.has(key)) {
        target = ''
        break
      }
      seen.add(key)
      target = next
    }
    if (target && oldPathOf(target) !== from) table.set(from, target)
  }
  return table
}

export function installRedirectTable(table: RedirectTable): void {
  setSingleton('Redirects', table)
}

/** Where a request's path and query should go, if an old address is known for them. */
export function redirectFor(pathAndQuery: string): string | undefined {
  const table = peekSingleton<RedirectTable>('Redirects')
  if (!table || table.size === 0) return undefined
  const key = oldPathOf(pathAndQuery)
  if (!key) return undefined
  const exact = table.get(key)
  if (exact) return exact
  // Old links often gain tracking parameters; the path alone is the next best match.
  const query = key.indexOf('?')
  return query > 0 ? table.get(key.slice(0, query)) : undefined
}
