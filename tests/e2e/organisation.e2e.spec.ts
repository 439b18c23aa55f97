// The department itself on the public site: the organisation tree, a unit's people, the leaders with
// their contacts, the weekly work schedule and its week links, printing, and the English pages.
import AxeBuilder from '@axe-core/playwright'
import { expect, type Page, test } from '@playwright/test'

import { formatWeek, shiftWeek, weekOf, weekRange } from '@/organisation/week'
import type { Person, Unit } from '@/payload-types'

import { adminToken, authHeader } from '../helpers/api'

const DIRECTOR_EMAIL = 'giamdoc.demo@example.vn'
const thisWeek = weekOf(new Date())
const nextWeek = shiftWeek(thisWeek, 1)
// 23:30 on Sunday in Vietnam: the last half hour of this week there, already Sunday 16:30 UTC.
const sundayLate = new Date(weekRange(thisWeek).end.getTime() - 30 * 60 * 1000).toISOString()

test.describe.configure({ mode: 'serial' })

test.beforeAll(async ({ request }) => {
  const headers = authHeader(await adminToken(request))
  const units = (await (await request.get('/api/units?where[slug][equals]=van-phong-so&limit=1', { headers })).json()) as { docs: Unit[] }
  const office = units.docs[0]
  expect(office, 'the seed creates Văn phòng Sở').toBeTruthy()
  const create = async (data: Record<string, unknown>) => {
    const response = await request.post('/api/people?locale=vi', { headers, data })
    expect(response.ok(), await response.text()).toBe(true)
    return ((await response.json()) as { doc: Person }).doc
  }
  const director = await create({
    name: 'Nguyễn Văn Mẫu (dữ liệu thử)',
    position: 'Giám đốc Sở',
    role: 'director',
    unit: office.id,
    phone: '0214 3840 123',
    email: DIRECTOR_EMAIL,
    biography: 'Tiểu sử tóm tắt thử nghiệm.',
    published: true,
  })
  await request.patch(`/api/people/${director.id}?locale=en`, { headers, data: { position: 'Director' } })
  await create({ name: 'Trần Thị Thử (dữ liệu thử)', position: 'Phó Giám đốc Sở', role: 'deputy', unit: office.id, published: true })
  await create({ name: 'Người chưa công bố', position: 'Phó Giám đốc Sở', role: 'deputy', published: false })

  const entry = async (startsAt: string, content: string) => {
    const response = await request.post('/api/schedule-entries', {
      headers,
      data: { startsAt, content, place: 'Phòng họp tầng 2', leaders: [director.id], preparingUnit: office.id, published: true },
    })
    expect(response.ok(), await response.text()).toBe(true)
  }
  await entry(sundayLate, 'Làm việc cuối tuần (thử)')
  await entry(new Date(weekRange(nextWeek).start.getTime() + 2 * 3600_000).toISOString(), 'Giao ban tuần sau (thử)')
})

async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)
}

const PAGES = ['/co-cau-to-chuc', '/co-cau-to-chuc/van-phong-so', '/lanh-dao', '/lich-cong-tac', '/en/organisation', '/en/leaders']

for (const width of [360, 1280]) {
  test(`the organisation pages have no serious accessibility violations and no sideways scroll at ${width} px`, async ({ browser }) => {
    // Six pages, each analysed by axe: longer than one page's budget on a shared, loaded machine.
    test.setTimeout(300_000)
    const context = await browser.newContext({ viewport: { width, height: 800 } })
    const page = await context.newPage()
    for (const path of PAGES) {
      const response = await page.goto(path)
      expect(response?.status(), path).toBe(200)
      expect(await seriousViolations(page), path).toEqual([])
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
      expect(overflow, path).toBeLessThanOrEqual(0)
    }
    await context.close()
  })
}

test('the organisation is a nested list, and a unit page lists its people', async ({ page }) => {
  await page.goto('/co-cau-to-chuc')
  const top = page.locator('.org-chart > ul > li').filter({ hasText: 'Sở Nội vụ tỉnh Lào Cai' })
  await expect(top.locator(':scope > ul > li')).toHaveCount(7)
  await expect(top.locator(':scope > ul > li').nth(4)).toContainText('Phòng Cải cách hành chính - Văn thư lưu trữ')
  await top.getByRole('link', { name: 'Văn phòng Sở' }).click()
  await expect(page).toHaveURL(/\/co-cau-to-chuc\/van-phong-so$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Văn phòng Sở')
  await expect(page.getByRole('heading', { name: 'Nguyễn Văn Mẫu (dữ liệu thử)' })).toBeVisible()
  await expect(page.getByText('Người chưa công bố')).toHaveCount(0)
})

test('leaders: director first, phone as a tel: link, the email readable but not in the HTML', async ({ page }) => {
  await page.goto('/lanh-dao')
  const names = await page.locator('.person-card__name').allTextContents()
  expect(names.slice(0, 2)).toEqual(['Nguyễn Văn Mẫu (dữ liệu thử)', 'Trần Thị Thử (dữ liệu thử)'])
  expect(names).not.toContain('Người chưa công bố')
  await expect(page.getByRole('link', { name: '0214 3840 123' })).toHaveAttribute('href', 'tel:02143840123')
  // Seen as giamdoc.demo[a]example.vn; heard as "giamdoc.demo a còng example chấm vn".
  const shown = await page
    .locator('.protected-email')
    .first()
    .evaluate((el) => {
      const clone = el.cloneNode(true) as HTMLElement
      clone.querySelectorAll('.visually-hidden').forEach((hidden) => hidden.remove())
      return clone.textContent
    })
  expect(shown).toBe('giamdoc.demo[a]example.vn')
  await expect(page.locator('.protected-email').first()).toContainText('a còng')
  const html = await page.content()
  expect(html).not.toContain(DIRECTOR_EMAIL)
  expect(html).not.toContain('mailto:')
})

test('the schedule shows a week at a time, Sunday 23:30 in its own week, with previous and next links', async ({ page }) => {
  await page.goto('/lich-cong-tac')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Lịch công tác tuần ${thisWeek.week}/${thisWeek.year}`)
  await expect(page.getByText('Làm việc cuối tuần (thử)')).toBeVisible()
  await expect(page.getByText('Giao ban tuần sau (thử)')).toHaveCount(0)

  await page.getByRole('link', { name: 'Tuần sau →' }).click()
  await expect(page).toHaveURL(new RegExp(`tuan=${formatWeek(nextWeek)}$`))
  await expect(page.getByText('Giao ban tuần sau (thử)')).toBeVisible()
  await expect(page.getByText('Làm việc cuối tuần (thử)')).toHaveCount(0)
  await page.getByRole('link', { name: '← Tuần trước' }).click()
  await expect(page.getByText('Làm việc cuối tuần (thử)')).toBeVisible()

  for (const absurd of ['9999-W99', '2026-W54', 'abc', "2026-W01'--", 'x'.repeat(5000)]) {
    const response = await page.goto(`/lich-cong-tac?tuan=${encodeURIComponent(absurd)}`)
    expect(response?.status(), absurd).toBe(200)
    await expect(page.getByRole('status')).toContainText('không hợp lệ')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Lịch công tác tuần ${thisWeek.week}/${thisWeek.year}`)
  }
  const repeated = await page.goto('/lich-cong-tac?tuan=2026-W01&tuan=2026-W02')
  expect(repeated?.status()).toBe(200)
})

test('printing the schedule and the chart leaves the page content alone, in black on white', async ({ page }) => {
  await page.goto('/lich-cong-tac')
  await page.emulateMedia({ media: 'print' })
  await expect(page.locator('.site-header')).toBeHidden()
  await expect(page.locator('.week-nav')).toBeHidden()
  await expect(page.locator('.schedule-table').first()).toBeVisible()
  await page.goto('/co-cau-to-chuc')
  await expect(page.locator('.site-header')).toBeHidden()
  await expect(page.locator('.org-chart')).toBeVisible()
  const boxColour = await page
    .locator('.org-chart > ul > li > .unit-tree__box a')
    .first()
    .evaluate((el) => getComputedStyle(el).color)
  expect(boxColour).toBe('rgb(0, 0, 0)')
})

test('the English pages say lang="en", in English where it exists, and never blank where it does not', async ({ page }) => {
  await page.goto('/en/organisation')
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Organisation')
  await expect(page.getByText('Department of Home Affairs of Lao Cai Province').first()).toBeVisible()
  await expect(page.getByRole('link', { name: 'Office of the Department' })).toBeVisible()

  await page.goto('/en/leaders')
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  await expect(page.getByText('Director', { exact: true })).toBeVisible()
  // The deputy has no English position yet: said so, with the Vietnamese page one click away.
  const missing = page.locator('.not-in-english').first()
  await expect(missing).toContainText('Not yet available in English')
  await expect(missing.getByRole('link', { name: 'see the Vietnamese page' })).toHaveAttribute('href', '/lanh-dao')

  await page.goto('/lanh-dao')
  await expect(page.locator('html')).toHaveAttribute('lang', 'vi')
})
