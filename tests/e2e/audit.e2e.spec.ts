// An admin reads the audit trail: narrows it to one person and downloads what is shown as CSV.
import { readFileSync } from 'node:fs'

import { expect, test } from '@playwright/test'

import { adminToken, authHeader, e2eAdmin } from '../helpers/api'
import { signIn } from '../helpers/login'
import { richTextFrom } from '@/utilities/lexical'

test('an admin filters the trail by a person and exports it as CSV', async ({ page, request }) => {
  const token = await adminToken(request)
  const email = `bien-tap-nhat-ky-${Date.now()}@example.vn`
  const password = 'mat-khau-bien-tap-nhat-ky-1'
  const created = await request.post('/api/users', {
    headers: authHeader(token),
    data: { email, password, name: 'Biên tập nhật ký', role: 'editor' },
  })
  expect(created.ok()).toBeTruthy()
  // The editor signs in and writes a draft: two entries of theirs.
  const login = await request.post('/api/users/login', { data: { email, password } })
  const editorToken = ((await login.json()) as { token: string }).token
  const title = `Bài của biên tập viên ${Date.now()}`
  const article = await request.post('/api/articles?draft=true', {
    headers: authHeader(editorToken),
    data: { title, body: richTextFrom(['Nội dung.']), _status: 'draft' },
  })
  expect(article.ok()).toBeTruthy()

  await signIn(page, e2eAdmin)
  await page.goto('/admin/collections/audit-log')
  await expect(page.getByRole('heading', { name: 'Nhật ký hệ thống' })).toBeVisible()
  await page.getByRole('textbox', { name: /^Tìm với Người thực hiện/ }).fill(email)
  await expect(page).toHaveURL(/search=/)
  const rows = page.locator('.table tbody tr')
  await expect(rows.filter({ hasText: 'Tạo mới' }).filter({ hasText: title })).toHaveCount(1)
  await expect(rows.filter({ hasText: 'Đăng nhập' })).toHaveCount(1)
  for (const text of await rows.allInnerTexts()) expect(text).toContain(email)

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Xuất CSV' }).click()])
  const bytes = readFileSync((await download.path())!)
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
  const lines = bytes.toString('utf8').slice(1).trim().split('\r\n')
  expect(lines[0]).toMatch(/^createdAt,action,userId,userEmail,/)
  const body = lines.slice(1)
  expect(body.length).toBeGreaterThanOrEqual(2)
  for (const line of body) expect(line).toContain(email)
  expect(body.some((line) => line.includes(',create,') && line.includes(title))).toBeTruthy()
  expect(body.some((line) => /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z,login,/.test(line))).toBeTruthy()
})
