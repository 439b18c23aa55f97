// `npm run search:rebuild`: rebuilds the search index from the published articles, for imports and recovery.
import config from '@payload-config'
import { getPayload } from 'payload'

import { clearIndex, indexArticle } from '@/search'

const payload = await getPayload({ config })
const PAGE = 100
try {
  await clearIndex(payload)
  let done = 0
  for (let page = 1; ; page++) {
    const result = await payload.find({
      collection: 'articles',
      where: { _status: { equals: 'published' } },
      sort: 'id',
      page,
      limit: PAGE,
      depth: 1,
    })
    for (const article of result.docs) await indexArticle(payload, article)
    done += result.docs.length
    process.stdout.write(`\rĐã lập chỉ mục ${done}/${result.totalDocs} bài viết`)
    if (!result.hasNextPage) break
  }
  process.stdout.write('\n')
} finally {
  await payload.destroy()
}
process.exit(0)
