// Pictures of an imported article, stored as media: read from a folder next to the archive file, or fetched
// from their address when that host answers. The stored file is named after where it came from, so a second
// import finds it again instead of storing a copy.
import { createHash } from 'node:crypto'
import { readFile, stat } from 'node:fs/promises'
import path from 'node:path'

import type { Payload, PayloadRequest } from 'payload'
import sharp from 'sharp'

import { NOT_AN_IMAGE, tooManyPixels } from '@/uploads/checkImage'
import { limitedSharp, MAX_INPUT_PIXELS, MAX_UPLOAD_BYTES } from '@/uploads/limits'
import { slugify } from '@/utilities/slugify'

import type { FoundImage, StoreImage } from './html'

const FETCH_TIMEOUT_MS = 10_000
const MIME_BY_EXTENSION: Record<string, string> = {
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.png': 'image/png',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
}

/** The file name a source gets in the media library: readable, and the same on every run. */
export function mediaFilename(src: string): string {
  const withoutQuery = src.startsWith('data:') ? 'anh' : src.split(/[?#]/)[0]
  const base = path.posix.basename(withoutQuery)
  const extension = path.extname(base).toLowerCase()
  const stem = slugify(base.slice(0, base.length - extension.length), 60) || 'anh'
  const hash = createHash('sha1').update(src).digest('hex').slice(0, 10)
  return `${stem}-${hash}${MIME_BY_EXTENSION[extension] ? extension : '.jpg'}`
}

async function readLocal(file: string): Promise<Buffer | undefined> {
  try {
    const info = await stat(file)
    if (!info.isFile() || info.size > MAX_UPLOAD_BYTES) return undefined
    return await readFile(file)
  } catch {
    return undefined
  }
}

/** Places a picture may be on disk: its path inside the folder, or its file name directly in the folder. */
function localCandidates(src: string, folder: string): string[] {
  let pathname = src
  if (/^https?:\/\//i.test(src)) {
    try {
      pathname = new URL(src).pathname
    } catch {
      return []
    }
  }
  try {
    pathname = decodeURIComponent(pathname.split(/[?#]/)[0])
  } catch {
    // kept as written
  }
  const inside = path.resolve(folder, `.${path.posix.sep}${path.posix.normalize(`/${pathname}`)}`)
  const candidates = inside.startsWith(folder + path.sep) ? [inside] : []
  candidates.push(path.join(folder, path.posix.basename(pathname)))
  return candidates
}

async function fetchImage(src: string): Promise<Buffer | string> {
  try {
    const response = await fetch(src, { signal: AbortSignal.timeout(FETCH_TIMEOUT_MS), redirect: 'follow' })
    if (!response.ok) return `máy chủ trả lời ${response.status}`
    const length = Number(response.headers.get('content-length') ?? 0)
    if (length > MAX_UPLOAD_BYTES) return 'ảnh quá lớn'
    const data = Buffer.from(await response.arrayBuffer())
    return data.length > MAX_UPLOAD_BYTES ? 'ảnh quá lớn' : data
  } catch (error) {
    return `không tải được (${error instanceof Error ? error.message : String(error)})`
  }
}

function decodeDataUrl(src: string): Buffer | undefined {
  const match = /^data:image\/[a-z0-9.+-]+;base64,([a-z0-9+/=\s]+)$/i.exec(src)
  return match ? Buffer.from(match[1], 'base64') : undefined
}

const ACCEPTED = new Set(['jpeg', 'png', 'webp', 'gif', 'heif'])

/**
 * Why the media collection would refuse these bytes (src/uploads/checkImage.ts), asked first: a refused create
 * ends the item's whole transaction, and a picture that cannot be stored should only be reported.
 */
export async function imageProblem(data: Buffer): Promise<string | undefined> {
  if (data.length > MAX_UPLOAD_BYTES) return 'ảnh quá lớn (tối đa 10 MB)'
  try {
    const metadata = await sharp(data, { animated: true, limitInputPixels: false }).metadata()
    if (!metadata.format || !ACCEPTED.has(metadata.format)) return NOT_AN_IMAGE
    const pixels = (metadata.width ?? 0) * (metadata.height ?? 0)
    if (pixels > MAX_INPUT_PIXELS) return tooManyPixels(pixels)
    const animated = metadata.format === 'gif' || metadata.format === 'webp'
    await limitedSharp(data, { animated }).rotate().toBuffer()
    return undefined
  } catch {
    return NOT_AN_IMAGE
  }
}

export type ImageStoreOptions = {
  /** The folder next to the archive file, where its pictures may be. */
  folder?: string
  /** Fetch pictures by their URL when they are not in the folder (default: yes). */
  fetchRemote?: boolean
}

/** Stores `data` as media under `filename`, or finds it when a previous import already did. */
export async function storeMedia(
  payload: Payload,
  req: PayloadRequest,
  { data, filename, alt, caption }: { data: Buffer; filename: string; alt: string; caption?: string },
): Promise<number | string> {
  const existing = await payload.find({
    collection: 'media',
    where: { filename: { equals: filename } },
    limit: 1,
    depth: 0,
    req,
    overrideAccess: true,
  })
  if (existing.docs[0]) return existing.docs[0].id
  const mimetype = MIME_BY_EXTENSION[path.extname(filename).toLowerCase()] ?? 'image/jpeg'
  const media = await payload.create({
    collection: 'media',
    data: { alt: alt.slice(0, 500), caption: caption?.slice(0, 500) },
    file: { data, mimetype, name: filename, size: data.length },
    req,
    overrideAccess: true,
  })
  return media.id
}

/** The image store for one item of an archive import, inside the item's transaction. */
export function archiveImageStore(payload: Payload, req: PayloadRequest, options: ImageStoreOptions): StoreImage {
  return async ({ src, alt, caption }: FoundImage) => {
    let data: Buffer | undefined
    if (src.startsWith('data:')) data = decodeDataUrl(src)
    else if (options.folder) {
      for (const candidate of localCandidates(src, options.folder)) {
        data = await readLocal(candidate)
        if (data) break
      }
    }
    if (!data && /^https?:\/\//i.test(src)) {
      if (options.fetchRemote === false) return { missing: 'không có trong thư mục ảnh' }
      const fetched = await fetchImage(src)
      if (typeof fetched === 'string') return { missing: fetched }
      data = fetched
    }
    if (!data) return { missing: 'không tìm thấy tệp ảnh' }
    const problem = await imageProblem(data)
    if (problem) return { missing: problem }
    return { id: await storeMedia(payload, req, { data, filename: mediaFilename(src), alt, caption }) }
  }
}
