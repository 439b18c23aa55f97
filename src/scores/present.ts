// Turns a score record into what readers see: rows of a table and bars of a chart, in Vietnamese formats.
import type { Index, ScoreRecord } from '@/payload-types'
import { formatDecimal } from '@/utilities/format'

type Unit = 'points' | 'percent'
type Criterion = NonNullable<ScoreRecord['criteria']>[number]

export const indexOf = (record: ScoreRecord): Index | null => (typeof record.index === 'object' ? record.index : null)

/** "90,60 điểm", "89,43%" */
export function formatScore(value: number | null | undefined, unit: Unit | null | undefined): string {
  if (value == null) return '—'
  return unit === 'percent' ? `${formatDecimal(value)}%` : `${formatDecimal(value)} điểm`
}

/** "+3,67" / "−0,50" / "0,00" */
export function formatChange(value: number | null | undefined): string {
  if (value == null) return '—'
  const rounded = Math.round(value * 100) / 100
  const sign = rounded > 0 ? '+' : rounded < 0 ? '−' : ''
  return `${sign}${formatDecimal(Math.abs(rounded))}`
}

/** "7/63" */
export const formatRank = (rank: number | null | undefined, outOf: number | null | undefined) =>
  rank == null ? '—' : outOf ? `${rank}/${outOf}` : String(rank)

export type ScoreRow = {
  name: string
  current: string
  previous: string
  change: string
  rank: string
}

export function criterionRow(criterion: Criterion, recordUnit: Unit): ScoreRow {
  const unit = criterion.unit ?? recordUnit
  const value =
    criterion.value != null
      ? formatScore(criterion.value, unit) +
        (criterion.percent != null && unit !== 'percent' ? ` (${formatDecimal(criterion.percent)}%)` : '')
      : criterion.percent != null
        ? `${formatDecimal(criterion.percent)}%`
        : 'không có số liệu'
  const change = criterion.value != null && criterion.previousValue != null ? formatChange(criterion.value - criterion.previousValue) : '—'
  return {
    name: criterion.name,
    current: value,
    previous: formatScore(criterion.previousValue, unit),
    change,
    rank: formatRank(criterion.rank, criterion.outOf),
  }
}

export function totalRow(record: ScoreRecord): ScoreRow | null {
  const total = record.total
  if (total?.value == null && total?.rank == null) return null
  const unit = total?.unit ?? record.unit ?? 'points'
  const parts: string[] = []
  if (record.change?.points != null) parts.push(`${formatChange(record.change.points)} ${unit === 'percent' ? '%' : 'điểm'}`)
  if (record.change?.ranks != null) {
    const ranks = record.change.ranks
    parts.push(ranks === 0 ? 'giữ nguyên thứ hạng' : `${ranks > 0 ? 'tăng' : 'giảm'} ${Math.abs(ranks)} bậc`)
  }
  return {
    name: 'Tổng điểm',
    current: formatScore(total?.value, unit),
    previous: '—',
    change: parts.join(', ') || '—',
    rank: formatRank(total?.rank, total?.outOf),
  }
}

export type ChartBar = { name: string; current: number; previous: number | null }

/** A percentage per criterion (its value when in %, else its stated percent); criteria with none are left out. */
export function chartBars(record: ScoreRecord): ChartBar[] {
  const recordUnit = record.unit ?? 'points'
  return (record.criteria ?? []).flatMap((criterion) => {
    const inPercent = (criterion.unit ?? recordUnit) === 'percent'
    const current = inPercent ? criterion.value : criterion.percent
    if (current == null) return []
    return [{ name: criterion.name, current, previous: inPercent ? (criterion.previousValue ?? null) : null }]
  })
}

/** The chart in words, for screen readers and anyone who cannot see it. */
export function describeChart(record: ScoreRecord, bars: ChartBar[]): string {
  const year = record.year
  const items = bars.map((bar) =>
    bar.previous != null
      ? `${bar.name}: ${year} đạt ${formatDecimal(bar.current)}%, ${year - 1} đạt ${formatDecimal(bar.previous)}%`
      : `${bar.name}: ${formatDecimal(bar.current)}%`,
  )
  return `${chartTitle(record, bars)}. ${items.join('; ')}.`
}

export function chartTitle(record: ScoreRecord, bars: ChartBar[]): string {
  const code = indexOf(record)?.code ?? 'Chỉ số'
  const compared = bars.some((bar) => bar.previous != null)
  return compared
    ? `Biểu đồ ${code} của ${record.subject}: tỷ lệ đạt theo tiêu chí, năm ${record.year} so với năm ${record.year - 1}`
    : `Biểu đồ ${code} của ${record.subject}: tỷ lệ đạt theo tiêu chí năm ${record.year}`
}
