// SQLite: a save made while an import's transaction is open waits for it, without stopping the server.
import { describe, expect, it } from 'vitest'

import { inTransaction } from '@/database/transaction'

import { seedArticle } from '../helpers/fixtures'
import { testPayload } from '../helpers/payload'
import { onPostgres } from '../helpers/sql'

describe.skipIf(onPostgres())('writes during an open transaction (SQLite)', () => {
  it('wait for it without blocking the server, then go ahead', async () => {
    const payload = await testPayload()
    const article = await seedArticle(payload, { title: 'Bài sửa trong lúc nhập' })
    let release!: () => void
    const held = new Promise<void>((resolve) => (release = resolve))
    const importing = inTransaction(payload, undefined, async (req) => {
      await payload.create({ collection: 'categories', data: { name: 'Chuyên mục nhập cùng lúc' }, req })
      await held
    })
    // Give the transaction time to take the lock.
    await new Promise((resolve) => setTimeout(resolve, 100))
    // The server stays responsive: timers keep firing while the save waits.
    let ticks = 0
    const ticker = setInterval(() => ticks++, 50)
    const saved = payload.update({
      collection: 'articles',
      id: article.id,
      data: { title: 'Bài đã sửa sau khi nhập xong' },
      context: { disableRevalidate: true },
    })
    await new Promise((resolve) => setTimeout(resolve, 1000))
    expect(ticks).toBeGreaterThanOrEqual(10)
    release()
    await importing
    expect((await saved).title).toBe('Bài đã sửa sau khi nhập xong')
    clearInterval(ticker)
    expect((await payload.count({ collection: 'categories', where: { name: { equals: 'Chuyên mục nhập cùng lúc' } } })).totalDocs).toBe(1)
  })
})
