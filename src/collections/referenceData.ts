// What the collections behind the news share (categories, authors, units, indices, score records, the
// picture library): readers read them, editors change them, readers' REST queries stay on an index, REST
// data may only name real fields, and every change expires the pages that show them.
import type { CollectionConfig } from 'payload'

import { anyone } from '@/access/anyone'
import { isEditorOrAbove } from '@/access/isEditorOrAbove'
import { guardReaderQueries, type ReaderQueries } from '@/hooks/guardReaderQueries'
import { defaultLocale } from '@/hooks/defaultLocale'
import { refuseUnknownFields } from '@/hooks/refuseUnknownFields'
import { revalidateArticlePages, revalidateArticlePagesAfterDelete } from '@/hooks/revalidateArticlePages'

type Hooks = NonNullable<CollectionConfig['hooks']>

export function referenceData({
  readerQueries,
  access = {},
  hooks = {},
}: {
  /** What readers may filter and sort on through REST. */
  readerQueries: ReaderQueries
  /** Any operation whose rule differs from "readers read, editors change". */
  access?: CollectionConfig['access']
  /** The collection's own hooks; the shared ones are added around them. */
  hooks?: Hooks
}): Pick<CollectionConfig, 'access' | 'hooks'> {
  return {
    access: { create: isEditorOrAbove, read: anyone, update: isEditorOrAbove, delete: isEditorOrAbove, ...access },
    hooks: {
      ...hooks,
      beforeOperation: [defaultLocale, ...(hooks.beforeOperation ?? []), guardReaderQueries(readerQueries), refuseUnknownFields],
      afterChange: [...(hooks.afterChange ?? []), revalidateArticlePages],
      afterDelete: [...(hooks.afterDelete ?? []), revalidateArticlePagesAfterDelete],
    },
  }
}
