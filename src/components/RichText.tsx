// Renders an article body. Links keep only safe schemes; element names come from an allow-list; images come
// with their caption; tables are real tables with header cells and scroll sideways inside their own box.
import type {
  SerializedAutoLinkNode,
  SerializedHeadingNode,
  SerializedLinkNode,
  SerializedListNode,
  SerializedTableCellNode,
  SerializedTableNode,
  SerializedTableRowNode,
} from '@payloadcms/richtext-lexical'
import { type JSXConverter, type JSXConvertersFunction, RichText as LexicalRichText } from '@payloadcms/richtext-lexical/react'

import { articlePath } from '@/news/paths'

import type { Article, Media } from '@/payload-types'

import { MediaImage } from './MediaImage'

const SAFE_HREF = /^(https?:|mailto:|tel:|\/|#)/i

/** Drops javascript:, data:, vbscript: and anything else that is not a plain web, mail or phone link. */
export function safeHref(url: unknown): string | undefined {
  if (typeof url !== 'string') return undefined
  // Browsers ignore control characters and whitespace inside a scheme ("java\tscript:"), so strip them first.
  const compact = url.replace(/[\u0000-\u0020\u007f-\u009f]/g, '')
  return SAFE_HREF.test(compact) ? url.trim() : undefined
}

type LinkFields = {
  linkType?: 'custom' | 'internal'
  url?: string
  newTab?: boolean
  doc?: { relationTo?: string; value?: unknown } | null
}

/** Where a link in the body goes: a safe URL, or an article of this site for internal links. */
function linkTarget(fields: LinkFields): string | undefined {
  if (fields.linkType === 'internal') {
    const value = fields.doc?.value
    const slug = typeof value === 'object' && value && 'slug' in value ? (value as { slug?: string }).slug : undefined
    return fields.doc?.relationTo === 'articles' && slug ? articlePath(slug) : undefined
  }
  return safeHref(fields.url)
}

const renderLink: JSXConverter<SerializedLinkNode | SerializedAutoLinkNode> = ({ node, nodesToJSX }) => {
  const children = nodesToJSX({ nodes: node.children })
  const fields = node.fields as LinkFields
  const href = linkTarget(fields)
  if (!href) return <span>{children}</span>
  return (
    <a href={href} rel={fields.newTab ? 'noopener noreferrer' : undefined} target={fields.newTab ? '_blank' : undefined}>
      {children}
    </a>
  )
}

// Heading and list element names are read from the stored JSON, which an import or a restored backup writes
// without Payload's validation. Only these reach the page: the page title is the one h1, so a body h1 becomes h2.
const HEADING_TAGS = new Set(['h2', 'h3', 'h4', 'h5', 'h6'])
const LIST_TYPES = new Set(['bullet', 'number', 'check'])

function safeHeadingTag(tag: unknown): SerializedHeadingNode['tag'] {
  return typeof tag === 'string' && HEADING_TAGS.has(tag) ? (tag as SerializedHeadingNode['tag']) : 'h2'
}

function safeList(node: { tag?: unknown; listType?: unknown }): Pick<SerializedListNode, 'tag' | 'listType'> {
  const listType =
    typeof node.listType === 'string' && LIST_TYPES.has(node.listType) ? (node.listType as SerializedListNode['listType']) : 'bullet'
  const tag = node.tag === 'ul' || node.tag === 'ol' ? node.tag : listType === 'number' ? 'ol' : 'ul'
  return { tag, listType }
}

const renderHeading: JSXConverter<SerializedHeadingNode> = ({ node, nodesToJSX }) => {
  const Tag = safeHeadingTag(node.tag)
  return <Tag>{nodesToJSX({ nodes: node.children })}</Tag>
}

const renderList: JSXConverter<SerializedListNode> = ({ node, nodesToJSX }) => {
  const { tag: Tag, listType } = safeList(node)
  return <Tag className={`list-${listType}`}>{nodesToJSX({ nodes: node.children })}</Tag>
}

// Lexical's header state is a bit mask: 1 = the cell is in a header row (it heads a column), 2 = in a header
// column (it heads a row). Spans are numbers from stored JSON, so they are bounded before they reach the page.
const HEADS_COLUMN = 1
const HEADS_ROW = 2

function span(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) && value > 1 ? Math.min(value, 100) : undefined
}

const renderTable: JSXConverter<SerializedTableNode> = ({ node, nodesToJSX }) => (
  // A wide table scrolls inside this box (keyboard users reach it with Tab) instead of widening a phone's page.
  <div aria-label="Bảng (cuộn ngang để xem hết)" className="table-scroll" role="region" tabIndex={0}>
    <table>
      <tbody>{nodesToJSX({ nodes: node.children })}</tbody>
    </table>
  </div>
)

const renderTableRow: JSXConverter<SerializedTableRowNode> = ({ node, nodesToJSX }) => <tr>{nodesToJSX({ nodes: node.children })}</tr>

const renderTableCell: JSXConverter<SerializedTableCellNode> = ({ node, nodesToJSX }) => {
  const children = nodesToJSX({ nodes: node.children })
  const state = typeof node.headerState === 'number' ? node.headerState : 0
  const colSpan = span(node.colSpan)
  const rowSpan = span(node.rowSpan)
  if (state & HEADS_COLUMN) {
    return (
      <th colSpan={colSpan} rowSpan={rowSpan} scope={colSpan ? 'colgroup' : 'col'}>
        {children}
      </th>
    )
  }
  if (state & HEADS_ROW) {
    return (
      <th colSpan={colSpan} rowSpan={rowSpan} scope={rowSpan ? 'rowgroup' : 'row'}>
        {children}
      </th>
    )
  }
  return (
    <td colSpan={colSpan} rowSpan={rowSpan}>
      {children}
    </td>
  )
}

const converters: JSXConvertersFunction = ({ defaultConverters }) => ({
  ...defaultConverters,
  heading: renderHeading,
  list: renderList,
  link: renderLink,
  autolink: renderLink,
  table: renderTable,
  tablerow: renderTableRow,
  tablecell: renderTableCell,
  upload: ({ node }) => {
    const media = node.value as Media | number
    if (typeof media !== 'object' || !media.mimeType?.startsWith('image/')) return null
    return (
      <figure className="article-figure">
        <MediaImage media={media} sizes="(max-width: 800px) 100vw, 760px" />
        {media.caption ? <figcaption>{media.caption}</figcaption> : null}
      </figure>
    )
  },
})

export function RichText({ data }: { data: Article['body'] }) {
  return <LexicalRichText className="article-body" converters={converters} data={data} />
}
