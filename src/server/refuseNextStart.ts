import { peekSingleton } from './state'

/**
 * `next start` serves without the portal's pipeline (./index.ts): no sign-in brake, a client-chosen address,
 * no security headers, no page cache. In production it is refused, with what to run instead.
 */
export function refuseToServeWithoutPipeline(): void {
  const building = process.env.NEXT_PHASE === 'phase-production-build'
  if (building || process.env.NODE_ENV !== 'production' || peekSingleton('Server')) return
  console.error(
    'Không chạy cổng bằng `next start`: máy chủ của cổng (src/server) mới có hạn chế đăng nhập, địa chỉ người dùng ' +
      'và các tiêu đề bảo mật. Hãy chạy `npm start` (hoặc `npm run serve` sau `npm run build`).',
  )
  process.exit(1)
}
