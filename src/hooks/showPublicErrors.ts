import type { AfterErrorHook, ErrorResult } from 'payload'

const UNKNOWN = 'An unknown error occurred.'

type Refusal = { name?: string; status?: number; isPublic?: boolean; message?: string; data?: unknown }
type Formatted = ErrorResult['errors'][number]

/**
 * The fields sent beside an uploaded file (`_payload`) that are not JSON. Payload parses them without a guard
 * (`addDataAndFileToRequest`), and the SyntaxError answered 500 "An unknown error occurred.".
 */
export const BAD_UPLOAD_FIELDS = 'Trường "_payload" gửi kèm tệp phải là một đối tượng JSON hợp lệ.'

/**
 * Payload's error formatter tells its own errors by `instanceof` and by `error.name`. In the production
 * build neither holds for every refusal (the server bundle has its own copy of Payload's error classes, and
 * some class names are minified away), so a 4xx reached the client as "An unknown error occurred.", or
 * without its `data`: the field-by-field reasons (a slug that clashes, a duplicate document number) that the
 * admin shows under each field and outside clients read. Both are put back here. Errors of the server (5xx)
 * stay hidden, as Payload means them to, but for one of the client's: upload fields that are not JSON (above).
 */
export const showPublicErrors: AfterErrorHook = ({ error, req, result }) => {
  const { name, status = 500, isPublic, message, data } = error as Refusal
  const errors = (result as { errors?: Formatted[] } | undefined)?.errors
  if (!errors || errors.length !== 1) return
  if (name === 'SyntaxError' && /^multipart\//i.test(req?.headers?.get('content-type') ?? '')) {
    return { response: { ...result, errors: [{ message: BAD_UPLOAD_FIELDS }] }, status: 400 }
  }
  if (status >= 500 && isPublic !== true) return
  const [first] = errors
  const restoreMessage = Boolean(message) && first.message === UNKNOWN
  const fieldErrors = (data as { errors?: unknown } | undefined)?.errors
  const restoreData = Array.isArray(fieldErrors) && first.data === undefined
  if (!restoreMessage && !restoreData) return
  const restored: Formatted = { ...first }
  if (restoreMessage) restored.message = message
  if (restoreData) Object.assign(restored, { name: name || 'ValidationError', data: data as Record<string, unknown> })
  return { response: { ...result, errors: [restored] }, status }
}
