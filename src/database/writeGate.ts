// SQLite lets one connection write at a time, and its wait for the lock is synchronous: a save made while
// an import's transaction (./transaction.ts, on a connection of its own) holds the lock would stop the
// whole server for the busy timeout (5 s), then fail. Instead, while such a transaction is open, every
// other write through Payload waits for it, without blocking the server, and then goes ahead.
import type { CollectionBeforeOperationHook, Config, GlobalBeforeChangeHook, PayloadRequest } from 'payload'

import { singleton } from '@/server/state'

type Gate = { open?: { id: string; done: Promise<void> } }

const gate = () => singleton<Gate>('WriteGate', () => ({}))

/**
 * Closes the gate for every write but those of one transaction, whose id is given once it has begun.
 * Call `reopen` when the transaction has ended, however it ended.
 */
export function closeGate(): { admit(id: string): void; reopen(): void } {
  let reopen!: () => void
  const done = new Promise<void>((resolve) => (reopen = resolve))
  const state = gate()
  const open = { id: '\u0000beginning', done }
  state.open = open
  void done.then(() => {
    if (state.open === open) state.open = undefined
  })
  return { admit: (id) => void (open.id = id), reopen }
}

async function waitUnlessInside(req: PayloadRequest): Promise<void> {
  // Several in a row: another transaction may open as soon as one ends.
  for (let open = gate().open; open && req.transactionID !== open.id; open = gate().open) await open.done
}

const WRITES = new Set(['create', 'update', 'updateByID', 'delete', 'deleteByID', 'login', 'forgotPassword', 'resetPassword', 'unlock'])

export const waitForOpenTransaction: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (WRITES.has(operation)) await waitUnlessInside(req)
  return args
}

export const waitForOpenTransactionGlobal: GlobalBeforeChangeHook = async ({ data, req }) => {
  await waitUnlessInside(req)
  return data
}

/** Puts the wait in front of every collection's and global's writes. */
export function writeGate(config: Config): Config {
  return {
    ...config,
    collections: (config.collections ?? []).map((collection) => ({
      ...collection,
      hooks: { ...collection.hooks, beforeOperation: [waitForOpenTransaction, ...(collection.hooks?.beforeOperation ?? [])] },
    })),
    globals: (config.globals ?? []).map((global) => ({
      ...global,
      hooks: { ...global.hooks, beforeChange: [waitForOpenTransactionGlobal, ...(global.hooks?.beforeChange ?? [])] },
    })),
  }
}
