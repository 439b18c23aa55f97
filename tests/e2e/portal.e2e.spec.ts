// The portal around the article: accessibility, phones, printing, feeds and search engines.
import AxeBuilder from '@axe-core/playwright'
import { expect, test } from '@playwright/test'
import Parser from 'rss-parser'

import { SOURCE_ARTICLE } from '@/seed/sourceArticle'

const ARTICLE =
  '/tin-tuc/ket-qua-chi-so-hai-long-ve-su-phuc-vu-hanh-chinh-sipar-nam-2023-chi-so-cai-cach-hanh-chinh-par-index-nam-2023-cua-tinh-lao-cai'
const SITE = `http://localhost:${process.env.E2E_PORT ?? 3100}`

for (const [name, path] of [
  ['home', '/'],
  ['article', ARTICLE],
  ['category', '/chuyen-muc/cai-cach-hanh-chinh'],
  ['search', '/tim-kiem?q=danh+gia'],
  ['404', '/khong-co-trang-nay'],
] as const) {
  test(`the ${name} page has no serious or critical accessibility violations`, async ({ page }) => {
    await page.goto(path)
    const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()
    const serious = violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)
    expect(serious).toEqual([])
  })
}

test('the article page at 360 px has no horizontal scroll, and works from the keyboard', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 } })
  const page = await context.newPage()
  await page.goto(ARTICLE)
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
  expect(overflow).toBeLessThanOrEqual(0)
  await page.keyboard.press('Tab')
  await expect(page.getByRole('link', { name: 'Chuyển đến nội dung chính' })).toBeFocused()
  await context.close()
})

test('printing shows the article alone, with its address and date', async ({ page }) => {
  await page.goto(ARTICLE)
  await page.emulateMedia({ media: 'print' })
  await expect(page.getByRole('banner')).toBeHidden()
  await expect(page.getByRole('contentinfo')).toBeHidden()
  await expect(page.getByRole('region', { name: 'Thống kê truy cập' })).toBeHidden()
  await expect(page.getByRole('complementary', { name: 'Tin khác' })).toBeHidden()
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await expect(page.getByText(`Nguồn: ${SITE}${ARTICLE}`)).toBeVisible()
  await expect(page.locator('.article__meta')).toContainText('17/4/2024')
})

test('text can be made larger, and stays larger for this reader', async ({ page }) => {
  await page.goto(ARTICLE)
  const body = page.locator('.article-body p').first()
  const before = await body.evaluate((element) => parseFloat(getComputedStyle(element).fontSize))
  await page.getByRole('button', { name: /phóng to chữ/ }).click()
  await expect.poll(() => body.evaluate((element) => parseFloat(getComputedStyle(element).fontSize))).toBeGreaterThan(before)
  await page.reload()
  await expect.poll(() => body.evaluate((element) => parseFloat(getComputedStyle(element).fontSize))).toBeGreaterThan(before)
})

test('the RSS feed parses as RSS 2.0 with the source article in it', async ({ request }) => {
  const response = await request.get('/rss.xml')
  expect(response.headers()['content-type']).toContain('application/rss+xml')
  const xml = await response.text()
  expect(xml).toContain('<rss version="2.0"')
  const feed = await new Parser().parseString(xml)
  const item = feed.items.find((entry) => entry.title === SOURCE_ARTICLE.title)
  expect(item?.link).toBe(`${SITE}${ARTICLE}`)
  expect(new Date(item?.pubDate ?? '').toISOString()).toBe('2024-04-17T01:00:00.000Z')
  const category = await new Parser().parseString(await (await request.get('/chuyen-muc/cai-cach-hanh-chinh/rss.xml')).text())
  expect(category.items.map((entry) => entry.title)).toContain(SOURCE_ARTICLE.title)
})

test('the sitemap lists the article, and robots.txt keeps the admin out', async ({ request }) => {
  const index = await (await request.get('/sitemap.xml')).text()
  const parts = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, url]) => url)
  expect(parts).toEqual([`${SITE}/sitemaps/0.xml`, `${SITE}/sitemaps/1.xml`, `${SITE}/sitemaps/van-ban.xml`])
  const sitemap = (await Promise.all(parts.map(async (url) => (await request.get(new URL(url).pathname)).text()))).join('\n')
  expect(sitemap).toContain(`<loc>${SITE}${ARTICLE}</loc>`)
  expect(sitemap).toContain(`<loc>${SITE}/chuyen-muc/cai-cach-hanh-chinh</loc>`)
  for (const section of ['/van-ban', '/gioi-thieu', '/co-cau-to-chuc', '/lanh-dao', '/lich-cong-tac', '/hoi-dap', '/lien-he']) {
    expect(sitemap).toContain(`<loc>${SITE}${section}</loc>`)
  }
  expect((await request.get('/sitemaps/99.xml')).status()).toBe(404)
  const robots = await (await request.get('/robots.txt')).text()
  expect(robots).toMatch(/Disallow: \/admin/)
  expect(robots).toContain(`Sitemap: ${SITE}/sitemap.xml`)
})

test('the article page tells search engines and social networks what it is', async ({ page }) => {
  await page.goto(ARTICLE)
  await expect(page).toHaveTitle(`${SOURCE_ARTICLE.title} | Sở Nội vụ tỉnh Lào Cai`)
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', `${SITE}${ARTICLE}`)
  await expect(page.locator('meta[property="og:type"]')).toHaveAttribute('content', 'article')
  await expect(page.locator('meta[property="og:image"]').first()).toHaveAttribute('content', /\/api\/media\/file\//)
  await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary_large_image')
  const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}')
  expect(jsonLd).toMatchObject({ '@type': 'NewsArticle', headline: SOURCE_ARTICLE.title, author: { name: 'Lưu Quỳnh Liên' } })
  expect(jsonLd.datePublished).toBe('2024-04-17T01:00:00.000Z')
  await expect(page.locator('html')).toHaveAttribute('lang', 'vi')
})

test('with the weather feed unreachable, the home page shows the news and no weather line', async ({ page }) => {
  // The tests' feed is a closed port (scripts/test.ts): the header asks the server, which answers "nothing
  // to show" (204) instead of waiting on the feed, and the line stays hidden once that answer is in.
  const weather = page.waitForResponse((response) => new URL(response.url()).pathname === '/api/thoi-tiet')
  const response = await page.goto('/')
  expect(response?.status()).toBe(200)
  expect((await weather).status()).toBe(204)
  await expect(page.getByRole('link', { name: SOURCE_ARTICLE.title }).first()).toBeVisible()
  await expect(page.locator('.weather-line')).toHaveCount(0)
})

test('the home page does not wait for the weather: with its answer held back, the news is already shown', async ({ page }) => {
  let asked = false
  // Never answered: the page must be complete without it.
  await page.route('**/api/thoi-tiet', () => {
    asked = true
  })
  await page.goto('/')
  await expect(page.getByRole('link', { name: SOURCE_ARTICLE.title }).first()).toBeVisible()
  await expect.poll(() => asked).toBe(true)
  await expect(page.locator('.weather-line')).toHaveCount(0)
})
