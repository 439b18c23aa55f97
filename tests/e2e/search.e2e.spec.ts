import { expect, test } from '@playwright/test'

import { SOURCE_ARTICLE } from '@/seed/sourceArticle'
import { innerRequestToken } from '@/server/askSelf'

test('typing "danh gia" in the header search box finds the source article, the match highlighted', async ({ page }) => {
  await page.goto('/')
  await page.getByRole('searchbox', { name: 'Tìm kiếm bài viết' }).fill('danh gia')
  await page.getByRole('searchbox', { name: 'Tìm kiếm bài viết' }).press('Enter')
  await expect(page).toHaveURL(/\/tim-kiem\?q=danh\+gia/)
  await expect(page.getByText(/Tìm thấy \d+ kết quả/)).toBeVisible()
  const result = page.locator('.search-results li').filter({ hasText: SOURCE_ARTICLE.title })
  await expect(result).toBeVisible()
  await expect(result.locator('mark').first()).toHaveText(/đánh|Đánh/)
  await result.getByRole('link').click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(SOURCE_ARTICLE.title)
})

test('an empty search gets a friendly prompt, a wild one a calm answer', async ({ page }) => {
  await page.goto('/tim-kiem?q=')
  await expect(page.getByText('Nhập từ khoá để tìm bài viết')).toBeVisible()
  const response = await page.goto(`/tim-kiem?q=${encodeURIComponent('NEAR( "*" OR '.repeat(60))}`)
  expect(response?.status()).toBe(200)
  await expect(page.getByRole('heading', { name: 'Tìm kiếm' })).toBeVisible()
})

test('a search the server answers itself is, word for word, the page Next renders for it', async ({ request, page }) => {
  // After a first search the server keeps the page's frame and answers the next ones itself
  // (src/server/searchPages.ts); the server's own requests (x-portal-inner, with the value only the
  // portal's servers know) still go to Next. A reader who sends the header is answered like any reader.
  for (let n = 0; n < 3; n++) await request.get(`/tim-kiem?q=khoi+dong+${n}`)
  const region = (html: string) => html.slice(html.indexOf('<template data-search-start'), html.indexOf('<template data-search-end'))
  for (const [typed, sort] of [
    ['đánh giá', ''],
    ['đánh giá', '&sap-xep=moi-nhat'],
    ['"><b>đánh</b>&amp;', ''],
  ]) {
    const address = `/tim-kiem?q=${encodeURIComponent(typed)}${sort}`
    const byNext = await (await request.get(`${address}&lan=next`, { headers: { 'x-portal-inner': innerRequestToken() } })).text()
    const byServer = await (await request.get(`${address}&lan=server`)).text()
    const posing = await (await request.get(`${address}&lan=gia`, { headers: { 'x-portal-inner': '1' } })).text()
    expect(region(posing)).toBe(region(byServer))
    expect(region(byNext), typed).toContain(typed.startsWith('đánh') ? '<mark>' : 'value="&quot;&gt;&lt;b&gt;')
    // React's streaming renderer (Next) separates adjacent texts with an empty comment, its static one (the
    // server) does not: the one difference, which no reader sees, and the sign that the server answered.
    expect(region(byServer)).not.toContain('<!-- -->')
    expect(region(byServer)).toBe(region(byNext).replaceAll('<!-- -->', ''))
    // The frame is kept up to 10 s, as any page in the page cache: the visitor figures in it may be that old.
    const frame = (html: string) => html.replace(region(html), '').replace(/(data-figure="\w+">)[\d.]+/g, '$1…')
    expect(frame(byServer)).toBe(frame(byNext))
  }
  const typed = 'đánh giá'
  await page.setViewportSize({ width: 360, height: 740 })
  await page.goto(`/tim-kiem?q=${encodeURIComponent(typed)}&lan=360`)
  await expect(page.getByRole('searchbox', { name: 'Từ khoá' })).toHaveValue(typed)
  await expect(page.locator('.search-results mark').first()).toBeVisible()
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360)
})
