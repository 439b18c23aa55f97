import type { ScoreRecord } from '@/payload-types'
import { indexOf } from '@/scores/present'
import { scoreRecordPath } from '@/news/paths'

import { ScoreChart } from './ScoreChart'
import { ScoreTable } from './ScoreTable'

/** One record's table and chart; under an article it also links to the record's own page. */
export function ScoreRecordBlock({ record, linkToRecord = false }: { record: ScoreRecord; linkToRecord?: boolean }) {
  const index = indexOf(record)
  return (
    <section className="score-record" aria-label={`${index?.code ?? 'Chỉ số'} năm ${record.year}`}>
      <h2 className="score-record__title">
        {index?.code} năm {record.year}: {record.subject}
      </h2>
      <ScoreTable record={record} />
      <ScoreChart record={record} />
      {linkToRecord && index?.slug ? (
        <p>
          <a href={scoreRecordPath(index.slug, record.year)}>
            Xem riêng số liệu {index.code} năm {record.year}
          </a>
        </p>
      ) : null}
    </section>
  )
}
