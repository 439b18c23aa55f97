// Folds Vietnamese for matching: tone and vowel marks off, đ to d, lowercase. Done one UTF-16 unit at a
// time so that position i of the folded text is position i of the original: highlights can then be
// placed on the text as the author wrote it.

/** Tone and vowel marks off (NFD), and đ/Đ to d, which no Unicode decomposition does. Case is kept. */
export const stripMarks = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[đĐ]/g, 'd')

const foldUncached = (char: string): string => {
  const base = stripMarks(char)
  // A character that folds to more or less than one (rare ligatures) keeps its place as a space.
  return base.length === 1 ? base.toLowerCase() : ' '
}

/**
 * Each UTF-16 unit's fold, filled as units are first met (0: not yet). Texts use a few hundred distinct
 * characters, and search snippets fold whole bodies: one typed-array read per character, into a typed array
 * decoded once, is about four times faster than a map lookup and a string grown a character at a time.
 * Surrogates fold to spaces, so an astral character (an emoji) keeps its two places as two spaces.
 */
const unitFolds = new Uint16Array(65536)
for (let code = 0; code < 128; code++) unitFolds[code] = code >= 65 && code <= 90 ? code + 32 : code

const foldUnit = (code: number): number => {
  let result = unitFolds[code]
  if (result === 0 && code !== 0) {
    result = code >= 0xd800 && code <= 0xdfff ? 32 : foldUncached(String.fromCharCode(code)).charCodeAt(0)
    unitFolds[code] = result
  }
  return result
}

const utf16 = new TextDecoder('utf-16le')
/** A typed array holds its units in the machine's byte order: the decoder reads little-endian ones. */
const littleEndian = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1
const decodeUnits = (units: Uint16Array): string => {
  if (littleEndian) return utf16.decode(units)
  let text = ''
  for (let i = 0; i < units.length; i += 8192) text += String.fromCharCode(...units.subarray(i, i + 8192))
  return text
}

/** Folded text with the same length as the (NFC) input. */
export function foldAligned(text: string): string {
  const normal = text.normalize('NFC')
  const units = new Uint16Array(normal.length)
  for (let i = 0; i < normal.length; i++) units[i] = foldUnit(normal.charCodeAt(i))
  return decodeUnits(units)
}

/** Folded text for indexing and queries: "ĐÁNH GIÁ" and "danh gia" both become "danh gia". */
export function fold(text: string): string {
  return foldAligned(text).replace(/\s+/g, ' ').trim()
}

/** The words of a folded text: letters and digits only, so no query can carry FTS syntax. */
export function words(folded: string): string[] {
  return folded.match(/[a-z0-9]+/g) ?? []
}
