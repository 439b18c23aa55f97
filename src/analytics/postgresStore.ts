// The counters' tables on PostgreSQL: the same rules as on SQLite (./sqliteStore.ts), with each flush a
// transaction of batched upserts. Views are added with `views = views + excluded.views`, so servers
// sharing the database add up exactly; a day's visitor count is recounted from its rows at every flush.
import pg from 'pg'

import { type Aggregates, type Batch, type CounterStore, type Mark, ONLINE_MS } from './store'
import { isoWeekStart, previousDay } from './time'

const count = (rows: Array<{ n?: string | number | null }>) => Number(rows[0]?.n ?? 0)

export class PostgresCounterStore implements CounterStore {
  readonly synchronous = false
  private readonly pool: pg.Pool

  constructor(databaseUrl: string) {
    // Its own small pool: counting must not wait behind Payload's queries, nor hold its connections.
    this.pool = new pg.Pool({ connectionString: databaseUrl, max: 2 })
  }

  async write(batch: Batch, today: string, now: number, dedupeMs: number): Promise<void> {
    // Rows in a fixed order, so that two servers writing the same rows wait for each other, never deadlock.
    const sorted = <K extends string | number>(map: Map<K, number>) => [...map].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    const client = await this.pool.connect()
    try {
      await client.query('BEGIN')
      if (batch.views.size) {
        const rows = sorted(batch.views)
        await client.query(
          `INSERT INTO counter_article_views (article_id, views) SELECT * FROM unnest($1::int[], $2::bigint[])
           ON CONFLICT (article_id) DO UPDATE SET views = counter_article_views.views + excluded.views`,
          [rows.map(([id]) => id), rows.map(([, n]) => n)],
        )
      }
      if (batch.dailyViews.size) {
        const rows = sorted(batch.dailyViews).map(([key, views]) => ({ id: Number(key.split('|')[0]), day: key.split('|')[1], views }))
        await client.query(
          `INSERT INTO counter_article_days (article_id, day, views) SELECT * FROM unnest($1::int[], $2::text[], $3::bigint[])
           ON CONFLICT (article_id, day) DO UPDATE SET views = counter_article_days.views + excluded.views`,
          [rows.map((row) => row.id), rows.map((row) => row.day), rows.map((row) => row.views)],
        )
      }
      const days = new Set<string>([today])
      if (batch.visits.size) {
        const rows = sorted(batch.visits).map(([key, at]) => ({ day: key.split('|')[0], visitor: key.split('|')[1], at }))
        for (const row of rows) days.add(row.day)
        await client.query(
          `INSERT INTO counter_visits (day, visitor, last_seen) SELECT * FROM unnest($1::text[], $2::text[], $3::bigint[])
           ON CONFLICT (day, visitor) DO UPDATE SET last_seen = GREATEST(counter_visits.last_seen, excluded.last_seen)`,
          [rows.map((row) => row.day), rows.map((row) => row.visitor), rows.map((row) => row.at)],
        )
      }
      for (const day of [...days].sort()) {
        // One recount of a day at a time across servers: each then sees the visits the other committed.
        await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`counter_day:${day}`])
        await client.query(
          `INSERT INTO counter_daily_visitors (day, visitors) SELECT $1, COUNT(*) FROM counter_visits WHERE day = $1
           ON CONFLICT (day) DO UPDATE SET visitors = excluded.visitors`,
          [day],
        )
      }
      if (batch.marks.size) {
        const rows = sorted(batch.marks).map(([key, at]) => ({ visitor: key.split('|')[0], id: Number(key.split('|')[1]), at }))
        await client.query(
          `INSERT INTO counter_view_marks (visitor, article_id, counted_at) SELECT * FROM unnest($1::text[], $2::int[], $3::bigint[])
           ON CONFLICT (visitor, article_id) DO UPDATE SET counted_at = GREATEST(counter_view_marks.counted_at, excluded.counted_at)`,
          [rows.map((row) => row.visitor), rows.map((row) => row.id), rows.map((row) => row.at)],
        )
      }
      // Privacy, as on SQLite: a day's visitor hashes and its salt go once the day is over.
      await client.query('DELETE FROM counter_visits WHERE day < $1', [previousDay(today)])
      await client.query('DELETE FROM counter_salts WHERE day < $1', [today])
      await client.query('DELETE FROM counter_view_marks WHERE counted_at < $1', [now - dedupeMs])
      await client.query(
        `INSERT INTO counter_state (key, value) VALUES ('lastFlushAt', $1) ON CONFLICT (key) DO UPDATE SET value = excluded.value`,
        [new Date(now).toISOString()],
      )
      await client.query('COMMIT')
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined)
      throw error
    } finally {
      client.release()
    }
  }

  async aggregates(today: string, now: number): Promise<Aggregates> {
    const [online, day, week, allTime] = await Promise.all([
      this.pool.query('SELECT COUNT(*) AS n FROM counter_visits WHERE last_seen >= $1', [now - ONLINE_MS]),
      this.pool.query('SELECT visitors AS n FROM counter_daily_visitors WHERE day = $1', [today]),
      this.pool.query('SELECT COALESCE(SUM(visitors), 0) AS n FROM counter_daily_visitors WHERE day >= $1 AND day <= $2', [
        isoWeekStart(today),
        today,
      ]),
      this.pool.query('SELECT COALESCE(SUM(visitors), 0) AS n FROM counter_daily_visitors WHERE day <= $1', [today]),
    ])
    return { online: count(online.rows), today: count(day.rows), week: count(week.rows), allTime: count(allTime.rows) }
  }

  async articleViews(articleId: number): Promise<number> {
    return count((await this.pool.query('SELECT views AS n FROM counter_article_views WHERE article_id = $1', [articleId])).rows)
  }

  async visitorsOf(day: string, limit: number): Promise<Set<string>> {
    const { rows } = await this.pool.query<{ visitor: string }>(
      'SELECT visitor FROM counter_visits WHERE day = $1 ORDER BY last_seen DESC LIMIT $2',
      [day, limit],
    )
    return new Set(rows.map((row) => row.visitor))
  }

  async recentMarks(since: number, limit: number): Promise<Mark[]> {
    const { rows } = await this.pool.query<{ visitor: string; article_id: number; counted_at: string }>(
      'SELECT visitor, article_id, counted_at FROM counter_view_marks WHERE counted_at >= $1 ORDER BY counted_at DESC LIMIT $2',
      [since, limit],
    )
    // Oldest first into the counter's map, so that its bound drops the oldest.
    return rows.reverse().map((row) => ({ visitor: row.visitor, article_id: row.article_id, counted_at: Number(row.counted_at) }))
  }

  async forgetSaltsBefore(today: string): Promise<void> {
    await this.pool.query('DELETE FROM counter_salts WHERE day < $1', [today])
  }

  async saltFor(day: string, fresh: () => string): Promise<string> {
    await this.pool.query('INSERT INTO counter_salts (day, salt) VALUES ($1, $2) ON CONFLICT (day) DO NOTHING', [day, fresh()])
    const { rows } = await this.pool.query<{ salt: string }>('SELECT salt FROM counter_salts WHERE day = $1', [day])
    return rows[0].salt
  }

  async daily(fromDay: string): Promise<{ views: Map<string, number>; visitors: Map<string, number> }> {
    const [views, visitors] = await Promise.all([
      this.pool.query<{ day: string; n: string }>('SELECT day, SUM(views) AS n FROM counter_article_days WHERE day >= $1 GROUP BY day', [
        fromDay,
      ]),
      this.pool.query<{ day: string; n: string }>('SELECT day, visitors AS n FROM counter_daily_visitors WHERE day >= $1', [fromDay]),
    ])
    const toMap = (rows: Array<{ day: string; n: string }>) => new Map(rows.map((row) => [row.day, Number(row.n)]))
    return { views: toMap(views.rows), visitors: toMap(visitors.rows) }
  }

  async topArticles(fromDay: string, limit: number): Promise<Array<{ id: number; title: string; slug: string; views: number }>> {
    const { rows } = await this.pool.query<{ id: number; title: string; slug: string; n: string }>(
      `SELECT d.article_id AS id, a.title, a.slug, SUM(d.views) AS n
       FROM counter_article_days d JOIN articles a ON a.id = d.article_id
       WHERE d.day >= $1 GROUP BY d.article_id, a.title, a.slug ORDER BY n DESC, d.article_id LIMIT $2`,
      [fromDay, limit],
    )
    return rows.map((row) => ({ id: row.id, title: row.title, slug: row.slug, views: Number(row.n) }))
  }

  async lastFlushAt(): Promise<string | null> {
    const { rows } = await this.pool.query<{ value: string }>("SELECT value FROM counter_state WHERE key = 'lastFlushAt'")
    return rows[0]?.value ?? null
  }

  async publishedArticle(id: number): Promise<{ id: number; legacyViews: number } | null> {
    const { rows } = await this.pool.query<{ id: number; legacy_views: string | null }>(
      "SELECT id, legacy_views FROM articles WHERE id = $1 AND _status = 'published'",
      [id],
    )
    return rows[0] ? { id: rows[0].id, legacyViews: Number(rows[0].legacy_views ?? 0) } : null
  }

  async close(): Promise<void> {
    await this.pool.end()
  }
}
