import type { Segment } from '@/search/highlight'

/** Text with the words that matched the search marked. */
export function Highlighted({ segments }: { segments: Segment[] }) {
  return <>{segments.map((segment, i) => (segment.match ? <mark key={i}>{segment.text}</mark> : <span key={i}>{segment.text}</span>))}</>
}
