// Uploads are pictures by their content, within the size limit, and published without their EXIF.
import { readFileSync } from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'
import sharp from 'sharp'
import { beforeAll, describe, expect, it } from 'vitest'

import { NOT_AN_IMAGE } from '@/uploads/checkImage'

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
})
