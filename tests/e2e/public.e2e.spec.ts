import { expect, test } from '@playwright/test'

import { SOURCE_ARTICLE } from '@/seed/sourceArticle'

test('the home page links to the source article, whose page reads like the source', async ({ page }) => {
  await page.goto('/')
  await page.getByRole('link', { name: SOURCE_ARTICLE.title }).click()
  await expect(page).toHaveURL(/\/tin-tuc\/ket-qua-chi-so-hai-long-ve-su-phuc-vu-hanh-chinh-sipar-nam-2023/)

  await expect(page.getByRole('heading', { level: 1 })).toHaveText(SOURCE_ARTICLE.title)
  await expect(page.getByText('Lưu Quỳnh Liên - Chuyên viên Phòng CCHC-VTLT')).toBeVisible()
  const photo = page.getByRole('figure', { name: 'Ảnh. Hội nghị công bố Chỉ số' })
  await expect(photo.getByRole('img', { name: /^Ảnh thay thế/ })).toBeVisible()
  // The legacy 76 plus whatever readers (the counter tests among them) have added since.
  const views = await page.locator('.article__meta [data-figure="views"]').textContent()
  expect(Number(views?.replace(/\./g, ''))).toBeGreaterThanOrEqual(76)
  await expect(page.locator('.article__meta')).toContainText(/Lượt xem: \d/)
  await expect(page.locator('.article__meta')).toContainText('Ngày đăng: 17/4/2024')
  await expect(page.getByRole('heading', { name: 'Tin khác' })).toBeVisible()
  const breadcrumbs = page.getByRole('navigation', { name: 'Đường dẫn' })
  await expect(breadcrumbs.getByRole('link', { name: 'Trang chủ' })).toBeVisible()
  await expect(breadcrumbs.getByRole('link', { name: 'Cải cách hành chính' })).toBeVisible()
  // The author's wording, typos included.
  await expect(page.getByText('tăng 3, 67 điểm tăng 04 bậc', { exact: false })).toBeVisible()
})

test('the sign-in link leads to the admin', async ({ page }) => {
  await page.goto('/')
  await page.getByRole('link', { name: 'Đăng nhập' }).click()
  await expect(page).toHaveURL(/\/admin/)
})

for (const path of ['/trang-khong-ton-tai', '/tin-tuc/bai-viet-khong-ton-tai', '/tin-tuc/trang/999']) {
  test(`an unknown address (${path}) gets the Vietnamese 404 inside the site`, async ({ page }) => {
    const response = await page.goto(path)
    expect(response?.status()).toBe(404)
    await expect(page.getByRole('heading', { name: 'Không tìm thấy trang' })).toBeVisible()
    await expect(page.getByRole('banner')).toContainText('Sở Nội vụ tỉnh Lào Cai')
    await expect(page.getByRole('link', { name: 'Về trang chủ' })).toBeVisible()
  })
}

test('public pages ask for no client hint (Chromium would fetch them twice); the admin still does', async ({ request }) => {
  const home = await request.get('/')
  expect(home.headers()['critical-ch']).toBeUndefined()
  expect(home.headers()['accept-ch']).toBeUndefined()
  expect(home.headers()['vary'] ?? '').not.toMatch(/Sec-CH/i)
  const admin = await request.get('/admin/login')
  expect(admin.headers()['accept-ch']).toMatch(/Sec-CH-Prefers-Color-Scheme/)
})

test('a returning reader on a phone is told the page has not changed, and downloads nothing again', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true })
  const page = await context.newPage()
  // What Chromium's network stack saw for each page request: the status on the wire and the bytes received.
  const cdp = await context.newCDPSession(page)
  await cdp.send('Network.enable')
  const documents = new Map<string, { status?: number; bytes?: number }>()
  cdp.on('Network.requestWillBeSent', (event) => {
    if (event.type === 'Document') documents.set(event.requestId, {})
  })
  cdp.on('Network.responseReceivedExtraInfo', (event) => {
    const seen = documents.get(event.requestId)
    if (seen) seen.status = event.statusCode
  })
  cdp.on('Network.loadingFinished', (event) => {
    const seen = documents.get(event.requestId)
    if (seen) seen.bytes = event.encodedDataLength
  })
  const wire = async () => {
    await expect.poll(() => [...documents.values()].at(-1)?.bytes).toBeDefined()
    return [...documents.values()].at(-1)!
  }
  await page.goto('/')
  await page.getByRole('link', { name: SOURCE_ARTICLE.title }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(SOURCE_ARTICLE.title)
  const first = await wire()
  expect(first.status).toBe(200)
  await page.reload()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(SOURCE_ARTICLE.title)
  await expect(page.locator('.article__meta')).toContainText('Ngày đăng: 17/4/2024')
  const again = await wire()
  expect(again.status).toBe(304)
  // Headers only: the page itself (several kilobytes compressed) is not sent again.
  expect(again.bytes).toBeLessThan(first.bytes! / 2)
  await context.close()
})
