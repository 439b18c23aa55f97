// Requests grouped for metrics and logs: a small closed set, so that a path never becomes a label.

export const ROUTE_GROUPS = ['static', 'admin', 'beacon', 'health', 'metrics', 'api', 'search', 'feed', 'page'] as const
export type RouteGroup = (typeof ROUTE_GROUPS)[number]

export function routeGroup(url: string | undefined): RouteGroup {
  const path = url ?? '/'
  if (path.startsWith('/_next/') || /^\/[^?]*\.(?:css|js|map|png|jpe?g|webp|avif|gif|svg|ico|woff2?|txt)(?:\?|$)/.test(path)) {
    return path.startsWith('/api/') ? 'api' : 'static'
  }
  if (path.startsWith('/admin')) return 'admin'
  if (path.startsWith('/api/')) {
    if (path.startsWith('/api/luot-xem')) return 'beacon'
    if (path.startsWith('/api/suc-khoe')) return 'health'
    if (path.startsWith('/api/metrics')) return 'metrics'
    return 'api'
  }
  if (path.startsWith('/tim-kiem')) return 'search'
  if (/^\/[^?]*(?:rss\.xml|sitemap\.xml|sitemaps\/)/.test(path)) return 'feed'
  return 'page'
}
