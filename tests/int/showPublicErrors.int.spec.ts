// What the production build's refusals say: the reasons Payload's formatter loses there are put back.
import { ValidationError } from 'payload'
import { describe, expect, it } from 'vitest'

import { BAD_UPLOAD_FIELDS, showPublicErrors } from '@/hooks/showPublicErrors'

type HookArgs = Parameters<typeof showPublicErrors>[0]
const run = (error: Error, result: unknown, contentType = 'application/json') =>
  showPublicErrors({ error, result, req: { headers: new Headers({ 'content-type': contentType }) } } as unknown as HookArgs)

describe('refusals in the production build', () => {
  it('keep the field-by-field reason that the formatter dropped', () => {
    const error = new ValidationError({
      collection: 'pages',
      errors: [{ path: 'slug', message: 'Đường dẫn "/tin-tuc" trùng với một mục sẵn có của cổng thông tin.' }],
    })
    // What Payload's formatter answers when `instanceof ValidationError` fails across the server bundle.
    const answered = run(error, { errors: [{ message: error.message }] })
    expect(answered).toMatchObject({ status: 400 })
    const [first] = (answered as { response: { errors: { data?: { errors: { message: string }[] } }[] } }).response.errors
    expect(first.data?.errors[0].message).toContain('trùng với một mục sẵn có')
  })

  it('say what was refused instead of "An unknown error occurred."', () => {
    const error = Object.assign(new Error('Không lọc được theo trường này.'), { status: 400 })
    const answered = run(error, { errors: [{ message: 'An unknown error occurred.' }] })
    expect(answered).toMatchObject({ status: 400, response: { errors: [{ message: 'Không lọc được theo trường này.' }] } })
  })

  it('leave a server error hidden', () => {
    const error = Object.assign(new Error('SQLITE_CORRUPT at /srv/portal/data/portal.db'), { status: 500 })
    expect(run(error, { errors: [{ message: 'An unknown error occurred.' }] })).toBeUndefined()
  })

  it('leave an answer that already carries its reasons as it is', () => {
    const error = new ValidationError({ collection: 'pages', errors: [{ path: 'slug', message: 'Trùng.' }] })
    expect(run(error, { errors: [{ name: 'ValidationError', message: error.message, data: error.data }] })).toBeUndefined()
  })

  it('say that the fields sent beside an upload are not JSON, with a 400, instead of a 500', () => {
    let error: Error = new Error()
    try {
      JSON.parse('{bad')
    } catch (parseError) {
      error = parseError as Error
    }
    const unknown = { errors: [{ message: 'An unknown error occurred.' }] }
    expect(run(error, unknown, 'multipart/form-data; boundary=x')).toMatchObject({
      status: 400,
      response: { errors: [{ message: BAD_UPLOAD_FIELDS }] },
    })
    // The same error anywhere else is the server's own, and stays hidden.
    expect(run(error, unknown)).toBeUndefined()
  })
})
