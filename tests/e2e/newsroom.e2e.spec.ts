import { expect, test } from '@playwright/test'

import { SOURCE_ARTICLE } from '@/seed/sourceArticle'

import { adminToken, createArticle, deleteArticles } from '../helpers/api'

test('a draft is not on the public site and its address is a 404', async ({ page, request }) => {
  const token = await adminToken(request)
  const draft = await createArticle(request, token, { title: 'Bản nháp chưa được duyệt', status: 'draft' })
  try {
    await page.goto('/')
    await expect(page.getByRole('link', { name: SOURCE_ARTICLE.title })).toBeVisible()
    await expect(page.getByText('Bản nháp chưa được duyệt')).toHaveCount(0)
    const response = await page.goto(`/tin-tuc/${draft.slug}`)
    expect(response?.status()).toBe(404)
    await expect(page.getByText('Bản nháp chưa được duyệt')).toHaveCount(0)
  } finally {
    await deleteArticles(request, token, [draft.id])
  }
})

test('"Tin khác" lists other news, newest first, with page links that work', async ({ page, request }) => {
  const token = await adminToken(request)
  const created = []
  for (let n = 1; n <= 12; n++) {
    created.push(
      await createArticle(request, token, {
        title: `Tin thử nghiệm số ${n}`,
        status: 'published',
        publishedAt: new Date(Date.UTC(2025, 0, n)).toISOString(),
      }),
    )
  }
  try {
    await page.goto(`/tin-tuc/${created[0].slug}`)
    const others = page.getByRole('complementary', { name: 'Tin khác' })
    const titles = await others.getByRole('heading', { level: 3 }).allTextContents()
    // Ten others: the eleven newer test articles come first (newest first), never the one being read.
    expect(titles).toHaveLength(10)
    expect(titles[0]).toBe('Tin thử nghiệm số 12')
    expect(titles[9]).toBe('Tin thử nghiệm số 3')
    expect(titles).not.toContain('Tin thử nghiệm số 1')

    // 13 published articles make two pages of news; the second holds the oldest.
    await others.getByRole('link', { name: 'Trang 2' }).click()
    await expect(page).toHaveURL(/\/tin-tuc\/trang\/2$/)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tin tức – trang 2')
    const secondPage = await page.locator('main').getByRole('heading', { level: 3 }).allTextContents()
    expect(secondPage).toEqual(['Tin thử nghiệm số 2', 'Tin thử nghiệm số 1', SOURCE_ARTICLE.title])
  } finally {
    await deleteArticles(
      request,
      token,
      created.map((article) => article.id),
    )
  }
})
