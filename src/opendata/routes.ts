// The open-data files' answers, for the route handlers under /du-lieu-mo.
import configPromise from '@payload-config'
import { getPayload } from 'payload'

import { siteUrl } from '@/env'

import { dcatCatalog, lastChanges } from './catalog'
import { csvResponse, jsonResponse, toCsv } from './csv'
import { listRegister, REGISTER_COLUMNS } from './documents'
import { listAllScoreRecords, SCORE_COLUMNS, scoreRows } from './scores'

const payloadNow = () => getPayload({ config: configPromise })

export async function scoresFile(format: 'csv' | 'json'): Promise<Response> {
  const rows = scoreRows(await listAllScoreRecords(await payloadNow()))
  return format === 'csv' ? csvResponse(toCsv(SCORE_COLUMNS, rows), 'ket-qua-chi-so.csv') : jsonResponse(rows)
}

export async function registerFile(format: 'csv' | 'json'): Promise<Response> {
  const rows = await listRegister(await payloadNow(), siteUrl())
  return format === 'csv' ? csvResponse(toCsv(REGISTER_COLUMNS, rows), 'van-ban.csv') : jsonResponse(rows)
}

export async function catalogFile(): Promise<Response> {
  const origin = siteUrl()
  return jsonResponse(dcatCatalog(origin, await lastChanges(await payloadNow())), 'application/ld+json')
}
