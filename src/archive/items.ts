// What one article of an old archive is, whatever file it came from, and how the file's kind is told.
import { open } from 'node:fs/promises'

export type ArchiveFormat = 'wxr' | 'rss' | 'atom' | 'csv'

export type ArchiveItem = {
  /** The guid, or else the old URL: what makes a second import update instead of duplicating. */
  key?: string
  oldUrl?: string
  title: string
  date?: Date
  author?: string
  category?: string
  summary?: string
  html: string
  /** Pictures named beside the body (CSV's image column, an enclosure, WordPress's featured image): the first is the cover. */
  images: string[]
  views?: number
  status: 'published' | 'draft'
  /** Set when the item is not an article (a WordPress page or menu entry), or could not be read. */
  skip?: string
}

/**
 * A copy of `text` that holds nothing of the chunk of the file it was cut from. V8 keeps a sliced string's
 * whole parent alive: one title or guid kept until the end of an import (the duplicate check, the report)
 * kept its quarter-megabyte chunk of the file in memory, and a 20,000-item export ran out of memory.
 */
export const detached = (text: string): string => Buffer.from(text, 'utf8').toString('utf8')

/** Reads the first few kilobytes: XML archives are told apart by their root and WordPress's namespace. */
export async function detectFormat(file: string): Promise<ArchiveFormat> {
  const handle = await open(file, 'r')
  try {
    const buffer = Buffer.alloc(16 * 1024)
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0)
    const head = buffer
      .subarray(0, bytesRead)
      .toString('utf8')
      .replace(/^\uFEFF/, '')
    const start = head.trimStart()
    if (!start.startsWith('<')) return 'csv'
    const root = /<(?!\?|!)([A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)/.exec(start.replace(/<!--[\s\S]*?-->/g, ''))
    const name = root?.[2]?.toLowerCase()
    if (name === 'feed') return 'atom'
    if (name === 'rss') return /wordpress\.org\/export\//.test(head) ? 'wxr' : 'rss'
    throw new Error(`Không nhận ra tệp: gốc XML <${root?.[0]?.slice(1) ?? '?'}> không phải RSS, Atom hay WordPress (WXR).`)
  } finally {
    await handle.close()
  }
}

const VIETNAM_OFFSET = '+07:00'

/** Dates as archives write them: ISO, RFC 822 (RSS), WordPress's "2019-05-01 03:00:00", or 17/4/2024 [08:30] in Vietnam time. */
export function parseArchiveDate(text: string | undefined, { utc = false } = {}): Date | undefined {
  const value = text?.trim()
  if (!value || value.startsWith('0000-00-00')) return undefined
  const vietnamese = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/.exec(value)
  if (vietnamese) {
    const [, day, month, year, hour = '0', minute = '0', second = '0'] = vietnamese
    const pad = (n: string) => n.padStart(2, '0')
    return validDate(new Date(`${year}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}:${pad(second)}${VIETNAM_OFFSET}`))
  }
  const plain = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}(?::\d{2})?)$/.exec(value)
  if (plain) return validDate(new Date(`${plain[1]}T${plain[2]}${utc ? 'Z' : VIETNAM_OFFSET}`))
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return validDate(new Date(`${value}T00:00:00${VIETNAM_OFFSET}`))
  return validDate(new Date(value))
}

function validDate(date: Date): Date | undefined {
  return Number.isNaN(date.getTime()) ? undefined : date
}

/** A view count as written: "1.234", "1,234" or "1234" are all one thousand two hundred and thirty-four. */
export function parseViews(text: string | undefined): number | undefined {
  const digits = text?.trim().replace(/[.,\s]/g, '')
  if (!digits || !/^\d{1,12}$/.test(digits)) return undefined
  return Number(digits)
}
