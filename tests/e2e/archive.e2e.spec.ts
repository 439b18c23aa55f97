// Moving in: an article imported from Word in the editor and published; the old portal's archive imported
// by `npm run import` in another process while the server runs (its old addresses answer 301 within the
// minute); a wide table that scrolls inside its box on a 360 px phone.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import AxeBuilder from '@axe-core/playwright'
import { expect, test } from '@playwright/test'
import sharp from 'sharp'

import { adminToken, authHeader, deleteArticles, e2eAdmin } from '../helpers/api'
import { buildDocx } from '../helpers/docx'
import { signIn } from '../helpers/login'

const WIDE_TABLE =
  '<table><tr><th>Đơn vị</th><th>Chỉ số thành phần 1</th><th>Chỉ số thành phần 2</th><th>Chỉ số thành phần 3</th><th>Chỉ số thành phần 4</th><th>Chỉ số thành phần 5</th><th>Tổng điểm</th></tr>' +
  '<tr><td>Sở Nội vụ tỉnh Lào Cai</td><td>9,50</td><td>8,75</td><td>9,00</td><td>7,25</td><td>8,00</td><td>90,60</td></tr></table>'

const articlesToDelete: number[] = []
test.afterEach(async ({ request }) => {
  if (articlesToDelete.length) await deleteArticles(request, await adminToken(request), articlesToDelete.splice(0))
})

// The create page is where staff start, and Payload's autosave makes a draft of its own there and moves to it
// while the file uploads: the button must still land on the imported draft and ask for its picture there.
test('an editor imports a .docx from the article editor, names its picture and publishes it', async ({ page, request }) => {
  // The admin's editor is the heaviest page: its first render on a busy machine takes more than the default minute.
  test.setTimeout(180_000)
  const picture = await sharp({ create: { width: 60, height: 40, channels: 3, background: '#0b4f9c' } })
    .png()
    .toBuffer()
  const heading = `Hội nghị triển khai nhiệm vụ năm 2025 ${Date.now()}`
  await signIn(page, e2eAdmin)
  await page.goto('/admin/collections/articles/create')
  await page.getByLabel('Nhập từ Word (.docx)').setInputFiles({
    name: 'hoi-nghi.docx',
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    buffer: buildDocx({ heading, picture, pictureAlt: '' }),
  })
  // The editor moves to the imported draft (not the empty one the create page autosaved).
  await expect(page.locator('#field-title')).toHaveValue(heading, { timeout: 60_000 })
  const draftId = Number(new URL(page.url()).pathname.split('/').pop())
  expect(draftId).toBeGreaterThan(0)
  // Other tests count the published news: this article leaves with the test.
  articlesToDelete.push(draftId)
  await expect(page.getByRole('status').filter({ hasText: 'được tạo từ tài liệu Word' })).toBeVisible()
  await page.getByLabel('Mô tả ảnh 1').fill('Toàn cảnh hội nghị triển khai nhiệm vụ')
  await page.getByRole('button', { name: 'Lưu mô tả ảnh' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Đã lưu mô tả ảnh' })).toBeVisible()
  await page.getByRole('button', { name: 'Xuất bản tài liệu' }).click()
  await expect(page.getByText(/thành công/i).first()).toBeVisible()

  const id = page.url().split('/').pop()
  const token = await adminToken(request)
  const { slug } = (await (await request.get(`/api/articles/${id}`, { headers: authHeader(token) })).json()) as { slug: string }
  await page.goto(`/tin-tuc/${slug}`)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading)
  await expect(page.getByRole('columnheader', { name: 'Chỉ số' })).toBeVisible()
  await expect(page.getByRole('cell', { name: '90,60' })).toBeVisible()
  await expect(page.locator('main strong', { hasText: 'Sở Nội vụ' })).toBeVisible()
  await expect(page.getByRole('img', { name: 'Toàn cảnh hội nghị triển khai nhiệm vụ' })).toBeVisible()
})

test.describe('an archive imported while the server runs', () => {
  const oldPath = `/2019/05/bai-cu-${Date.now()}.html`
  const title = `Kết quả chấm điểm cải cách hành chính các sở ${Date.now()}`

  test.beforeAll(() => {
    const folder = mkdtempSync(path.join(tmpdir(), 'archive-e2e-'))
    const file = path.join(folder, 'luu-tru.csv')
    const body = `<p>Bảng điểm các đơn vị:</p>${WIDE_TABLE}`.replace(/"/g, '""')
    writeFileSync(
      file,
      `title,date,author,category,body,views,old_url\n"${title}","17/4/2019 08:30","Lưu Quỳnh Liên","Tin hoạt động","${body}",76,"http://sonoivu.laocai.gov.vn${oldPath}"\n`,
    )
    // Another process, as staff would run it beside the server.
    const run = spawnSync(process.execPath, ['scripts/run.mjs', 'scripts/import.ts', file], {
      encoding: 'utf8',
      env: process.env,
      timeout: 120_000,
    })
    expect(run.status, run.stderr + run.stdout).toBe(0)
    expect(run.stdout).toContain('Bài mới: 1')
  })

  test.afterAll(async ({ request }) => {
    // Other tests count the published news: the imported article leaves with this group.
    const token = await adminToken(request)
    const found = await request.get(`/api/articles?where[title][equals]=${encodeURIComponent(title)}&depth=0`, {
      headers: authHeader(token),
    })
    const { docs } = (await found.json()) as { docs: { id: number }[] }
    await deleteArticles(
      request,
      token,
      docs.map((doc) => doc.id),
    )
  })

  test("the imported article's old address answers 301 to its page within the minute", async ({ request }) => {
    let location = ''
    await expect
      .poll(
        async () => {
          const response = await request.get(oldPath, { maxRedirects: 0 })
          location = response.headers().location ?? ''
          return response.status()
        },
        { timeout: 45_000, intervals: [1000] },
      )
      .toBe(301)
    expect(location).toMatch(/^\/tin-tuc\/ket-qua-cham-diem-cai-cach-hanh-chinh-cac-so-\d+$/)
    const page = await request.get(location)
    expect(page.status()).toBe(200)
    expect(await page.text()).toContain(title)
  })

  test('a wide table scrolls inside its box on a 360 px phone and never widens the page', async ({ page, request }) => {
    await page.setViewportSize({ width: 360, height: 740 })
    const location = (await request.get(oldPath, { maxRedirects: 0 })).headers().location
    await page.goto(location)
    const box = page.getByRole('region', { name: /Bảng/ })
    await expect(box.getByRole('columnheader', { name: 'Tổng điểm' })).toBeAttached()
    const widths = await page.evaluate(() => {
      const scroller = document.querySelector('.table-scroll') as HTMLElement
      return { page: document.documentElement.scrollWidth, inner: scroller.scrollWidth, outer: scroller.clientWidth }
    })
    expect(widths.page).toBeLessThanOrEqual(360)
    expect(widths.inner).toBeGreaterThan(widths.outer)
    // Keyboard users reach the box and scroll it.
    await box.focus()
    await page.keyboard.press('ArrowRight')
    await expect.poll(() => box.evaluate((element) => element.scrollLeft)).toBeGreaterThan(0)
    const { violations } = await new AxeBuilder({ page })
      .include('.table-scroll')
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .analyze()
    expect(violations).toEqual([])
  })
})
