/** A phone number as a tel: link (digits and a leading + only in the href), shown as staff wrote it. */
export function PhoneLink({ phone }: { phone: string }) {
  const digits = phone.replace(/[^\d+]/g, '').replace(/(?!^)\+/g, '')
  if (digits.replace('+', '').length < 3) return <span>{phone}</span>
  return <a href={`tel:${digits}`}>{phone}</a>
}
