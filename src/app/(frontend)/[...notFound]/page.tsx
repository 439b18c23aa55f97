import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

export const metadata: Metadata = { title: 'Không tìm thấy trang' }

// Any path the site does not know renders the Vietnamese 404 inside the site's layout.
export default function UnknownPage() {
  notFound()
}
