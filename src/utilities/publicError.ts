import { APIError } from 'payload'

/**
 * An error whose message reaches the client with its status. Payload's error formatter reads `error.name`,
 * which APIError takes from its class name; the production build turns that class into an anonymous one
 * (name ''), and every such refusal then reached clients as "An unknown error occurred." The name is set here.
 */
export function publicError(message: string, status: number): APIError {
  const error = new APIError(message, status, null, true)
  error.name = 'APIError'
  return error
}
