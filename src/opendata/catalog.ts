// What the department publishes as open data, described once: the /du-lieu-mo page shows it to people and
// /du-lieu-mo/data.json gives it to open-data portals as a DCAT-AP catalogue in JSON-LD (CKAN's ckanext-dcat
// harvests it with its RDF harvester, format "jsonld").
import { OPEN_DATA_PATH } from '@/documents/paths'

export const PUBLISHER = 'Sở Nội vụ tỉnh Lào Cai'
/**
 * Open data of state bodies may be used freely with the source named (Decree 47/2024/NĐ-CP); CC BY 4.0 says
 * the same in the terms open-data portals understand.
 */
export const LICENSE = {
  url: 'https://creativecommons.org/licenses/by/4.0/',
  line: 'Giấy phép Creative Commons Ghi nguồn 4.0 (CC BY 4.0): được dùng, chia sẻ và chỉnh sửa tự do, kể cả cho mục đích thương mại, với điều kiện ghi rõ nguồn “Sở Nội vụ tỉnh Lào Cai”.',
}

export type Distribution = { format: 'CSV' | 'JSON'; mediaType: string; path: string }
export type Dataset = {
  id: string
  title: string
  description: string
  keywords: string[]
  distributions: Distribution[]
}

export const DATASETS: Dataset[] = [
  {
    id: 'ket-qua-chi-so',
    title: 'Kết quả các chỉ số cải cách hành chính của tỉnh Lào Cai',
    description:
      'Kết quả PAR INDEX, SIPAS và các chỉ số khác theo năm và đối tượng: điểm tổng, xếp hạng, các phần điểm và từng tiêu chí (giá trị, năm trước, tỷ lệ, thứ hạng). Mỗi dòng là một chỉ số, một năm, một đối tượng và một tiêu chí.',
    keywords: ['cải cách hành chính', 'PAR INDEX', 'SIPAS', 'chỉ số'],
    distributions: [
      { format: 'CSV', mediaType: 'text/csv', path: `${OPEN_DATA_PATH}/ket-qua-chi-so.csv` },
      { format: 'JSON', mediaType: 'application/json', path: `${OPEN_DATA_PATH}/ket-qua-chi-so.json` },
    ],
  },
  {
    id: 'van-ban',
    title: 'Danh mục văn bản của Sở Nội vụ tỉnh Lào Cai',
    description:
      'Các văn bản đăng trên cổng: số ký hiệu, loại, cơ quan ban hành, lĩnh vực, ngày ban hành, ngày có hiệu lực, người ký, trích yếu, tình trạng hiệu lực, địa chỉ trang và tệp văn bản.',
    keywords: ['văn bản', 'văn bản quy phạm pháp luật', 'nội vụ'],
    distributions: [
      { format: 'CSV', mediaType: 'text/csv', path: `${OPEN_DATA_PATH}/van-ban.csv` },
      { format: 'JSON', mediaType: 'application/json', path: `${OPEN_DATA_PATH}/van-ban.json` },
    ],
  },
]

/** The DCAT-AP catalogue, with each dataset's last change (ISO 8601) where there is one. */
export function dcatCatalog(origin: string, modified: Record<string, string | null>): Record<string, unknown> {
  const publisher = { '@id': `${origin}/#to-chuc`, '@type': 'foaf:Organization', 'foaf:name': PUBLISHER }
  const license = { '@id': LICENSE.url, '@type': 'dct:LicenseDocument' }
  const modifiedAll = Object.values(modified)
    .filter((value): value is string => Boolean(value))
    .sort()
    .at(-1)
  return {
    '@context': {
      dcat: 'http://www.w3.org/ns/dcat#',
      dct: 'http://purl.org/dc/terms/',
      foaf: 'http://xmlns.com/foaf/0.1/',
      vcard: 'http://www.w3.org/2006/vcard/ns#',
      xsd: 'http://www.w3.org/2001/XMLSchema#',
    },
    '@id': `${origin}${OPEN_DATA_PATH}/data.json`,
    '@type': 'dcat:Catalog',
    'dct:title': `Dữ liệu mở của ${PUBLISHER}`,
    'dct:description': `Các bộ dữ liệu ${PUBLISHER} công bố để mọi người dùng lại.`,
    'dct:publisher': publisher,
    'dct:language': { '@id': 'http://publications.europa.eu/resource/authority/language/VIE' },
    'dct:license': license,
    'foaf:homepage': { '@id': `${origin}${OPEN_DATA_PATH}` },
    ...(modifiedAll ? { 'dct:modified': { '@value': modifiedAll, '@type': 'xsd:dateTime' } } : {}),
    'dcat:dataset': DATASETS.map((dataset) => ({
      '@id': `${origin}${OPEN_DATA_PATH}#${dataset.id}`,
      '@type': 'dcat:Dataset',
      'dct:identifier': dataset.id,
      'dct:title': dataset.title,
      'dct:description': dataset.description,
      'dct:publisher': publisher,
      'dct:license': license,
      'dct:language': { '@id': 'http://publications.europa.eu/resource/authority/language/VIE' },
      'dcat:keyword': dataset.keywords,
      'dcat:landingPage': { '@id': `${origin}${OPEN_DATA_PATH}#${dataset.id}` },
      'dcat:contactPoint': { '@type': 'vcard:Organization', 'vcard:fn': PUBLISHER, 'vcard:hasURL': { '@id': `${origin}/` } },
      ...(modified[dataset.id] ? { 'dct:modified': { '@value': modified[dataset.id], '@type': 'xsd:dateTime' } } : {}),
      'dcat:distribution': dataset.distributions.map((distribution) => ({
        '@id': `${origin}${distribution.path}`,
        '@type': 'dcat:Distribution',
        'dct:title': `${dataset.title} (${distribution.format})`,
        'dct:format': { '@id': `http://publications.europa.eu/resource/authority/file-type/${distribution.format}` },
        'dcat:mediaType': { '@id': `https://www.iana.org/assignments/media-types/${distribution.mediaType}` },
        'dcat:accessURL': { '@id': `${origin}${distribution.path}` },
        'dcat:downloadURL': { '@id': `${origin}${distribution.path}` },
        'dct:license': license,
      })),
    })),
  }
}

/** The last change of each dataset: the newest updatedAt of its records. */
export async function lastChanges(payload: import('payload').Payload): Promise<Record<string, string | null>> {
  const newest = async (collection: 'score-records' | 'documents') => {
    const { docs } = await payload.find({
      collection,
      sort: '-updatedAt',
      limit: 1,
      depth: 0,
      select: { updatedAt: true },
      overrideAccess: false,
      ...(collection === 'documents' ? { where: { _status: { equals: 'published' } } } : {}),
    })
    return docs[0]?.updatedAt ? new Date(docs[0].updatedAt).toISOString() : null
  }
  const [scores, documents] = await Promise.all([newest('score-records'), newest('documents')])
  return { 'ket-qua-chi-so': scores, 'van-ban': documents }
}
