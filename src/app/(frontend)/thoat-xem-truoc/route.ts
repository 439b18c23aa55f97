import { draftMode } from 'next/headers'
import { redirect } from 'next/navigation'
import type { NextRequest } from 'next/server'

import { localPath } from '@/news/localPath'

/** Leaves preview and returns to the public version of the page (on this site only). */
export async function GET(request: NextRequest): Promise<Response> {
  ;(await draftMode()).disable()
  redirect(localPath(request.nextUrl.searchParams.get('duong-dan'), request.nextUrl.origin) ?? '/')
}
