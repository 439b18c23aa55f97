import { type Browser, expect, type Page, test } from '@playwright/test'

import { SOURCE_ARTICLE } from '@/seed/sourceArticle'

const readNumber = async (page: Page, figure: string) =>
  Number((await page.locator(`[data-figure="${figure}"]`).first().textContent())?.replace(/\./g, ''))

const articleBeacon = (page: Page) =>
  page.waitForResponse((response) => response.url().endsWith('/api/luot-xem') && Boolean(response.request().postDataJSON()?.articleId))

/** Opens the source article and waits for its beacon's answer to be shown. */
async function read(page: Page) {
  await page.goto('/')
  const answered = articleBeacon(page)
  await page.getByRole('link', { name: SOURCE_ARTICLE.title }).click()
  const figures = (await (await answered).json()) as { views: number; today: number }
  const vn = new Intl.NumberFormat('vi-VN')
  await expect(page.locator('[data-figure="views"]')).toHaveText(vn.format(figures.views))
  await expect(page.locator('[data-figure="today"]')).toHaveText(vn.format(figures.today))
  return { views: await readNumber(page, 'views'), today: await readNumber(page, 'today') }
}

async function freshReader(browser: Browser) {
  const context = await browser.newContext()
  return { context, page: await context.newPage() }
}

test('a new reader raises "Lượt xem" and "Hôm nay" by one; reloading does not', async ({ browser }) => {
  const first = await freshReader(browser)
  const before = await read(first.page)
  await first.context.close()

  const second = await freshReader(browser)
  const after = await read(second.page)
  expect(after.views).toBe(before.views + 1)
  expect(after.today).toBe(before.today + 1)

  const answered = articleBeacon(second.page)
  await second.page.reload()
  expect(((await (await answered).json()) as { counted: boolean }).counted).toBe(false)
  const vn = new Intl.NumberFormat('vi-VN')
  await expect(second.page.locator('[data-figure="views"]')).toHaveText(vn.format(after.views))
  await expect(second.page.locator('[data-figure="today"]')).toHaveText(vn.format(after.today))
  await second.context.close()
})

test('every public page shows "Thống kê truy cập"', async ({ page }) => {
  for (const path of ['/', '/tin-tuc', '/trang-khong-ton-tai']) {
    await page.goto(path)
    const box = page.getByRole('region', { name: 'Thống kê truy cập' })
    for (const label of ['Đang online', 'Hôm nay', 'Trong tuần', 'Tất cả']) await expect(box).toContainText(label)
  }
})

test('the beacon refuses wrong methods and bad bodies with a 4xx', async ({ request }) => {
  expect((await request.get('/api/luot-xem')).status()).toBe(405)
  expect((await request.post('/api/luot-xem', { data: '{oops', headers: { 'content-type': 'application/json' } })).status()).toBe(400)
  expect((await request.post('/api/luot-xem', { data: { articleId: 99999999 } })).status()).toBe(404)
})

test('a reader whose phone never runs the page’s JavaScript bundles is still counted, once', async ({ browser }) => {
  const ARTICLE =
    '/tin-tuc/ket-qua-chi-so-hai-long-ve-su-phuc-vu-hanh-chinh-sipar-nam-2023-chi-so-cai-cach-hanh-chinh-par-index-nam-2023-cua-tinh-lao-cai'
  const before = await freshReader(browser)
  const seen = await read(before.page)
  await before.context.close()

  const slow = await freshReader(browser)
  // Every bundle fails to load: only the page's own inline script runs.
  await slow.page.route('**/_next/static/**/*.js', (route) => route.abort())
  const beacons: string[] = []
  slow.page.on('request', (request) => {
    if (request.url().endsWith('/api/luot-xem')) beacons.push(request.postData() ?? '')
  })
  const answered = articleBeacon(slow.page)
  await slow.page.goto(ARTICLE)
  const figures = (await (await answered).json()) as { views: number }
  expect(figures.views).toBe(seen.views + 1)
  await expect(slow.page.locator('[data-figure="views"]')).toHaveText(new Intl.NumberFormat('vi-VN').format(seen.views + 1))
  expect(beacons).toHaveLength(1)
  await slow.context.close()

  // With the bundles, the page still sends one beacon, not two (the inline script's and React's).
  const normal = await freshReader(browser)
  const sent: string[] = []
  normal.page.on('request', (request) => {
    if (request.url().endsWith('/api/luot-xem')) sent.push(request.postData() ?? '')
  })
  await normal.page.goto(ARTICLE)
  await normal.page.waitForLoadState('networkidle')
  expect(sent).toHaveLength(1)
  await normal.context.close()
})
