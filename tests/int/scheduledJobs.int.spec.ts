import { describe, expect, it } from 'vitest'

import { seedArticle, seedUser } from '../helpers/fixtures'
import { testPayload } from '../helpers/payload'

describe('scheduled publications', () => {
  it('an author cannot cancel an editor’s scheduled publication through the schedule drawer’s path', async () => {
    const payload = await testPayload()
    const editor = await seedUser(payload, 'editor', 'Biên tập viên lên lịch')
    const author = await seedUser(payload, 'author', 'Tác giả phá lịch')
    const draft = await seedArticle(payload, { title: 'Bài hẹn giờ của biên tập viên' }, 'draft')
    const job = await payload.jobs.queue({
      task: 'schedulePublish',
      input: { type: 'publish', doc: { relationTo: 'articles', value: draft.id }, user: { relationTo: 'users', value: editor.id } },
      waitUntil: new Date(Date.now() + 3_600_000),
    })
    // What Payload's drawer does with the signed-in person's request: a Local API delete by id.
    const asAuthor = { user: { ...author, collection: 'users' as const } }
    const deleteAs = (req: typeof asAuthor) =>
      payload.delete({
        collection: 'payload-jobs',
        req,
        where: { and: [{ id: { equals: job.id } }, { taskSlug: { equals: 'schedulePublish' } }] },
      })
    await expect(deleteAs(asAuthor)).rejects.toThrow(/không có quyền|not allowed/i)
    expect((await payload.count({ collection: 'payload-jobs', where: { id: { equals: job.id } } })).totalDocs).toBe(1)
    // An editor may.
    await deleteAs({ user: { ...editor, collection: 'users' as const } })
    expect((await payload.count({ collection: 'payload-jobs', where: { id: { equals: job.id } } })).totalDocs).toBe(0)
  })
})
