// Tình trạng hiệu lực: the values stored (and given through REST) and what readers read.
export const VALIDITY_VALUES = ['inForce', 'expired', 'replaced'] as const
export type Validity = (typeof VALIDITY_VALUES)[number]

export const VALIDITY_LABELS: Record<Validity, string> = {
  inForce: 'Còn hiệu lực',
  expired: 'Hết hiệu lực',
  replaced: 'Bị thay thế',
}
