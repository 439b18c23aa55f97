'use client'
// The public site's link: Next's <Link> (client-side navigation) without its prefetch of every link that
// comes into view, which on a phone spends the reader's data and a slow CPU on pages they never open.
// A page is fetched ahead only when a reader with a mouse points at its link, on a connection that is
// neither slow nor saving data; a phone fetches it when tapped.
import Link from 'next/link'
import { useRouter } from 'next/navigation'
import type { ComponentProps, MouseEvent } from 'react'

type Props = ComponentProps<typeof Link>
type Connection = { saveData?: boolean; effectiveType?: string }

/** Whether pointing at a link is a reader's intent worth a fetch ahead. */
export function mayPrefetchOnHover(): boolean {
  if (!window.matchMedia('(hover: hover) and (pointer: fine)').matches) return false
  const connection = (navigator as Navigator & { connection?: Connection }).connection
  return !connection?.saveData && !/(^|-)2g$/.test(connection?.effectiveType ?? '')
}

export function ReaderLink({ prefetch, onMouseEnter, ...props }: Props) {
  const router = useRouter()
  const href = typeof props.href === 'string' ? props.href : null
  return (
    <Link
      {...props}
      prefetch={false}
      onMouseEnter={(event: MouseEvent<HTMLAnchorElement>) => {
        onMouseEnter?.(event)
        // prefetch={false} asks for no fetch ahead at all.
        if (href && prefetch !== false && mayPrefetchOnHover()) router.prefetch(href)
      }}
    />
  )
}
