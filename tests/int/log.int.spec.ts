// Payload's log in production, as the data centre's collector reads it: a refusal is not an error.
import { Writable } from 'node:stream'

import { APIError, AuthenticationError, Forbidden, logError, NotFound, type Payload } from 'payload'
import pino from 'pino'
import { afterEach, describe, expect, it, vi } from 'vitest'

import { payloadLogger } from '@/operations/log'

type Line = { level: string; msg?: string; err?: { stack?: string } }

/** Payload's own logError, with the portal's production logger, for an error as Next's minified build names it. */
function logged(error: Error): Line {
  vi.stubEnv('NODE_ENV', 'production')
  const lines: string[] = []
  const destination = new Writable({
    write(chunk, _encoding, done) {
      lines.push(String(chunk))
      done()
    },
  })
  const logger = pino(payloadLogger()!.options, destination)
  // The minified server build renames Payload's error classes ("s", ""), so its loggingLevels never match.
  Object.defineProperty(error, 'name', { value: 's' })
  logError({ err: error, payload: { config: { loggingLevels: {} }, logger } as unknown as Payload })
  expect(lines).toHaveLength(1)
  return JSON.parse(lines[0]) as Line
}

afterEach(() => {
  vi.unstubAllEnvs()
})

describe("Payload's log in production", () => {
  it('notes a refusal (403, 404, a 400 for bad input) as info, with its message and no stack', () => {
    for (const error of [new Forbidden(), new NotFound(), new APIError('Trường không tồn tại: tittle.', 400, null, true)]) {
      const line = logged(error)
      expect(line).toEqual({ level: 'info', msg: error.message, time: expect.any(String) })
    }
  })

  it('notes a failed sign-in as a warning, and keeps a fault an error with its stack', () => {
    expect(logged(new AuthenticationError()).level).toBe('warn')
    const fault = logged(new Error('database is locked'))
    expect(fault.level).toBe('error')
    expect(fault.err?.stack).toContain('database is locked')
  })
})
