'use client'
// Above the trail's list: downloads what the list's filters show now (their `where` is in the page's URL).
import { useSearchParams } from 'next/navigation'

import { MAX_EXPORT_ROWS } from './exportLimits'

export function ExportButton() {
  const params = useSearchParams()
  const where = new URLSearchParams()
  for (const [key, value] of params) if (key.startsWith('where') || key === 'search') where.append(key, value)
  const query = where.toString()
  return (
    <div style={{ margin: '0 0 1rem' }}>
      <a className="btn btn--style-secondary btn--size-small" href={`/api/audit-log/export${query ? `?${query}` : ''}`} download>
        Xuất CSV
      </a>{' '}
      <span style={{ fontSize: '0.85em' }}>
        (theo bộ lọc đang chọn, tối đa {MAX_EXPORT_ROWS.toLocaleString('vi-VN')} mục; giờ UTC, định dạng ISO)
      </span>
    </div>
  )
}
