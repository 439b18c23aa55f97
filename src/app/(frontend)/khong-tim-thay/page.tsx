// The 404 page's content as a page of its own. Next answers a page that calls notFound() with an empty
// document (`<html id="__next_error__">`) and the 404 content only in React's data, drawn by the browser:
// sent without React's runtime, that page would be blank. The server sends this page's HTML in its place,
// still with the 404 status (src/server/leanPages.ts).
import type { Metadata } from 'next'

import NotFound from '../not-found'

export const metadata: Metadata = { title: 'Không tìm thấy trang', robots: { index: false } }

export default function NotFoundPage() {
  return <NotFound />
}
