// The counters' tables on SQLite, written in one short transaction per flush through a synchronous
// connection of their own: its methods finish before they return (the promises are already settled),
// so a flush can complete inside a process 'exit' handler and SIGTERM loses nothing. Counting never goes
// through Payload's update (no versions, no article hooks).
import Database from 'libsql'

import { type Aggregates, type Batch, type CounterStore, type Mark, ONLINE_MS, WAIT_ON_EXIT_MS } from './store'
import { isoWeekStart, previousDay } from './time'

type Statement = Database.Statement<unknown[]>

export class SqliteCounterStore implements CounterStore {
  readonly synchronous = true
  private readonly db: Database.Database
  private readonly statements: Record<string, Statement>

  constructor(databaseUrl: string) {
    this.db = new Database(databaseUrl.replace(/^file:/, ''))
    this.waitForLock(WAIT_ON_EXIT_MS)
    const sql = {
      addViews: `INSERT INTO counter_article_views (article_id, views) VALUES (?, ?)
        ON CONFLICT (article_id) DO UPDATE SET views = views + excluded.views`,
      addDailyViews: `INSERT INTO counter_article_days (article_id, day, views) VALUES (?, ?, ?)
        ON CONFLICT (article_id, day) DO UPDATE SET views = views + excluded.views`,
      addVisit: `INSERT INTO counter_visits (day, visitor, last_seen) VALUES (?, ?, ?)
        ON CONFLICT (day, visitor) DO UPDATE SET last_seen = max(last_seen, excluded.last_seen)`,
      countDay: `INSERT INTO counter_daily_visitors (day, visitors)
        SELECT ?1, COUNT(*) FROM counter_visits WHERE day = ?1
        ON CONFLICT (day) DO UPDATE SET visitors = excluded.visitors`,
      addMark: `INSERT INTO counter_view_marks (visitor, article_id, counted_at) VALUES (?, ?, ?)
        ON CONFLICT (visitor, article_id) DO UPDATE SET counted_at = max(counted_at, excluded.counted_at)`,
      pruneMarks: `DELETE FROM counter_view_marks WHERE counted_at < ?`,
      pruneVisits: `DELETE FROM counter_visits WHERE day < ?`,
      pruneSalts: `DELETE FROM counter_salts WHERE day < ?`,
      setState: `INSERT INTO counter_state (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value`,
      online: `SELECT COUNT(*) AS n FROM counter_visits WHERE last_seen >= ?`,
      dayVisitors: `SELECT visitors AS n FROM counter_daily_visitors WHERE day = ?`,
      betweenVisitors: `SELECT COALESCE(SUM(visitors), 0) AS n FROM counter_daily_visitors WHERE day >= ? AND day <= ?`,
      articleViews: `SELECT views AS n FROM counter_article_views WHERE article_id = ?`,
      dayVisitorList: `SELECT visitor FROM counter_visits WHERE day = ? ORDER BY last_seen DESC LIMIT ?`,
      recentMarks: `SELECT visitor, article_id, counted_at FROM counter_view_marks WHERE counted_at >= ? ORDER BY counted_at DESC LIMIT ?`,
      insertSalt: `INSERT OR IGNORE INTO counter_salts (day, salt) VALUES (?, ?)`,
      salt: `SELECT salt FROM counter_salts WHERE day = ?`,
      viewsPerDay: `SELECT day, SUM(views) AS n FROM counter_article_days WHERE day >= ? GROUP BY day`,
      visitorsPerDay: `SELECT day, visitors AS n FROM counter_daily_visitors WHERE day >= ?`,
      topArticles: `SELECT d.article_id AS id, a.title AS title, a.slug AS slug, SUM(d.views) AS n
        FROM counter_article_days d JOIN articles a ON a.id = d.article_id
        WHERE d.day >= ? GROUP BY d.article_id ORDER BY n DESC, d.article_id LIMIT ?`,
      lastFlush: `SELECT value FROM counter_state WHERE key = 'lastFlushAt'`,
      publishedArticle: `SELECT id, legacy_views FROM articles WHERE id = ? AND _status = 'published'`,
    }
    this.statements = Object.fromEntries(Object.entries(sql).map(([name, text]) => [name, this.db.prepare(text)]))
  }

  /**
   * How long a write may wait for the database lock. This connection is synchronous: while it waits, the
   * event loop waits too, and so does any Payload transaction of this same process that holds the lock.
   * Flushes during normal running therefore do not wait at all (they retry a second later); only the
   * last one, on the way out, waits for other processes.
   */
  waitForLock(ms: number): void {
    this.db.exec(`PRAGMA busy_timeout = ${Math.trunc(ms)}`)
  }

  /** Writes a batch in one transaction, and notes the time as the last flush. */
  async write(batch: Batch, today: string, now: number, dedupeMs: number): Promise<void> {
    const s = this.statements
    const apply = this.db.transaction(() => {
      for (const [articleId, n] of batch.views) s.addViews.run([articleId, n])
      for (const [key, n] of batch.dailyViews) {
        const [articleId, day] = key.split('|')
        s.addDailyViews.run([Number(articleId), day, n])
      }
      const days = new Set<string>([today])
      for (const [key, lastSeen] of batch.visits) {
        const [day, visitor] = key.split('|')
        s.addVisit.run([day, visitor, lastSeen])
        days.add(day)
      }
      for (const day of days) s.countDay.run([day])
      for (const [key, countedAt] of batch.marks) {
        const [visitor, articleId] = key.split('|')
        s.addMark.run([visitor, Number(articleId), countedAt])
      }
      // Privacy: a day's salt goes as soon as the day is over, so its hashes can no longer be matched to
      // anyone; the hashes themselves once the online window after it is over; only the day's count stays.
      s.pruneVisits.run([previousDay(today)])
      s.pruneSalts.run([today])
      s.pruneMarks.run([now - dedupeMs])
      s.setState.run(['lastFlushAt', new Date(now).toISOString()])
    })
    apply()
  }

  async forgetSaltsBefore(today: string): Promise<void> {
    this.statements.pruneSalts.run([today])
  }

  async aggregates(today: string, now: number): Promise<Aggregates> {
    const s = this.statements
    const n = (statement: Statement, ...args: unknown[]) => Number((statement.get(args) as { n?: number } | undefined)?.n ?? 0)
    return {
      online: n(s.online, now - ONLINE_MS),
      today: n(s.dayVisitors, today),
      week: n(s.betweenVisitors, isoWeekStart(today), today),
      allTime: n(s.betweenVisitors, '0000-00-00', today),
    }
  }

  async articleViews(articleId: number): Promise<number> {
    return Number((this.statements.articleViews.get([articleId]) as { n?: number } | undefined)?.n ?? 0)
  }

  /** Everyone already counted on a day (salted hashes), to tell a new visitor without a query per beacon. */
  async visitorsOf(day: string, limit: number): Promise<Set<string>> {
    return new Set((this.statements.dayVisitorList.all([day, limit]) as Array<{ visitor: string }>).map((row) => row.visitor))
  }

  async recentMarks(since: number, limit: number): Promise<Mark[]> {
    // Oldest first into the counter's map, so that its bound drops the oldest.
    return (this.statements.recentMarks.all([since, limit]) as Mark[]).reverse()
  }

  /** The day's secret salt, shared by every process on this database and deleted after the day. */
  async saltFor(day: string, fresh: () => string): Promise<string> {
    this.statements.insertSalt.run([day, fresh()])
    return (this.statements.salt.get([day]) as { salt: string }).salt
  }

  /** Per day since `fromDay`: article views and distinct visitors (for the admin dashboard). */
  async daily(fromDay: string): Promise<{ views: Map<string, number>; visitors: Map<string, number> }> {
    const toMap = (rows: unknown[]) => new Map((rows as Array<{ day: string; n: number }>).map((row) => [row.day, Number(row.n)]))
    return {
      views: toMap(this.statements.viewsPerDay.all([fromDay])),
      visitors: toMap(this.statements.visitorsPerDay.all([fromDay])),
    }
  }

  async topArticles(fromDay: string, limit: number): Promise<Array<{ id: number; title: string; slug: string; views: number }>> {
    return (this.statements.topArticles.all([fromDay, limit]) as Array<{ id: number; title: string; slug: string; n: number }>).map(
      (row) => ({ id: row.id, title: row.title, slug: row.slug, views: Number(row.n) }),
    )
  }

  /** When counts were last written, as recorded in the database (any process). */
  async lastFlushAt(): Promise<string | null> {
    return (this.statements.lastFlush.get([]) as { value: string } | undefined)?.value ?? null
  }

  /** A published article's starting view count, or null when there is no such published article. */
  async publishedArticle(id: number): Promise<{ id: number; legacyViews: number } | null> {
    const row = this.statements.publishedArticle.get([id]) as { id: number; legacy_views: number | null } | undefined
    return row ? { id: row.id, legacyViews: Number(row.legacy_views ?? 0) } : null
  }

  async close(): Promise<void> {
    this.db.close()
  }
}
