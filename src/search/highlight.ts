import { foldAligned } from './normalize'

export type Segment = { text: string; match: boolean }

/** Splits text into plain and matched parts, matching folded words at word starts whatever the accents. */
export function highlight(text: string, terms: string[]): Segment[] {
  const folded = foldAligned(text)
  const ranges: Array<[number, number]> = []
  for (const term of new Set(terms)) {
    if (!term) continue
    let from = 0
    for (let at = folded.indexOf(term, from); at !== -1; at = folded.indexOf(term, from)) {
      const startsWord = at === 0 || !/[a-z0-9]/.test(folded[at - 1])
      if (startsWord) ranges.push([at, at + term.length])
      from = at + term.length
    }
  }
  ranges.sort((a, b) => a[0] - b[0])
  const segments: Segment[] = []
  let cursor = 0
  for (const [start, end] of ranges) {
    if (start < cursor) continue
    if (start > cursor) segments.push({ text: text.slice(cursor, start), match: false })
    segments.push({ text: text.slice(start, end), match: true })
    cursor = end
  }
  if (cursor < text.length) segments.push({ text: text.slice(cursor), match: false })
  return segments
}

/**
 * About `length` characters of text around its first match, cut at spaces, with the matches marked. `cut`:
 * the text is only the start of a longer one; then the snippet is the one the whole text would give, or
 * null when that start does not hold it (no match in it, or one too near its end).
 */
export function snippet(text: string, terms: string[], length = 240, cut = false): Segment[] | null {
  if (text.length <= length) return cut ? null : highlight(text, terms)
  const first = firstMatch(text, terms)
  if (cut && !Number.isFinite(first)) return null
  let start = Number.isFinite(first) ? Math.max(0, first - Math.floor(length / 3)) : 0
  if (start > 0) {
    const space = text.indexOf(' ', start)
    if (space < 0 && cut) return null
    start = space + 1 || start
  }
  let end = Math.min(text.length, start + length)
  if (cut && end >= text.length) return null
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end)
    if (space > start) end = space
  }
  const segments = highlight(text.slice(start, end), terms)
  if (start > 0) segments.unshift({ text: '… ', match: false })
  if (end < text.length) segments.push({ text: ' …', match: false })
  return segments
}

/** Characters folded at a time while looking for the first match: bodies run to pages, most matches come early. */
const FOLD_CHUNK = 2048

/**
 * Where the first of the terms starts in the folded text, or Infinity: folded a chunk at a time, stopping at
 * the chunk that holds a match (folding a whole body for each hit was a sixth of a search's time). Each
 * chunk overlaps the next by a term's length, so a match across two chunks is found in the first.
 */
export function firstMatch(text: string, terms: string[]): number {
  const wanted = [...new Set(terms)].filter(Boolean)
  if (wanted.length === 0) return Infinity
  const overlap = Math.max(...wanted.map((term) => term.length)) - 1
  for (let from = 0; from < text.length; from += FOLD_CHUNK) {
    const folded = foldAligned(text.slice(from, from + FOLD_CHUNK + overlap))
    const at = Math.min(...wanted.map((term) => folded.indexOf(term)).filter((found) => found >= 0), Infinity)
    if (at !== Infinity) return from + at
  }
  return Infinity
}
