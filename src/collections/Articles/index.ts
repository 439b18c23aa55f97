import type { CollectionConfig } from 'payload'

import { canDeleteArticle } from '@/access/canDeleteArticle'
import { canEditArticle } from '@/access/canEditArticle'
import { isAdmin } from '@/access/isAdmin'
import { isStaff } from '@/access/isStaff'
import { publishedOrStaff } from '@/access/publishedOrStaff'
import { slugField } from '@/fields/slug'
import { guardReaderQueries, readerFilters } from '@/hooks/guardReaderQueries'
import { refuseUnknownFields } from '@/hooks/refuseUnknownFields'
import { previewPath } from '@/news/paths'

import { articleEditor } from './editor'
import { importWordEndpoint } from './endpoints/importWord'
import { foldSearchTextQueries, SEARCH_TEXT_MAX, setSearchText } from './hooks/foldSearchText'
import { captureLiveRow } from './hooks/liveRow'
import { populatePublishedAt } from './hooks/populatePublishedAt'
import { preventAuthorPublish } from './hooks/preventAuthorPublish'
import { revalidateArticle, revalidateDeletedArticle } from './hooks/revalidateArticle'
import { setCreatedBy } from './hooks/setCreatedBy'
import { removeFromSearchIndex, syncSearchIndex } from './hooks/syncSearchIndex'
import { trackReview } from './hooks/trackReview'

/** What readers may filter and sort on through REST: fields that stay on an index. */
const READER_QUERIES = {
  where: { id: readerFilters.exact, slug: readerFilters.exact, category: readerFilters.exact, publishedAt: readerFilters.range },
  sort: ['publishedAt', 'id'],
}

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
    defaultColumns: ['title', '_status', 'review', 'category', 'author', 'publishedAt'],
    listSearchableFields: ['searchText'],
    group: { vi: 'Tin tức', en: 'News' },
    // "Xem trước": opens the public page with the draft, for signed-in staff only (see /xem-truoc).
    preview: (doc) => (typeof doc.slug === 'string' && doc.slug ? previewPath(doc.slug) : null),
  },
  defaultSort: '-publishedAt',
  endpoints: [importWordEndpoint],
  // The public lists ("Tin tức", a category, "Tin khác") filter on status (and category) and sort by date:
  // these let SQLite walk an index in order instead of sorting the table, at any page.
  indexes: [{ fields: ['_status', 'publishedAt'] }, { fields: ['category', '_status', 'publishedAt'] }],
  versions: {
    drafts: { autosave: { interval: 2000 }, schedulePublish: true },
    maxPerDoc: 50,
  },
  hooks: {
    beforeOperation: [guardReaderQueries(READER_QUERIES), foldSearchTextQueries, refuseUnknownFields],
    beforeChange: [captureLiveRow, setCreatedBy, preventAuthorPublish, populatePublishedAt, trackReview, setSearchText],
    afterChange: [syncSearchIndex, revalidateArticle],
    afterDelete: [removeFromSearchIndex, revalidateDeletedArticle],
  },
  fields: [
    {
      // "Nhập từ Word (.docx)": a button, not data (src/components/admin/WordImport.client.tsx).
      name: 'wordImport',
      type: 'ui',
      admin: { position: 'sidebar', components: { Field: '@/components/admin/WordImport.client#WordImport' } },
    },
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
      editor: articleEditor,
      label: { vi: 'Nội dung', en: 'Body' },
    },
    {
      name: 'scoreRecords',
      type: 'relationship',
      relationTo: 'score-records',
      hasMany: true,
      label: { vi: 'Số liệu chỉ số kèm bài', en: 'Linked score records' },
      admin: {
        description: {
          vi: 'Các kết quả chỉ số mà bài viết nêu: trang bài hiện bảng và biểu đồ của từng bản ghi.',
          en: 'Score records the article reports: the page shows a table and chart for each.',
        },
      },
    },
    {
      name: 'relatedDocuments',
      type: 'relationship',
      relationTo: 'documents',
      hasMany: true,
      maxRows: 20,
      label: { vi: 'Văn bản liên quan', en: 'Related documents' },
      admin: {
        description: { vi: 'Các văn bản bài viết nêu: trang bài liệt kê và dẫn tới từng văn bản.', en: 'Documents the article cites.' },
      },
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
      name: 'review',
      type: 'select',
      defaultValue: 'writing',
      index: true,
      label: { vi: 'Duyệt bài', en: 'Review' },
      options: [
        { value: 'writing', label: { vi: 'Đang soạn', en: 'Writing' } },
        { value: 'submitted', label: { vi: 'Chờ duyệt', en: 'Awaiting review' } },
        { value: 'approved', label: { vi: 'Đã duyệt', en: 'Approved' } },
      ],
      admin: {
        position: 'sidebar',
        description: {
          vi: 'Tác giả chọn "Chờ duyệt" rồi lưu để gửi bài cho biên tập viên.',
          en: 'Authors choose "Awaiting review" and save to send the draft to an editor.',
        },
      },
    },
    {
      name: 'relatedArticles',
      type: 'relationship',
      relationTo: 'articles',
      hasMany: true,
      maxRows: 6,
      label: { vi: 'Tin liên quan', en: 'Related articles' },
      filterOptions: ({ id }) => (id ? { id: { not_equals: id } } : true),
      admin: {
        position: 'sidebar',
        description: {
          vi: 'Để trống: trang bài viết tự hiện các tin mới nhất cùng chuyên mục.',
          en: 'Empty: the page shows the newest articles of the same category.',
        },
      },
    },
    {
      name: 'legacyViews',
      type: 'number',
      defaultValue: 0,
      min: 0,
      label: { vi: 'Lượt xem ban đầu', en: 'Starting view count' },
      access: { create: isAdmin, update: isAdmin },
      admin: {
        position: 'sidebar',
        description: {
          vi: 'Số lượt xem mang sang từ cổng cũ; lượt xem mới được cộng thêm.',
          en: 'Views carried over from the old portal; new views add to it.',
        },
      },
    },
    {
      // Set by the archive import (src/archive): the item's guid or old URL, so a second run updates it.
      name: 'importKey',
      type: 'text',
      unique: true,
      index: true,
      label: { vi: 'Mã bài ở cổng cũ', en: 'Key in the old archive' },
      access: { read: isStaff, create: isAdmin, update: isAdmin },
      admin: { position: 'sidebar', readOnly: true, condition: (data) => Boolean(data?.importKey) },
    },
    {
      // Folded copy of the text for the admin list's search box; never shown.
      name: 'searchText',
      type: 'text',
      maxLength: SEARCH_TEXT_MAX,
      access: { read: isStaff },
      admin: { hidden: true },
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
