// Counts views and visitors in memory and writes them in batches (every second, and on shutdown).
// A view counts once per visitor per article per dedupe window; a visitor is a salted daily hash.
import { createHash, randomBytes } from 'node:crypto'

import { type Batch, type CounterStore, ONLINE_MS, WAIT_ON_EXIT_MS } from './store'
import { vnDay } from './time'

export type Figures = { views?: number; online: number; today: number; week: number; total: number }

export type CounterOptions = {
  store: CounterStore
  now?: () => number
  flushEveryMs?: number
}

/** How often counts reach the database: at most this much counting is lost if the process is killed. */
export const FLUSH_EVERY_MS = 1000
/** New browser ids believed from one address in a day. */
export const MAX_BROWSERS_PER_ADDRESS = 1000
const MAX_ADDRESSES_TRACKED = 100_000

function emptyBatch(): Batch {
  return { views: new Map(), dailyViews: new Map(), visits: new Map(), marks: new Map() }
}

function bump(map: Map<string, number> | Map<number, number>, key: string | number, by = 1): void {
  ;(map as Map<typeof key, number>).set(key, ((map as Map<typeof key, number>).get(key) ?? 0) + by)
}

export class Counter {
  private readonly store: CounterStore
  private readonly now: () => number
  private pending = emptyBatch()
  /** Visitor+article → when its view last counted: the dedupe window, shared with the database. */
  private readonly marks = new Map<string, number>()
  /** Visitors of the current day already in the database or pending, and the day they belong to.
   * Another server process on the same database may count someone this one thinks new: "Hôm nay"
   * can then run one ahead until the next flush re-reads the exact figures. */
  private knownToday = new Set<string>()
  private knownDay = ''
  private rolling: { day: string; loaded: Promise<void> } | undefined
  private newToday = 0
  private newOnline = 0
  private readonly lastSeen = new Map<string, number>()
  private aggregates = { online: 0, today: 0, week: 0, allTime: 0 }
  private readonly viewsFlushed = new Map<number, number>()
  private timer: ReturnType<typeof setInterval> | undefined
  private dedupeMs = 30 * 60 * 1000
  private salt: { day: string; value: string } | undefined
  private flushing: Promise<void> | undefined
  /** New browser ids seen today per address (in memory only, never written). */
  private readonly newBrowsersByAddress = new Map<string, number>()
  /** Which articles may be counted: published ones, looked up at most every 10 seconds each. */
  readonly articles: PublishedArticles

  private constructor({ store, now = Date.now }: CounterOptions) {
    this.store = store
    this.articles = new PublishedArticles(store, now)
    this.now = now
  }

  /** A counter that knows what the database already holds: recent views (for dedupe) and the figures. */
  static async open(options: CounterOptions): Promise<Counter> {
    const counter = new Counter(options)
    for (const mark of await options.store.recentMarks(counter.now() - counter.dedupeMs)) {
      counter.marks.set(`${mark.visitor}|${mark.article_id}`, mark.counted_at)
    }
    await counter.refresh()
    const flushEveryMs = options.flushEveryMs ?? FLUSH_EVERY_MS
    if (flushEveryMs > 0) {
      counter.timer = setInterval(() => void counter.flushIfFree(), flushEveryMs)
      counter.timer.unref()
    }
    return counter
  }

  /** Figures over time for the admin dashboard; written counts only (at most a second behind). */
  get reports(): Pick<CounterStore, 'daily' | 'topArticles' | 'lastFlushAt'> {
    return this.store
  }

  setDedupeMinutes(minutes: number): void {
    this.dedupeMs = Math.max(1, minutes) * 60 * 1000
  }

  /**
   * A visitor key from the browser's random id, or from IP and user agent where it keeps none. One address
   * may bring at most MAX_BROWSERS_PER_ADDRESS new browser ids a day (an office behind one NAT stays well
   * under it); beyond that its ids are not believed, so a script inventing ids counts as one visitor.
   */
  async visitorKey(day: string, clue: { browserId?: string | null; ip?: string | null; userAgent: string }): Promise<string> {
    if (this.salt?.day !== day) {
      this.salt = { day, value: await this.store.saltFor(day, () => randomBytes(32).toString('hex')) }
      this.newBrowsersByAddress.clear()
    }
    const hash = (identity: string) => createHash('sha256').update(this.salt!.value).update(identity).digest('hex').slice(0, 32)
    // Hashed only when it decides: most beacons carry a browser id.
    const byAddress = () => hash(`ip:${clue.ip ?? ''}|ua:${clue.userAgent}`)
    if (!clue.browserId) return byAddress()
    const byBrowser = hash(`id:${clue.browserId}`)
    if (this.knownToday.has(byBrowser)) return byBrowser
    const address = clue.ip ?? ''
    const admitted = this.newBrowsersByAddress.get(address) ?? 0
    if (admitted >= MAX_BROWSERS_PER_ADDRESS) return byAddress()
    if (!this.newBrowsersByAddress.has(address) && this.newBrowsersByAddress.size >= MAX_ADDRESSES_TRACKED) {
      this.newBrowsersByAddress.delete(this.newBrowsersByAddress.keys().next().value as string)
    }
    this.newBrowsersByAddress.set(address, admitted + 1)
    return byBrowser
  }

  /** Records a page view by a visitor (and of an article, if any). True when the article's view counted. */
  async record(visitor: string, articleId?: number): Promise<boolean> {
    const now = this.now()
    const day = vnDay(now)
    if (day !== this.knownDay) await this.rollDay(day)
    if (!this.knownToday.has(visitor)) {
      this.knownToday.add(visitor)
      this.newToday++
    }
    const seen = this.lastSeen.get(visitor)
    if (seen === undefined || now - seen > ONLINE_MS) this.newOnline++
    this.lastSeen.set(visitor, now)
    this.pending.visits.set(`${day}|${visitor}`, now)

    if (articleId === undefined) return false
    const markKey = `${visitor}|${articleId}`
    const lastCounted = this.marks.get(markKey)
    if (lastCounted !== undefined && now - lastCounted < this.dedupeMs) return false
    this.marks.set(markKey, now)
    this.pending.marks.set(markKey, now)
    bump(this.pending.views, articleId)
    bump(this.pending.dailyViews, `${articleId}|${day}`)
    return true
  }

  /** The figures a page shows: what is written plus what waits for the next flush. */
  async figures(startingTotal: number, article?: { id: number; legacyViews: number }): Promise<Figures> {
    const figures: Figures = {
      online: this.aggregates.online + this.newOnline,
      today: this.aggregates.today + this.newToday,
      week: this.aggregates.week + this.newToday,
      total: startingTotal + this.aggregates.allTime + this.newToday,
    }
    if (article) {
      if (!this.viewsFlushed.has(article.id)) this.viewsFlushed.set(article.id, await this.store.articleViews(article.id))
      figures.views = article.legacyViews + this.viewsFlushed.get(article.id)! + (this.pending.views.get(article.id) ?? 0)
    }
    return figures
  }

  /**
   * Writes what is pending in one transaction. The store's write starts before anything is awaited, so
   * on SQLite (whose writes finish as they are called) a flush completes even inside an 'exit' handler.
   */
  async flush(): Promise<void> {
    const batch = this.pending
    const hasWork = batch.visits.size > 0 || batch.views.size > 0
    const now = this.now()
    if (hasWork) {
      this.pending = emptyBatch()
      try {
        await this.store.write(batch, vnDay(now), now, this.dedupeMs)
      } catch (error) {
        // Keep the batch for the next try rather than lose it.
        this.merge(batch)
        throw error
      }
      for (const [articleId, n] of batch.views) {
        if (this.viewsFlushed.has(articleId)) this.viewsFlushed.set(articleId, this.viewsFlushed.get(articleId)! + n)
      }
    }
    this.pruneMemory(now)
    await this.refresh()
  }

  /**
   * The periodic flush: never waits for the lock (see CounterStore.waitForLock). When the database is busy,
   * the batch stays pending and goes with the next one; a throw here would end the server.
   */
  async flushIfFree(): Promise<void> {
    if (this.flushing) return
    this.flushing = (async () => {
      try {
        this.store.waitForLock?.(0)
        await this.flush()
      } catch (error) {
        if ((error as { code?: string }).code !== 'SQLITE_BUSY') console.error('Counter flush failed; retrying in a second.', error)
      } finally {
        this.flushing = undefined
      }
    })()
    await this.flushing
  }

  /** The last flush, waiting for the lock if need be. Call it (and await it, on PostgreSQL) before exiting. */
  stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer)
    const last = () => {
      this.store.waitForLock?.(WAIT_ON_EXIT_MS)
      return this.flush()
    }
    // A synchronous store (SQLite) has finished any earlier flush already, and must write now: this may be
    // an 'exit' handler, after which no promise runs. Otherwise a periodic flush under way has taken its
    // batch out of `pending`: let it finish (or put the batch back) before the last one.
    return this.store.synchronous || !this.flushing ? last() : this.flushing.then(last)
  }

  private async refresh(): Promise<void> {
    const now = this.now()
    this.aggregates = await this.store.aggregates(vnDay(now), now)
    this.newToday = 0
    this.newOnline = 0
    // Other processes may have counted the same articles: read them again when next asked.
    this.viewsFlushed.clear()
  }

  /** At the first visit of a day (and at start), learn who the database already counted that day. */
  private async rollDay(day: string): Promise<void> {
    if (day === this.knownDay) return
    // Beacons arriving together at the turn of the day wait for the same read.
    if (this.rolling?.day !== day) {
      const loaded = this.store.visitorsOf(day).then((visitors) => {
        this.knownToday = visitors
        this.knownDay = day
      })
      this.rolling = { day, loaded }
    }
    await this.rolling.loaded
  }

  private merge(batch: Batch): void {
    for (const [id, n] of batch.views) bump(this.pending.views, id, n)
    for (const [key, n] of batch.dailyViews) bump(this.pending.dailyViews, key, n)
    for (const [key, at] of batch.visits) this.pending.visits.set(key, Math.max(at, this.pending.visits.get(key) ?? 0))
    for (const [key, at] of batch.marks) this.pending.marks.set(key, Math.max(at, this.pending.marks.get(key) ?? 0))
  }

  private pruneMemory(now: number): void {
    for (const [key, at] of this.marks) if (now - at >= this.dedupeMs) this.marks.delete(key)
    for (const [visitor, at] of this.lastSeen) if (now - at > ONLINE_MS) this.lastSeen.delete(visitor)
  }
}

const ARTICLE_TTL_MS = 10_000

class PublishedArticles {
  private readonly cache = new Map<number, { at: number; article: { id: number; legacyViews: number } | null }>()

  constructor(
    private readonly store: CounterStore,
    private readonly now: () => number,
  ) {}

  async publishedArticle(id: number): Promise<{ id: number; legacyViews: number } | null> {
    const cached = this.cache.get(id)
    if (cached && this.now() - cached.at < ARTICLE_TTL_MS) return cached.article
    const article = await this.store.publishedArticle(id)
    if (this.cache.size > 10_000) this.cache.clear()
    this.cache.set(id, { at: this.now(), article })
    return article
  }
}
