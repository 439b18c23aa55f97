// Keeps the server's redirect table (./table.ts) in step with the database, and the public pages in step
// with articles written by another process (an archive import, `npm run import`, on the same database):
// every 15 s one small query per collection compares the count and the newest change with the last look,
// and only a difference reloads the redirects or expires the cached article pages. Changes made inside the
// server reload at once (the redirects' own hooks call `refreshRedirectsSoon`).
import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, Payload } from 'payload'

import { TAGS } from '@/news/tags'
import { expireInManifest } from '@/news/tagsManifest'
import { clearPageCache } from '@/server/pageCache'
import { singleton } from '@/server/state'

import { buildRedirectTable, installRedirectTable, type StoredRedirect } from './table'

export const REFRESH_INTERVAL_MS = 15_000

type Refresher = { payload?: Payload; redirects?: string; articles?: string; timer?: NodeJS.Timeout; pending?: Promise<void> }

const state = () => singleton<Refresher>('RedirectRefresh', () => ({}))

/** Count and newest change of a collection: changes when a document is added, edited or removed. */
async function signature(payload: Payload, collection: 'redirects' | 'articles'): Promise<string> {
  const { docs, totalDocs } = await payload.find({
    collection,
    limit: 1,
    sort: '-updatedAt',
    depth: 0,
    select: { updatedAt: true },
    pagination: true,
  })
  return `${totalDocs}:${docs[0]?.updatedAt ?? ''}`
}

/** Reads every redirect (with its article's slug) and installs the collapsed table. */
export async function loadRedirects(payload: Payload): Promise<number> {
  const { docs } = await payload.find({
    collection: 'redirects',
    pagination: false,
    depth: 1,
    populate: { articles: { slug: true } },
    select: { from: true, to: true },
  })
  const table = buildRedirectTable(docs as unknown as StoredRedirect[])
  installRedirectTable(table)
  // The server answers a remembered page before it looks for a redirect: a path that has just become a
  // redirect must not be served from memory as the page it was.
  clearPageCache()
  return table.size
}

async function look(payload: Payload): Promise<void> {
  const current = state()
  const [redirects, articles] = await Promise.all([signature(payload, 'redirects'), signature(payload, 'articles')])
  const articlesChanged = current.articles !== undefined && articles !== current.articles
  // An article's new slug changes where its redirects lead.
  if (redirects !== current.redirects || articlesChanged) {
    await loadRedirects(payload)
    current.redirects = redirects
  }
  // The first look only notes where things stand; pages cached before the start are expired at boot.
  if (articlesChanged) {
    expireInManifest([TAGS.articles, TAGS.site])
    clearPageCache()
  }
  current.articles = articles
}

function lookOnce(payload: Payload, log: (message: string) => void): Promise<void> {
  const current = state()
  current.pending ??= look(payload)
    .catch((error: unknown) => log(`Không tải được bảng chuyển hướng: ${String(error)}`))
    .finally(() => (current.pending = undefined))
  return current.pending
}

/** Loads the table now and then looks again every 15 s, for as long as the server runs. */
export async function startRedirectRefresh(payload: Payload, log: (message: string) => void): Promise<void> {
  const current = state()
  current.payload = payload
  await lookOnce(payload, log)
  if (!current.timer) {
    current.timer = setInterval(() => void lookOnce(payload, log), REFRESH_INTERVAL_MS)
    current.timer.unref()
  }
}

/** A redirect was saved or deleted in this process: the table is reloaded without waiting for the next look. */
export function refreshRedirectsSoon(payload: Payload): void {
  const current = state()
  if (!current.payload) return // not a server (a script or a test): nothing answers from memory here
  current.redirects = undefined
  setTimeout(() => void lookOnce(payload, (message) => payload.logger.warn(message)), 50).unref()
}

export const reloadAfterRedirectChange: CollectionAfterChangeHook = ({ doc, req }) => {
  refreshRedirectsSoon(req.payload)
  return doc
}

export const reloadAfterRedirectDelete: CollectionAfterDeleteHook = ({ doc, req }) => {
  refreshRedirectsSoon(req.payload)
  return doc
}
