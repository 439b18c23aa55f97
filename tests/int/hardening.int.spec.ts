// Small attacks on the public surface: what a failing health check tells strangers, what a stored rich-text
// document can put on a page, and who can read the data folder.
import { randomBytes } from 'node:crypto'

import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { afterEach, describe, expect, it, vi } from 'vitest'

import { RichText } from '@/components/RichText'
import type { Article } from '@/payload-types'
import { paragraphOf, textNode } from '@/utilities/lexical'

import { onPostgres } from '../helpers/sql'

/** The test server with a role it does not know: PostgreSQL answers `role "…" does not exist`. */
function unknownRole(name: string): string {
  const url = new URL(process.env.TEST_POSTGRES_URL!)
  url.username = name
  url.password = 'mat_khau'
  url.pathname = `/${name}`
  return url.toString()
}

describe('health check with the database down', () => {
  afterEach(() => {
    vi.restoreAllMocks()
  })

  it('tells an anonymous caller the state only, and logs the error on the server', async () => {
    // A real failure, set up before the config is first imported: a database that refuses us, whose file or
    // user name is exactly what must not leak (SQLite's error names the file, PostgreSQL's the role).
    const secretName = `bi_mat_${randomBytes(4).toString('hex')}`
    process.env.DATABASE_URI = onPostgres() ? unknownRole(secretName) : `file:/${secretName}/khong-co-thu-muc/portal.db`
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined)

    const { GET } = await import('@/app/(frontend)/api/suc-khoe/route')
    const response = await GET()

    expect(response.status).toBe(503)
    expect(response.headers.get('Cache-Control')).toBe('no-store')
    const text = await response.text()
    expect(JSON.parse(text)).toEqual({ status: 'error', database: 'unreachable' })
    expect(text).not.toMatch(/error:|sqlite|postgres|127\.0\.0\.1|ECONNREFUSED/i)
    expect(text).not.toContain(secretName)
    // The details are not lost: the server's log has them.
    expect(logged).toHaveBeenCalled()
    expect(logged.mock.calls.flat().some((arg) => arg instanceof Error)).toBe(true)
  })
})

describe('rich text from JSON that skipped validation (an import, a restored backup)', () => {
  const heading = (tag: unknown, text: string) => ({ type: 'heading', version: 1, tag, children: [textNode(text)] })
  const list = (tag: unknown, listType: unknown) => ({
    type: 'list',
    version: 1,
    tag,
    listType,
    start: 1,
    children: [{ type: 'listitem', version: 1, value: 1, children: [textNode('mục')] }],
  })
  const render = (children: object[]) => {
    const data = { root: { type: 'root', version: 1, children } } as unknown as Article['body']
    return renderToStaticMarkup(createElement(RichText, { data }))
  }

  it('renders headings and lists only with their allowed element names', () => {
    const html = render([
      heading('style', 'body { display: none }'),
      heading('iframe', 'khung'),
      heading('script', 'alert(1)'),
      heading('h1', 'tiêu đề thứ hai'),
      heading('h3', 'mục nhỏ'),
      list('script', 'bullet'),
      list('plaintext', 'number'),
      list('ol', '" onmouseover="alert(1)'),
      paragraphOf([textNode('đoạn văn')]),
    ])
    for (const element of ['style', 'iframe', 'script', 'plaintext', 'h1']) expect(html).not.toContain(`<${element}`)
    // The page title is the page's one h1; everything unknown falls back to a plain h2 or list.
    expect(html).toContain('<h2>body { display: none }</h2>')
    expect(html).toContain('<h2>alert(1)</h2>')
    expect(html).toContain('<h2>tiêu đề thứ hai</h2>')
    expect(html).toContain('<h3>mục nhỏ</h3>')
    expect(html).toContain('<ul class="list-bullet"><li')
    expect(html).toContain('<ol class="list-number"><li')
    expect(html).toContain('<ol class="list-bullet"><li')
    expect(html).not.toContain('onmouseover')
    expect(html).toContain('<p>đoạn văn</p>')
  })
})
