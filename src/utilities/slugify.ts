/**
 * Folds Vietnamese text to an ASCII slug: strips tone and vowel marks (NFD), maps đ/Đ to d
 * (no Unicode decomposition does), lowercases, and joins words with hyphens.
 */
export function slugify(text: string, maxLength = 128): string {
  const folded = text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
  if (folded.length <= maxLength) return folded
  const cut = folded.slice(0, maxLength)
  const lastHyphen = cut.lastIndexOf('-')
  return (lastHyphen > maxLength / 2 ? cut.slice(0, lastHyphen) : cut).replace(/-+$/, '')
}
