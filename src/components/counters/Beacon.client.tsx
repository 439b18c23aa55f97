'use client'
// Sends one beacon per page a person reaches by client-side navigation. The page the browser loaded was
// counted by the inline script (./beaconScript.ts) before React ran; its `send` (browser id, beacon,
// figures shown) is the one used here too, so the rules live in one place.
import { usePathname } from 'next/navigation'
import { useEffect } from 'react'

type BeaconWindow = Window & { __ltvSentFor?: string; __ltvBeacon?: () => void }

export function Beacon() {
  const pathname = usePathname()
  useEffect(() => {
    const page = window as BeaconWindow
    // The page the browser loaded was counted by the inline script already.
    if (page.__ltvSentFor === pathname) {
      page.__ltvSentFor = undefined // coming back to this page later counts as usual
      return
    }
    page.__ltvBeacon?.()
  }, [pathname])
  return null
}
