// Builds Lexical editor state from plain paragraphs, for seeds and tests that write articles without the editor.
import { randomUUID } from 'node:crypto'

import type { Article } from '@/payload-types'

export type RichText = Article['body']
export type BodyBlock = string | { uploadId: number }

/** A Lexical text node: plain text, no formatting. */
export function textNode(text: string) {
  return { type: 'text', version: 1, text, format: 0, style: '', mode: 'normal', detail: 0 }
}

/** A Lexical paragraph of the given inline nodes (text, links). */
export function paragraphOf(children: object[]) {
  return {
    type: 'paragraph',
    version: 1,
    direction: 'ltr' as const,
    format: '' as const,
    indent: 0,
    textFormat: 0,
    textStyle: '',
    children,
  }
}

const paragraph = (text: string) => paragraphOf([textNode(text)])

function upload(mediaId: number) {
  return {
    type: 'upload',
    version: 3,
    format: '' as const,
    id: randomUUID(),
    fields: null,
    relationTo: 'media',
    value: mediaId,
  }
}

/** A Lexical document of the given blocks (paragraphs, images). */
export function documentOf(children: object[]): RichText {
  return { root: { type: 'root', version: 1, direction: 'ltr', format: '', indent: 0, children: children as RichText['root']['children'] } }
}

/** Paragraph text and images, in reading order, as a Lexical document. */
export function richTextFrom(blocks: BodyBlock[]): RichText {
  return documentOf(blocks.map((block) => (typeof block === 'string' ? paragraph(block) : upload(block.uploadId))))
}
