import { HYDRATE_MARKER } from '@/server/hydrateMarker'

/**
 * Rendered beside a client component that must be hydrated (the Hỏi đáp form): the page is then sent with
 * React's runtime. Public pages without it go out as plain HTML (src/server/leanPages.ts).
 */
export function KeepsReact() {
  return <template {...{ [HYDRATE_MARKER]: '' }} />
}
