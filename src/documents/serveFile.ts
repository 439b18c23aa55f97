// How a document's file goes out: with the type its content was judged to be, its original Vietnamese name
// (RFC 6266 / RFC 5987: an ASCII fallback and the UTF-8 name), and nosniff. A PDF asked for with
// `?xem=1` opens in the browser's own viewer (inline, framed by this site's pages only); anything else downloads.
import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import path from 'node:path'
import { Readable } from 'node:stream'

import type { CollectionConfig, PayloadRequest, TypeWithID } from 'payload'

import { stripMarks } from '@/search/normalize'

type UploadHandler = NonNullable<NonNullable<Exclude<CollectionConfig['upload'], boolean | undefined>['handlers']>>[number]

/** Where the files of documents are served by Payload, and where the server lets this site frame a PDF. */
export const DOCUMENT_FILES_PATH = '/api/documents/file/'

/** `attachment; filename="Quyet dinh 15.pdf"; filename*=UTF-8''Quy%E1%BA%BFt%20%C4%91%E1%BB%8Bnh%2015.pdf` */
export function contentDisposition(name: string, inline = false): string {
  const ascii =
    stripMarks(name)
      .replace(/[^\x20-\x7e]/g, '_')
      .replace(/["\\]/g, '_') || 'van-ban'
  const encoded = encodeURIComponent(name).replace(/['()*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`)
  return `${inline ? 'inline' : 'attachment'}; filename="${ascii}"; filename*=UTF-8''${encoded}`
}

type Described = { originalName?: string | null; mimeType?: string | null; filename?: string | null }

async function describe(req: PayloadRequest, doc: TypeWithID | boolean, filename: string): Promise<Described | null> {
  if (doc && typeof doc === 'object' && 'filename' in doc) return doc as Described
  // Staff are let through without a document being looked up: find it by its stored name.
  const found = await req.payload.db.findOne<Described & TypeWithID>({
    collection: 'documents',
    req,
    where: { filename: { equals: filename } },
  })
  return found ?? null
}

export function downloadHeaders(file: Described, inlineAsked: boolean): Headers {
  const mimeType = file.mimeType || 'application/octet-stream'
  const inline = inlineAsked && mimeType === 'application/pdf'
  const headers = new Headers({
    'Content-Type': mimeType,
    'Content-Disposition': contentDisposition(file.originalName || file.filename || 'van-ban', inline),
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'private, max-age=0, must-revalidate',
  })
  return headers
}

async function serve(req: PayloadRequest, args: Parameters<UploadHandler>[1]): Promise<Response | undefined> {
  const file = await describe(req, args.doc as TypeWithID | boolean, args.params.filename)
  if (!file) return
  const headers = downloadHeaders(file, req.searchParams?.get('xem') === '1')

  // A bucket (S3_BUCKET) serves the bytes: its handler runs, and its answer gets these headers.
  const collection = req.payload.collections.documents.config
  const others = (typeof collection.upload === 'object' ? (collection.upload.handlers ?? []) : []).filter(
    (handler) => handler !== serveDocumentFile,
  )
  for (const handler of others) {
    const answer = await handler(req, args)
    if (answer instanceof Response) {
      const merged = new Headers(answer.headers)
      headers.forEach((value, name) => merged.set(name, value))
      return new Response(answer.body, { status: answer.status, headers: merged })
    }
  }

  const staticDir = typeof collection.upload === 'object' ? collection.upload.staticDir : undefined
  if (!staticDir) return
  const dir = path.resolve(staticDir)
  const filePath = path.resolve(dir, args.params.filename)
  if (!filePath.startsWith(dir + path.sep)) return
  const stats = await stat(filePath).catch(() => null)
  if (!stats?.isFile()) return
  headers.set('Content-Length', String(stats.size))
  const body = req.method === 'HEAD' ? null : (Readable.toWeb(createReadStream(filePath)) as ReadableStream<Uint8Array>)
  return new Response(body, { status: 200, headers })
}

// Payload's type says Promise<Response> | Promise<void>; answering nothing (undefined) lets its own handling go on.
export const serveDocumentFile: UploadHandler = (req, args) => serve(req, args) as Promise<Response>
