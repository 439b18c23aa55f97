import type { Endpoint } from 'payload'

import { isStaff } from '@/access/isStaff'
import { MAX_WORD_BYTES, WordImportError } from '@/word/errors'

const json = (body: unknown, status: number) => Response.json(body, { status, headers: { 'Cache-Control': 'no-store' } })

// The form's boundary and field headers come on top of the file itself.
const MAX_REQUEST_BYTES = MAX_WORD_BYTES + 64 * 1024

/**
 * POST /api/articles/nhap-word, multipart with `file`: a .docx becomes a draft article (201 `{ id, title,
 * pictures }`). Staff only; over 20 MB, not a .docx, or a picture that is not a real image: 4xx, nothing created.
 */
export const importWordEndpoint: Endpoint = {
  path: '/nhap-word',
  method: 'post',
  handler: async (req) => {
    if (!isStaff({ req })) return json({ message: 'Bạn cần đăng nhập bằng tài khoản biên tập để nhập bài từ Word.' }, 403)
    const length = Number(req.headers.get('content-length') ?? NaN)
    if (!Number.isFinite(length)) return json({ message: 'Yêu cầu thiếu độ dài (Content-Length).' }, 411)
    if (length > MAX_REQUEST_BYTES) return json({ message: 'Tệp quá lớn: tài liệu Word tối đa 20 MB.' }, 413)
    if (!req.headers.get('content-type')?.includes('multipart/form-data')) {
      return json({ message: 'Hãy gửi tệp Word trong trường "file" (multipart/form-data).' }, 400)
    }
    let file: FormDataEntryValue | null = null
    try {
      file = (await req.formData?.())?.get('file') ?? null
    } catch {
      return json({ message: 'Không đọc được tệp gửi lên.' }, 400)
    }
    if (!file || typeof file === 'string') return json({ message: 'Chưa chọn tệp Word (.docx) trong trường "file".' }, 400)
    try {
      // Loaded on the first import only: mammoth and jsdom would otherwise slow every server's start.
      const { importWordDocument } = await import('@/word/convert')
      const result = await importWordDocument(req.payload, req, { data: Buffer.from(await file.arrayBuffer()), filename: file.name })
      return json(result, 201)
    } catch (error) {
      if (error instanceof WordImportError) return json({ message: error.message }, error.status)
      throw error
    }
  },
}
