// Small attacks: what a failing health check tells strangers, what a stored rich-text document can put on a
// page, and who else on the machine can read the data folder.
import { randomBytes } from 'node:crypto'
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import Database from 'libsql'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'

import { RichText } from '@/components/RichText'
import { keptSecret, prepareDataFolder, prepareSqliteFile } from '@/database/dataFolder'
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
    process.env.DATABASE_URI = onPostgres()
      ? unknownRole(secretName)
      : `file:${path.join(os.tmpdir(), secretName, 'khong-co-thu-muc', 'portal.db')}`
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

describe("the data folder is readable by the portal's user only", () => {
  /** The permission bits in octal, as `ls -l` and `chmod` spell them: '600'. */
  const modeOf = (file: string) => (statSync(file).mode & 0o777).toString(8)
  const scratch = () => mkdtempSync(path.join(os.tmpdir(), 'portal-data-'))
  // A default system's umask, under which new files come out readable by everyone unless their mode is set.
  let umask: number
  beforeAll(() => {
    umask = process.umask(0o022)
  })
  afterAll(() => {
    process.umask(umask)
  })

  it('creates the data and uploads folders 0700 and the session secret 0600, and keeps the secret', () => {
    const dataDir = path.join(scratch(), 'data')
    prepareDataFolder({ dataDir, mediaDir: path.join(dataDir, 'media') })
    const first = keptSecret(path.join(dataDir, '.payload-secret'))
    expect(modeOf(dataDir)).toBe('700')
    expect(modeOf(path.join(dataDir, 'media'))).toBe('700')
    expect(modeOf(path.join(dataDir, '.payload-secret'))).toBe('600')
    expect(first).toMatchObject({ created: true, secret: expect.stringMatching(/^[0-9a-f]{64}$/) })
    expect(keptSecret(path.join(dataDir, '.payload-secret'))).toEqual({ created: false, secret: first.secret })
  })

  it('tightens a data folder, uploads folder and secret that an earlier version left readable', () => {
    const dataDir = path.join(scratch(), 'data')
    mkdirSync(path.join(dataDir, 'media'), { recursive: true, mode: 0o755 })
    writeFileSync(path.join(dataDir, '.payload-secret'), 'bi-mat-cu\n', { mode: 0o644 })
    prepareDataFolder({ dataDir, mediaDir: path.join(dataDir, 'media') })
    expect(keptSecret(path.join(dataDir, '.payload-secret'))).toEqual({ created: false, secret: 'bi-mat-cu' })
    expect(modeOf(dataDir)).toBe('700')
    expect(modeOf(path.join(dataDir, 'media'))).toBe('700')
    expect(modeOf(path.join(dataDir, '.payload-secret'))).toBe('600')
  })

  it('leaves an uploads folder elsewhere (MEDIA_DIR) as it was, and creates a missing one 0700', () => {
    const root = scratch()
    const shared = path.join(root, 'chia-se')
    mkdirSync(shared, { mode: 0o755 })
    chmodSync(shared, 0o755)
    prepareDataFolder({ dataDir: path.join(root, 'data'), mediaDir: shared })
    expect(modeOf(shared)).toBe('755')
    prepareDataFolder({ dataDir: path.join(root, 'data'), mediaDir: path.join(root, 'moi', 'anh') })
    expect(modeOf(path.join(root, 'moi'))).toBe('700')
    expect(modeOf(path.join(root, 'moi', 'anh'))).toBe('700')
  })

  it('makes the SQLite file 0600 before SQLite opens it, so its -wal and -shm come out 0600 too', () => {
    const file = path.join(scratch(), 'portal.db')
    prepareSqliteFile(file)
    const db = new Database(file)
    try {
      db.exec('PRAGMA journal_mode = WAL')
      db.exec('CREATE TABLE t (x TEXT)')
      db.prepare('INSERT INTO t VALUES (?)').run(['dữ liệu'])
      for (const suffix of ['', '-wal', '-shm']) {
        expect(existsSync(`${file}${suffix}`)).toBe(true)
        expect(modeOf(`${file}${suffix}`)).toBe('600')
      }
    } finally {
      db.close()
    }
  })

  it('creates no folder for a database whose folder is missing (SQLite refuses to open it, as before)', () => {
    const missing = path.join(scratch(), 'khong-co', 'portal.db')
    prepareSqliteFile(missing)
    expect(existsSync(path.dirname(missing))).toBe(false)
  })

  it('tightens a database and its -wal and -shm left readable by an earlier version, keeping their content', () => {
    const dir = scratch()
    const file = path.join(dir, 'portal.db')
    const db = new Database(file)
    db.exec('PRAGMA journal_mode = WAL')
    db.exec("CREATE TABLE t (x TEXT); INSERT INTO t VALUES ('giữ nguyên')")
    db.close()
    writeFileSync(`${file}-wal`, '')
    writeFileSync(`${file}-shm`, '')
    for (const suffix of ['', '-wal', '-shm']) chmodSync(`${file}${suffix}`, 0o644)
    prepareSqliteFile(file)
    for (const suffix of ['', '-wal', '-shm']) expect(modeOf(`${file}${suffix}`)).toBe('600')
    const reopened = new Database(file)
    expect(reopened.prepare('SELECT x FROM t').get([])).toEqual({ x: 'giữ nguyên' })
    reopened.close()
    expect(readFileSync(file).length).toBeGreaterThan(0)
  })
})
