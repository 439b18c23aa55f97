import type { CollectionBeforeOperationHook } from 'payload'

import { DEFAULT_LOCALE } from '@/i18n/locale'

/**
 * With `fallback: false` (payload.config.ts), Payload serves a REST request without `?locale=` in no
 * language at all: a localized collection came back without its title, and a write without it stored the
 * title nowhere. Such a request reads and writes Vietnamese, the default, as the Local API does; `?locale=en`
 * (or `all`) still chooses. Runs before Payload's operation takes the locale from the request.
 */
export const defaultLocale: CollectionBeforeOperationHook = ({ args, req }) => {
  if (!req.locale) req.locale = DEFAULT_LOCALE
  return args
}
