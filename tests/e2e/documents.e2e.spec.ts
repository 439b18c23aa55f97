// Văn bản from both sides: an editor uploads a PDF with its metadata and publishes it; a reader finds it at
// /van-ban by "quyet dinh", narrows by year, opens it, downloads the file under its Vietnamese name, and
// reaches it from the article that cites it. The new pages pass axe at phone and desktop widths.
import { request as httpRequest } from 'node:http'

import AxeBuilder from '@axe-core/playwright'
import { expect, type Page, test } from '@playwright/test'

import { DOCUMENT_TOO_LARGE } from '@/documents/limits'
import { BAD_UPLOAD_FIELDS } from '@/hooks/showPublicErrors'
import { richTextFrom } from '@/utilities/lexical'

import { adminToken, authHeader, deleteArticles } from '../helpers/api'
import { pdfFile } from '../helpers/documentFiles'

const FILE_NAME = 'Quyết định 15-2024 về quy chế một cửa.pdf'

async function noSeriousViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)
}

const articlesToDelete: number[] = []
test.afterEach(async ({ request }) => {
  if (articlesToDelete.length) await deleteArticles(request, await adminToken(request), articlesToDelete.splice(0))
})

test('an editor publishes a decision; a reader finds it, filters by year, opens and downloads it, and the citing article links to it', async ({
  page,
  request,
}) => {
  // A long journey (two uploads, a dozen pages, axe six times): more than the default minute on a busy machine.
  test.setTimeout(240_000)
  const token = await adminToken(request)
  const types = (await (
    await request.get('/api/document-types?where[slug][equals]=quyet-dinh', { headers: authHeader(token) })
  ).json()) as {
    docs: Array<{ id: number }>
  }
  const upload = await request.post('/api/documents', {
    headers: authHeader(token),
    multipart: {
      file: { name: FILE_NAME, mimeType: 'application/pdf', buffer: pdfFile('Quyet dinh 15') },
      _payload: JSON.stringify({
        number: '15/2024/QĐ-UBND',
        docType: types.docs[0].id,
        issuer: 'UBND tỉnh Lào Cai',
        field: 'Cải cách hành chính',
        issuedAt: '2024-03-15T00:00:00.000+07:00',
        signer: 'Nguyễn Văn An',
        summary: 'Ban hành Quy chế thực hiện cơ chế một cửa, một cửa liên thông trên địa bàn tỉnh',
        _status: 'published',
      }),
    },
  })
  expect(upload.status(), await upload.text()).toBe(201)
  const doc = ((await upload.json()) as { doc: { id: number; slug: string; url: string } }).doc

  const article = await request.post('/api/articles', {
    headers: authHeader(token),
    data: {
      title: 'Lào Cai ban hành quy chế một cửa mới',
      body: richTextFrom(['Tỉnh vừa ban hành quy chế mới.']),
      relatedDocuments: [doc.id],
      publishedAt: new Date().toISOString(),
      _status: 'published',
    },
  })
  expect(article.status(), await article.text()).toBe(201)
  const { slug: articleSlug, id: articleId } = ((await article.json()) as { doc: { slug: string; id: number } }).doc
  // Other tests count the published news: this article leaves with the test.
  articlesToDelete.push(articleId)

  // A reader searches without accents.
  await page.goto('/van-ban')
  await page.getByLabel('Số ký hiệu hoặc trích yếu').fill('quyet dinh 15')
  await page.getByRole('button', { name: 'Tìm văn bản' }).click()
  await expect(page).toHaveURL(/\/van-ban\?q=quyet\+dinh\+15/)
  const result = page.getByRole('link', { name: 'Quyết định 15/2024/QĐ-UBND' })
  await expect(result).toBeVisible()

  // The year narrows the list and stays in the URL; a wrong year empties it; back returns.
  await page.getByLabel('Năm ban hành').selectOption('2023')
  await page.getByRole('button', { name: 'Tìm văn bản' }).click()
  await expect(page).toHaveURL(/nam=2023/)
  await expect(page.getByText('Không có văn bản nào khớp')).toBeVisible()
  await page.getByLabel('Năm ban hành').selectOption('2024')
  await page.getByRole('button', { name: 'Tìm văn bản' }).click()
  await expect(page).toHaveURL(/q=quyet\+dinh\+15.*nam=2024/)
  await expect(result).toBeVisible()
  await page.goBack()
  await expect(page).toHaveURL(/nam=2023/)
  await page.goForward()

  await result.click()
  await expect(page).toHaveURL(new RegExp(`/van-ban/${doc.slug}$`))
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Quyết định 15/2024/QĐ-UBND')
  await expect(page.getByRole('row', { name: /Cơ quan ban hành UBND tỉnh Lào Cai/ })).toBeVisible()
  await expect(page.getByRole('row', { name: /Ngày ban hành 15\/3\/2024/ })).toBeVisible()
  await expect(page.getByRole('row', { name: /Tình trạng hiệu lực Còn hiệu lực/ })).toBeVisible()
  await expect(page.getByText(/PDF, \d/)).toBeVisible()
  await expect(page.locator('iframe.document-preview')).toHaveAttribute('src', `${doc.url}?xem=1`)

  const downloading = page.waitForEvent('download')
  await page.getByRole('link', { name: /Tải về/ }).click()
  const download = await downloading
  expect(download.suggestedFilename()).toBe(FILE_NAME)

  // The file itself: its type, its name for every browser, nosniff; the preview may be framed by the site only.
  const file = await request.get(doc.url)
  expect(file.headers()['content-type']).toBe('application/pdf')
  expect(file.headers()['x-content-type-options']).toBe('nosniff')
  expect(file.headers()['content-disposition']).toContain(`filename*=UTF-8''${encodeURIComponent(FILE_NAME)}`)
  const preview = await request.get(`${doc.url}?xem=1`)
  expect(preview.headers()['content-disposition']).toMatch(/^inline;/)
  expect(preview.headers()['x-frame-options']).toBe('SAMEORIGIN')

  // The article that cites it links to it.
  await page.goto(`/tin-tuc/${articleSlug}`)
  const cited = page.getByRole('region', { name: 'Văn bản liên quan' })
  await cited.getByRole('link', { name: 'Quyết định 15/2024/QĐ-UBND' }).click()
  await expect(page).toHaveURL(new RegExp(`/van-ban/${doc.slug}$`))

  // Documents are in the site search, the feed and the register.
  await page.goto('/tim-kiem?q=QUYET+DINH+15')
  await expect(page.getByRole('region', { name: /Văn bản/ }).getByRole('link', { name: 'Quyết định 15/2024/QĐ-UBND' })).toBeVisible()
  expect(await (await request.get('/van-ban/rss.xml')).text()).toContain(`/van-ban/${doc.slug}</link>`)
  const csv = await (await request.get('/du-lieu-mo/van-ban.csv')).body()
  expect(csv.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf]))).toBe(true)
  expect(csv.toString('utf8')).toContain('"15/2024/QĐ-UBND","Quyết định","UBND tỉnh Lào Cai","Cải cách hành chính","2024-03-15"')

  for (const width of [360, 1280]) {
    await page.setViewportSize({ width, height: 900 })
    for (const path of ['/van-ban?q=quyet+dinh', `/van-ban/${doc.slug}`, '/du-lieu-mo']) {
      await page.goto(path)
      expect(await noSeriousViolations(page), `${path} at ${width} px`).toEqual([])
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
      expect(overflow, `${path} at ${width} px scrolls sideways`).toBeLessThanOrEqual(0)
    }
  }
})

test('hostile filters answer 200 without results, never a 500', async ({ request }) => {
  for (const query of [
    'q=' + 'x'.repeat(2_000),
    'nam=99999',
    'loai=khong-co-loai-nay',
    'q=%27%20OR%201%3D1%20--',
    'q=%3Cscript%3Ealert(1)%3C%2Fscript%3E',
    'hieu-luc=%3Cb%3E',
    'trang=-5',
    'trang=999999999999',
    'co-quan[]=a&co-quan[]=b',
  ]) {
    const response = await request.get(`/van-ban?${query}`)
    expect(response.status(), query).toBe(200)
    expect(await response.text()).not.toContain('<script>alert(1)</script>')
  }
  expect((await request.get('/van-ban/khong-co-van-ban-nay')).status()).toBe(404)
  expect((await request.get('/van-ban/%3Cscript%3E')).status()).toBe(404)
})

test('a document of 15 MB is kept whole; one over 20 MB sent without a declared length is refused in Vietnamese', async ({ request }) => {
  // Next copies a request's body for the proxy (src/proxy.ts) and kept only its first 10 MB for Payload too:
  // uploads of 10 to 20 MB failed with a 500, and so did any upload sent in chunks that outgrew the limit.
  test.setTimeout(120_000)
  const token = await adminToken(request)
  const types = (await (await request.get('/api/document-types?limit=1', { headers: authHeader(token) })).json()) as {
    docs: Array<{ id: number }>
  }
  const file = pdfFile('Ke hoach 2025', 15 * 1024 * 1024)
  const upload = await request.post('/api/documents', {
    headers: authHeader(token),
    multipart: {
      file: { name: 'Kế hoạch 2025 (bản chụp).pdf', mimeType: 'application/pdf', buffer: file },
      _payload: JSON.stringify({
        number: '07/KH-SNV',
        docType: types.docs[0].id,
        issuer: 'Sở Nội vụ tỉnh Lào Cai',
        issuedAt: '2025-01-10T00:00:00.000+07:00',
        summary: 'Kế hoạch công tác năm 2025, bản chụp',
      }),
    },
  })
  expect(upload.status(), await upload.text()).toBe(201)
  const doc = ((await upload.json()) as { doc: { id: number; filesize: number } }).doc
  expect(doc.filesize).toBe(file.length)
  await request.delete(`/api/documents/${doc.id}`, { headers: authHeader(token) })

  // 21 MB in chunks (Transfer-Encoding: chunked, no Content-Length), as a client streaming a file sends it.
  const boundary = 'portal-test-boundary'
  const answer = await new Promise<{ status: number; body: string }>((resolve, reject) => {
    const streamed = httpRequest(
      {
        host: '127.0.0.1',
        port: Number(process.env.E2E_PORT ?? 3100),
        method: 'POST',
        path: '/api/documents',
        headers: { ...authHeader(token), 'Content-Type': `multipart/form-data; boundary=${boundary}` },
      },
      (response) => {
        answered = true
        let body = ''
        response.setEncoding('utf8')
        response.on('data', (chunk: string) => (body += chunk))
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body }))
      },
    )
    // The server may close the connection once it has answered, while the rest is still being sent.
    let answered = false
    streamed.on('error', (error) => {
      if (!answered) reject(error)
    })
    streamed.write(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="lon.pdf"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4\n`,
    )
    const piece = Buffer.alloc(1024 * 1024, 'x')
    let sent = 0
    const more = () => {
      while (sent < 21 && !streamed.destroyed) {
        sent++
        if (!streamed.write(piece)) return void streamed.once('drain', more)
      }
      if (!streamed.destroyed) streamed.end(`\r\n--${boundary}--\r\n`)
    }
    more()
  })
  expect(answer.status).toBe(413)
  expect((JSON.parse(answer.body) as { errors: Array<{ message: string }> }).errors[0].message).toBe(DOCUMENT_TOO_LARGE)
  expect((await request.get('/api/suc-khoe')).status()).toBe(200)

  // An upload's address is checked as every other API request's is, though uploads skip the proxy now.
  const badQuery = await request.post('/api/documents?where=khong-phai-json', {
    headers: authHeader(token),
    multipart: { file: { name: 'a.pdf', mimeType: 'application/pdf', buffer: pdfFile() }, _payload: '{}' },
  })
  expect(badQuery.status()).toBe(400)
  expect(((await badQuery.json()) as { errors: Array<{ message: string }> }).errors[0].message).toContain('where')
  // Fields beside the file that are not JSON: Payload's 500, before.
  const badFields = await request.post('/api/documents', {
    headers: authHeader(token),
    multipart: { file: { name: 'a.pdf', mimeType: 'application/pdf', buffer: pdfFile() }, _payload: '{khong-phai-json' },
  })
  expect(badFields.status()).toBe(400)
  expect(((await badFields.json()) as { errors: Array<{ message: string }> }).errors[0].message).toBe(BAD_UPLOAD_FIELDS)
})
