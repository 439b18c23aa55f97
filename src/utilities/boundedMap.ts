// Maps kept in memory from what strangers send (visitors, addresses), which must not grow without end.
// A Map iterates in insertion order; setting a key through `setNewest` moves it to the end, so the first
// entry is always the one set longest ago: the one to drop when the map is full, and, where each value is
// the time it was set, the first to expire.

/** Sets a key as the newest entry; drops the oldest while the map holds more than `bound` entries. */
export function setNewest<K, V>(map: Map<K, V>, key: K, value: V, bound: number): void {
  map.delete(key)
  map.set(key, value)
  while (map.size > bound) map.delete(map.keys().next().value as K)
}

/**
 * Drops entries from the oldest end for as long as `expired` says so, and stops at the first that is not:
 * the work is proportional to what expires, not to the size of the map. Meant for maps filled by
 * `setNewest` whose values grow with insertion (times of setting), so that everything past that first
 * entry is younger still.
 */
export function dropExpired<K, V>(map: Map<K, V>, expired: (value: V) => boolean): number {
  let dropped = 0
  for (const [key, value] of map) {
    if (!expired(value)) break
    map.delete(key)
    dropped++
  }
  return dropped
}
