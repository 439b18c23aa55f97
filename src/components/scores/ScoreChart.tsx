import type { ScoreRecord } from '@/payload-types'
import { chartBars, chartTitle, describeChart } from '@/scores/present'
import { formatDecimal } from '@/utilities/format'

/**
 * This year against last year per criterion, as plain HTML bars drawn on the server: no chart library,
 * no script, text that reflows on a phone. The whole chart reads as one image with its description.
 */
export function ScoreChart({ record }: { record: ScoreRecord }) {
  const bars = chartBars(record)
  if (bars.length === 0) return null
  const compared = bars.some((bar) => bar.previous != null)
  return (
    <figure className="score-chart">
      <figcaption>{chartTitle(record, bars)}</figcaption>
      {compared ? (
        <p className="score-chart__legend" aria-hidden="true">
          <span className="score-chart__key score-chart__key--current" /> {record.year}{' '}
          <span className="score-chart__key score-chart__key--previous" /> {record.year - 1}
        </p>
      ) : null}
      <div role="img" aria-label={describeChart(record, bars)} className="score-chart__plot">
        {bars.map((bar) => (
          <div key={bar.name} className="score-chart__row" aria-hidden="true">
            <span className="score-chart__label">{bar.name}</span>
            <span className="score-chart__bar score-chart__bar--current" style={{ width: `${bar.current}%` }}>
              {formatDecimal(bar.current)}%
            </span>
            {bar.previous != null ? (
              <span className="score-chart__bar score-chart__bar--previous" style={{ width: `${bar.previous}%` }}>
                {formatDecimal(bar.previous)}%
              </span>
            ) : null}
          </div>
        ))}
      </div>
    </figure>
  )
}
