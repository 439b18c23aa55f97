// Pages are fetched ahead only when a reader shows intent: never on a phone just because links came into
// view (its data and its slow CPU are the reader's), on a desktop when the mouse points at a link. Public
// pages go out without React's runtime, so the fetch ahead is the browser's own (speculation rules);
// Next's router fetches are watched too, so a page that prefetched through React again would be caught.
import { devices, expect, type Page, test } from '@playwright/test'

import { SOURCE_ARTICLE } from '@/seed/sourceArticle'

/** Pages fetched ahead of a click, by path: the browser's prefetches, and Next's router's data requests. */
function watchFetchesAhead(page: Page): string[] {
  const fetched: string[] = []
  page.context().on('request', (request) => {
    const headers = request.headers()
    if (
      /prefetch/.test(headers['sec-purpose'] ?? '') ||
      headers['rsc'] ||
      headers['next-router-prefetch'] ||
      request.url().includes('_rsc=')
    )
      fetched.push(new URL(request.url()).pathname)
  })
  return fetched
}

test('on a phone, links in view are not fetched ahead; a tapped link still opens', async ({ browser }) => {
  const { userAgent: _phoneAgent, ...phone } = devices['Pixel 7']
  const context = await browser.newContext({ ...phone, locale: 'vi-VN' })
  const page = await context.newPage()
  const fetched = watchFetchesAhead(page)
  await page.goto('/')
  await page.waitForLoadState('networkidle')
  // Every link on the page comes into view on the way down.
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight))
  await page.waitForTimeout(1500)
  expect(fetched).toEqual([])

  await page.getByRole('link', { name: SOURCE_ARTICLE.title }).first().tap()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(SOURCE_ARTICLE.title)
  await context.close()
})

test('on a desktop, a page is fetched ahead when the mouse points at its link, not before', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 })
  const fetched = watchFetchesAhead(page)
  await page.goto('/')
  await page.waitForLoadState('networkidle')
  await page.waitForTimeout(1000)
  expect(fetched).toEqual([])

  const link = page.getByRole('link', { name: SOURCE_ARTICLE.title }).first()
  const href = await link.getAttribute('href')
  await link.hover()
  await expect.poll(() => fetched).toContain(href)
})
