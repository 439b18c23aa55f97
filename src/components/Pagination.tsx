type Props = {
  /** The page being shown; 0 when the numbers lead into a list shown elsewhere (no current page). */
  page: number
  totalPages: number
  /** The URL of a page number. */
  hrefFor: (page: number) => string
  label?: string
}

/** Page numbers around the current one, with the first and last always shown: 1 … 4 5 6 … 20. */
export function pageNumbers(page: number, totalPages: number, around = 2): Array<number | 'gap'> {
  const shown = new Set<number>([1, totalPages])
  for (let n = page - around; n <= page + around; n++) if (n >= 1 && n <= totalPages) shown.add(n)
  const sorted = [...shown].sort((a, b) => a - b)
  const result: Array<number | 'gap'> = []
  sorted.forEach((n, i) => {
    if (i > 0 && n - sorted[i - 1] > 1) result.push('gap')
    result.push(n)
  })
  return result
}

export function Pagination({ page, totalPages, hrefFor, label = 'Phân trang' }: Props) {
  if (totalPages <= 1) return null
  return (
    <nav className="pagination" aria-label={label}>
      <ul>
        {page > 1 ? (
          <li>
            <a href={hrefFor(page - 1)} rel="prev" aria-label="Trang trước">
              ‹
            </a>
          </li>
        ) : null}
        {pageNumbers(Math.max(page, 1), totalPages).map((n, i) =>
          n === 'gap' ? (
            <li key={`gap-${i}`} aria-hidden="true">
              …
            </li>
          ) : (
            <li key={n}>
              {n === page ? (
                <span aria-current="page">{n}</span>
              ) : (
                <a href={hrefFor(n)} aria-label={`Trang ${n}`}>
                  {n}
                </a>
              )}
            </li>
          ),
        )}
        {page >= 1 && page < totalPages ? (
          <li>
            <a href={hrefFor(page + 1)} rel="next" aria-label="Trang sau">
              ›
            </a>
          </li>
        ) : null}
      </ul>
    </nav>
  )
}
