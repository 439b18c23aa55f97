import type { CollectionConfig } from 'payload'

import { canDeleteArticle } from '@/access/canDeleteArticle'
import { canEditArticle } from '@/access/canEditArticle'
import { isAdmin } from '@/access/isAdmin'
import { isStaff } from '@/access/isStaff'
import { publishedOrStaff } from '@/access/publishedOrStaff'
import { slugField } from '@/fields/slug'

import { populatePublishedAt } from './hooks/populatePublishedAt'
import { preventAuthorPublish } from './hooks/preventAuthorPublish'
import { revalidateArticle, revalidateDeletedArticle } from './hooks/revalidateArticle'
import { setCreatedBy } from './hooks/setCreatedBy'

export const Articles: CollectionConfig = {
  slug: 'articles',
  labels: {
    singular: { vi: 'Bài viết', en: 'Article' },
    plural: { vi: 'Bài viết', en: 'Articles' },
  },
  access: {
    create: isStaff,
    read: publishedOrStaff,
    readVersions: isStaff,
    update: canEditArticle,
    delete: canDeleteArticle,
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'category', 'author', '_status', 'publishedAt'],
    listSearchableFields: ['title', 'summary'],
    group: { vi: 'Tin tức', en: 'News' },
  },
  defaultSort: '-publishedAt',
  versions: {
    drafts: { autosave: { interval: 2000 } },
    maxPerDoc: 50,
  },
  hooks: {
    beforeChange: [setCreatedBy, preventAuthorPublish, populatePublishedAt],
    afterChange: [revalidateArticle],
    afterDelete: [revalidateDeletedArticle],
  },
  fields: [
    { name: 'title', type: 'text', required: true, label: { vi: 'Tiêu đề', en: 'Title' } },
    {
      name: 'summary',
      type: 'textarea',
      label: { vi: 'Tóm tắt (sapo)', en: 'Summary' },
    },
    {
      name: 'body',
      type: 'richText',
      required: true,
      label: { vi: 'Nội dung', en: 'Body' },
    },
    {
      name: 'coverImage',
      type: 'upload',
      relationTo: 'media',
      label: { vi: 'Ảnh đại diện', en: 'Cover image' },
    },
    slugField('title'),
    {
      name: 'publishedAt',
      type: 'date',
      index: true,
      label: { vi: 'Ngày đăng', en: 'Published at' },
      admin: {
        position: 'sidebar',
        date: { pickerAppearance: 'dayAndTime', displayFormat: 'd/M/yyyy HH:mm' },
      },
    },
    {
      name: 'category',
      type: 'relationship',
      relationTo: 'categories',
      index: true,
      label: { vi: 'Chuyên mục', en: 'Category' },
      admin: { position: 'sidebar' },
    },
    {
      name: 'author',
      type: 'relationship',
      relationTo: 'authors',
      label: { vi: 'Tác giả', en: 'Author' },
      admin: { position: 'sidebar' },
    },
    {
      name: 'legacyViews',
      type: 'number',
      defaultValue: 0,
      min: 0,
      label: { vi: 'Lượt xem ban đầu', en: 'Starting view count' },
      access: { update: isAdmin },
      admin: {
        position: 'sidebar',
        description: {
          vi: 'Số lượt xem mang sang từ cổng cũ; lượt xem mới được cộng thêm.',
          en: 'Views carried over from the old portal; new views add to it.',
        },
      },
    },
    {
      name: 'createdBy',
      type: 'relationship',
      relationTo: 'users',
      label: { vi: 'Người tạo', en: 'Created by' },
      // Readers never learn staff accounts; nobody rewrites who created an article.
      access: { read: isStaff, update: () => false },
      admin: { position: 'sidebar', readOnly: true },
    },
  ],
}
