import { expect, test } from '@playwright/test'

import { SOURCE_ARTICLE } from '@/seed/sourceArticle'

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
