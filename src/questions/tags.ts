/** The cache tag of every public page that lists answered questions (/hoi-dap and its pages). */
export const QUESTIONS_TAG = 'questions'

/** Published questions per page of /hoi-dap. */
export const QUESTIONS_PER_PAGE = 10

export const QUESTIONS_PATH = '/hoi-dap'
export const questionsPagePath = (page: number) => (page <= 1 ? QUESTIONS_PATH : `${QUESTIONS_PATH}/trang/${page}`)
