import type { Article } from '@/payload-types'

/** "Lưu Quỳnh Liên - Chuyên viên Phòng CCHC-VTLT", as bylines read on the department's pages. */
export function bylineOf(article: Pick<Article, 'author'>): string | null {
  const author = typeof article.author === 'object' ? article.author : null
  if (!author) return null
  const unit = typeof author.unit === 'object' ? author.unit : null
  const role = [author.position, unit?.shortName].filter(Boolean).join(' ')
  return role ? `${author.name} - ${role}` : author.name
}

/** True when the body already shows this image, so the page does not show the cover twice. */
export function bodyShowsImage(article: Pick<Article, 'body'>, mediaId: number): boolean {
  return article.body.root.children.some((node) => {
    if (node.type !== 'upload') return false
    const value = node.value as { id?: number } | number | undefined
    return (typeof value === 'object' ? value?.id : value) === mediaId
  })
}
