// The department's own pages as a citizen meets them: the introduction, the notices, contacts, and the
// English side with its own <html lang="en">, the language switch and the "not yet in English" notice.
import AxeBuilder from '@axe-core/playwright'
import { expect, type Page, test } from '@playwright/test'

import { adminToken, authHeader } from '../helpers/api'

let token = ''

test.beforeAll(async ({ request }) => {
  token = await adminToken(request)
  // Test values, clearly so: the seed invents no address for the department.
  const vi = await request.post('/api/globals/contacts?locale=vi', {
    headers: authHeader(token),
    data: {
      address: 'Địa chỉ thử nghiệm, tỉnh Lào Cai',
      phone: '0214 3840 000',
      email: 'lienhe-thu@example.vn',
      workingHours: 'Sáng: 7 giờ 30 – 11 giờ 30\nChiều: 13 giờ 30 – 17 giờ',
      mapLink: 'https://www.openstreetmap.org/',
      spokesperson: { name: 'Người Phát Ngôn Thử', position: 'Phó Giám đốc Sở', phone: '0912 000 111', email: 'phatngon-thu@example.vn' },
    },
  })
  expect(vi.ok(), await vi.text()).toBe(true)
  const en = await request.post('/api/globals/contacts?locale=en', {
    headers: authHeader(token),
    data: {
      address: 'Test address, Lao Cai Province',
      workingHours: 'Morning: 7.30 – 11.30',
      spokesperson: { position: 'Deputy Director' },
    },
  })
  expect(en.ok(), await en.text()).toBe(true)
})

const lang = (page: Page) => page.locator('html').getAttribute('lang')

test('the introduction is in the menu, and the switch leads to it in English and back', async ({ page }) => {
  await page.goto('/')
  await page.getByRole('navigation', { name: 'Chính' }).getByRole('link', { name: 'Giới thiệu Sở Nội vụ tỉnh Lào Cai' }).click()
  await expect(page).toHaveURL(/\/gioi-thieu$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Giới thiệu Sở Nội vụ tỉnh Lào Cai')
  await expect(page.getByRole('heading', { name: 'Chức năng' })).toBeVisible()
  expect(await lang(page)).toBe('vi')

  await page.getByRole('link', { name: 'English' }).first().click()
  await expect(page).toHaveURL(/\/en\/about$/)
  expect(await lang(page)).toBe('en')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('About the department')
  await expect(page.getByRole('heading', { name: 'Functions' })).toBeVisible()

  await page.getByRole('link', { name: 'Tiếng Việt' }).click()
  await expect(page).toHaveURL(/\/gioi-thieu$/)
  expect(await lang(page)).toBe('vi')
})

test('the footer leads to the privacy notice and the accessibility statement', async ({ page }) => {
  await page.goto('/')
  await page.getByRole('contentinfo').getByRole('link', { name: 'Chính sách bảo mật' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Chính sách bảo mật và bảo vệ dữ liệu cá nhân')
  await expect(page.getByText(/Nghị định số 13\/2023\/NĐ-CP/).first()).toBeVisible()
  await expect(page.getByText(/khóa bí mật của ngày/)).toBeVisible()

  await page.getByRole('contentinfo').getByRole('link', { name: 'Tuyên bố về khả năng tiếp cận' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tuyên bố về khả năng tiếp cận')
  await expect(page.getByText(/WCAG 2\.1, mức AA/)).toBeVisible()
})

test('a page with no English text says so in English and links to the Vietnamese, never blank', async ({ page }) => {
  const response = await page.goto('/en/chinh-sach-bao-mat')
  expect(response?.status()).toBe(200)
  expect(await lang(page)).toBe('en')
  await expect(page.getByText('Not yet available in English.')).toBeVisible()
  await page.getByRole('link', { name: 'Read the Vietnamese version' }).click()
  await expect(page).toHaveURL(/\/chinh-sach-bao-mat$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Chính sách bảo mật và bảo vệ dữ liệu cá nhân')
})

test('contacts: phones are tel: links, emails carry no "@" a harvester could find, the map is a plain link', async ({ page }) => {
  await page.goto('/lien-he')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Liên hệ')
  await expect(page.getByText('Địa chỉ thử nghiệm, tỉnh Lào Cai')).toBeVisible()
  await expect(page.getByRole('link', { name: '0214 3840 000' })).toHaveAttribute('href', 'tel:02143840000')
  await expect(page.getByRole('heading', { name: 'Người phát ngôn' })).toBeVisible()
  await expect(page.getByText('Người Phát Ngôn Thử')).toBeVisible()
  await expect(page.getByRole('link', { name: '0912 000 111' })).toHaveAttribute('href', 'tel:0912000111')
  await expect(page.getByText('phatngon-thu [a] example.vn')).toBeVisible()
  const html = await (await page.request.get('/lien-he')).text()
  expect(html).not.toContain('phatngon-thu@example.vn')
  expect(html).not.toContain('lienhe-thu@example.vn')
  expect(html).not.toMatch(/<iframe/i)
  await expect(page.getByRole('link', { name: /bản đồ/ })).toHaveAttribute('href', 'https://www.openstreetmap.org/')

  await page.getByRole('link', { name: 'English' }).first().click()
  await expect(page).toHaveURL(/\/en\/contact$/)
  expect(await lang(page)).toBe('en')
  await expect(page.getByText('Test address, Lao Cai Province')).toBeVisible()
  await expect(page.getByText('Deputy Director')).toBeVisible()
})

test('a draft page is not public; once published it is, and in the menu', async ({ page, request }) => {
  const created = await request.post('/api/pages?draft=true', {
    headers: authHeader(token),
    data: { title: 'Quy chế thử nghiệm', slug: 'quy-che-thu-nghiem', showInMenu: true, menuOrder: 50, _status: 'draft' },
  })
  expect(created.ok(), await created.text()).toBe(true)
  const { doc } = (await created.json()) as { doc: { id: number } }
  expect((await page.goto('/quy-che-thu-nghiem'))?.status()).toBe(404)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Không tìm thấy trang')

  const published = await request.patch(`/api/pages/${doc.id}`, { headers: authHeader(token), data: { _status: 'published' } })
  expect(published.ok(), await published.text()).toBe(true)
  await expect.poll(async () => (await page.goto('/quy-che-thu-nghiem'))?.status(), { timeout: 15_000 }).toBe(200)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Quy chế thử nghiệm')
  await expect(page.getByRole('navigation', { name: 'Chính' }).getByRole('link', { name: 'Quy chế thử nghiệm' })).toBeVisible()

  const clash = await request.post('/api/pages', {
    headers: authHeader(token),
    data: { title: 'Tin tức', slug: 'tin-tuc', _status: 'published' },
  })
  expect(clash.status()).toBe(400)
  expect(await clash.text()).toContain('trùng với một mục sẵn có của cổng thông tin')
})

for (const width of [360, 1280]) {
  for (const path of [
    '/gioi-thieu',
    '/lien-he',
    '/chinh-sach-bao-mat',
    '/tuyen-bo-tiep-can',
    '/en',
    '/en/about',
    '/en/contact',
    '/en/chinh-sach-bao-mat',
    '/en/khong-co-trang-nay',
  ]) {
    test(`${path} at ${width} px has no serious or critical accessibility violations and no horizontal scroll`, async ({ browser }) => {
      const context = await browser.newContext({ viewport: { width, height: 800 } })
      const page = await context.newPage()
      await page.goto(path)
      const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()
      const serious = violations
        .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
        .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)
      expect(serious).toEqual([])
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
      expect(overflow).toBeLessThanOrEqual(0)
      await context.close()
    })
  }
}
