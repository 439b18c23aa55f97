// Raw reads for tests that look at tables Payload does not describe (the counters'), on either database.
// Statements are written with `?` placeholders; on PostgreSQL they become $1, $2 … and bigints numbers.
import type { Payload } from 'payload'

import { postgresPoolOf, sqliteClientOf } from '@/database/clients'
import { databaseKind } from '@/database/kind'

const INT8 = 20

export async function queryRows(payload: Payload, sql: string, args: Array<string | number> = []): Promise<Array<Record<string, unknown>>> {
  if (onPostgres()) {
    let n = 0
    const result = await postgresPoolOf(payload).query(
      sql.replace(/\?/g, () => `$${++n}`),
      args,
    )
    const bigints = result.fields.filter((field) => field.dataTypeID === INT8).map((field) => field.name)
    return result.rows.map((row: Record<string, unknown>) =>
      Object.fromEntries(Object.entries(row).map(([key, value]) => [key, bigints.includes(key) && value !== null ? Number(value) : value])),
    )
  }
  return (await sqliteClientOf(payload).execute({ sql, args })).rows
}

/** Whether this test file runs on PostgreSQL (see isolatedDatabase.ts). */
export const onPostgres = () => databaseKind() === 'postgres'
