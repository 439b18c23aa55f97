// Vietnamese formats for what readers see: 17/4/2024, 90,60, 1.234, in Asia/Ho_Chi_Minh time.
export const TIME_ZONE = 'Asia/Ho_Chi_Minh'

const dateFormat = new Intl.DateTimeFormat('vi-VN', {
  timeZone: TIME_ZONE,
  day: 'numeric',
  month: 'numeric',
  year: 'numeric',
})

const timeFormat = new Intl.DateTimeFormat('vi-VN', {
  timeZone: TIME_ZONE,
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
})

const integerFormat = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 0 })

/** 17/4/2024 */
export function formatDate(value: Date | string): string {
  return dateFormat.format(new Date(value))
}

/** 08:30 17/4/2024 */
export function formatDateTime(value: Date | string): string {
  const date = new Date(value)
  return `${timeFormat.format(date)} ${dateFormat.format(date)}`
}

/** 1.234 */
export function formatInteger(value: number): string {
  return integerFormat.format(value)
}

/** 90,60 with a fixed number of decimals. */
const decimalFormats = new Map<number, Intl.NumberFormat>()

export function formatDecimal(value: number, fractionDigits = 2): string {
  let format = decimalFormats.get(fractionDigits)
  if (!format) {
    format = new Intl.NumberFormat('vi-VN', { minimumFractionDigits: fractionDigits, maximumFractionDigits: fractionDigits })
    decimalFormats.set(fractionDigits, format)
  }
  return format.format(value)
}
