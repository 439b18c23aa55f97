import type { CollectionBeforeChangeHook, CollectionBeforeOperationHook, Where } from 'payload'

import type { Article } from '@/payload-types'
import { bodyText } from '@/search/articleText'
import { fold } from '@/search/normalize'

/**
 * Characters of `searchText` kept (its field's maxLength). Payload caps a text field at 40,000 characters
 * unless told otherwise, and this field holds the whole body: a long text pasted whole (a decision with its
 * regulation, 60,000 characters) could not be saved, and staff were told "Field sau không hợp lệ: Search
 * Text", a field they never see. Two million characters is a book; anything longer is cut, never refused.
 */
export const SEARCH_TEXT_MAX = 2_000_000

/** The admin list searches `searchText`: the article's title, summary and body, folded like search. */
export const setSearchText: CollectionBeforeChangeHook<Article> = ({ data }) => ({
  ...data,
  searchText: fold([data.title, data.summary, bodyText(data.body)].filter(Boolean).join(' ')).slice(0, SEARCH_TEXT_MAX),
})

function foldConditions(where: Where): Where {
  return Object.fromEntries(
    Object.entries(where).map(([key, value]) => {
      if ((key === 'and' || key === 'or') && Array.isArray(value)) return [key, value.map((item) => foldConditions(item as Where))]
      if (key === 'searchText' && value && typeof value === 'object') {
        return [
          key,
          Object.fromEntries(
            Object.entries(value).map(([operator, operand]) => [operator, typeof operand === 'string' ? fold(operand) : operand]),
          ),
        ]
      }
      return [key, value]
    }),
  )
}

/** Staff typing "Đánh giá" or "danh gia" in the admin list find the same articles. */
export const foldSearchTextQueries: CollectionBeforeOperationHook = ({ args, operation }) => {
  if (operation === 'read' && 'where' in args && args.where) return { ...args, where: foldConditions(args.where) }
  return args
}
