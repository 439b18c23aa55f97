// CSV as Excel opens it correctly and machines read it plainly: UTF-8 with a BOM, every field quoted,
// CRLF line ends, numbers with a decimal point, dates in ISO 8601.
export type Cell = string | number | boolean | null | undefined

/** A text Excel would run as a formula (=, +, -, @ …) gets a leading apostrophe (OWASP's CSV injection advice). */
const FORMULA_START = /^[=+\-@\t\r]/

function quote(cell: Cell): string {
  if (cell === null || cell === undefined) return '""'
  const text = typeof cell === 'string' ? (FORMULA_START.test(cell) ? `'${cell}` : cell) : String(cell)
  return `"${text.replace(/"/g, '""')}"`
}

export function toCsv(columns: readonly string[], rows: ReadonlyArray<Record<string, Cell>>): string {
  const lines = [columns.map(quote).join(','), ...rows.map((row) => columns.map((column) => quote(row[column])).join(','))]
  return `\uFEFF${lines.join('\r\n')}\r\n`
}

/** 2024-03-15, the day in Vietnam time. */
export function isoDate(value: string | null | undefined): string | null {
  if (!value) return null
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    new Date(value),
  )
}

export const csvResponse = (csv: string, filename: string) =>
  new Response(csv, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8; header=present',
      'Content-Disposition': `inline; filename="${filename}"`,
    },
  })

export const jsonResponse = (data: unknown, type = 'application/json') =>
  new Response(JSON.stringify(data, null, 1), { headers: { 'Content-Type': `${type}; charset=utf-8` } })
