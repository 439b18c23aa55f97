// Counts each sign-in try against the client's address and the account it names (see src/security/signInLimit.ts).
import { APIError, type CollectionAfterOperationHook, type CollectionBeforeOperationHook, type PayloadRequest } from 'payload'

import { metrics } from '@/operations/metrics'
import { addressGroup, pinnedAddress } from '@/server/clientAddress'
import { getSignInLimiter, limiterKey, SIGN_IN_PATH, TOO_MANY_TRIES } from '@/server/signInLimit'

/** Only tries from the outside are braked: the Local API (scripts, tests, the seed) has no client. */
function signInKey(req: PayloadRequest): string | null {
  if (req.payloadAPI !== 'REST') return null
  // The server pins X-Forwarded-For to the one address it trusts before Next sees the request.
  const address = pinnedAddress(req.headers)
  return address ? limiterKey(SIGN_IN_PATH, addressGroup(address)) : null
}

const accountOf = (data: unknown) => {
  const email = (data as { email?: unknown } | undefined)?.email
  return typeof email === 'string' ? email.trim().toLowerCase() : ''
}

export const brakeSignIn: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'login') return args
  const key = signInKey(req)
  if (!key) return args
  const limiter = getSignInLimiter()
  // Tries that arrive together passed the server's check together: the later ones stop here.
  const wait = limiter.waitSeconds(key)
  if (wait > 0) {
    metrics().signInRefusals.inc()
    throw new APIError(TOO_MANY_TRIES(wait), 429, null, true)
  }
  limiter.strike(key, accountOf((args as { data?: unknown }).data))
  return args
}

export const forgiveSignIn: CollectionAfterOperationHook = ({ args, operation, req, result }) => {
  if (operation !== 'login') return result
  const key = signInKey(req)
  if (key) getSignInLimiter().forgive(key, accountOf((args as { data?: unknown }).data))
  return result
}
