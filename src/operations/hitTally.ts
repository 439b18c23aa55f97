// The front's count of the page-cache hits it answers (src/server/front.ts). The front runs in a thread of
// its own, without Next, and counts with plain numbers rather than prom-client, which hashes the labels on
// every increment (about 4 % of a hit's time). At a scrape, Next's thread asks for the tally and adds it to
// its own registry's figures, so /api/metrics shows one set of series, as when one thread answered everything.
import type { Registry } from 'prom-client'

import type { RouteGroup } from './routeGroup'

/** The latency buckets, in seconds, of every request metric (./metrics.ts): defined here so the front loads no prom-client. */
export const SECONDS_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10]

type GroupTally = { statuses: Map<number, number>; buckets: number[]; sum: number; count: number }

/** The bucket `seconds` falls in (the last index past the largest bound, +Inf). */
function bucketOf(seconds: number): number {
  let index = 0
  while (index < SECONDS_BUCKETS.length && seconds > SECONDS_BUCKETS[index]) index++
  return index
}

/** The tally as plain data, as it crosses from the front's thread to Next's. */
export type HitCounts = Array<{ group: RouteGroup; statuses: Array<[number, number]>; buckets: number[]; sum: number; count: number }>

export class HitTally {
  private groups = new Map<RouteGroup, GroupTally>()

  count(group: RouteGroup, status: number, seconds: number): void {
    let tally = this.groups.get(group)
    if (!tally) {
      tally = { statuses: new Map(), buckets: SECONDS_BUCKETS.map(() => 0), sum: 0, count: 0 }
      this.groups.set(group, tally)
    }
    tally.statuses.set(status, (tally.statuses.get(status) ?? 0) + 1)
    const bucket = bucketOf(seconds)
    if (bucket < SECONDS_BUCKETS.length) tally.buckets[bucket]++
    tally.sum += seconds
    tally.count++
  }

  counts(): HitCounts {
    return [...this.groups].map(([group, tally]) => ({
      group,
      statuses: [...tally.statuses],
      buckets: tally.buckets.slice(),
      sum: tally.sum,
      count: tally.count,
    }))
  }
}

type MetricsJson = Awaited<ReturnType<Registry['getMetricsAsJSON']>>
type Value = { labels: Record<string, string | number>; value: number; metricName?: string }

/** The front's hits as values of the three series a hit counts in: the requests, their latency, the page cache's hits. */
function hitValues(counts: HitCounts): Map<string, Value[]> {
  const requests: Value[] = []
  const latency: Value[] = []
  let hits = 0
  const bucket = 'portal_http_request_duration_seconds_bucket'
  for (const { group, statuses, buckets, sum, count } of counts) {
    for (const [status, times] of statuses) requests.push({ labels: { group, status: String(status) }, value: times })
    let below = 0
    SECONDS_BUCKETS.forEach((bound, index) => {
      below += buckets[index]
      latency.push({ labels: { le: bound, group }, value: below, metricName: bucket })
    })
    latency.push(
      { labels: { le: '+Inf', group }, value: count, metricName: bucket },
      { labels: { group }, value: sum, metricName: 'portal_http_request_duration_seconds_sum' },
      { labels: { group }, value: count, metricName: 'portal_http_request_duration_seconds_count' },
    )
    hits += count
  }
  return new Map([
    ['portal_http_requests_total', requests],
    ['portal_http_request_duration_seconds', latency],
    ['portal_page_cache_total', hits ? [{ labels: { result: 'hit' }, value: hits }] : []],
  ])
}

const valueKey = (value: Value) =>
  `${value.metricName ?? ''}|${Object.keys(value.labels)
    .sort()
    .map((name) => `${name}=${value.labels[name]}`)
    .join(',')}`

/** This thread's metrics with the front's hits added in: the same series, summed, and every other metric as it was. */
export function withFrontHits(own: MetricsJson, counts: HitCounts): MetricsJson {
  const front = hitValues(counts)
  return own.map((metric) => {
    const added = front.get(metric.name)
    if (!added?.length) return metric
    const values = (metric.values as Value[]).map((value) => ({ ...value, labels: { ...value.labels } }))
    const byKey = new Map(values.map((value) => [valueKey(value), value]))
    for (const value of added) {
      const same = byKey.get(valueKey(value))
      if (same) same.value += value.value
      else values.push(value)
    }
    return { ...metric, values } as MetricsJson[number]
  })
}
