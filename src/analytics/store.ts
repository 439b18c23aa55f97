// What the counters need from a database: one implementation per database (sqliteStore.ts,
// postgresStore.ts), chosen in ./index.ts. Counting itself happens in memory (./counter.ts).

export type Batch = {
  views: Map<number, number>
  dailyViews: Map<string, number>
  visits: Map<string, number>
  marks: Map<string, number>
}

export type Aggregates = { online: number; today: number; week: number; allTime: number }
export type Mark = { visitor: string; article_id: number; counted_at: number }

export interface CounterStore {
  /** True when writes finish before the call returns (SQLite): a flush then completes even in 'exit'. */
  readonly synchronous: boolean
  /** Writes a batch in one transaction (adding to what is there: other processes count too), and notes the time. */
  write(batch: Batch, today: string, now: number, dedupeMs: number): Promise<void>
  aggregates(today: string, now: number): Promise<Aggregates>
  articleViews(articleId: number): Promise<number>
  /** Up to `limit` of those already counted on a day (salted hashes, the latest first), to tell a new visitor without a query per beacon. */
  visitorsOf(day: string, limit: number): Promise<Set<string>>
  /** Up to `limit` of the views counted since then (the latest first), for the dedupe window. */
  recentMarks(since: number, limit: number): Promise<Mark[]>
  /** The day's secret salt, shared by every process on this database and deleted once the day is over. */
  saltFor(day: string, fresh: () => string): Promise<string>
  /** Deletes the salts of days before `today` (each flush does too; this is for a day with no visit). */
  forgetSaltsBefore(today: string): Promise<void>
  /** Per day since `fromDay`: article views and distinct visitors (for the admin dashboard). */
  daily(fromDay: string): Promise<{ views: Map<string, number>; visitors: Map<string, number> }>
  topArticles(fromDay: string, limit: number): Promise<Array<{ id: number; title: string; slug: string; views: number }>>
  /** When counts were last written, as recorded in the database (any process). */
  lastFlushAt(): Promise<string | null>
  /** A published article's starting view count, or null when there is no such published article. */
  publishedArticle(id: number): Promise<{ id: number; legacyViews: number } | null>
  /**
   * SQLite only: how long a write may wait for the lock. Its connection is synchronous, so waiting would
   * hold up the whole server, and any Payload transaction of the same process that holds the lock.
   */
  waitForLock?(ms: number): void
  close(): Promise<void>
}

/** A visitor seen within this long is "Đang trực tuyến". */
export const ONLINE_MS = 5 * 60 * 1000

/** Longest wait for the lock on the final flush, when the process exits. */
export const WAIT_ON_EXIT_MS = 5000
