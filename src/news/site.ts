// The header's and footer's content from the site globals, cached under the `site` tag.
import configPromise from '@payload-config'
import { unstable_cache } from 'next/cache'
import { getPayload } from 'payload'

import { TAGS } from './tags'

export const getSiteSettings = unstable_cache(
  async () => (await getPayload({ config: configPromise })).findGlobal({ slug: 'site-settings', depth: 0, overrideAccess: false }),
  ['site-settings'],
  { tags: [TAGS.site] },
)

export const getNavigation = unstable_cache(
  async () => (await getPayload({ config: configPromise })).findGlobal({ slug: 'navigation', depth: 0, overrideAccess: false }),
  ['navigation'],
  { tags: [TAGS.site] },
)
