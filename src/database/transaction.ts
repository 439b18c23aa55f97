// One transaction around several Local API calls, on either database: writes that must be whole (an
// import) are made in it, and a failure anywhere undoes all of them, hooks' writes included.
import { createLocalReq, type Payload, type PayloadRequest } from 'payload'

import { sessionOf } from './clients'
import { databaseKind, forDatabase } from './kind'
import { postgresTransactions } from './postgres'
import { sqliteTransactions } from './sqlite'
import { closeGate } from './writeGate'

/** How one database opens and ends a transaction registered as a Payload session (ids as in req.transactionID). */
export type Transactions = {
  begin(payload: Payload): Promise<string>
  commit(payload: Payload, id: string): Promise<void>
  rollback(payload: Payload, id: string): Promise<void>
}

/**
 * Runs `work` in one transaction and commits when it returns, or rolls back if it throws. `work` gets a
 * request carrying the transaction: every Local API call must be given it (`req`) to join. A request that is
 * already in a transaction is used as it is, and its owner commits.
 */
export async function inTransaction<T>(
  payload: Payload,
  req: PayloadRequest | undefined,
  work: (req: PayloadRequest) => Promise<T>,
): Promise<T> {
  if (req && (await sessionOf(payload, req))) return work(req)
  const transactions = forDatabase({ sqlite: sqliteTransactions, postgres: postgresTransactions })
  const inside = req ?? (await createLocalReq({}, payload))
  const outside = inside.transactionID
  // SQLite: other writes wait for this transaction without blocking the server (./writeGate.ts).
  const gate = databaseKind() === 'sqlite' ? closeGate() : undefined
  let id: string
  try {
    // One transaction at a time on SQLite: a second waits here for the first.
    id = await transactions.begin(payload)
  } catch (error) {
    gate?.reopen()
    throw error
  }
  gate?.admit(id)
  inside.transactionID = id
  try {
    const result = await work(inside)
    await transactions.commit(payload, id)
    return result
  } catch (error) {
    // Payload may have rolled back already (an operation that fails ends the request's transaction).
    await transactions.rollback(payload, id)
    throw error
  } finally {
    gate?.reopen()
    if (outside === undefined) delete inside.transactionID
    else inside.transactionID = outside
  }
}
