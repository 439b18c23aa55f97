import { draftMode } from 'next/headers'
import { redirect } from 'next/navigation'
import type { NextRequest } from 'next/server'

import { currentStaff } from '@/news/preview'

const REFUSED = 'Chỉ cán bộ đã đăng nhập trang quản trị mới xem trước được bản nháp.'

/** "Xem trước": staff only. Turns on draft mode and opens the public page with the latest draft. */
export async function GET(request: NextRequest): Promise<Response> {
  const target = request.nextUrl.searchParams.get('duong-dan') ?? ''
  // Only paths on this site: no protocol-relative or absolute URLs that would send staff elsewhere.
  if (!target.startsWith('/') || target.startsWith('//')) {
    return new Response('Đường dẫn xem trước không hợp lệ.', { status: 400 })
  }
  const draft = await draftMode()
  if (!(await currentStaff(request.headers))) {
    draft.disable()
    return new Response(REFUSED, { status: 403, headers: { 'Content-Type': 'text/plain; charset=utf-8' } })
  }
  draft.enable()
  redirect(target)
}
