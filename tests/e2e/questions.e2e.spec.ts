// Hỏi đáp in Chromium: a citizen asks without JavaScript and with it, staff answer and publish in the admin,
// and the answer appears on /hoi-dap without the asker's contact; the page passes axe at 360 and 1280 px.
import AxeBuilder from '@axe-core/playwright'
import { expect, type Page, test } from '@playwright/test'

import { e2eAdmin } from '../helpers/api'
import { signIn } from '../helpers/login'

const run = Date.now().toString(36)
const noJs = { subject: `Hồ sơ thi tuyển viên chức ${run}`, contact: `nguoi.hoi.${run}@example.vn` }
const withJs = { subject: `Chế độ nghỉ phép năm ${run}`, contact: `co.js.${run}@example.vn` }
// axe and the admin are slow on a busy machine.
test.describe.configure({ timeout: 180_000 })

const ANSWER = `Hồ sơ gồm đơn đăng ký, bản sao văn bằng và phiếu lý lịch tư pháp (${run}).`

async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)
}

async function fillQuestion(page: Page, { subject, contact }: { subject: string; contact: string }) {
  await page.getByLabel('Họ và tên *').fill('Giàng Thị Dua')
  await page.getByLabel('Thư điện tử hoặc số điện thoại *').fill(contact)
  await page.getByLabel('Tiêu đề *').fill(subject)
  await page.getByLabel('Nội dung câu hỏi *').fill('Xin hỏi hồ sơ dự tuyển gồm những giấy tờ gì và nộp ở đâu?')
}

test('a citizen asks without JavaScript: refused without consent (400, what they typed kept), then received', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false })
  const page = await context.newPage()
  await page.goto('/hoi-dap')
  await fillQuestion(page, noJs)
  const [refused] = await Promise.all([
    page.waitForResponse((response) => response.request().method() === 'POST' && new URL(response.url()).pathname === '/hoi-dap'),
    page.getByRole('button', { name: 'Gửi câu hỏi' }).click(),
  ])
  expect(refused.status()).toBe(400)
  await page.waitForLoadState()
  const consent = page.getByLabel(/Tôi đồng ý để Sở Nội vụ/)
  await expect(consent).toHaveAttribute('aria-invalid', 'true')
  await expect(consent).toHaveAttribute('aria-describedby', /hoi-dap-consent-loi/)
  await expect(page.locator('#hoi-dap-consent-loi')).toContainText('Vui lòng đồng ý cho Sở Nội vụ xử lý dữ liệu cá nhân')
  await expect(page.getByRole('alert').filter({ hasText: 'Câu hỏi chưa được gửi' })).toBeVisible()
  await expect(page.getByLabel('Tiêu đề *')).toHaveValue(noJs.subject)
  await expect(page.getByLabel('Thư điện tử hoặc số điện thoại *')).toHaveValue(noJs.contact)
  // (axe cannot run in a page without JavaScript; the form is checked with it below.)

  await consent.check()
  const [accepted] = await Promise.all([
    page.waitForResponse((response) => response.request().method() === 'POST' && new URL(response.url()).pathname === '/hoi-dap'),
    page.getByRole('button', { name: 'Gửi câu hỏi' }).click(),
  ])
  expect(accepted.status()).toBe(200)
  await expect(page.getByRole('heading', { name: 'Đã nhận câu hỏi của bạn' })).toBeVisible()
  await context.close()
})

test('a citizen asks with JavaScript: the error appears beside the field without leaving the page, then the confirmation', async ({
  page,
}) => {
  await page.goto('/hoi-dap')
  await fillQuestion(page, { ...withJs, contact: 'khong-phai-thu@' })
  await page.getByLabel(/Tôi đồng ý để Sở Nội vụ/).check()
  let posts = 0
  page.on('request', (request) => {
    if (request.method() === 'POST') posts++
  })
  await page.getByRole('button', { name: 'Gửi câu hỏi' }).click()
  const contact = page.getByLabel('Thư điện tử hoặc số điện thoại *')
  await expect(page.locator('#hoi-dap-contact-loi')).toHaveText(/Địa chỉ thư điện tử không hợp lệ/)
  await expect(contact).toHaveAttribute('aria-invalid', 'true')
  await expect(page.getByRole('alert').filter({ hasText: 'Câu hỏi chưa được gửi' })).toBeFocused()
  await expect(page.getByLabel('Tiêu đề *')).toHaveValue(withJs.subject)
  expect(page.url()).toMatch(/\/hoi-dap$/)

  await contact.fill(withJs.contact)
  await page.getByRole('button', { name: 'Gửi câu hỏi' }).click()
  await expect(page.getByRole('heading', { name: 'Đã nhận câu hỏi của bạn' })).toBeFocused()
  // A Server Action each time: no page load.
  expect(posts).toBe(2)
})

test('the plain POST: HTML refused with 400, a robot’s honeypot answered like a person, another site refused', async ({ request }) => {
  const form = {
    name: 'Máy',
    contact: '0912345678',
    subject: 'Thử',
    question: '<a href="x">mua ngay</a> giá rẻ',
    consent: 'yes',
    website: '',
  }
  const html = await request.post('/hoi-dap', { form })
  expect(html.status()).toBe(400)
  expect(await html.text()).toContain('Nội dung câu hỏi không được chứa mã HTML')

  const robot = await request.post('/hoi-dap', {
    form: { ...form, question: 'Mua ngay hàng giá rẻ tại đây', website: 'https://spam.example' },
  })
  expect(robot.status()).toBe(200)
  expect(await robot.text()).toContain('Đã nhận câu hỏi của bạn')

  const foreign = await request.post('/hoi-dap', { form, headers: { origin: 'https://spam.example' } })
  expect(foreign.status()).toBe(403)
})

test('staff answer and publish in the admin; /hoi-dap then shows it without the asker’s email', async ({ page, browser }) => {
  await signIn(page, e2eAdmin)
  await page.goto('/admin/collections/questions')
  await page.getByRole('link', { name: noJs.subject }).click()
  await expect(page.locator('#field-contact')).toHaveValue(noJs.contact)
  await page.locator('#field-answer').fill(ANSWER)
  await page.locator('#field-status').click()
  await page.getByRole('option', { name: 'Đã công khai' }).click()
  await page.locator('#action-save').click()
  await expect(page.getByText(/thành công/i).first()).toBeVisible()

  const reader = await browser.newContext()
  const publicPage = await reader.newPage()
  await publicPage.goto('/hoi-dap')
  const item = publicPage.getByRole('article', { name: noJs.subject })
  await expect(item).toContainText(ANSWER)
  const html = await publicPage.content()
  expect(html).not.toContain(noJs.contact)
  expect(html).not.toContain('Giàng Thị Dua')
  // Not published: the question asked with JavaScript stays in the queue.
  expect(html).not.toContain(withJs.subject)
  await reader.close()
})

for (const width of [360, 1280]) {
  test(`/hoi-dap has no serious accessibility violations at ${width} px and no horizontal scroll`, async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width, height: 800 } })
    const page = await context.newPage()
    await page.goto('/hoi-dap')
    expect(await seriousViolations(page)).toEqual([])
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
    expect(overflow).toBeLessThanOrEqual(0)
    await context.close()
  })
}
