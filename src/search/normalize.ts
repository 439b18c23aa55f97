// Folds Vietnamese for matching: tone and vowel marks off, đ to d, lowercase. Done one character at a
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

/** Texts use a few hundred distinct characters: each is folded once (search snippets fold whole bodies). */
const folded = new Map<string, string>()

const foldChar = (char: string): string => {
  const code = char.charCodeAt(0)
  if (code < 128) return code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : char
  let result = folded.get(char)
  if (result === undefined) {
    result = foldUncached(char)
    if (folded.size < 10_000) folded.set(char, result)
  }
  return result
}

/** Folded text with the same length as the (NFC) input. */
export function foldAligned(text: string): string {
  let out = ''
  for (const char of text.normalize('NFC')) out += char.length === 1 ? foldChar(char) : ' '.repeat(char.length)
  return out
}

/** Folded text for indexing and queries: "ĐÁNH GIÁ" and "danh gia" both become "danh gia". */
export function fold(text: string): string {
  return foldAligned(text).replace(/\s+/g, ' ').trim()
}

/** The words of a folded text: letters and digits only, so no query can carry FTS syntax. */
export function words(folded: string): string[] {
  return folded.match(/[a-z0-9]+/g) ?? []
}
