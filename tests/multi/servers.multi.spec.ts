// Two servers on one PostgreSQL stay one site: a change made through either shows on both, counts from
// both add up exactly, and only one of them runs the scheduled jobs.
import { expect, type APIRequestContext, test } from '@playwright/test'
import pg from 'pg'

import { SOURCE_ARTICLE } from '@/seed/sourceArticle'

import { adminToken, authHeader } from '../helpers/api'
import { NOT_A_READER_UA, READER_UA } from '../helpers/userAgents'

const servers = [process.env.E2E_PORT_A ?? '3101', process.env.E2E_PORT_B ?? '3102'].map((port) => `http://127.0.0.1:${port}`)

async function sourceArticle(request: APIRequestContext) {
  // Readers may not filter by title (it is not indexed): staff may.
  const response = await request.get(
    `${servers[0]}/api/articles?limit=1&depth=0&where[title][equals]=${encodeURIComponent(SOURCE_ARTICLE.title)}`,
    { headers: authHeader(await adminToken(request, servers[0])) },
  )
  const { docs } = (await response.json()) as { docs: Array<{ id: number; slug: string }> }
  return docs[0]
}

test('an edit published through one server shows on the other server’s cached pages', async ({ request }) => {
  const article = await sourceArticle(request)
  const page = `/tin-tuc/${article.slug}`
  // Both servers have the page cached (their own memory and Next's cache).
  for (const server of servers) {
    await request.get(server + page)
    expect(await (await request.get(server + page)).text()).toContain(SOURCE_ARTICLE.title.slice(0, 40))
  }
  const token = await adminToken(request, servers[0])
  const edited = `${SOURCE_ARTICLE.title} (cập nhật qua máy chủ thứ nhất)`
  const saved = await request.patch(`${servers[0]}/api/articles/${article.id}`, {
    headers: authHeader(token),
    data: { title: edited },
  })
  expect(saved.status()).toBe(200)
  // Well within the 10 s after which the other server's page cache would drop the page anyway: only the
  // broadcast can bring the change this fast (Next's own cache would keep the old page indefinitely).
  await expect
    .poll(async () => (await request.get(servers[1] + page)).text(), { timeout: 5_000, intervals: [250] })
    .toContain('(cập nhật qua máy chủ thứ nhất)')
  await expect
    .poll(async () => (await request.get(`${servers[1]}/`)).text(), { timeout: 5_000, intervals: [250] })
    .toContain('(cập nhật qua máy chủ thứ nhất)')
  await request.patch(`${servers[0]}/api/articles/${article.id}`, {
    headers: authHeader(token),
    data: { title: SOURCE_ARTICLE.title },
  })
})

test('views counted by both servers add up exactly', async ({ request }) => {
  const article = await sourceArticle(request)
  // Asking as curl counts nothing: it only reads the figures.
  const views = async (server: string) =>
    (
      (await (
        await request.post(`${server}/api/luot-xem`, { headers: { 'user-agent': NOT_A_READER_UA }, data: { articleId: article.id } })
      ).json()) as { views: number }
    ).views
  const before = await views(servers[0])
  const run = Date.now().toString(36)
  await Promise.all(
    Array.from({ length: 60 }, (_, n) =>
      request.post(`${servers[n % 2]}/api/luot-xem`, {
        headers: { 'user-agent': READER_UA, 'x-forwarded-for': `10.9.${Math.floor(n / 250)}.${n % 250}` },
        data: { articleId: article.id, visitorId: `hai-may-chu-${run}-${n}` },
      }),
    ),
  )
  // Each server writes its counts within a second, and reads the other's at its next flush.
  await expect.poll(() => views(servers[0]), { timeout: 10_000, intervals: [500] }).toBe(before + 60)
  await expect.poll(() => views(servers[1]), { timeout: 10_000, intervals: [500] }).toBe(before + 60)
})

test('only one server runs the scheduled jobs', async () => {
  const db = new pg.Client({ connectionString: process.env.DATABASE_URI })
  await db.connect()
  try {
    // The job cron ticks every minute; by then one server has taken the lock, and the other cannot.
    const holders = async () =>
      Number(
        (await db.query(`SELECT COUNT(DISTINCT pid) AS n FROM pg_locks WHERE locktype = 'advisory' AND objid = 727001 AND granted`)).rows[0]
          .n,
      )
    await expect.poll(holders, { timeout: 75_000, intervals: [1000] }).toBe(1)
  } finally {
    await db.end()
  }
})
