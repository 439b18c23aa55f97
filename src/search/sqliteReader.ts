// The search's reads on SQLite, off the server's thread. libsql runs a statement synchronously on the thread
// that calls it: a search's full-text queries (about 2 ms, up to 20 ms for the rare ones) held up every other
// request of the process while they ran, and 16 readers searching at once queued behind each other on one
// core while the machine's second core stood idle. Here a worker thread holds a read-only connection of its
// own to the same file and runs them; the server's thread sends each statement and goes on with other work.
//
// Hand-written: libsql's client (what Payload's adapter uses) has no way to run on another thread, and Node's
// worker_threads is all it takes. The worker's code is a string (run with `eval`), so that Next's bundler,
// Vitest and the scripts' esbuild all carry it as it is; it loads `libsql` from the project's node_modules.
//
// Only for a database in a file (WAL mode lets the two connections read while the other writes); a search
// sees every write committed before it, as it did on the server's own connection. If the worker cannot start
// or fails, searches read on the server's own connection again, and the worker is tried again later.
import type { Worker } from 'node:worker_threads'

import type { Payload } from 'payload'

import { sqliteAdapterOf, type SqliteClient, sqliteClientOf } from '@/database/clients'
import { startThread } from '@/server/threads'

/** What the finder needs of a connection: one statement, its rows by column name. */
export type SqliteReader = { execute(statement: { sql: string; args: unknown[] }): Promise<{ rows: Array<Record<string, unknown>> }> }

const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads')
const Database = require('node:module').createRequire(workerData.root + '/package.json')('libsql')
const db = new Database(workerData.file)
db.exec('PRAGMA query_only = ON')
db.exec('PRAGMA busy_timeout = 5000')
const prepared = new Map()
parentPort.on('message', ({ id, sql, args }) => {
  try {
    let statement = prepared.get(sql)
    if (!statement) {
      statement = db.prepare(sql)
      if (prepared.size < 200) prepared.set(sql, statement)
    }
    parentPort.postMessage({ id, rows: statement.all(...args) })
  } catch (error) {
    parentPort.postMessage({ id, error: String((error && error.message) || error), code: error && error.code })
  }
})
`

/** The reader's young generation, in MB (three halves: 1 MB each). */
const YOUNG_GENERATION_MB = 3

/** After a worker fails, searches read on the server's thread this long before a new worker is tried. */
const RETRY_AFTER_MS = 10_000

/** The worker failed or stopped: what it was asked is asked of the server's own connection instead. */
class WorkerStopped extends Error {
  constructor(reason: string) {
    super(`The search reader stopped: ${reason}`)
  }
}

type Pending = { resolve: (rows: Array<Record<string, unknown>>) => void; reject: (error: Error) => void }

class WorkerReader implements SqliteReader {
  private worker: Worker | undefined
  private failedAt = 0
  private nextId = 0
  private readonly pending = new Map<number, Pending>()

  constructor(
    private readonly file: string,
    private readonly fallback: SqliteClient,
    private readonly onFailure: (error: Error) => void,
  ) {}

  async execute(statement: { sql: string; args: unknown[] }) {
    const worker = this.started()
    if (worker) {
      try {
        return { rows: await this.ask(worker, statement) }
      } catch (error) {
        // A statement's own error (a missing table, a busy database) is the search's; a worker that
        // stopped is not: the statement runs again on the server's own connection.
        if (!(error instanceof WorkerStopped)) throw error
      }
    }
    const { rows } = await this.fallback.execute({ sql: statement.sql, args: statement.args as never })
    return { rows: rows as unknown as Array<Record<string, unknown>> }
  }

  private ask(worker: Worker, statement: { sql: string; args: unknown[] }): Promise<Array<Record<string, unknown>>> {
    const id = this.nextId++
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject })
      worker.postMessage({ id, sql: statement.sql, args: statement.args })
    })
  }

  private started(): Worker | undefined {
    if (this.worker) return this.worker
    if (Date.now() - this.failedAt < RETRY_AFTER_MS) return undefined
    try {
      const worker = startThread(WORKER_SOURCE, {
        eval: true,
        workerData: { root: process.cwd(), file: this.file },
        // Its objects live for one statement and are then sent: a small young generation is all it needs.
        youngGenerationMb: YOUNG_GENERATION_MB,
      })
      // The worker never keeps a process alive (a script, a test) that has nothing else to do.
      worker.unref()
      worker.on(
        'message',
        ({ id, rows, error, code }: { id: number; rows?: Array<Record<string, unknown>>; error?: string; code?: string }) => {
          const waiting = this.pending.get(id)
          this.pending.delete(id)
          if (!waiting) return
          if (error === undefined) waiting.resolve(rows ?? [])
          else waiting.reject(Object.assign(new Error(error), { code }))
        },
      )
      const fail = (cause: Error) => {
        if (this.worker !== worker) return
        const error = cause instanceof WorkerStopped ? cause : new WorkerStopped(cause.message)
        this.onFailure(error)
        this.worker = undefined
        this.failedAt = Date.now()
        for (const waiting of this.pending.values()) waiting.reject(error)
        this.pending.clear()
        void worker.terminate()
      }
      worker.on('error', fail)
      worker.on('exit', (code) => fail(new WorkerStopped(`exit code ${code}`)))
      this.worker = worker
      return worker
    } catch (error) {
      this.failedAt = Date.now()
      this.onFailure(error as Error)
      return undefined
    }
  }
}

/** One reader per database file, for the life of the process (or of Next's bundle). */
const readers = new Map<string, WorkerReader>()

/**
 * The connection a search reads through: a worker's, for a database in a file, else the server's own.
 * `SEARCH_READER=off` keeps every read on the server's own connection.
 */
export function searchReaderFor(url: string | undefined, client: SqliteClient, onFailure: (error: Error) => void): SqliteReader {
  const file = url?.startsWith('file:') ? url.slice('file:'.length).split('?')[0] : undefined
  if (!file || file.includes(':memory:') || file.includes('mode=memory') || process.env.SEARCH_READER === 'off') {
    return client as unknown as SqliteReader
  }
  let reader = readers.get(file)
  if (!reader) {
    reader = new WorkerReader(file, client, onFailure)
    readers.set(file, reader)
  }
  return reader
}

/** The reader of `payload`'s database, for the articles' search. */
export function searchReaderOf(payload: Payload): SqliteReader {
  return searchReaderFor(sqliteAdapterOf(payload).clientConfig.url, sqliteClientOf(payload), (error) =>
    payload.logger.error({ err: error, msg: 'Luồng đọc tìm kiếm dừng; tạm tìm trên kết nối chính, sẽ thử lại sau ít giây.' }),
  )
}
