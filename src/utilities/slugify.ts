import { stripMarks } from '@/search/normalize'

/** Folds Vietnamese text to an ASCII slug: marks off, đ to d, lowercase, words joined with hyphens. */
export function slugify(text: string, maxLength = 128): string {
  const folded = stripMarks(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
  if (folded.length <= maxLength) return folded
  const cut = folded.slice(0, maxLength)
  const lastHyphen = cut.lastIndexOf('-')
  return (lastHyphen > maxLength / 2 ? cut.slice(0, lastHyphen) : cut).replace(/-+$/, '')
}
