// Search results remembered for a short time: many readers searching for the same words (a news item
// everyone looks up) cost one search. Forgotten on every content change (src/server/contentCaches.ts), so a
// published, edited or withdrawn article shows in (or leaves) the results at once. A process singleton:
// the search page and the hooks that expire it live in different Next bundles.
import { peekSingleton, singleton } from '@/server/state'

import type { SearchResult, SearchSort } from './results'

/**
 * Every change made through this server empties the cache at once; the lifetime only bounds what no hook
 * sees here (a script run in another process against the same SQLite file, such as `npm run search:rebuild`).
 */
const TTL_MS = 60_000
/** About 5 KB a result (ten hits with their snippets): a few MB at most, whatever queries are sent. */
const MAX_ENTRIES = 1000

type Entry = { result: SearchResult; storedAt: number }
export type SearchKey = { query: string; page: number; sort: SearchSort }

export class SearchResultCache {
  private entries = new Map<string, Entry>()
  /** Searches under way, shared by readers who ask the same while the first is still reading the index. */
  private pending = new Map<string, Promise<SearchResult>>()
  /** Incremented on every clear, so a search that read the index before a change is not kept after it. */
  private generation = 0

  constructor(private now: () => number = Date.now) {}

  /** The key of a search: the same words with any spacing are the same search. */
  static keyOf({ query, page, sort }: SearchKey): string {
    return `${sort}\u0000${page}\u0000${query.trim().replace(/\s+/g, ' ')}`
  }

  /** The remembered result of `key`, or the one `search` finds (then remembered if nothing changed meanwhile). */
  async get(key: SearchKey, search: () => Promise<SearchResult>): Promise<SearchResult> {
    const id = SearchResultCache.keyOf(key)
    const entry = this.entries.get(id)
    if (entry && this.now() - entry.storedAt <= TTL_MS) {
      // Map order is the eviction order: a result read again goes to the back.
      this.entries.delete(id)
      this.entries.set(id, entry)
      return entry.result
    }
    if (entry) this.entries.delete(id)
    const running = this.pending.get(id)
    if (running) return running
    const generation = this.generation
    const promise = search().finally(() => {
      if (this.pending.get(id) === promise) this.pending.delete(id)
    })
    this.pending.set(id, promise)
    const result = await promise
    if (generation === this.generation) {
      this.entries.set(id, { result, storedAt: this.now() })
      while (this.entries.size > MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value as string)
    }
    return result
  }

  get size(): number {
    return this.entries.size
  }

  clear(): void {
    this.generation++
    this.entries.clear()
    // A search already under way may have read the old index: later readers start a fresh one.
    this.pending.clear()
  }
}

/** The process's search result cache. */
export const searchResultCache = (): SearchResultCache => singleton('SearchResults', () => new SearchResultCache())

/** Forgets every remembered result (without creating the cache in a process that never searched). */
export function clearSearchCache(): void {
  peekSingleton<SearchResultCache>('SearchResults')?.clear()
}
