import type { MetadataRoute } from 'next'

import { siteUrl } from '@/env'

/** /robots.txt: everything public may be indexed; the admin, the API and previews may not. */
export default function robots(): MetadataRoute.Robots {
  return {
    rules: [{ userAgent: '*', allow: '/', disallow: ['/admin', '/api/', '/xem-truoc', '/thoat-xem-truoc', '/tim-kiem'] }],
    sitemap: `${siteUrl()}/sitemap.xml`,
  }
}
