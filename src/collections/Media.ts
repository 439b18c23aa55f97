import type { CollectionConfig } from 'payload'

import { readMedia } from '@/access/readMedia'
import { isStaff } from '@/access/isStaff'
import { mediaDir } from '@/env'
import { readerFilters } from '@/hooks/guardReaderQueries'
import { checkImage } from '@/uploads/checkImage'
import { rootRelativeUrls } from '@/uploads/rootRelativeUrls'
import { referenceData } from '@/collections/referenceData'

/** What readers may filter and sort on through REST: fields that stay on an index. */
const READER_QUERIES = { where: { id: readerFilters.exact }, sort: [] }

export const IMAGE_MIME_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'image/avif', 'image/gif']

export const Media: CollectionConfig = {
  slug: 'media',
  labels: {
    singular: { vi: 'Ảnh', en: 'Image' },
    plural: { vi: 'Thư viện ảnh', en: 'Images' },
  },
  ...referenceData({
    readerQueries: READER_QUERIES,
    access: { create: isStaff, read: readMedia },
    hooks: { beforeOperation: [checkImage], afterRead: [rootRelativeUrls] },
  }),
  admin: {
    useAsTitle: 'alt',
    defaultColumns: ['filename', 'alt', 'caption', 'updatedAt'],
    group: { vi: 'Tin tức', en: 'News' },
  },
  upload: {
    staticDir: mediaDir(),
    mimeTypes: IMAGE_MIME_TYPES,
    imageSizes: [
      { name: 'thumbnail', width: 400, height: 300, position: 'centre' },
      { name: 'large', width: 1200 },
    ],
    adminThumbnail: 'thumbnail',
    focalPoint: true,
  },
  fields: [
    {
      name: 'alt',
      type: 'text',
      required: true,
      label: { vi: 'Mô tả ảnh (cho người khiếm thị)', en: 'Alt text' },
    },
    { name: 'caption', type: 'text', label: { vi: 'Chú thích ảnh', en: 'Caption' } },
  ],
}
