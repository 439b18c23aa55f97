// Counts views and visitors in memory and writes them in batches (every second, and on shutdown).
// A view counts once per visitor per article per dedupe window; a visitor is a salted daily hash.
import { createHash, randomBytes } from 'node:crypto'

import { metrics, noteDatabaseError } from '@/operations/metrics'
import { addressGroup } from '@/server/clientAddress'
import { dropExpired, setNewest } from '@/utilities/boundedMap'

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
/**
 * New visitors one address (an IPv4 address, or an IPv6 /64) may bring in a day, however it varies its
 * browser id or user agent. Past it, the address counts as one visitor: an office behind one NAT stays well
 * under it, a script cannot run the figures up.
 */
export const MAX_VISITORS_PER_ADDRESS = 1000
/**
 * Bounds on what the counter keeps in memory, so that a flood of distinct visitors (many addresses) cannot
 * grow the server: about 100 bytes an entry, some 45 MB in all when every one is full. Past a bound the
 * oldest entries go; the figures stay exact in the database, which every flush reads again.
 */
export const MEMORY_BOUNDS = {
  /** Today's visitors known to this process (to tell a new visitor without a query). */
  knownVisitors: 100_000,
  /** Views within the dedupe window (visitor and article). */
  marks: 200_000,
  /** Visitors seen within the last five minutes. */
  online: 50_000,
  /** Addresses whose new visitors are counted today. */
  addresses: 100_000,
}

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
  /** New visitors and newly-online visitors of the pending batch, not yet in `aggregates`. */
  private pendingNew = { today: 0, online: 0 }
  /**
   * The batch a flush has taken out of `pending` and is writing. Until the figures are read again after its
   * commit, it still counts in every figure shown: a reader never sees "Lượt xem" fall back mid-write.
   */
  private inFlight: { views: Map<number, number>; today: number; online: number } | undefined
  private readonly lastSeen = new Map<string, number>()
  private aggregates = { online: 0, today: 0, week: 0, allTime: 0 }
  /** Written views per article as last read from the database (cleared by every refresh). */
  private readonly viewsFlushed = new Map<number, number>()
  private timer: ReturnType<typeof setInterval> | undefined
  private dedupeMs = 30 * 60 * 1000
  private salt: { day: string; value: string } | undefined
  /**
   * The flush cycle under way (take the batch, write it, read the figures again), and any queued behind it.
   * Flushes and the figures' reads of written views run one at a time through it (`serially`), so a read
   * never lands between a write's commit and the moment its batch stops counting as in flight.
   */
  private queue: Promise<unknown> | undefined
  private flushesQueued = 0
  private saltsForgottenFor = ''
  /** New visitors brought today per address group (in memory only, never written). */
  private readonly newVisitorsByAddress = new Map<string, number>()
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
    for (const mark of await options.store.recentMarks(counter.now() - counter.dedupeMs, MEMORY_BOUNDS.marks)) {
      counter.marks.set(`${mark.visitor}|${mark.article_id}`, mark.counted_at)
    }
    await counter.serially(() => counter.refresh())
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
   * may bring at most MAX_VISITORS_PER_ADDRESS new visitors a day, whatever it varies (browser id, user
   * agent, both); beyond that everything from it counts as one visitor of that address.
   */
  async visitorKey(day: string, clue: { browserId?: string | null; ip?: string | null; userAgent: string }): Promise<string> {
    if (this.salt?.day !== day) {
      this.salt = { day, value: await this.store.saltFor(day, () => randomBytes(32).toString('hex')) }
      this.newVisitorsByAddress.clear()
    }
    const hash = (identity: string) => createHash('sha256').update(this.salt!.value).update(identity).digest('hex').slice(0, 32)
    const key = clue.browserId ? hash(`id:${clue.browserId}`) : hash(`ip:${clue.ip ?? ''}|ua:${clue.userAgent}`)
    if (this.knownToday.has(key)) return key
    const group = addressGroup(clue.ip)
    const admitted = this.newVisitorsByAddress.get(group) ?? 0
    if (admitted >= MAX_VISITORS_PER_ADDRESS) return hash(`address:${group}`)
    setNewest(this.newVisitorsByAddress, group, admitted + 1, MEMORY_BOUNDS.addresses)
    return key
  }

  /** Records a page view by a visitor (and of an article, if any). True when the article's view counted. */
  async record(visitor: string, articleId?: number): Promise<boolean> {
    const now = this.now()
    const day = vnDay(now)
    if (day !== this.knownDay) await this.rollDay(day)
    if (!this.knownToday.has(visitor)) {
      // Past the bound a visitor may count as new twice before the next flush reads the exact figure.
      if (this.knownToday.size < MEMORY_BOUNDS.knownVisitors) this.knownToday.add(visitor)
      this.pendingNew.today++
    }
    const seen = this.lastSeen.get(visitor)
    if (seen === undefined || now - seen > ONLINE_MS) this.pendingNew.online++
    setNewest(this.lastSeen, visitor, now, MEMORY_BOUNDS.online)
    this.pending.visits.set(`${day}|${visitor}`, now)

    if (articleId === undefined) return false
    const markKey = `${visitor}|${articleId}`
    const lastCounted = this.marks.get(markKey)
    if (lastCounted !== undefined && now - lastCounted < this.dedupeMs) return false
    setNewest(this.marks, markKey, now, MEMORY_BOUNDS.marks)
    this.pending.marks.set(markKey, now)
    bump(this.pending.views, articleId)
    bump(this.pending.dailyViews, `${articleId}|${day}`)
    return true
  }

  /** The figures a page shows: what is written, plus what is being written, plus what waits for the next flush. */
  async figures(startingTotal: number, article?: { id: number; legacyViews: number }): Promise<Figures> {
    let written: number | undefined
    if (article) {
      written = this.viewsFlushed.get(article.id)
      if (written === undefined) written = await this.serially(() => this.readWrittenViews(article.id))
    }
    // Everything from here on is read in one synchronous step, so the parts always belong together.
    const unwritten = {
      today: this.pendingNew.today + (this.inFlight?.today ?? 0),
      online: this.pendingNew.online + (this.inFlight?.online ?? 0),
    }
    const figures: Figures = {
      online: this.aggregates.online + unwritten.online,
      today: this.aggregates.today + unwritten.today,
      week: this.aggregates.week + unwritten.today,
      total: startingTotal + this.aggregates.allTime + unwritten.today,
    }
    if (article) {
      figures.views =
        article.legacyViews + written! + (this.inFlight?.views.get(article.id) ?? 0) + (this.pending.views.get(article.id) ?? 0)
    }
    return figures
  }

  /**
   * Writes everything counted so far in one transaction. A flush already under way finishes first; this one
   * then writes what is left, so when it resolves everything counted before the call is committed. The
   * store's write starts before anything is awaited when nothing is queued, so on SQLite (whose writes
   * finish as they are called) a flush completes even inside an 'exit' handler.
   */
  flush(): Promise<void> {
    this.flushesQueued++
    return this.serially(() => this.flushNow()).finally(() => this.flushesQueued--)
  }

  /**
   * The periodic flush: never waits for the lock (see CounterStore.waitForLock). When the database is busy,
   * the batch stays pending and goes with the next one; a throw here would end the server.
   */
  async flushIfFree(): Promise<void> {
    if (this.flushesQueued > 0) return
    this.flushesQueued++
    try {
      await this.serially(() => {
        this.store.waitForLock?.(0)
        return this.flushNow()
      })
    } catch (error) {
      if ((error as { code?: string }).code !== 'SQLITE_BUSY') console.error('Counter flush failed; retrying in a second.', error)
    } finally {
      this.flushesQueued--
    }
  }

  /** The last flush, waiting for the lock if need be. Call it (and await it, on PostgreSQL) before exiting. */
  stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer)
    const last = () => {
      this.store.waitForLock?.(WAIT_ON_EXIT_MS)
      return this.flushNow()
    }
    // A synchronous store (SQLite) has written any earlier batch already, and must write now: this may be
    // an 'exit' handler, after which no promise runs. Otherwise a flush under way has taken its batch out
    // of `pending`: let it finish (or put the batch back) before the last one.
    return this.store.synchronous ? last() : this.serially(last)
  }

  /** Runs `task` after every flush or read queued before it; at once when none is. */
  private serially<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue ? this.queue.then(task, task) : task()
    const settled: Promise<unknown> = run.catch(() => undefined)
    this.queue = settled
    void settled.then(() => {
      if (this.queue === settled) this.queue = undefined
    })
    return run
  }

  private async readWrittenViews(articleId: number): Promise<number> {
    // Beacons for the same article queue up together: only the first reads.
    const known = this.viewsFlushed.get(articleId)
    if (known !== undefined) return known
    const views = await this.store.articleViews(articleId)
    this.viewsFlushed.set(articleId, views)
    return views
  }

  /** One flush cycle; only ever run through `serially` (or as the very last write, in `stop`). */
  private async flushNow(): Promise<void> {
    const batch = this.pending
    const now = this.now()
    if (batch.visits.size > 0 || batch.views.size > 0) {
      const measured = metrics()
      const stopTimer = measured.counterFlushDuration.startTimer()
      measured.counterFlushViews.observe(batch.visits.size + [...batch.views.values()].reduce((sum, views) => sum + views, 0))
      this.pending = emptyBatch()
      this.inFlight = { views: batch.views, ...this.pendingNew }
      this.pendingNew = { today: 0, online: 0 }
      try {
        await this.store.write(batch, vnDay(now), now, this.dedupeMs)
        stopTimer()
      } catch (error) {
        noteDatabaseError(error)
        // Keep the batch for the next try rather than lose it.
        this.merge(batch)
        this.pendingNew.today += this.inFlight.today
        this.pendingNew.online += this.inFlight.online
        this.inFlight = undefined
        throw error
      }
    }
    this.pruneMemory(now)
    const today = vnDay(now)
    if (this.saltsForgottenFor !== today) {
      // The day is over: its salt goes from memory and from the database, even if nobody visits today.
      if (this.salt && this.salt.day !== today) this.salt = undefined
      await this.store.forgetSaltsBefore(today)
      this.saltsForgottenFor = today
    }
    await this.refresh()
  }

  /**
   * Reads the written figures again (other processes count too). The committed batch stops counting as
   * in flight in the same step as the new figures, which include it, replace the old ones.
   */
  private async refresh(): Promise<void> {
    const now = this.now()
    const aggregates = await this.store.aggregates(vnDay(now), now)
    this.aggregates = aggregates
    this.inFlight = undefined
    // Other processes may have counted the same articles: read them again when next asked.
    this.viewsFlushed.clear()
  }

  /** At the first visit of a day (and at start), learn who the database already counted that day. */
  private async rollDay(day: string): Promise<void> {
    if (day === this.knownDay) return
    // Beacons arriving together at the turn of the day wait for the same read.
    if (this.rolling?.day !== day) {
      const loaded = this.store.visitorsOf(day, MEMORY_BOUNDS.knownVisitors).then((visitors) => {
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

  /**
   * Forgets views past the dedupe window and visitors no longer online. Both maps are in the order their
   * entries were set (setNewest; the marks loaded at start come oldest first), so only what expires is read.
   */
  private pruneMemory(now: number): void {
    dropExpired(this.marks, (at) => now - at >= this.dedupeMs)
    dropExpired(this.lastSeen, (at) => now - at > ONLINE_MS)
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
