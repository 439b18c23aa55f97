// The rules a score record must meet, with the messages staff read (in the admin and in import reports).
// Pure: no database. The one-record-per-index-year-subject rule needs the database; see duplicates.ts.

export type Unit = 'points' | 'percent'

type Ranked = { rank?: number | null; outOf?: number | null }

export type CriterionInput = Ranked & {
  name?: string | null
  value?: number | null
  previousValue?: number | null
  unit?: Unit | null
  percent?: number | null
  note?: string | null
}

export type ScoreRecordInput = {
  index?: number | { id: number } | null
  year?: number | null
  subject?: string | null
  unit?: Unit | null
  total?: (Ranked & { value?: number | null; unit?: Unit | null }) | null
  regionRank?: (Ranked & { region?: string | null }) | null
  scoreParts?: Array<{ name?: string | null; value?: number | null; unit?: Unit | null }> | null
  criteria?: CriterionInput[] | null
}

export type FieldError = { path: string; message: string }

export const MIN_YEAR = 2000
export const maxYear = (now = new Date()) => now.getFullYear() + 1

const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value)
const vn = (value: number) => String(value).replace('.', ',')

function checkPercent(errors: FieldError[], path: string, value: unknown): void {
  if (isNumber(value) && (value < 0 || value > 100)) {
    errors.push({ path, message: `Tỷ lệ phần trăm phải từ 0 đến 100 (đang nhập ${vn(value)}).` })
  }
}

function checkRank(errors: FieldError[], path: string, ranked: Ranked | null | undefined): void {
  if (!ranked) return
  const { rank, outOf } = ranked
  if (isNumber(outOf) && (!Number.isInteger(outOf) || outOf < 1)) {
    errors.push({ path: `${path}.outOf`, message: `Số đơn vị được xếp hạng phải là số nguyên từ 1 trở lên.` })
    return
  }
  if (!isNumber(rank)) return
  if (!Number.isInteger(rank) || rank < 1) {
    errors.push({ path: `${path}.rank`, message: `Thứ hạng phải là số nguyên từ 1 trở lên (đang nhập ${vn(rank)}).` })
  } else if (isNumber(outOf) && rank > outOf) {
    errors.push({
      path: `${path}.rank`,
      message: `Thứ hạng ${rank} vượt quá số đơn vị được xếp hạng (${outOf}): thứ hạng phải từ 1 đến ${outOf}.`,
    })
  }
}

/** Every rule but uniqueness; an empty list means the record may be saved. */
export function validateScoreRecord(input: ScoreRecordInput, now = new Date()): FieldError[] {
  const errors: FieldError[] = []
  const last = maxYear(now)
  if (!isNumber(input.year) || !Number.isInteger(input.year) || input.year < MIN_YEAR || input.year > last) {
    errors.push({
      path: 'year',
      message: `Năm phải là một năm từ ${MIN_YEAR} đến ${last}${isNumber(input.year) && input.year > 0 ? ` (đang nhập ${input.year})` : ''}.`,
    })
  }
  if (!input.subject?.trim()) errors.push({ path: 'subject', message: 'Hãy nhập đơn vị được đánh giá (ví dụ: Lào Cai).' })

  const recordUnit = input.unit ?? 'points'
  if ((input.total?.unit ?? recordUnit) === 'percent') checkPercent(errors, 'total.value', input.total?.value)
  checkRank(errors, 'total', input.total)
  checkRank(errors, 'regionRank', input.regionRank)

  input.scoreParts?.forEach((part, i) => {
    if ((part.unit ?? recordUnit) === 'percent') checkPercent(errors, `scoreParts.${i}.value`, part.value)
  })
  input.criteria?.forEach((criterion, i) => {
    const path = `criteria.${i}`
    if (!criterion.name?.trim()) errors.push({ path: `${path}.name`, message: `Tiêu chí số ${i + 1} chưa có tên.` })
    if ((criterion.unit ?? recordUnit) === 'percent') {
      checkPercent(errors, `${path}.value`, criterion.value)
      checkPercent(errors, `${path}.previousValue`, criterion.previousValue)
    }
    checkPercent(errors, `${path}.percent`, criterion.percent)
    checkRank(errors, path, criterion)
  })
  return errors
}
