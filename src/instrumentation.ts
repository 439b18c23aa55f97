// Runs once when the Next server starts: boots Payload with its job crons, so scheduled publishing
// happens on time even when no one opens the admin (public pages alone never start Payload's crons),
// expires pages cached before this start (see expireCachedPagesOnBoot), and on PostgreSQL listens for the
// other servers' changes (see news/broadcast.ts).
import { peekSingleton } from '@/server/state'

export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  refuseToServeWithoutPipeline()
  const [{ getPayload }, { default: config }, { expireCachedPagesOnBoot }, { listenForExpiries }] = await Promise.all([
    import('payload'),
    import('@payload-config'),
    import('@/news/expireCachedPagesOnBoot'),
    import('@/news/broadcast'),
  ])
  const payload = await getPayload({ config, cron: true })
  expireCachedPagesOnBoot((message) => payload.logger.warn(message))
  listenForExpiries((message) => payload.logger.warn(message))
}

/**
 * `next start` serves without the portal's pipeline (src/server): no sign-in brake, a client-chosen address,
 * no security headers, no page cache. In production it is refused, with what to run instead.
 */
function refuseToServeWithoutPipeline(): void {
  const building = process.env.NEXT_PHASE === 'phase-production-build'
  if (building || process.env.NODE_ENV !== 'production' || peekSingleton('Server')) return
  console.error(
    'Không chạy cổng bằng `next start`: máy chủ của cổng (src/server) mới có hạn chế đăng nhập, địa chỉ người dùng ' +
      'và các tiêu đề bảo mật. Hãy chạy `npm start` (hoặc `npm run serve` sau `npm run build`).',
  )
  process.exit(1)
}
