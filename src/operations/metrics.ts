// The portal's Prometheus metrics (GET /api/metrics, answered by the server pipeline). One registry per
// process on globalThis: the pipeline, the counter and Payload's hooks live in different bundles, and each
// would otherwise count into its own copy. Labels are small closed sets (route groups, statuses, reasons),
// never paths or ids, so the number of series stays bounded whatever the traffic.
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client'

import { singleton } from '@/server/state'

import { SECONDS_BUCKETS } from './hitTally'

function createMetrics() {
  const registry = new Registry()
  collectDefaultMetrics({ register: registry, eventLoopMonitoringPrecision: 20 })
  const seconds = SECONDS_BUCKETS
  return {
    registry,
    requests: new Counter({
      name: 'portal_http_requests_total',
      help: 'Requests answered, by route group and status class',
      labelNames: ['group', 'status'] as const,
      registers: [registry],
    }),
    latency: new Histogram({
      name: 'portal_http_request_duration_seconds',
      help: 'Time from the request to the end of the answer, by route group',
      labelNames: ['group'] as const,
      buckets: seconds,
      registers: [registry],
    }),
    pageCache: new Counter({
      name: 'portal_page_cache_total',
      help: 'Public pages looked up in the in-memory page cache',
      labelNames: ['result'] as const,
      registers: [registry],
    }),
    counterFlushViews: new Histogram({
      name: 'portal_counter_flush_size',
      help: 'Views and visitors written by one counter flush',
      buckets: [0, 1, 10, 100, 1000, 10000],
      registers: [registry],
    }),
    counterFlushDuration: new Histogram({
      name: 'portal_counter_flush_duration_seconds',
      help: 'Time one counter flush took',
      buckets: seconds,
      registers: [registry],
    }),
    beacons: new Counter({
      name: 'portal_beacons_total',
      help: 'View beacons, counted or refused, by reason',
      labelNames: ['result'] as const,
      registers: [registry],
    }),
    searchLatency: new Histogram({
      name: 'portal_search_duration_seconds',
      help: 'Time one public search took',
      buckets: seconds,
      registers: [registry],
    }),
    signInRefusals: new Counter({
      name: 'portal_sign_in_refusals_total',
      help: 'Sign-in, password-reset and first-account requests refused by the per-address brake',
      registers: [registry],
    }),
    databaseBusy: new Counter({
      name: 'portal_database_busy_total',
      help: 'Database busy, locked or deadlocked errors seen',
      registers: [registry],
    }),
    jobs: new Counter({
      name: 'portal_job_runs_total',
      help: 'Background jobs run (scheduled publishing, the audit trail retention), by result',
      labelNames: ['result'] as const,
      registers: [registry],
    }),
    auditFailures: new Counter({
      name: 'portal_audit_write_failures_total',
      help: 'Audit entries that could not be written (the action itself went through)',
      registers: [registry],
    }),
    auditPending: new Gauge({
      name: 'portal_audit_pending',
      help: 'Audit entries waiting to be written',
      registers: [registry],
    }),
  }
}

export type PortalMetrics = ReturnType<typeof createMetrics>

export const metrics = (): PortalMetrics => singleton('Metrics', createMetrics)

/** Counts an error as a database busy/locked event when it is one (SQLite BUSY/LOCKED, PostgreSQL lock waits). */
export function noteDatabaseError(error: unknown): void {
  const code = String((error as { code?: unknown } | null)?.code ?? '')
  const message = error instanceof Error ? error.message : String(error)
  if (/^SQLITE_(BUSY|LOCKED)/.test(code) || ['40P01', '55P03', '57014'].includes(code) || /database is locked|SQLITE_BUSY/i.test(message)) {
    metrics().databaseBusy.inc()
  }
}
