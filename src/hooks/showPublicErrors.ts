import type { AfterErrorHook } from 'payload'

const UNKNOWN = 'An unknown error occurred.'

/**
 * Payload's error formatter reads `error.name`, which its error classes take from their class names; the
 * production build makes some of those classes anonymous (name ''), and a refusal that should reach the
 * client (a 4xx with its message: ours, or Payload's own) then says only "An unknown error occurred."
 * Errors of the server (5xx) stay hidden, as Payload means them to.
 */
export const showPublicErrors: AfterErrorHook = ({ error, result }) => {
  const { status = 500, isPublic, message } = error as { status?: number; isPublic?: boolean; message?: string }
  const errors = (result as { errors?: Array<{ message?: string }> } | undefined)?.errors
  if (!message || !errors || errors.length !== 1 || errors[0].message !== UNKNOWN) return
  if (status >= 500 && isPublic !== true) return
  return { response: { ...result, errors: [{ ...errors[0], message }] }, status }
}
