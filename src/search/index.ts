// Search, whatever the database: SQLite's FTS5 (./sqlite.ts) or PostgreSQL's full-text search (./postgres.ts),
// picked once. The articles' hooks import this module, which the config imports: it takes `payload` from its
// callers and never imports the config (the public search page reads through src/news/search.ts).
import { forDatabase } from '@/database/kind'

import { postgresSearch } from './postgres'
import type { SearchIndex } from './searchIndex'
import { sqliteSearch } from './sqlite'

export type { SearchHit, SearchResult, SearchSort } from './results'
export type { SearchIndex, SearchOptions } from './searchIndex'

export { SEARCH_PER_PAGE } from './searchPage'

const search: SearchIndex = forDatabase({ sqlite: sqliteSearch, postgres: postgresSearch })

export const { indexArticle, removeArticle, clearIndex, searchArticles } = search
