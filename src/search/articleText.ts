import type { Article } from '@/payload-types'

type LexicalNode = { type?: string; text?: string; children?: LexicalNode[] }

/** The readable text of a Lexical body, a paragraph per line. */
export function bodyText(body: Article['body'] | null | undefined): string {
  const lines: string[] = []
  const walk = (node: LexicalNode): string =>
    node.type === 'text' ? (node.text ?? '') : (node.children ?? []).map(walk).join(node.type === 'root' ? '\n' : '')
  for (const block of (body?.root.children ?? []) as LexicalNode[]) {
    const line = walk(block).trim()
    if (line) lines.push(line)
  }
  return lines.join('\n')
}

/** What search reads of an article, as the author wrote it. */
export function searchableFields(article: Article) {
  const author = typeof article.author === 'object' ? article.author : null
  const category = typeof article.category === 'object' ? article.category : null
  return {
    title: article.title,
    summary: article.summary ?? '',
    body: bodyText(article.body),
    author: author ? [author.name, author.position].filter(Boolean).join(' ') : '',
    category: category?.name ?? '',
  }
}
