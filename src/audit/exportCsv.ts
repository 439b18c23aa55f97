// GET /api/audit-log/export: the trail as CSV for admins, with the same `where` the admin's list filters put in
// its URL. Bounded (at most MAX_ROWS entries, newest first); ISO times in UTC; a BOM so Excel reads Vietnamese.
import type { PayloadHandler, Where } from 'payload'

import { isAdmin } from '@/access/isAdmin'

import { MAX_EXPORT_ROWS } from './exportLimits'
import { AUDIT_SLUG } from './record'

const COLUMNS = [
  'createdAt',
  'action',
  'userId',
  'userEmail',
  'clientAddress',
  'targetCollection',
  'targetId',
  'title',
  'changedFields',
  'detail',
] as const

/** One CSV cell: quoted when needed, and never read as a formula by a spreadsheet. */
export function csvCell(value: unknown): string {
  let text = value == null ? '' : String(value)
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

export const exportAuditCsv: PayloadHandler = async (req) => {
  if (!isAdmin({ req })) return Response.json({ errors: [{ message: 'Chỉ quản trị viên được xuất nhật ký hệ thống.' }] }, { status: 403 })
  const query = req.query as { where?: Where; search?: unknown } | undefined
  const given = query?.where && typeof query.where === 'object' ? query.where : undefined
  // The list's search box (a person's email, a title), as the list itself applies it.
  const search = typeof query?.search === 'string' ? query.search.trim().slice(0, 200) : ''
  const searched: Where | undefined = search ? { or: [{ userEmail: { like: search } }, { title: { like: search } }] } : undefined
  const where: Where | undefined = given && searched ? { and: [given, searched] } : (given ?? searched)
  let docs: Record<string, unknown>[]
  try {
    const result = await req.payload.find({
      collection: AUDIT_SLUG,
      where,
      sort: '-createdAt',
      limit: MAX_EXPORT_ROWS,
      pagination: false,
      depth: 0,
      overrideAccess: false,
      user: req.user,
      req,
    })
    docs = result.docs as unknown as Record<string, unknown>[]
  } catch (error) {
    const message = error instanceof Error ? error.message : 'Bộ lọc không hợp lệ.'
    return Response.json({ errors: [{ message: `Bộ lọc không hợp lệ: ${message}` }] }, { status: 400 })
  }
  const lines = [COLUMNS.join(','), ...docs.map((doc) => COLUMNS.map((column) => csvCell(doc[column])).join(','))]
  const stamp = new Date().toISOString().slice(0, 10)
  return new Response(`\uFEFF${lines.join('\r\n')}\r\n`, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="nhat-ky-he-thong-${stamp}.csv"`,
      'Cache-Control': 'no-store',
      'X-Total-Rows': String(docs.length),
    },
  })
}
