import { expect, test } from '@playwright/test'

import { SOURCE_ARTICLE } from '@/seed/sourceArticle'

async function openSourceArticle(page: import('@playwright/test').Page) {
  await page.goto('/')
  await page.getByRole('link', { name: SOURCE_ARTICLE.title }).click()
}

test('the article shows its PAR INDEX and SIPAS figures as tables and charts', async ({ page }) => {
  await openSourceArticle(page)
  const par = page.getByRole('table', { name: /PAR INDEX\) năm 2023 của Lào Cai/ })
  const total = par.getByRole('row', { name: /Tổng điểm/ })
  await expect(total).toContainText('90,60 điểm')
  await expect(total).toContainText('7/63')
  await expect(total).toContainText('+3,67 điểm, tăng 4 bậc')

  const sipas = page.getByRole('table', { name: /SIPAS\) năm 2023 của Lào Cai/ })
  const access = sipas.getByRole('row', { name: /Tiếp cận dịch vụ/ })
  await expect(access).toContainText('89,43%')
  await expect(access).toContainText('85,05%')
  await expect(access).toContainText('+4,38')

  const chart = page.getByRole('img', { name: /Biểu đồ SIPAS của Lào Cai/ })
  await expect(chart).toBeVisible()
  await expect(chart).toHaveAttribute('aria-label', /Tiếp cận dịch vụ: 2023 đạt 89,43%, 2022 đạt 85,05%/)
  await expect(page.getByRole('img', { name: /Biểu đồ PAR INDEX của Lào Cai/ })).toBeVisible()
})

test('on a 360 px phone the tables and charts stay inside the screen', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 } })
  const page = await context.newPage()
  await openSourceArticle(page)
  await expect(page.getByRole('img', { name: /Biểu đồ SIPAS/ })).toBeVisible()
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
  expect(overflow).toBeLessThanOrEqual(0)
  // The criterion names wrap; the figures stay readable in the table's own scroll area.
  const cell = page
    .getByRole('row', { name: /Tiếp cận dịch vụ/ })
    .getByRole('cell')
    .first()
  expect((await cell.boundingBox())!.width).toBeGreaterThan(40)
  await context.close()
})

test('a record has its own page that links back to the article, under its alias too', async ({ page }) => {
  await page.goto('/chi-so/sipar/2023')
  await expect(page).toHaveURL(/\/chi-so\/sipas\/2023$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Chỉ số hài lòng về sự phục vụ hành chính (SIPAS) năm 2023')
  await page.getByRole('link', { name: SOURCE_ARTICLE.title }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(SOURCE_ARTICLE.title)
  expect((await page.goto('/chi-so/par-index/1999'))?.status()).toBe(404)
})
