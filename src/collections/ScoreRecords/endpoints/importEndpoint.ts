import type { Endpoint } from 'payload'

import { hasRole } from '@/access/roles'
import { importScoreRecords } from '@/scores/import'

const MAX_IMPORT_BYTES = 1024 * 1024

const json = (body: unknown, status: number) => Response.json(body, { status })

/**
 * POST /api/score-records/import with `{ filename, content }`: all records or none. 201 with what was
 * created; 400 with a line-by-line report of what was refused; 403 for anyone but editors and admins.
 */
export const importEndpoint: Endpoint = {
  path: '/import',
  method: 'post',
  handler: async (req) => {
    if (!hasRole(req.user, 'admin', 'editor')) {
      return json({ message: 'Chỉ biên tập viên và quản trị viên được nhập số liệu.' }, 403)
    }
    const length = Number(req.headers.get('content-length') ?? 0)
    if (length > MAX_IMPORT_BYTES) return json({ message: 'Tệp quá lớn (tối đa 1 MB).' }, 413)
    let body: { filename?: unknown; content?: unknown }
    try {
      body = (await req.json?.()) ?? {}
    } catch {
      return json({ message: 'Yêu cầu không đúng định dạng JSON.' }, 400)
    }
    if (typeof body.filename !== 'string' || typeof body.content !== 'string') {
      return json({ message: 'Thiếu tên tệp (filename) hoặc nội dung tệp (content).' }, 400)
    }
    if (body.content.length > MAX_IMPORT_BYTES) return json({ message: 'Tệp quá lớn (tối đa 1 MB).' }, 413)
    const result = await importScoreRecords(req.payload, { name: body.filename, content: body.content }, req)
    return result.ok ? json(result, 201) : json(result, 400)
  },
}
