'use client'
// Sends one beacon per page a person reaches by client-side navigation, then shows the fresh figures it gets
// back. The page the browser loaded was counted by the inline script (./beaconScript.ts) before React ran.
import { usePathname } from 'next/navigation'
import { useEffect } from 'react'

import { formatInteger } from '@/utilities/format'

import { BROWSER_ID_KEY as STORAGE_KEY } from './beaconScript'

/** A random id kept in this browser: first-party, nothing personal in it. None where storage is off. */
function browserId(): string | undefined {
  try {
    let id = window.localStorage.getItem(STORAGE_KEY)
    if (!id) {
      const bytes = crypto.getRandomValues(new Uint8Array(16))
      id = btoa(String.fromCharCode(...bytes))
        .replace(/\+/g, '-')
        .replace(/\//g, '_')
        .replace(/=+$/, '')
      window.localStorage.setItem(STORAGE_KEY, id)
    }
    return id
  } catch {
    return undefined
  }
}

function show(figures: Record<string, unknown>): void {
  for (const element of document.querySelectorAll<HTMLElement>('[data-figure]')) {
    const value = figures[element.dataset.figure ?? '']
    if (typeof value === 'number') element.textContent = formatInteger(value)
  }
}

async function send(): Promise<void> {
  const marker = document.querySelector<HTMLElement>('[data-article-id]')
  if (document.querySelector('[data-preview]')) return
  const articleId = marker ? Number(marker.dataset.articleId) : undefined
  const response = await fetch('/api/luot-xem', {
    method: 'POST',
    keepalive: true,
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ visitorId: browserId(), articleId }),
  })
  if (response.ok) show((await response.json()) as Record<string, unknown>)
}

export function Beacon() {
  const pathname = usePathname()
  useEffect(() => {
    // The page the browser loaded was counted by the inline script already.
    const loaded = window as Window & { __ltvSentFor?: string }
    if (loaded.__ltvSentFor === pathname) {
      loaded.__ltvSentFor = undefined // coming back to this page later counts as usual
      return
    }
    // A page the browser prerenders is not read yet: wait until it is shown.
    const doc = document as Document & { prerendering?: boolean }
    if (doc.prerendering) {
      const onShow = () => void send().catch(() => undefined)
      document.addEventListener('prerenderingchange', onShow, { once: true })
      return () => document.removeEventListener('prerenderingchange', onShow)
    }
    void send().catch(() => undefined)
  }, [pathname])
  return null
}
