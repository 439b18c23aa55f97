import { VALIDITY_LABELS, type Validity } from '@/documents/validity'

import './documents.css'

export function ValidityBadge({ validity }: { validity: Validity | null | undefined }) {
  const value = validity ?? 'inForce'
  return <span className={`document-validity document-validity--${value}`}>{VALIDITY_LABELS[value]}</span>
}
