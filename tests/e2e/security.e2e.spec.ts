import { expect, test } from '@playwright/test'

import { SOURCE_ARTICLE } from '@/seed/sourceArticle'

test('public pages carry the security headers, and the site works under its policy', async ({ page }) => {
  const violations: string[] = []
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text())
  })
  const response = await page.goto('/')
  const headers = response!.headers()
  expect(headers['content-security-policy']).toContain("frame-ancestors 'none'")
  expect(headers['content-security-policy']).toContain("object-src 'none'")
  expect(headers['x-content-type-options']).toBe('nosniff')
  expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin')
  expect(headers['x-powered-by']).toBeUndefined()
  // The counters' script runs (the beacon answers) and the page's own scripts load.
  const beacon = page.waitForResponse((r) => r.url().endsWith('/api/luot-xem') && r.ok())
  await page.getByRole('link', { name: SOURCE_ARTICLE.title }).click()
  await beacon
  expect(violations).toEqual([])
})

test('the health endpoint reports the database and the counters’ last write', async ({ request }) => {
  const response = await request.get('/api/suc-khoe')
  expect(response.status()).toBe(200)
  const body = await response.json()
  expect(body).toMatchObject({ status: 'ok', database: 'ok' })
  expect(body.counters).toHaveProperty('lastFlushAt')
})
