// The admin is the department's: its name and mark on the sign-in page and in the menu, its favicon, a local
// avatar, nothing fetched from elsewhere; and Vietnamese capitals with two stacked marks (Ấ, Ẫ, Ỷ) show whole
// in the editor's heading and title input, on a desktop and on a phone.
import { expect, type Locator, type Page, test } from '@playwright/test'

import { adminToken, createArticle, deleteArticles, e2eAdmin } from '../helpers/api'
import { signIn } from '../helpers/login'

const DEPARTMENT = 'Sở Nội vụ tỉnh Lào Cai'
const STACKED_TITLE = 'KẾT QUẢ CHỈ SỐ Ấ Ố Ề Ẫ Ỷ'
const WIDTHS = [1280, 360]

// Twice the pixels, so that a mark cut off loses rows of ink the pixel check below can count.
test.use({ deviceScaleFactor: 2 })

/** What the browser reports as it goes: CSP refusals in the console, and requests leaving the site's origin. */
function watch(page: Page, origin: string) {
  const cspErrors: string[] = []
  const foreignRequests: string[] = []
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) cspErrors.push(message.text())
  })
  page.on('request', (request) => {
    const url = new URL(request.url())
    if ((url.protocol === 'http:' || url.protocol === 'https:') && url.origin !== origin) foreignRequests.push(url.href)
  })
  return { cspErrors, foreignRequests }
}

/** Every <img> on the page: its address and whether it drew (a broken image has naturalWidth 0). */
function images(page: Page) {
  return page
    .locator('img')
    .evaluateAll((nodes) =>
      (nodes as HTMLImageElement[]).map((img) => ({ src: img.currentSrc || img.src, drawn: img.complete && img.naturalWidth > 0 })),
    )
}

for (const width of WIDTHS) {
  test(`the sign-in page and the admin carry the department's name and mark, with nothing from elsewhere (${width} px)`, async ({
    page,
    baseURL,
  }) => {
    await page.setViewportSize({ width, height: 800 })
    const origin = new URL(baseURL!).origin
    const seen = watch(page, origin)

    await page.goto('/admin/login')
    const brand = page.locator('.login__brand')
    await expect(brand).toContainText(DEPARTMENT)
    await expect(brand.locator('svg[data-portal-emblem]')).toBeVisible()
    await expect(page.locator('.graphic-logo')).toHaveCount(0) // Payload's logo
    await expect(page.locator('meta[property="og:site_name"]')).toHaveAttribute('content', DEPARTMENT)
    const icons = await page.locator('link[rel="icon"]').evaluateAll((links) => links.map((link) => (link as HTMLLinkElement).href))
    expect(icons).toContain(`${origin}/favicon.svg`)
    for (const href of icons) expect(new URL(href).origin).toBe(origin)
    const favicon = await page.request.get('/favicon.svg')
    expect(favicon.status()).toBe(200)
    expect(favicon.headers()['content-type']).toContain('image/svg+xml')
    for (const image of await images(page)) {
      expect(new URL(image.src).origin, image.src).toBe(origin)
      expect(image.drawn, image.src).toBe(true)
    }

    await signIn(page, e2eAdmin)
    // The mark at the top left, where Payload's own icon was, and the name at the top of the side menu.
    await expect(page.locator('.step-nav__home svg[data-portal-emblem]')).toBeVisible()
    await expect(page.locator('.graphic-icon')).toHaveCount(0)
    await expect(page.locator('nav .portal-nav-brand')).toContainText(DEPARTMENT)
    // The account link shows Payload's local avatar drawing, not a picture from Gravatar.
    const account = page.locator('.app-header__account')
    await expect(account.locator('svg.graphic-account')).toBeVisible()
    await expect(account.locator('img')).toHaveCount(0)
    for (const image of await images(page)) {
      expect(image.src).not.toContain('gravatar')
      expect(image.drawn, image.src).toBe(true)
    }

    expect(seen.foreignRequests).toEqual([])
    expect(seen.cspErrors).toEqual([])
  })
}

type Region = { x: number; y: number; width: number; height: number }

/**
 * How many rows of pixels the text's ink spans (any pixel darker than mid-grey), from a screenshot. Decoded on a
 * blank page of its own: the admin's CSP has no say there, and the admin page is left as it was.
 */
async function inkRows(page: Page, region: Region): Promise<number> {
  const png = await page.screenshot({ clip: region, animations: 'disabled', caret: 'hide' })
  const lab = await page.context().newPage()
  try {
    return await lab.evaluate(
      async (source) => {
        const image = new Image()
        image.src = source
        await image.decode()
        const canvas = document.createElement('canvas')
        canvas.width = image.naturalWidth
        canvas.height = image.naturalHeight
        const context = canvas.getContext('2d')!
        context.drawImage(image, 0, 0)
        const { data, width, height } = context.getImageData(0, 0, canvas.width, canvas.height)
        let top = -1
        let bottom = -1
        for (let y = 0; y < height; y++) {
          for (let x = 0; x < width; x++) {
            const i = (y * width + x) * 4
            if (0.299 * data[i] + 0.587 * data[i + 1] + 0.114 * data[i + 2] < 128) {
              if (top < 0) top = y
              bottom = y
              break
            }
          }
        }
        return top < 0 ? 0 : bottom - top + 1
      },
      `data:image/png;base64,${png.toString('base64')}`,
    )
  } finally {
    await lab.close()
  }
}

/**
 * Checks that a heading or input shows its text whole, stacked marks included: a line of at least 1.3 times
 * the font size, no vertical overflow hidden away, and (what a reader sees) as many rows of ink as the same
 * text drawn in a probe that clips nothing vertically: same font, colour and width (so an ellipsis cuts it
 * at the same letter), on a tall line. Chromium clips an input's text to the font's own height when the
 * input has a fixed height, whatever its line-height: only the pixels show that.
 */
async function expectMarksWhole(page: Page, locator: Locator, name: string): Promise<void> {
  const box = await locator.evaluate((el) => {
    const style = getComputedStyle(el)
    const isInput = el instanceof HTMLInputElement
    const fontSize = parseFloat(style.fontSize)
    const rect = el.getBoundingClientRect()
    const paddingLeft = parseFloat(style.paddingLeft)
    const contentWidth = el.clientWidth - paddingLeft - parseFloat(style.paddingRight)
    // An input paints its text inside its border; a heading's marks may rise above its box when nothing clips them.
    const reach = isInput ? 0 : Math.ceil(0.3 * fontSize)
    const top = Math.max(0, rect.top + el.clientTop - reach)
    const region = {
      x: rect.left + el.clientLeft + (isInput ? 0 : paddingLeft) + window.scrollX,
      y: top + window.scrollY,
      width: isInput ? el.clientWidth : contentWidth,
      height: rect.top + el.clientTop + el.clientHeight + reach - top,
    }

    const probe = document.createElement('div')
    probe.textContent = isInput ? el.value : el.textContent
    Object.assign(probe.style, {
      position: 'fixed',
      left: '0',
      top: '0',
      zIndex: '2147483647',
      boxSizing: 'content-box',
      width: `${contentWidth}px`,
      padding: '0',
      background: '#fff',
      color: style.color,
      fontFamily: style.fontFamily,
      fontSize: style.fontSize,
      fontWeight: style.fontWeight,
      fontStyle: style.fontStyle,
      letterSpacing: style.letterSpacing,
      textTransform: style.textTransform,
      lineHeight: '3',
      whiteSpace: 'nowrap',
      overflowX: 'clip',
      overflowY: 'visible',
      textOverflow: isInput ? 'clip' : style.textOverflow,
    })
    probe.dataset.inkProbe = ''
    document.body.append(probe)
    const probeRect = probe.getBoundingClientRect()
    return {
      fontSize,
      lineHeight: style.lineHeight === 'normal' ? NaN : parseFloat(style.lineHeight),
      overflowY: style.overflowY,
      scrollHeight: el.scrollHeight,
      clientHeight: el.clientHeight,
      region,
      probe: { x: probeRect.left + window.scrollX, y: probeRect.top + window.scrollY, width: probeRect.width, height: probeRect.height },
    }
  })
  const probeRows = await inkRows(page, box.probe)
  await page.locator('[data-ink-probe]').evaluate((probe) => probe.remove())
  // The element may not be painted yet when it first has its text (a list page still drawing after its
  // header is in place: once, the whole region was blank): read the pixels again until they hold the text.
  // A mark that is cut off stays cut off, so the assertion below still fails for it.
  let rows = 0
  await expect
    .poll(async () => (rows = await inkRows(page, box.region)), { timeout: 5_000 })
    .toBeGreaterThanOrEqual(probeRows - 1)
    .catch(() => undefined)

  const detail = `${name}: ${JSON.stringify({ ...box, rows, probeRows })}`
  expect(box.lineHeight, detail).toBeGreaterThanOrEqual(1.3 * box.fontSize - 0.01)
  if (box.overflowY === 'hidden' || box.overflowY === 'clip') expect(box.scrollHeight, detail).toBeLessThanOrEqual(box.clientHeight + 1)
  expect(probeRows, `${detail}\nthe probe drew no text`).toBeGreaterThan(0)
  // One row of slack for anti-aliasing; a mark cut off loses several (screenshots are at twice the size).
  expect(rows, `${detail}\nthe marks above the letters are cut off`).toBeGreaterThanOrEqual(probeRows - 1)
}

for (const width of WIDTHS) {
  test(`Vietnamese capitals keep their stacked marks in the editor's heading and title input, and in the list's title (${width} px)`, async ({
    page,
    request,
  }) => {
    const token = await adminToken(request)
    const article = await createArticle(request, token, { title: STACKED_TITLE, status: 'draft' })
    try {
      await page.setViewportSize({ width, height: 800 })
      await signIn(page, e2eAdmin)

      await page.goto(`/admin/collections/articles/${article.id}`)
      const heading = page.locator('h1.doc-header__title')
      const titleInput = page.locator('#field-title')
      await expect(heading).toHaveText(STACKED_TITLE)
      await expect(titleInput).toHaveValue(STACKED_TITLE)
      await expectMarksWhole(page, heading, 'document heading')
      await expectMarksWhole(page, titleInput, 'title input')

      await page.goto('/admin/collections/articles')
      const listTitle = page.locator('.list-header__title')
      await expect(listTitle).toHaveText('Bài viết')
      await expectMarksWhole(page, listTitle, 'list title')
    } finally {
      await deleteArticles(request, token, [article.id])
    }
  })
}
