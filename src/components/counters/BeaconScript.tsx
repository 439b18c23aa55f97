import { BEACON_SCRIPT } from './beaconScript'

/** The page's own beacon (see ./beaconScript.ts), inline so it needs no request and waits for no bundle. */
export function BeaconScript() {
  // A constant of this file, no content in it.
  return <script dangerouslySetInnerHTML={{ __html: BEACON_SCRIPT }} />
}
