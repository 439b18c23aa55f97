// Renders an article body. Links keep only safe schemes; images come with their caption.
import {
  type JSXConvertersFunction,
  RichText as LexicalRichText,
} from '@payloadcms/richtext-lexical/react'

import type { Article, Media } from '@/payload-types'

import { MediaImage } from './MediaImage'

const SAFE_HREF = /^(https?:|mailto:|tel:|\/|#)/i

/** Drops javascript:, data:, vbscript: and anything else that is not a plain web, mail or phone link. */
export function safeHref(url: unknown): string | undefined {
  if (typeof url !== 'string') return undefined
  // Browsers ignore control characters and whitespace inside a scheme ("java\tscript:"), so strip them first.
  // eslint-disable-next-line no-control-regex
  const compact = url.replace(/[\u0000-\u0020\u007f-\u009f]/g, '')
  return SAFE_HREF.test(compact) ? url.trim() : undefined
}

const converters: JSXConvertersFunction = ({ defaultConverters }) => ({
  ...defaultConverters,
  link: ({ node, nodesToJSX }) => {
    const children = nodesToJSX({ nodes: node.children })
    const href = node.fields.linkType === 'internal' ? undefined : safeHref(node.fields.url)
    if (!href) return <span>{children}</span>
    const newTab = Boolean(node.fields.newTab)
    return (
      <a href={href} rel={newTab ? 'noopener noreferrer' : undefined} target={newTab ? '_blank' : undefined}>
        {children}
      </a>
    )
  },
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
