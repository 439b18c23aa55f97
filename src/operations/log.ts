// The portal's own log lines (the request pipeline's): one JSON object per line on stdout in production, for
// the data centre's log collector; a short readable line in development. Callers pass no personal data:
// no addresses, no emails, no query strings (a search or a reset token could be in one).
import type { LogFn, Logger, LoggerOptions } from 'pino'

export type LogLevel = 'info' | 'warn' | 'error'
export type LogFields = Record<string, string | number | boolean | undefined>

// Read at each call: the server sets NODE_ENV as it starts, after this module is loaded.
const jsonLines = () => process.env.NODE_ENV === 'production'

export function logLine(level: LogLevel, msg: string, fields: LogFields = {}): void {
  if (jsonLines()) {
    process.stdout.write(`${JSON.stringify({ time: new Date().toISOString(), level, msg, ...fields })}\n`)
    return
  }
  const extra = Object.entries(fields)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => `${key}=${value}`)
    .join(' ')
  const line = `[${new Date().toISOString().slice(11, 23)}] ${level.toUpperCase()} ${msg}${extra ? ` ${extra}` : ''}`
  if (level === 'info') console.log(line)
  else console.error(line)
}

/** A request is logged when it failed (5xx) or was slow; LOG_REQUESTS=all logs every one. */
export function requestLogPolicy(): { all: boolean; slowMs: number } {
  const slowMs = Number(process.env.SLOW_REQUEST_MS ?? 1000)
  return { all: process.env.LOG_REQUESTS === 'all', slowMs: Number.isFinite(slowMs) && slowMs > 0 ? slowMs : 1000 }
}

/** pino's number for its `error` level. */
const PINO_ERROR = 50

/**
 * The level a refusal is logged at, whatever level Payload asked for: Payload picks it by the error's class name
 * (its `loggingLevels`: Forbidden and NotFound are `info`), and Next's minified server build renames those
 * classes ("s", ""), so every refusal (a reader's 403 or 404, a 400 for a bad filter, an upload too large) went
 * out as an `error` with its whole stack, as loud as a fault. A failed sign-in is a warning; a fault (no status,
 * or 5xx) stays an error.
 */
function refusalLevel(status: unknown): 'info' | 'warn' | null {
  if (typeof status !== 'number' || status < 400 || status >= 500) return null
  return status === 401 ? 'warn' : 'info'
}

/** Payload's logger (pino) in production: JSON lines with ISO times, without the host name, and without the
 * request headers and emails a library might attach to an error. In development Payload's pretty output stays. */
export function payloadLogger() {
  if (!jsonLines()) return undefined
  return {
    options: {
      level: process.env.LOG_LEVEL ?? 'info',
      base: undefined,
      timestamp: () => `,"time":"${new Date().toISOString()}"`,
      formatters: { level: (label: string) => ({ level: label }) },
      redact: { paths: ['req.headers', 'headers', 'email', 'ip', '*.email', '*.ip', 'data.password', 'password'], remove: true },
      hooks: {
        logMethod(this: Logger, args: Parameters<LogFn>, method: LogFn, level: number) {
          const error = level >= PINO_ERROR ? (args[0] as { err?: { status?: unknown; message?: string } } | null)?.err : undefined
          const refusal = error ? refusalLevel(error.status) : null
          if (error && refusal) return this[refusal]({ msg: error.message })
          return method.apply(this, args)
        },
      },
    } satisfies LoggerOptions,
  }
}
