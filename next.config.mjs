import { withPayload } from '@payloadcms/next/withPayload'

/** @type {import('next').NextConfig} */
const nextConfig = {
  // The test run builds into its own folder so it never overwrites the demo's build.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  poweredByHeader: false,
  // The security headers are set by the portal's server at run time (src/server/securityHeaders.ts), so
  // that a build moved behind https gets HSTS without being built again.
  reactStrictMode: true,
  images: {
    localPatterns: [{ pathname: '/api/media/file/**' }],
  },
}

const config = withPayload(nextConfig, { devBundleServerPackages: false })

// Payload asks every page for the Sec-CH-Prefers-Color-Scheme client hint (its admin's theme). Critical-CH
// makes Chromium fetch a public page's HTML twice on a first visit, and Vary splits every cache in front:
// the hint is asked for in the admin only.
const payloadHeaders = config.headers
config.headers = async () =>
  (await payloadHeaders()).map((rule) => (rule.source === '/:path*' ? { ...rule, source: '/admin/:path*' } : rule))

export default config
