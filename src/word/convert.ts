// A Word document (.docx) to an article draft: mammoth turns it into clean HTML (headings, paragraphs,
// bold/italic/underline, lists, links, tables, pictures; Word's styling noise left behind), then Payload's
// HTML-to-Lexical conversion makes the body (src/archive/html.ts). Every picture is checked before anything
// is written, so a document with a bad picture creates nothing.
import { createHash } from 'node:crypto'

import mammoth from 'mammoth'
import type { Payload, PayloadRequest } from 'payload'

import { htmlToArticleBody, parseHtml } from '@/archive/html'
import { imageProblem, storeMedia } from '@/archive/images'
import { inTransaction } from '@/database/transaction'

import { MAX_WORD_BYTES, WordImportError } from './errors'

export { MAX_WORD_BYTES, WordImportError }

const EXTENSIONS: Record<string, string> = { 'image/jpeg': '.jpg', 'image/png': '.png', 'image/gif': '.gif', 'image/webp': '.webp' }
const IMAGE_SRC = 'word-image:'

type WordPicture = { data: Buffer; contentType: string; alt: string }

/** A .docx is a zip whose parts include word/document.xml: checked by its bytes, not its name. */
function looksLikeDocx(data: Buffer): boolean {
  return data.length > 30 && data.readUInt32LE(0) === 0x04034b50 && data.includes('word/document')
}

/** The document as HTML, its pictures, and its first heading (proposed as the title, and taken out of the body). */
export async function readWordDocument(data: Buffer): Promise<{ title?: string; html: string; pictures: WordPicture[] }> {
  if (data.length > MAX_WORD_BYTES) throw new WordImportError('Tệp quá lớn: tài liệu Word tối đa 20 MB.', 413)
  if (!looksLikeDocx(data))
    throw new WordImportError('Tệp này không phải tài liệu Word (.docx). Hãy mở tệp bằng Word và lưu lại dưới dạng .docx.')
  const pictures: WordPicture[] = []
  let html: string
  try {
    const result = await mammoth.convertToHtml(
      { buffer: data },
      {
        // Word's "Title" style is a heading too; mammoth leaves underline out unless asked.
        styleMap: ['p[style-name="Title"] => h1:fresh', 'u => u'],
        convertImage: mammoth.images.imgElement(async (image) => {
          const alt = (image as typeof image & { altText?: string }).altText?.trim() ?? ''
          pictures.push({ data: await image.readAsBuffer(), contentType: image.contentType, alt })
          return { src: `${IMAGE_SRC}${pictures.length - 1}` }
        }),
      },
    )
    html = result.value
  } catch {
    throw new WordImportError('Không đọc được tài liệu Word (.docx): tệp bị hỏng hoặc không đúng định dạng.')
  }
  const document = parseHtml(html)
  const heading = document.querySelector('h1, h2, h3, h4, h5, h6')
  const title = heading?.textContent?.replace(/\s+/g, ' ').trim() || undefined
  if (title) heading!.remove()
  html = document.body.innerHTML
  return { title, html, pictures }
}

/**
 * Creates a draft article from a .docx, as the signed-in user of `req`, in one transaction: the pictures go to
 * the media library, and the draft's id is returned. Refusals are WordImportErrors with a Vietnamese message.
 */
export async function importWordDocument(
  payload: Payload,
  req: PayloadRequest,
  { data, filename }: { data: Buffer; filename: string },
): Promise<{ id: number; title: string; pictures: { id: number; alt: string }[] }> {
  const { title: heading, html, pictures } = await readWordDocument(data)
  for (const [index, picture] of pictures.entries()) {
    const problem = await imageProblem(picture.data)
    if (problem) throw new WordImportError(`Ảnh thứ ${index + 1} trong tài liệu không dùng được: ${problem}`)
  }
  const title = (heading ?? filename.replace(/\.docx$/i, '').trim()).slice(0, 300) || 'Bài viết từ Word'
  const hash = createHash('sha1').update(data).digest('hex').slice(0, 10)

  return inTransaction(payload, req, async (inside) => {
    const stored: { id: number; alt: string }[] = []
    const { body } = await htmlToArticleBody(
      payload,
      html,
      async ({ src, alt }) => {
        const index = Number(src.slice(IMAGE_SRC.length))
        const picture = src.startsWith(IMAGE_SRC) ? pictures[index] : undefined
        if (!picture) return { missing: 'ảnh không có trong tài liệu' }
        const pictureAlt = picture.alt || alt
        const id = await storeMedia(payload, inside, {
          data: picture.data,
          filename: `word-${hash}-${index + 1}${EXTENSIONS[picture.contentType] ?? '.jpg'}`,
          alt: pictureAlt,
        })
        stored.push({ id: Number(id), alt: pictureAlt })
        return { id }
      },
      title,
    )
    const article = await payload.create({
      collection: 'articles',
      data: { title, body, _status: 'draft' },
      draft: true,
      req: inside,
      overrideAccess: false,
      depth: 0,
    })
    return { id: article.id, title, pictures: stored }
  })
}
