// Uploads are pictures by their content, within the size limits (bytes and pixels), and published without their EXIF.
import { readFileSync } from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'
import sharp from 'sharp'
import { beforeAll, describe, expect, it, vi } from 'vitest'

import { NOT_AN_IMAGE } from '@/uploads/checkImage'
import { MAX_UPLOAD_BYTES } from '@/uploads/limits'

import { testPayload } from '../helpers/payload'

let payload: Payload
beforeAll(async () => {
  payload = await testPayload()
})

const upload = (data: Buffer, name: string, mimetype: string) =>
  payload.create({ collection: 'media', data: { alt: `Tệp thử ${name}` }, file: { data, name, mimetype, size: data.length } })

describe('uploads', () => {
  it('refuses an SVG, even one that calls itself a PNG', async () => {
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><rect width="10" height="10"/></svg>')
    await expect(upload(svg, 'logo.svg', 'image/svg+xml')).rejects.toThrow(NOT_AN_IMAGE)
    await expect(upload(svg, 'logo.png', 'image/png')).rejects.toThrow(NOT_AN_IMAGE)
  })

  it('refuses a PHP file named .jpg', async () => {
    const php = Buffer.from('<?php system($_GET["c"]); ?>')
    await expect(upload(php, 'anh.jpg', 'image/jpeg')).rejects.toThrow(NOT_AN_IMAGE)
  })

  it('refuses a 50 MB file with the limit in the message', async () => {
    await expect(upload(Buffer.alloc(50 * 1024 * 1024, 1), 'lon.jpg', 'image/jpeg')).rejects.toThrow(
      'Ảnh quá lớn: tối đa 10 MB, tệp này 50 MB.',
    )
  })

  it('keeps a real photo and drops its EXIF, GPS position included', async () => {
    const photo = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#3a7' } })
      .jpeg()
      .withExif({ IFD0: { Make: 'May anh thu' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '22/1 29/1 0/1' } })
      .toBuffer()
    expect((await sharp(photo).metadata()).exif).toBeDefined()
    const doc = await upload(photo, 'hoi-nghi.jpg', 'image/jpeg')
    const stored = readFileSync(path.join(process.env.MEDIA_DIR!, doc.filename!))
    const metadata = await sharp(stored).metadata()
    expect(metadata.format).toBe('jpeg')
    expect(metadata.exif).toBeUndefined()
    expect(doc.width).toBe(64)
  })

  /** A PNG of one colour: tiny on disk, width × height × 3 bytes once decoded. */
  const plainPng = (width: number, height: number) =>
    sharp({ create: { width, height, channels: 3, background: '#fff' }, limitInputPixels: false })
      .png()
      .toBuffer()
  const storedNamed = (name: string) => payload.count({ collection: 'media', where: { filename: { equals: name } } })

  it('refuses an image bomb (400 million pixels in about a megabyte) with the limit in the message', async () => {
    const bomb = await plainPng(20_000, 20_000)
    expect(bomb.length).toBeLessThan(MAX_UPLOAD_BYTES)
    await expect(upload(bomb, 'bom.png', 'image/png')).rejects.toMatchObject({
      status: 413,
      message: 'Ảnh quá lớn: tối đa 40 triệu điểm ảnh (ảnh này 400 triệu).',
    })
    expect((await storedNamed('bom.png')).totalDocs).toBe(0)
  })

  it("refuses a picture just over 40 million pixels, below sharp's own limit, before anything decodes it", async () => {
    // 48 million pixels: sharp alone (268 million) would decode it, about 150 MB, and Payload would then resize it.
    const big = await plainPng(8_000, 6_000)
    const decoded = vi.spyOn(sharp.prototype, 'toBuffer')
    try {
      await expect(upload(big, 'lon.png', 'image/png')).rejects.toMatchObject({
        status: 413,
        message: 'Ảnh quá lớn: tối đa 40 triệu điểm ảnh (ảnh này 48 triệu).',
      })
      expect(decoded).not.toHaveBeenCalled()
    } finally {
      decoded.mockRestore()
    }
    expect((await storedNamed('lon.png')).totalDocs).toBe(0)
  })

  it('keeps an ordinary 800 × 600 photo, with its sizes', async () => {
    const photo = await sharp({ create: { width: 800, height: 600, channels: 3, background: '#36c' } })
      .jpeg()
      .toBuffer()
    const doc = await upload(photo, 'anh-thuong.jpg', 'image/jpeg')
    expect([doc.width, doc.height]).toEqual([800, 600])
    expect(doc.sizes?.thumbnail?.width).toBe(400)
    expect(readFileSync(path.join(process.env.MEDIA_DIR!, doc.filename!)).length).toBeGreaterThan(0)
  })

  it("bounds Payload's own sharp (resizing, cropping) by the same limit", async () => {
    const big = await plainPng(8_000, 6_000)
    await expect(payload.config.sharp!(big).toBuffer()).rejects.toThrow(/pixel limit/)
    await expect(payload.config.sharp!(big, { animated: false }).resize(100).toBuffer()).rejects.toThrow(/pixel limit/)
  })
})
