// HTML (an old portal's article, or a Word document through mammoth) to the article body's Lexical JSON,
// through Payload's own conversion (convertHTMLToLexical, with the article editor's features, tables
// included). Pictures are handed to `storeImage` first: each stored one becomes an upload node of the media
// collection, and one that cannot be stored is left out and named in `missing`.
import { convertHTMLToLexical, editorConfigFactory, type SanitizedServerEditorConfig } from '@payloadcms/richtext-lexical'
import { JSDOM } from 'jsdom'
import type { Payload } from 'payload'

import { articleBodyFeatures } from '@/collections/Articles/editor'
import type { Article } from '@/payload-types'

export type ArticleBody = Article['body']

/** A picture found in the HTML: its address (a URL, a path or a data: URL) and what describes it. */
export type FoundImage = { src: string; alt: string; caption?: string }

/** Stores a picture as media and gives its id, or gives a reason it could not. */
export type StoreImage = (image: FoundImage) => Promise<{ id: number | string } | { missing: string }>

/**
 * One jsdom window for the whole process: a window costs tens of milliseconds to build (most of an archive
 * item's time, twice per item before), a parsed document almost nothing. Documents parsed in it are
 * independent of one another; the window itself holds no page.
 */
let sharedWindow: JSDOM['window'] | undefined

/** `html` parsed as a page of its own (scripts are never run: the window has no script execution). */
export function parseHtml(html: string): Document {
  sharedWindow ??= new JSDOM('<!doctype html><title></title>').window
  return new sharedWindow.DOMParser().parseFromString(`<!doctype html><body>${html}</body>`, 'text/html')
}

/**
 * What convertHTMLToLexical asks for is a JSDOM class it builds from the HTML; handing it one that wraps the
 * document already parsed and cleaned spares a second parse of the same text.
 */
function jsdomOf(document: Document): typeof JSDOM {
  return class {
    window = { document }
  } as unknown as typeof JSDOM
}

const editorConfigs = new WeakMap<Payload, Promise<SanitizedServerEditorConfig>>()

function articleEditorConfig(payload: Payload): Promise<SanitizedServerEditorConfig> {
  let config = editorConfigs.get(payload)
  if (!config) {
    config = editorConfigFactory.fromFeatures({ config: payload.config, features: articleBodyFeatures })
    editorConfigs.set(payload, config)
  }
  return config
}

/** WordPress keeps captions as a shortcode and paragraphs as blank lines (its `wpautop` runs on display). */
export function expandWordPress(html: string): string {
  let text = html.replace(/\[caption[^\]]*\]([\s\S]*?)\[\/caption\]/g, (_, inner: string) => {
    const img = /<img[^>]*>/i.exec(inner)?.[0] ?? ''
    const caption = inner.replace(/<a[^>]*>|<\/a>|<img[^>]*>/gi, '').trim()
    return `<figure>${img}<figcaption>${caption}</figcaption></figure>`
  })
  if (!/<(p|div|table|ul|ol|h[1-6]|figure|blockquote)[\s>]/i.test(text)) {
    text = text
      .split(/\n\s*\n/)
      .map((paragraph) => paragraph.trim())
      .filter(Boolean)
      .map((paragraph) => `<p>${paragraph.replace(/\n/g, '<br>')}</p>`)
      .join('')
  }
  return text
}

const DROPPED = 'script, style, iframe, object, embed, noscript, template, link, meta, form, input, button, select, textarea'

function numericIds(node: unknown): void {
  if (!node || typeof node !== 'object') return
  const record = node as Record<string, unknown>
  if (record.type === 'upload' && typeof record.value === 'string' && /^\d+$/.test(record.value)) record.value = Number(record.value)
  if (Array.isArray(record.children)) for (const child of record.children) numericIds(child)
}

/**
 * The body for `html`, and the pictures left out. Scripts, frames and forms are dropped; a picture's alt text
 * comes from its alt, else its caption, else `fallbackAlt` (the article's title).
 */
export async function htmlToArticleBody(
  payload: Payload,
  html: string,
  storeImage: StoreImage,
  fallbackAlt: string,
): Promise<{ body: ArticleBody; missing: { src: string; reason: string }[]; imageIds: (number | string)[] }> {
  const document = parseHtml(expandWordPress(html))
  for (const element of Array.from(document.querySelectorAll(DROPPED))) element.remove()

  // Lexical reads scope="col" as its "header column" state, the opposite of what the page renders from it;
  // without scope it tells header rows and columns by position, which is what old tables mean.
  for (const th of Array.from(document.querySelectorAll('th[scope]'))) th.removeAttribute('scope')

  const missing: { src: string; reason: string }[] = []
  const imageIds: (number | string)[] = []
  for (const img of Array.from(document.querySelectorAll('img'))) {
    const src = img.getAttribute('src')?.trim() ?? ''
    const caption = img.closest('figure')?.querySelector('figcaption')?.textContent?.trim() || undefined
    const alt = img.getAttribute('alt')?.trim() || caption || img.getAttribute('title')?.trim() || fallbackAlt
    const stored = src ? await storeImage({ src, alt, caption }) : { missing: 'ảnh không có địa chỉ' }
    if ('id' in stored) {
      img.setAttribute('data-lexical-upload-relation-to', 'media')
      img.setAttribute('data-lexical-upload-id', String(stored.id))
      imageIds.push(stored.id)
    } else {
      missing.push({ src: src.startsWith('data:') ? `${src.slice(0, 30)}…` : src, reason: stored.missing })
      img.remove()
    }
  }
  // The caption travels with the picture (media's caption field); left in the text it would show twice.
  for (const figcaption of Array.from(document.querySelectorAll('figure figcaption'))) {
    if (figcaption.parentElement?.querySelector('img[data-lexical-upload-id]')) figcaption.remove()
  }

  const editorConfig = await articleEditorConfig(payload)
  const state = convertHTMLToLexical({ editorConfig, html: '', JSDOM: jsdomOf(document) })
  numericIds(state.root)
  if (state.root.children.length === 0) {
    state.root.children.push({ type: 'paragraph', version: 1, children: [], direction: null, format: '', indent: 0 } as never)
  }
  return { body: state as unknown as ArticleBody, missing, imageIds }
}
