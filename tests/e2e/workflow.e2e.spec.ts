// Staff and readers around one article: edit in the admin, unpublish, preview.
import { expect, test } from '@playwright/test'

import { adminToken, authHeader, createArticle, deleteArticles, e2eAdmin } from '../helpers/api'
import { signIn } from '../helpers/login'

test('an edit published in the admin shows on the article page and the home page at once', async ({ page, request }) => {
  const token = await adminToken(request)
  const article = await createArticle(request, token, { title: 'Thông báo lịch tiếp công dân', status: 'published' })
  try {
    // Readers have seen (and the server has cached) the current title.
    await page.goto('/')
    await expect(page.getByRole('link', { name: 'Thông báo lịch tiếp công dân' })).toBeVisible()
    await page.goto(`/tin-tuc/${article.slug}`)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Thông báo lịch tiếp công dân')

    await signIn(page, e2eAdmin)
    await page.goto(`/admin/collections/articles/${article.id}`)
    await page.locator('#field-title').fill('Thông báo lịch tiếp công dân tháng 12')
    await page.getByRole('button', { name: 'Xuất bản tài liệu' }).click()
    await expect(page.getByText(/thành công/i).first()).toBeVisible()

    await page.goto(`/tin-tuc/${article.slug}`)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Thông báo lịch tiếp công dân tháng 12')
    await page.goto('/')
    await expect(page.getByRole('link', { name: 'Thông báo lịch tiếp công dân tháng 12' })).toBeVisible()
  } finally {
    await deleteArticles(request, token, [article.id])
  }
})

test('unpublishing takes the page down: readers get a 404, even with a draft pending', async ({ page, request }) => {
  const token = await adminToken(request)
  const article = await createArticle(request, token, { title: 'Bài sắp được gỡ xuống', status: 'published' })
  try {
    expect((await page.goto(`/tin-tuc/${article.slug}`))?.status()).toBe(200)
    // An editor had started a correction (a draft over the live article) before deciding to take it down.
    const drafted = await request.patch(`/api/articles/${article.id}?draft=true`, {
      headers: authHeader(token),
      data: { title: 'Bài sắp được gỡ xuống (đang sửa)', _status: 'draft' },
    })
    expect(drafted.ok()).toBe(true)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bài sắp được gỡ xuống')
    const response = await request.patch(`/api/articles/${article.id}`, {
      headers: authHeader(token),
      data: { _status: 'draft' },
    })
    expect(response.ok()).toBe(true)
    expect((await page.goto(`/tin-tuc/${article.slug}`))?.status()).toBe(404)
    // Within seconds at most, however renders already under way when it was taken down were timed.
    await expect(async () => {
      await page.goto('/')
      await expect(page.getByText('Bài sắp được gỡ xuống')).toHaveCount(0, { timeout: 500 })
    }).toPass({ timeout: 5000 })
  } finally {
    await deleteArticles(request, token, [article.id])
  }
})

test('"Xem trước" shows a draft to signed-in staff, and nothing to a stranger', async ({ browser, request }) => {
  const token = await adminToken(request)
  const draft = await createArticle(request, token, { title: 'Dự thảo chưa công bố', status: 'draft' })
  const previewUrl = `/xem-truoc?duong-dan=${encodeURIComponent(`/tin-tuc/${draft.slug}`)}`
  const staff = await browser.newContext()
  const stranger = await browser.newContext()
  try {
    const strangerPage = await stranger.newPage()
    const refused = await strangerPage.goto(previewUrl)
    expect(refused?.status()).toBe(403)
    await expect(strangerPage.getByText('Dự thảo chưa công bố')).toHaveCount(0)
    expect((await strangerPage.goto(`/tin-tuc/${draft.slug}`))?.status()).toBe(404)

    const staffPage = await staff.newPage()
    await signIn(staffPage, e2eAdmin)
    await staffPage.goto(previewUrl)
    await expect(staffPage.getByRole('heading', { level: 1 })).toHaveText('Dự thảo chưa công bố')
    await expect(staffPage.getByRole('status')).toContainText('Đang xem trước bản nháp')

    await staffPage.getByRole('link', { name: 'Thoát xem trước' }).click()
    await expect(staffPage.getByRole('heading', { name: 'Không tìm thấy trang' })).toBeVisible()
  } finally {
    await staff.close()
    await stranger.close()
    await deleteArticles(request, token, [draft.id])
  }
})
