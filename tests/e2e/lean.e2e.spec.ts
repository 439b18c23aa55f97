// Public pages go out without React's runtime (src/server/leanPages.ts): a phone downloads and runs no
// script bundle, and what the pages do in the browser (counting, the weather line, the article's tools)
// still works through their own small inline scripts. The Hỏi đáp form keeps React.
import { expect, type Page, test } from '@playwright/test'

import { adminToken, authHeader } from '../helpers/api'

const ARTICLE =
  '/tin-tuc/ket-qua-chi-so-hai-long-ve-su-phuc-vu-hanh-chinh-sipar-nam-2023-chi-so-cai-cach-hanh-chinh-par-index-nam-2023-cua-tinh-lao-cai'

/** Script files the page asked for, and what went wrong in its console. */
function watch(page: Page) {
  const scripts: string[] = []
  const errors: string[] = []
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname)
  })
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text())
  })
  page.on('pageerror', (error) => errors.push(error.message))
  return { scripts, errors }
}

test('on a phone, public pages load no script file and no React data, and show everything', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true })
  const page = await context.newPage()
  const { scripts, errors } = watch(page)
  for (const path of [
    '/',
    ARTICLE,
    '/chuyen-muc/cai-cach-hanh-chinh',
    '/van-ban',
    '/tim-kiem?q=danh+gia',
    '/du-lieu-mo',
    '/en/about',
    '/khong-co-trang-nay',
    '/en/no-such-page',
  ]) {
    await page.goto(path)
    await expect(page.getByRole('heading', { level: 1 }).first(), path).toBeVisible()
    expect(await page.evaluate(() => '__next_f' in window), path).toBe(false)
  }
  expect(scripts).toEqual([])
  // Chromium reports each 404 page's own status in the console: the two unknown addresses, nothing else.
  const notFound = 'Failed to load resource: the server responded with a status of 404 (Not Found)'
  expect(errors).toEqual([notFound, notFound])
  await context.close()
})

test('the article’s tools work without React: text size (kept), copy link, print', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  const page = await context.newPage()
  await page.addInitScript(() => {
    window.print = () => document.documentElement.setAttribute('data-printed', 'yes')
  })
  const { scripts } = watch(page)
  await page.goto(ARTICLE)
  const paragraph = page.locator('.article-body p').first()
  const fontSize = () => paragraph.evaluate((element) => parseFloat(getComputedStyle(element).fontSize))
  const normal = await fontSize()
  const smaller = page.getByRole('button', { name: /thu nhỏ chữ/ })
  const larger = page.getByRole('button', { name: /phóng to chữ/ })
  for (let step = 0; step < 3; step++) await larger.click()
  await expect(larger).toBeDisabled() // the largest size
  expect(await fontSize()).toBeGreaterThan(normal * 1.4)
  await page.reload()
  await expect(larger).toBeDisabled()
  expect(await fontSize()).toBeGreaterThan(normal * 1.4)
  for (let step = 0; step < 4; step++) await smaller.click()
  await expect(smaller).toBeDisabled()
  expect(await fontSize()).toBeLessThan(normal)

  await page.getByRole('button', { name: 'Sao chép liên kết' }).click()
  await expect(page.getByRole('button', { name: 'Đã sao chép' })).toBeVisible()
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(new RegExp(`${ARTICLE}$`))

  await page.getByRole('button', { name: 'In bài' }).click()
  await expect(page.locator('html')).toHaveAttribute('data-printed', 'yes')
  expect(scripts).toEqual([])
  await context.close()
})

test('the weather line shows the figures staff set, without React', async ({ page, request }) => {
  const token = await adminToken(request)
  const set = (data: Record<string, unknown>) => request.post('/api/globals/weather', { headers: authHeader(token), data })
  expect((await set({ useFeed: false, place: 'Sa Pa', manualMin: 18, manualMax: 24 })).ok()).toBe(true)
  try {
    const { scripts } = watch(page)
    await page.goto('/')
    await expect(page.locator('.weather-line')).toHaveText('Sa Pa 18° - 24°')
    await expect(page.locator('.weather-line')).toHaveAttribute('aria-label', 'Thời tiết Sa Pa hôm nay: thấp nhất 18 độ, cao nhất 24 độ C')
    expect(scripts).toEqual([])
  } finally {
    await set({ useFeed: true, place: 'Lào Cai' })
  }
})

test('the Hỏi đáp form keeps React: it answers in place', async ({ page }) => {
  const { scripts } = watch(page)
  await page.goto('/hoi-dap')
  await expect(page.getByRole('button', { name: /Gửi câu hỏi/ })).toBeVisible()
  await expect.poll(() => scripts.some((path) => path.startsWith('/_next/static/'))).toBe(true)
})
