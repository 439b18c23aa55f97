// The site as readers reach it under other names: an IP address, "www.", a proxy's host. Pictures must
// load from whatever host the page came from, under the site's own policy (img-src 'self').
import { expect, test } from '@playwright/test'

const ARTICLE =
  '/tin-tuc/ket-qua-chi-so-hai-long-ve-su-phuc-vu-hanh-chinh-sipar-nam-2023-chi-so-cai-cach-hanh-chinh-par-index-nam-2023-cua-tinh-lao-cai'
const PORT = process.env.E2E_PORT ?? 3100

for (const origin of [`http://localhost:${PORT}`, `http://127.0.0.1:${PORT}`]) {
  for (const width of [360, 1280]) {
    test(`the article's picture loads at ${origin} (${width} px), with no error in the console`, async ({ browser }) => {
      const context = await browser.newContext({ viewport: { width, height: 900 } })
      const page = await context.newPage()
      const errors: string[] = []
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text())
      })
      page.on('pageerror', (error) => errors.push(error.message))
      await page.goto(`${origin}${ARTICLE}`)
      const picture = page.locator('article img').first()
      await picture.scrollIntoViewIfNeeded()
      await expect.poll(() => picture.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0)
      const source = await picture.evaluate((img: HTMLImageElement) => img.currentSrc)
      expect(new URL(source).origin).toBe(origin)
      expect(errors).toEqual([])
      await context.close()
    })
  }
}

test('share tags and the structured data still give the picture with the site’s own address', async ({ page }) => {
  await page.goto(`http://127.0.0.1:${PORT}${ARTICLE}`)
  const image = await page.locator('meta[property="og:image"]').first().getAttribute('content')
  expect(image).toMatch(new RegExp(`^${process.env.SITE_URL ?? `http://localhost:${PORT}`}/api/media/file/`))
  const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').first().textContent()) ?? '{}')
  const images = [jsonLd.image ?? (jsonLd['@graph'] ?? []).find((node: { image?: unknown }) => node.image)?.image].flat()
  expect(String(images[0])).toMatch(/^https?:\/\/[^/]+\/api\/media\/file\//)
  expect(String(images[0])).not.toMatch(/^https?:\/\/[^/]+https?:/)
})
