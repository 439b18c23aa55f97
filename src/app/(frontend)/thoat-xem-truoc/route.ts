import { draftMode } from 'next/headers'
import { redirect } from 'next/navigation'
import type { NextRequest } from 'next/server'

/** Leaves preview and returns to the public version of the page. */
export async function GET(request: NextRequest): Promise<Response> {
  ;(await draftMode()).disable()
  const back = request.nextUrl.searchParams.get('duong-dan') ?? '/'
  redirect(back.startsWith('/') && !back.startsWith('//') ? back : '/')
}
