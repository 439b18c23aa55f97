// Runs once when the Next server starts: boots Payload with its job crons, so scheduled publishing
// happens on time even when no one opens the admin (public pages alone never start Payload's crons),
// expires pages cached before this start (see expireCachedPagesOnBoot), and on PostgreSQL listens for the
// other servers' changes (see news/broadcast.ts), and keeps the redirect table in memory (see redirects/refresh.ts).
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  // Imported here: Next also compiles this file for the edge runtime, which has no process.exit.
  ;(await import('@/server/refuseNextStart')).refuseToServeWithoutPipeline()
  const [{ getPayload }, { default: config }, { expireCachedPagesOnBoot }, { listenForExpiries }, { startRedirectRefresh }] =
    await Promise.all([
      import('payload'),
      import('@payload-config'),
      import('@/news/expireCachedPagesOnBoot'),
      import('@/news/broadcast'),
      import('@/redirects/refresh'),
    ])
  const payload = await getPayload({ config, cron: true })
  expireCachedPagesOnBoot((message) => payload.logger.warn(message))
  listenForExpiries((message) => payload.logger.warn(message))
  await startRedirectRefresh(payload, (message) => payload.logger.warn(message))
}
