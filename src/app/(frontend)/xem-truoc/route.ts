import { draftMode } from 'next/headers'
import { redirect } from 'next/navigation'
import type { NextRequest } from 'next/server'

import { localPath } from '@/news/localPath'
import { currentStaff } from '@/news/preview'

const TEXT = { 'Content-Type': 'text/plain; charset=utf-8' }

/**
 * "Xem trước": staff only. Turns on draft mode and opens the public page with the latest draft; a target
 * off this site goes to the home page instead.
 */
export async function GET(request: NextRequest): Promise<Response> {
  const target = localPath(request.nextUrl.searchParams.get('duong-dan'), request.nextUrl.origin) ?? '/'
  const draft = await draftMode()
  if (!(await currentStaff(request.headers))) {
    draft.disable()
    return new Response('Chỉ cán bộ đã đăng nhập trang quản trị mới xem trước được bản nháp.', {
      status: 403,
      headers: TEXT,
    })
  }
  draft.enable()
  redirect(target)
}
