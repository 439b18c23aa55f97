export const DOCUMENTS_PATH = '/van-ban'
export const documentPath = (slug: string) => `${DOCUMENTS_PATH}/${slug}`
export const OPEN_DATA_PATH = '/du-lieu-mo'
