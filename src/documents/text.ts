// The folded text a document is found by, and the key that makes a number unique per issuing body.
import { fold, words } from '@/search/normalize'

type Searchable = {
  title?: string | null
  typeName?: string
  number?: string | null
  summary?: string | null
  issuer?: string | null
  signer?: string | null
  field?: string | null
}

/**
 * "Quyết định 15/2024/QĐ-UBND …" becomes " quyet dinh 15 2024 qd ubnd …": folded, letters and digits only,
 * one space before every word. A reader's query is matched word by word at the start of a word
 * (a prefix query of the search index), so "quyet dinh 15" finds number 15 and 150, never 115 or 2015.
 */
export function documentSearchText(doc: Searchable): string {
  const text = fold([doc.title, doc.number, doc.summary, doc.issuer, doc.signer, doc.field].filter(Boolean).join(' '))
  // Bounded: metadata, not a body; it is copied into the search index (src/documents/searchIndex.ts).
  return ` ${words(text).join(' ')}`.slice(0, MAX_SEARCH_TEXT)
}

const MAX_SEARCH_TEXT = 2_400

/** One body, one number: "15/2024/QĐ-UBND" and "15/2024/qđ-ubnd " from "UBND tỉnh Lào Cai" are the same. */
export const duplicateKey = (number: string, issuer: string): string => `${fold(number).replace(/\s+/g, '')}|${fold(issuer)}`
