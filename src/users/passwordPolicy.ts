// What a password must be (OWASP ASVS V6): 12 to 128 characters, no composition rules, and not one of
// the passwords people use most. The list ships with the project (src/users/common-passwords.json:
// the 5,000 most common passwords and every one of 12 characters or more from the zxcvbn-ts common
// list, MIT, plus a few Vietnamese ones), so checking needs no network.
import { type CollectionBeforeOperationHook, type CollectionBeforeValidateHook, ValidationError } from 'payload'

import commonPasswords from './common-passwords.json'

export const MIN_PASSWORD = 12
export const MAX_PASSWORD = 128

const common = new Set<string>(commonPasswords)

/** The Vietnamese message a person reads, or null when the password is acceptable. */
export function passwordProblem(password: string): string | null {
  const length = [...password].length
  if (length < MIN_PASSWORD) return `Mật khẩu phải có ít nhất ${MIN_PASSWORD} ký tự (đang có ${length}). Một câu ngắn dễ nhớ là đủ.`
  if (length > MAX_PASSWORD) return `Mật khẩu dài tối đa ${MAX_PASSWORD} ký tự.`
  if (common.has(password.toLowerCase())) {
    return 'Mật khẩu này nằm trong danh sách mật khẩu phổ biến, rất dễ bị đoán. Hãy chọn mật khẩu khác.'
  }
  return null
}

function refuse(message: string): never {
  throw new ValidationError({ collection: 'users', errors: [{ path: 'password', message }] })
}

/** On create, update and the first-user screen: a new password must meet the policy. */
export const enforcePasswordPolicy: CollectionBeforeValidateHook = ({ data }) => {
  const password = (data as { password?: unknown } | undefined)?.password
  if (typeof password === 'string' && password) {
    const problem = passwordProblem(password)
    if (problem) refuse(problem)
  }
  return data
}

/** Resetting a forgotten password skips the validate hooks' view of it, so check it here too. */
export const enforcePasswordPolicyOnReset: CollectionBeforeOperationHook = ({ args, operation }) => {
  if (operation === 'resetPassword') {
    const password = (args as { data?: { password?: unknown } }).data?.password
    if (typeof password === 'string') {
      const problem = passwordProblem(password)
      if (problem) refuse(problem)
    }
  }
  return args
}
