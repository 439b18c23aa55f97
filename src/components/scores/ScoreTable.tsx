import type { ScoreRecord } from '@/payload-types'
import { criterionRow, formatRank, formatScore, indexOf, totalRow } from '@/scores/present'

/**
 * A record as an accessible table: criterion, this year, last year, change, rank. Staff's notes on
 * figures stay in the admin: readers see "không có số liệu" where the source gives none.
 */
export function ScoreTable({ record }: { record: ScoreRecord }) {
  const index = indexOf(record)
  const unit = record.unit ?? 'points'
  const rows = [totalRow(record), ...(record.criteria ?? []).map((criterion) => criterionRow(criterion, unit))].filter(
    (row) => row !== null,
  )
  return (
    <div className="score-table">
      <div className="score-table__scroll" tabIndex={0} role="region" aria-label={`Bảng ${index?.code ?? ''} ${record.year}`}>
        <table>
          <caption>
            {index?.name ?? 'Chỉ số'} ({index?.code}) năm {record.year} của {record.subject}
          </caption>
          <thead>
            <tr>
              <th scope="col">Tiêu chí</th>
              <th scope="col">{record.year}</th>
              <th scope="col">{record.year - 1}</th>
              <th scope="col">Thay đổi</th>
              <th scope="col">Xếp hạng</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, i) => (
              <tr key={`${i}-${row.name}`}>
                <th scope="row">{row.name}</th>
                <td>{row.current}</td>
                <td>{row.previous}</td>
                <td>{row.change}</td>
                <td>{row.rank}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ul className="score-table__facts">
        {record.rankGroup?.name ? (
          <li>
            Xếp loại: nhóm {record.rankGroup.name}
            {record.rankGroup.note ? ` (${record.rankGroup.note})` : ''}.
          </li>
        ) : null}
        {record.regionRank?.rank ? (
          <li>
            Xếp thứ {formatRank(record.regionRank.rank, record.regionRank.outOf)} khu vực {record.regionRank.region}.
          </li>
        ) : null}
        {record.scoreParts?.length ? (
          <li>
            Thành phần tổng điểm: {record.scoreParts.map((part) => `${part.name} ${formatScore(part.value, part.unit ?? unit)}`).join('; ')}
            .
          </li>
        ) : null}
        {record.change?.basis === 'stated' ? <li>Mức thay đổi của tổng điểm theo số liệu đã công bố.</li> : null}
      </ul>
    </div>
  )
}
