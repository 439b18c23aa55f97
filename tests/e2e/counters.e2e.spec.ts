import { type Browser, expect, type Page, test } from '@playwright/test'

import { SOURCE_ARTICLE } from '@/seed/sourceArticle'

const readNumber = async (page: Page, figure: string) =>
  Number((await page.locator(`[data-figure="${figure}"]`).first().textContent())?.replace(/\./g, ''))

const articleBeacon = (page: Page) =>
  page.waitForResponse(
    (response) => response.url().endsWith('/api/luot-xem') && Boolean(response.request().postDataJSON()?.articleId),
  )

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
