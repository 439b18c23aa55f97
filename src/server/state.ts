// What this server process keeps exactly once. Next bundles the route handlers, the pages and Payload's
// hooks apart from each other and from the server (scripts/run.mjs bundles that), so a module-level
// variable would exist once per bundle; these live on globalThis instead, under the names below, and
// nowhere else. Each is created on first use by the module that owns it.

/** Every singleton of the process: its name on globalThis (`__portal` + name), and whose it is. */
export const SINGLETONS = {
  /** How the process was started (src/server/index.ts): the pipeline is in front of Next. */
  Server: 'src/server/index.ts',
  /** The per-address sign-in brake, shared by the server and the users collection's hooks. */
  SignInLimiter: 'src/server/signInLimit.ts',
  /** Public pages answered from memory; installed by the server, cleared from Next's bundles. */
  PageCache: 'src/server/pageCache.ts',
  /** The search page's read (src/search/pageData.ts), offered by Next's bundle to the server's fast path. */
  SearchPageData: 'src/search/pageData.ts',
  /** Search results remembered for a short time; cleared with the page cache (src/server/contentCaches.ts). */
  SearchResults: 'src/search/resultCache.ts',
  /** Work to finish before the process exits (the counters' last write). */
  ShutdownTasks: 'src/server/shutdown.ts',
  /** The view and visitor counter, and the admins' counter settings. */
  Counter: 'src/analytics/index.ts',
  /** The weather line's last reading and settings. */
  Weather: 'src/weather/index.ts',
  /** PostgreSQL: the connection that announces and hears cache expiries. */
  Broadcast: 'src/news/broadcast.ts',
  /** SQLite: the transaction other writes wait for (an import). */
  WriteGate: 'src/database/writeGate.ts',
  /** Old addresses → new ones, answered by the pipeline from memory. */
  Redirects: 'src/redirects/table.ts',
  /** When the redirects and articles were last compared with the database (another process may import). */
  RedirectRefresh: 'src/redirects/refresh.ts',
  /** PostgreSQL: the connection holding the scheduled-jobs lock. */
  JobLeader: 'src/database/jobLeader.ts',
  /** The Prometheus registry and the portal's metrics, fed from the server and from Next's bundles alike. */
  Metrics: 'src/operations/metrics.ts',
  /** Audit entries being written after their action (awaited by tests and on shutdown). */
  AuditWriter: 'src/audit/record.ts',
  /** Citizens' questions per address an hour (Hỏi đáp). */
  QuestionLimiter: 'src/questions/limit.ts',
  /** Plain form POSTs to /hoi-dap, read by the server and handed to the page that answers them. */
  QuestionPosts: 'src/server/questionPost.ts',
} as const

export type SingletonName = keyof typeof SINGLETONS

const slots = globalThis as unknown as Record<string, unknown>

/** The process's one `name`, created by `create` the first time it is asked for. */
export function singleton<T>(name: SingletonName, create: () => T): T {
  const key = `__portal${name}`
  if (!(key in slots)) slots[key] = create()
  return slots[key] as T
}

/** Replaces (or, with undefined, removes) the process's one `name`. */
export function setSingleton<T>(name: SingletonName, value: T | undefined): void {
  const key = `__portal${name}`
  if (value === undefined) delete slots[key]
  else slots[key] = value
}

/** The process's one `name` if it exists yet. */
export function peekSingleton<T>(name: SingletonName): T | undefined {
  return slots[`__portal${name}`] as T | undefined
}
