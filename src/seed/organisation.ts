// A demonstration organisation chart of a Sở Nội vụ, so /co-cau-to-chuc is not empty on a new portal.
// The units are the usual ones of a provincial Department of Home Affairs, marked as demo data in their
// duties; staff correct them in the admin. People are placeholders in [brackets], left unpublished: no
// real person's name is invented, and /lanh-dao shows its empty state until staff fill in and publish.
// Idempotent: each record is looked up first and never overwritten.
import type { Payload } from 'payload'

import { richTextFrom } from '@/utilities/lexical'

import { SOURCE_ARTICLE } from './sourceArticle'

const context = { disableRevalidate: true }

const DEMO_NOTE = 'Nội dung minh họa, cần được cán bộ của Sở thay bằng chức năng, nhiệm vụ chính thức của đơn vị.'

export const DEMO_ROOT = {
  shortName: 'Sở Nội vụ',
  fullName: 'Sở Nội vụ tỉnh Lào Cai',
  fullNameEn: 'Department of Home Affairs of Lao Cai Province',
}

/** Sub-units in the order they are usually listed; the existing unit of the founding article is one of them. */
export const DEMO_UNITS = [
  { shortName: 'Văn phòng Sở', fullName: 'Văn phòng Sở', fullNameEn: 'Office of the Department' },
  { shortName: 'Thanh tra Sở', fullName: 'Thanh tra Sở', fullNameEn: 'Inspectorate' },
  { shortName: 'Phòng TCBC', fullName: 'Phòng Tổ chức - Biên chế', fullNameEn: 'Organisation and Staffing Division' },
  {
    shortName: 'Phòng XDCQ-CTTN',
    fullName: 'Phòng Xây dựng chính quyền và Công tác thanh niên',
    fullNameEn: 'Local Government and Youth Affairs Division',
  },
  { ...SOURCE_ARTICLE.unit, fullNameEn: 'Administrative Reform and Records Division' },
  { shortName: 'Ban TĐKT', fullName: 'Ban Thi đua - Khen thưởng', fullNameEn: 'Emulation and Commendation Board' },
  { shortName: 'Ban Tôn giáo', fullName: 'Ban Tôn giáo', fullNameEn: 'Religious Affairs Board' },
]

/** Placeholders for staff to replace: the brackets make them impossible to mistake for real names. */
const PLACEHOLDER_PEOPLE = [
  { name: '[Họ và tên Giám đốc Sở]', position: 'Giám đốc Sở', role: 'director', order: 1 },
  { name: '[Họ và tên Phó Giám đốc Sở thứ nhất]', position: 'Phó Giám đốc Sở', role: 'deputy', order: 1 },
  { name: '[Họ và tên Phó Giám đốc Sở thứ hai]', position: 'Phó Giám đốc Sở', role: 'deputy', order: 2 },
] as const

export async function seedOrganisation(payload: Payload): Promise<{ created: string[] }> {
  const created: string[] = []
  const findUnit = async (shortName: string) =>
    (await payload.find({ collection: 'units', where: { shortName: { equals: shortName } }, limit: 1, depth: 0 })).docs[0]

  async function ensureUnit(data: { shortName: string; fullName: string; fullNameEn: string }, parent: number | undefined, order: number) {
    const found = await findUnit(data.shortName)
    if (found) {
      // The founding article's unit predates the tree: it is put in place once, while it has no place yet.
      if (parent && found.parent == null && found.order == null) {
        await payload.update({ collection: 'units', id: found.id, data: { parent, order }, context })
      }
      return found
    }
    const unit = await payload.create({
      collection: 'units',
      locale: 'vi',
      data: { shortName: data.shortName, fullName: data.fullName, parent, order, duties: richTextFrom([DEMO_NOTE]) },
      context,
    })
    await payload.update({ collection: 'units', id: unit.id, locale: 'en', data: { fullName: data.fullNameEn }, context })
    created.push(`đơn vị #${unit.id}`)
    return unit
  }

  const root = await ensureUnit(DEMO_ROOT, undefined, 0)
  for (const [i, unit] of DEMO_UNITS.entries()) await ensureUnit(unit, root.id, (i + 1) * 10)

  const office = await findUnit(DEMO_ROOT.shortName)
  for (const person of PLACEHOLDER_PEOPLE) {
    const found = await payload.find({ collection: 'people', where: { name: { equals: person.name } }, limit: 1, depth: 0 })
    if (found.docs[0]) continue
    const doc = await payload.create({
      collection: 'people',
      data: { ...person, unit: office?.id, published: false },
      context,
    })
    created.push(`cán bộ (mẫu) #${doc.id}`)
  }
  return { created }
}
