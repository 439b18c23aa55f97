// Search that understands Vietnamese: accents, đ, case; only published articles; calm on bad input.
import type { MigrateUpArgs } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it, vi } from 'vitest'

import { postgresAdapterOf, postgresPoolOf } from '@/database/clients'
import { seedFoundingContent } from '@/seed'
import { SOURCE_ARTICLE } from '@/seed/sourceArticle'
import type { Article } from '@/payload-types'
import { indexArticle, searchArticles } from '@/search'
import { MAX_COUNTED } from '@/search/results'
import { snippet } from '@/search/highlight'
import { fold, foldAligned } from '@/search/normalize'
import { richTextFrom } from '@/utilities/lexical'

import { seedArticle } from '../helpers/fixtures'
import { testPayload } from '../helpers/payload'
import { onPostgres, queryRows } from '../helpers/sql'

let payload: Payload
const titles = async (query: string, sort: 'relevance' | 'newest' = 'relevance') =>
  (await searchArticles(payload, { query, sort })).hits.map((hit) => hit.title.map((part) => part.text).join(''))

beforeAll(async () => {
  payload = await testPayload()
  await seedFoundingContent(payload)
})

describe('folding', () => {
  it('takes off marks, turns đ into d and lowercases', () => {
    expect(fold('ĐÁNH GIÁ')).toBe('danh gia')
    expect(fold('Đanh gia')).toBe('danh gia')
    expect(fold('  Cải   cách hành chính ')).toBe('cai cach hanh chinh')
  })

  it('keeps every character in its place, so that marks land on the words as written', () => {
    // An emoji takes two places (two spaces), and a mark typed apart (a + U+0301) joins its letter first.
    const text = 'Ủy ban 😀 ĐÃ Lào Cai, ca\u0301ch'
    const folded = foldAligned(text)
    expect(folded).toBe('uy ban    da lao cai, cach')
    expect(folded.length).toBe(text.normalize('NFC').length)
    expect(text.normalize('NFC').slice(folded.indexOf('lao cai'), folded.indexOf('lao cai') + 7)).toBe('Lào Cai')
  })

  it('cuts a snippet from the start of a body only when the whole body would give the same', () => {
    const terms = ['bat', 'xat']
    const early = `Đoàn đến Bát Xát. ${'Nội dung khác. '.repeat(300)}`
    expect(snippet(early.slice(0, 2048), terms, 240, true)).toEqual(snippet(early, terms))
    const late = `${'Nội dung khác. '.repeat(300)}Đoàn đến Bát Xát. ${'Kết thúc. '.repeat(50)}`
    // Not in the start read, or too near its end to cut 240 characters around it: the whole body is needed.
    expect(snippet(late.slice(0, 2048), terms, 240, true)).toBeNull()
    expect(snippet(late.slice(0, late.indexOf('Bát') + 20), terms, 240, true)).toBeNull()
    expect(snippet(late.slice(0, late.indexOf('Bát') + 400), terms, 240, true)).toEqual(snippet(late, terms))
  })

  it('finds the words deep in a long body, and shows them there', () => {
    const body = `${'Nội dung không liên quan. '.repeat(800)}Đoàn công tác của Sở Nội vụ đã đến Bát Xát để khảo sát. ${'Kết thúc. '.repeat(50)}`
    const marked = snippet(body, ['bat', 'xat'])!.filter((part) => part.match)
    expect(marked.map((part) => part.text)).toEqual(['Bát', 'Xát'])
  })
})

describe('finding the source article', () => {
  for (const query of ['danh gia', 'đánh giá', 'ĐÁNH GIÁ', 'Đanh gia', 'par index', 'lao cai', 'sipas', 'LÀO CAI', 'cai cach hanh chinh']) {
    it(`by "${query}"`, async () => {
      expect(await titles(query)).toContain(SOURCE_ARTICLE.title)
    })
  }

  it('marks the matched words in the snippet as the author wrote them', async () => {
    const { hits } = await searchArticles(payload, { query: 'danh gia' })
    const marked = hits[0].snippet.filter((part) => part.match).map((part) => part.text)
    expect(marked.map((text) => text.toLowerCase())).toEqual(expect.arrayContaining(['đánh', 'giá']))
  })

  it('matches phrases in quotes as phrases', async () => {
    expect(await titles('"tăng 04 bậc"')).toContain(SOURCE_ARTICLE.title)
    expect(await titles('"bac 04 tang"')).not.toContain(SOURCE_ARTICLE.title)
    // Without quotes the same words match in any order.
    expect(await titles('bac 04 tang')).toContain(SOURCE_ARTICLE.title)
  })
})

describe('what is found', () => {
  it('never a draft', async () => {
    await seedArticle(payload, { title: 'Dự thảo quy chế bí mật về xyzabc' }, 'draft')
    expect(await titles('xyzabc')).toEqual([])
    expect(await titles('quy che bi mat')).toEqual([])
  })

  it('an edit at once, and not the old wording', async () => {
    const article = await seedArticle(payload, { title: 'Thông báo lịch họp giao ban' })
    expect(await titles('giao ban')).toContain('Thông báo lịch họp giao ban')
    await payload.update({
      collection: 'articles',
      id: article.id,
      data: { title: 'Thông báo lịch tiếp dân', body: richTextFrom(['Lịch tiếp công dân tháng 12.']), _status: 'published' },
      context: { disableRevalidate: true },
    })
    expect(await titles('tiep dan')).toContain('Thông báo lịch tiếp dân')
    expect(await titles('giao ban')).toEqual([])
  })

  it('nothing once unpublished or deleted', async () => {
    const article = await seedArticle(payload, { title: 'Tin sẽ bị gỡ qwertyx' })
    expect(await titles('qwertyx')).toHaveLength(1)
    await payload.update({ collection: 'articles', id: article.id, data: { _status: 'draft' }, context: { disableRevalidate: true } })
    expect(await titles('qwertyx')).toEqual([])
    const other = await seedArticle(payload, { title: 'Tin sẽ bị xoá asdfghj' })
    await payload.delete({ collection: 'articles', id: other.id, context: { disableRevalidate: true } })
    expect(await titles('asdfghj')).toEqual([])
  })

  it('follows a renamed category', async () => {
    const category = await payload.create({ collection: 'categories', data: { name: 'Thi đua khen thưởng' } })
    await seedArticle(payload, { title: 'Tuyên dương tập thể tiêu biểu', category: category.id })
    expect(await titles('thi dua')).toContain('Tuyên dương tập thể tiêu biểu')
    await payload.update({ collection: 'categories', id: category.id, data: { name: 'Khen thưởng' }, context: { disableRevalidate: true } })
    expect(await titles('thi dua')).not.toContain('Tuyên dương tập thể tiêu biểu')
    expect(await titles('khen thuong')).toContain('Tuyên dương tập thể tiêu biểu')
  })

  it('ranks a title match above a body match', async () => {
    await seedArticle(payload, {
      title: 'Hướng dẫn nộp hồ sơ',
      body: richTextFrom(['Công dân có thể nộp hồ sơ trực tuyến; thủ tục chứng thực được rút gọn.']),
    })
    await seedArticle(payload, { title: 'Thủ tục chứng thực bản sao', body: richTextFrom(['Quy định mới.']) })
    const found = await titles('chung thuc')
    expect(found[0]).toBe('Thủ tục chứng thực bản sao')
    expect(found).toContain('Hướng dẫn nộp hồ sơ')
  })

  it('shows each hit the words where they are in its body: early, deep in a long one, or nowhere', async () => {
    const filler = 'Nội dung không liên quan đến chủ đề. '.repeat(200)
    await seedArticle(payload, { title: 'Tin ngắn', body: richTextFrom([`Đoàn Quyxqz đến Bát Xát khảo sát. ${filler}`]) })
    await seedArticle(payload, { title: 'Báo cáo dài', body: richTextFrom([filler, `Cuối cùng, đoàn Quyxqz đến Bát Xát. ${filler}`]) })
    await seedArticle(payload, { title: 'Quyxqz: tổng kết năm', body: richTextFrom([filler]) })
    const { hits } = await searchArticles(payload, { query: 'quyxqz' })
    const shown = Object.fromEntries(hits.map((hit) => [hit.title.map((part) => part.text).join(''), hit.snippet]))
    const text = (parts: Array<{ text: string }>) => parts.map((part) => part.text).join('')
    const marked = (parts: Array<{ text: string; match: boolean }>) => parts.filter((part) => part.match).map((part) => part.text)
    expect(Object.keys(shown).sort()).toEqual(['Báo cáo dài', 'Quyxqz: tổng kết năm', 'Tin ngắn'])
    expect(marked(shown['Tin ngắn'])).toEqual(['Quyxqz'])
    expect(text(shown['Tin ngắn'])).toMatch(/^Đoàn Quyxqz đến Bát Xát khảo sát\. Nội dung/)
    // 7,000 characters in, where the words are, cut at spaces on both sides.
    expect(marked(shown['Báo cáo dài'])).toEqual(['Quyxqz'])
    expect(text(shown['Báo cáo dài'])).toMatch(/^… .*Cuối cùng, đoàn Quyxqz đến Bát Xát\. .* …$/)
    // Found by its title alone: the body's beginning.
    expect(marked(shown['Quyxqz: tổng kết năm'])).toEqual([])
    expect(text(shown['Quyxqz: tổng kết năm'])).toMatch(/^Nội dung không liên quan .* …$/)
  })
})

describe('a large archive', () => {
  it('lists newest first by publication date, a backdated article in its place', async () => {
    const older = await seedArticle(payload, { title: 'Thủy lợi đầu nguồn năm 2019', publishedAt: '2019-05-01T02:00:00.000Z' })
    const newer = await seedArticle(payload, { title: 'Thủy lợi đầu nguồn năm 2024', publishedAt: '2024-05-01T02:00:00.000Z' })
    // Entered last, dated in between: its id is the highest, its place is the middle.
    await seedArticle(payload, { title: 'Thủy lợi đầu nguồn năm 2021', publishedAt: '2021-05-01T02:00:00.000Z' })
    expect(newer.id).toBeGreaterThan(older.id)
    expect(await titles('thuy loi dau nguon', 'newest')).toEqual([
      'Thủy lợi đầu nguồn năm 2024',
      'Thủy lợi đầu nguồn năm 2021',
      'Thủy lợi đầu nguồn năm 2019',
    ])
  })

  it('says "more than 1,000" for a query that matches more, and still pages through the first thousand', async () => {
    for (let n = 0; n < MAX_COUNTED + 25; n++) {
      await indexArticle(payload, {
        id: 500_000 + n,
        title: `Tin nông thôn mới số ${n}`,
        slug: `tin-nong-thon-moi-${n}`,
        publishedAt: new Date(Date.UTC(2015, 0, 1) + n * 3_600_000).toISOString(),
        body: richTextFrom(['Xây dựng nông thôn mới ở vùng cao.']),
      } as Article)
    }
    const result = await searchArticles(payload, { query: 'nong thon moi', sort: 'newest' })
    expect(result).toMatchObject({ total: MAX_COUNTED, more: true, totalPages: MAX_COUNTED / 10 })
    expect(result.hits[0].title.map((part) => part.text).join('')).toBe(`Tin nông thôn mới số ${MAX_COUNTED + 24}`)
    const relevance = await searchArticles(payload, { query: 'nong thon moi', page: 3 })
    expect(relevance.hits).toHaveLength(10)
  })
})

describe('"Liên quan nhất" across pages', () => {
  it('lists title matches first, then the rest, each newest first, with no article twice or missing', async () => {
    const article = (n: number, inTitle: boolean) =>
      ({
        id: 600_000 + n,
        title: inTitle ? `Đường giao thông nông thôn số ${n}` : `Bản tin số ${n}`,
        slug: `duong-giao-thong-${n}`,
        publishedAt: new Date(Date.UTC(2016, 0, 1) + n * 86_400_000).toISOString(),
        body: richTextFrom([inTitle ? 'Tin vắn.' : 'Hoàn thành đường giao thông nông thôn.']),
      }) as Article
    for (let n = 0; n < 30; n++) await indexArticle(payload, article(n, n % 2 === 0))
    const pages = await Promise.all([1, 2, 3].map((page) => searchArticles(payload, { query: 'duong giao thong', page })))
    const ids = pages.flatMap((result) => result.hits.map((hit) => hit.id - 600_000))
    const titled = [28, 26, 24, 22, 20, 18, 16, 14, 12, 10, 8, 6, 4, 2, 0]
    const others = [29, 27, 25, 23, 21, 19, 17, 15, 13, 11, 9, 7, 5, 3, 1]
    expect(pages[0].total).toBe(30)
    expect(ids).toEqual([...titled, ...others])
  })
})

describe('bad queries are answered, never an error', () => {
  const queries = [
    '',
    '   ',
    'a'.repeat(1000),
    '"',
    '*',
    'NEAR(',
    'OR',
    'AND OR NOT',
    '"unterminated',
    '(((',
    '^$%#@!',
    'title:x',
    '-',
    "'; DROP TABLE articles; --",
  ]
  for (const query of queries) {
    it(`"${query.slice(0, 20)}"`, async () => {
      const result = await searchArticles(payload, { query })
      expect(Array.isArray(result.hits)).toBe(true)
    })
  }
})

describe('the admin list search', () => {
  it('finds the same way whatever the accents', async () => {
    for (const query of ['đánh giá', 'danh gia', 'ĐÁNH GIÁ']) {
      const { docs } = await payload.find({ collection: 'articles', where: { searchText: { like: query } }, draft: true })
      expect(docs.map((doc) => doc.title)).toContain(SOURCE_ARTICLE.title)
    }
  })
})

describe('an article and its search entry are saved together', () => {
  const context = { disableRevalidate: true }
  const succeeded = (save: Promise<unknown>) =>
    save.then(
      () => true,
      () => false,
    )
  /** Whether readers can open the article: the live row is published. */
  const isPublished = async (title: string) =>
    (await payload.count({ collection: 'articles', where: { title: { equals: title }, _status: { equals: 'published' } } })).totalDocs > 0

  /** Saves with the search table out of reach (renamed), as a full disk or a damaged index would make it. */
  async function withoutSearchTable<T>(save: () => Promise<T>): Promise<boolean> {
    await queryRows(payload, 'ALTER TABLE article_search RENAME TO article_search_away')
    try {
      return await succeeded(save())
    } finally {
      await queryRows(payload, 'ALTER TABLE article_search_away RENAME TO article_search')
    }
  }

  it('publishing while the index cannot be written never leaves the article published but unfindable', async () => {
    const title = 'Thông báo tuyển dụng công chức năm 2025 zxqvbn'
    const saved = await withoutSearchTable(() => seedArticle(payload, { title }))
    // What readers notice: an article they can open is one they can find.
    expect(await titles('zxqvbn')).toEqual((await isPublished(title)) ? [title] : [])
    if (onPostgres()) {
      // The entry is written in the save's transaction: the save fails as a whole, nothing is published.
      expect(saved).toBe(false)
      expect(await isPublished(title)).toBe(false)
    } else {
      // SQLite saves without a transaction: the article is published, and the index mends itself before
      // the next search reads it.
      expect(saved).toBe(true)
      expect(await titles('zxqvbn')).toEqual([title])
    }
  })

  it('unpublishing while the index cannot be written never leaves the article findable', async () => {
    const title = 'Kế hoạch kiểm tra công vụ tạm hoãn plmokn'
    const article = await seedArticle(payload, { title })
    expect(await titles('plmokn')).toEqual([title])
    const saved = await withoutSearchTable(() =>
      payload.update({ collection: 'articles', id: article.id, data: { _status: 'draft' }, context }),
    )
    expect(await titles('plmokn')).toEqual((await isPublished(title)) ? [title] : [])
    expect(saved).toBe(!onPostgres())
  })

  it('an edit whose entry cannot be written is found by the words readers see, from any server process', async () => {
    const article = await seedArticle(payload, { title: 'Lịch trực cơ quan dịp lễ wsxcde' })
    const saved = await withoutSearchTable(() =>
      payload.update({ collection: 'articles', id: article.id, data: { title: 'Lịch trực cơ quan dịp Tết rfvtgb' }, context }),
    )
    expect(saved).toBe(!onPostgres())
    const live = await payload.findByID({ collection: 'articles', id: article.id, draft: false })
    // Another process (here: the search module loaded afresh) knows of the failed write only from the database.
    vi.resetModules()
    const other = await import('@/search')
    const found = async (query: string) =>
      (await other.searchArticles(payload, { query })).hits.map((hit) => hit.title.map((part) => part.text).join(''))
    expect(await found('rfvtgb')).toEqual(live.title.includes('rfvtgb') ? [live.title] : [])
    // Its body (unchanged) still holds the first title's word; the hit shows the title readers see.
    expect(await found('wsxcde')).toEqual([live.title])
  })

  // PostgreSQL runs each save in a transaction; this one fails when it commits, after its search entry
  // was written. The entry must go with it. (SQLite saves without a transaction: nothing to roll back.)
  it.skipIf(!onPostgres())('a save that fails at its commit takes its search entry back with it', async () => {
    await queryRows(payload, 'CREATE TABLE test_refused_saves (article_id integer PRIMARY KEY)')
    await queryRows(
      payload,
      `CREATE FUNCTION test_refuse_save() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         IF EXISTS (SELECT 1 FROM test_refused_saves WHERE article_id = NEW.id) THEN RAISE EXCEPTION 'refused by the test'; END IF;
         RETURN NULL;
       END $$`,
    )
    await queryRows(
      payload,
      `CREATE CONSTRAINT TRIGGER test_refuse_save AFTER UPDATE ON articles DEFERRABLE INITIALLY DEFERRED
       FOR EACH ROW EXECUTE FUNCTION test_refuse_save()`,
    )
    try {
      const live = await seedArticle(payload, { title: 'Lịch tiếp công dân của Giám đốc Sở qazwsx' })
      const draft = await seedArticle(payload, { title: 'Dự thảo kế hoạch biên chế năm sau edcrfv' }, 'draft')
      await queryRows(payload, 'INSERT INTO test_refused_saves (article_id) VALUES (?), (?)', [live.id, draft.id])
      await succeeded(payload.update({ collection: 'articles', id: live.id, data: { _status: 'draft' }, context }))
      await succeeded(payload.update({ collection: 'articles', id: draft.id, data: { _status: 'published' }, context }))
      // Both saves were rolled back: the live article is still live and found, the draft still a draft and not found.
      expect(await isPublished(live.title)).toBe(true)
      expect(await titles('qazwsx')).toEqual([live.title])
      expect(await isPublished(draft.title)).toBe(false)
      expect(await titles('edcrfv')).toEqual([])
    } finally {
      await queryRows(payload, 'DROP TRIGGER test_refuse_save ON articles')
      await queryRows(payload, 'DROP FUNCTION test_refuse_save()')
      await queryRows(payload, 'DROP TABLE test_refused_saves')
    }
  })

  // A server killed between a save and its index write (SQLite saves the two apart) leaves the index
  // behind; a server started afterwards (here: the search module loaded afresh) sets it right.
  it.skipIf(onPostgres())('a server started after a crash finds what the index missed, and not what it kept too long', async () => {
    const missed = await seedArticle(payload, { title: 'Quyết định bổ nhiệm cán bộ ujmikl' })
    const kept = await seedArticle(payload, { title: 'Thông báo đã thu hồi tgbyhn' })
    await queryRows(payload, 'DELETE FROM article_search WHERE rowid = (SELECT search_key FROM article_search_keys WHERE article_id = ?)', [
      missed.id,
    ])
    await queryRows(payload, 'DELETE FROM article_search_keys WHERE article_id = ?', [missed.id])
    await queryRows(payload, "UPDATE articles SET _status = 'draft' WHERE id = ?", [kept.id])
    vi.resetModules()
    const restarted = await import('@/search')
    const found = async (query: string) =>
      (await restarted.searchArticles(payload, { query })).hits.map((hit) => hit.title.map((part) => part.text).join(''))
    expect(await found('ujmikl')).toEqual([missed.title])
    expect(await found('tgbyhn')).toEqual([])
  })
})

describe.runIf(onPostgres())('the narrow table of words on PostgreSQL', () => {
  const context = { disableRevalidate: true }
  /** An article's row in the narrow table: its title's words and all its words, or undefined. */
  const rowOf = async (id: number) =>
    (
      await queryRows(
        payload,
        "SELECT array_to_string(tsvector_to_array(title), ' ') AS title, array_to_string(tsvector_to_array(words), ' ') AS words FROM article_search_words WHERE article_id = ?",
        [id],
      )
    )[0] as { title: string; words: string } | undefined
  /** The entries without a row of words, and the rows of words without an entry: both empty when kept alike. */
  const strays = async () =>
    queryRows(
      payload,
      `SELECT e.article_id FROM article_search e FULL JOIN article_search_words w USING (article_id)
       WHERE e.article_id IS NULL OR w.article_id IS NULL OR w.words <> portal_article_words(e.document, e.article_id) OR w.title <> e.title_document
         OR w.published_at IS DISTINCT FROM e.published_at`,
    )

  it('holds the words of every published article: a publish adds them, an edit changes them, an unpublish and a delete take them out', async () => {
    const article = await seedArticle(payload, { title: 'Thông báo tuyển sinh lớp bồi dưỡng mnbvcx', body: richTextFrom(['Lớp học mở.']) })
    expect(await rowOf(article.id)).toMatchObject({ title: expect.stringContaining('mnbvcx'), words: expect.stringContaining('mnbvcx') })
    await payload.update({ collection: 'articles', id: article.id, data: { title: 'Thông báo tuyển sinh lớp tập huấn lkjhgf' }, context })
    const edited = await rowOf(article.id)
    expect(edited?.title.split(' ')).toContain('lkjhgf')
    expect(edited?.words.split(' ')).toContain('lkjhgf')
    expect(edited?.words.split(' ')).not.toContain('mnbvcx')
    await payload.update({ collection: 'articles', id: article.id, data: { _status: 'draft' }, context })
    expect(await rowOf(article.id)).toBeUndefined()
    const other = await seedArticle(payload, { title: 'Tin sẽ bị xoá khỏi chỉ mục poiuyt' })
    expect(await rowOf(other.id)).toMatchObject({ words: expect.stringContaining('poiuyt') })
    await payload.delete({ collection: 'articles', id: other.id, context })
    expect(await rowOf(other.id)).toBeUndefined()
    expect(await strays()).toEqual([])
  })

  it('is filled by its migration from the entries already there', async () => {
    const migration = await import('@/migrations-postgres/20261202_132152_article_search_words')
    const args = { db: postgresAdapterOf(payload).drizzle, payload, req: {} } as unknown as MigrateUpArgs
    await migration.down(args)
    // Published while the table did not exist (as every article was before the migration).
    const before = await seedArticle(payload, { title: 'Kế hoạch cải cách hành chính năm trước ytrewq' })
    await migration.up(args)
    expect(await rowOf(before.id)).toMatchObject({ words: expect.stringContaining('ytrewq') })
    expect(await strays()).toEqual([])
    expect(await titles('ytrewq')).toEqual([before.title])
  })

  it('answers a word PostgreSQL reads as two ("1e10x" is 1e10 then x) as before: in that order only', async () => {
    const found = await seedArticle(payload, { title: 'Hồ sơ đã được tiếp nhận', body: richTextFrom(['Mã hồ sơ 1e10x.']) })
    await seedArticle(payload, { title: 'Hồ sơ chưa tiếp nhận', body: richTextFrom(['Mã x của hồ sơ 1e10.']) })
    for (const query of ['1e10x', '"ho so 1e10x"']) {
      for (const sort of ['relevance', 'newest'] as const) {
        const result = await searchArticles(payload, { query, sort })
        expect({ total: result.total, ids: result.hits.map((hit) => hit.id) }).toEqual({ total: 1, ids: [found.id] })
      }
    }
  })

  it('counts matches exactly across buckets of ids, and stops at 1,000', async () => {
    // Ids 1,000 apart: some 250 buckets of 4,096 ids, each holding a few of these entries.
    for (let n = 0; n < MAX_COUNTED + 25; n++) {
      await indexArticle(payload, {
        id: 2_000_000 + n * 1_000,
        title: `Tin chuyển đổi số số ${n}`,
        slug: `tin-chuyen-doi-so-${n}`,
        publishedAt: new Date(Date.UTC(2016, 0, 1) + n * 3_600_000).toISOString(),
        body: richTextFrom([n % 100 === 7 ? 'Chuyển đổi số ở xã vùng cao hjkmnb.' : 'Chuyển đổi số ở xã vùng cao.']),
      } as Article)
    }
    expect(await searchArticles(payload, { query: 'chuyen doi so' })).toMatchObject({ total: MAX_COUNTED, more: true })
    const rare = await searchArticles(payload, { query: 'chuyen doi so hjkmnb', sort: 'newest' })
    expect(rare).toMatchObject({ total: 11, more: false, totalPages: 2 })
    expect(rare.hits.map((hit) => hit.id)).toEqual([1007, 907, 807, 707, 607, 507, 407, 307, 207, 107].map((n) => 2_000_000 + n * 1_000))
  })

  /** The statements a search sends to find its matches, and PostgreSQL's plan of each while seq scans are discouraged. */
  async function plans(query: string, sort: 'relevance' | 'newest'): Promise<string[]> {
    const pool = postgresPoolOf(payload)
    const sent: Array<{ text: string; values: unknown[] }> = []
    const send = pool.query.bind(pool)
    pool.query = ((text: unknown, values: unknown[]) => {
      if (typeof text === 'string' && /COUNT|ORDER BY/.test(text)) sent.push({ text, values })
      return send(text as string, values)
    }) as typeof pool.query
    try {
      await searchArticles(payload, { query, sort, page: 2 })
    } finally {
      pool.query = send
    }
    expect(sent.length).toBeGreaterThan(0)
    const client = await pool.connect()
    try {
      // A test table is too small for the planner to prefer an index: this asks whether one serves the query.
      await client.query('SET enable_seqscan = off')
      const result: string[] = []
      for (const statement of sent) {
        const { rows } = await client.query<{ 'QUERY PLAN': string }>(`EXPLAIN ${statement.text}`, statement.values)
        result.push(rows.map((row) => row['QUERY PLAN']).join('\n'))
      }
      return result
    } finally {
      await client.query('RESET enable_seqscan')
      client.release()
    }
  }

  it('finds matches from the narrow table’s indexes, and reads an entry’s text only to check a phrase', async () => {
    for (const sort of ['relevance', 'newest'] as const) {
      for (const plan of await plans('thu tuc chung thuc', sort)) {
        expect(plan).toMatch(/article_search_words_(words|title|newest)_idx/)
        expect(plan).not.toMatch(/ on article_search(?!_words)/)
        expect(plan).not.toContain('Seq Scan')
      }
      for (const plan of await plans('"thu tuc chung thuc"', sort)) {
        expect(plan).toMatch(/ on article_search_words w/)
        // The entry's text only by its key, for the matches of the words.
        for (const line of plan.split('\n').filter((text) => / on article_search(?!_words)/.test(text))) {
          expect(line).toContain('article_search_pkey')
        }
        expect(plan).not.toContain('Seq Scan')
      }
    }
  })
})

describe.skipIf(onPostgres())('the table of titles on SQLite', () => {
  const context = { disableRevalidate: true }
  /** An article's row in the table of titles (its folded title), or undefined. */
  const titleRowOf = async (id: number) =>
    (
      (await queryRows(
        payload,
        'SELECT t.title FROM article_title_search t JOIN article_search_keys k ON k.search_key = t.rowid WHERE k.article_id = ?',
        [id],
      )) as Array<{ title: string }>
    )[0]?.title
  /** Entries without a title row, title rows without an entry, and rows whose titles differ: empty when kept alike. */
  const strays = async () =>
    queryRows(
      payload,
      `SELECT e.rowid AS key FROM article_search e LEFT JOIN article_title_search t ON t.rowid = e.rowid WHERE t.rowid IS NULL OR t.title <> e.title
       UNION SELECT t.rowid FROM article_title_search t LEFT JOIN article_search e ON e.rowid = t.rowid WHERE e.rowid IS NULL`,
    )

  it('holds the title of every published article: a publish adds it, an edit changes it, an unpublish and a delete take it out', async () => {
    const article = await seedArticle(payload, { title: 'Thông báo tuyển sinh lớp bồi dưỡng qazwsx' })
    expect(await titleRowOf(article.id)).toContain('qazwsx')
    await payload.update({ collection: 'articles', id: article.id, data: { title: 'Thông báo tuyển sinh lớp tập huấn edcrfv' }, context })
    expect(await titleRowOf(article.id)).toBe(fold('Thông báo tuyển sinh lớp tập huấn edcrfv'))
    await payload.update({ collection: 'articles', id: article.id, data: { _status: 'draft' }, context })
    expect(await titleRowOf(article.id)).toBeUndefined()
    const other = await seedArticle(payload, { title: 'Tin sẽ bị xoá khỏi chỉ mục tgbnhy' })
    expect(await titleRowOf(other.id)).toContain('tgbnhy')
    await payload.delete({ collection: 'articles', id: other.id, context })
    expect(await titleRowOf(other.id)).toBeUndefined()
    expect(await strays()).toEqual([])
  })

  it('is filled by its migration from the entries already there, and "Liên quan nhất" reads it', async () => {
    const migration = await import('@/migrations/20261203_011920_article_title_search')
    const { sqliteAdapterOf } = await import('@/database/clients')
    const args = { db: sqliteAdapterOf(payload).drizzle, payload, req: {} } as unknown as Parameters<typeof migration.up>[0]
    await migration.down(args)
    // Written while the table did not exist (as every entry was before the migration).
    await queryRows(
      payload,
      `INSERT INTO article_search (rowid, title, summary, body, author, category, title_text, summary_text, body_text, slug, category_name, published_at)
       VALUES (777, ?, '', ?, '', '', ?, '', '', 'ke-hoach-ujnmik', '', NULL)`,
      [fold('Kế hoạch ujnmik'), fold('Nội dung.'), 'Kế hoạch ujnmik'],
    )
    await migration.up(args)
    expect(await strays()).toEqual([])
    const result = await searchArticles(payload, { query: 'ujnmik' })
    expect(result.hits.map((hit) => hit.slug)).toEqual(['ke-hoach-ujnmik'])
    await queryRows(payload, 'DELETE FROM article_search WHERE rowid = 777')
    await queryRows(payload, 'DELETE FROM article_title_search WHERE rowid = 777')
  })
})
