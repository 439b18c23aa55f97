// Where the portal's mail goes: Payload's nodemailer adapter on the SMTP server named by SMTP_*, read once when
// the config is built. Without SMTP_HOST there is no adapter (Payload then only logs that a mail was attempted)
// and the admin's forgot-password screen says that mail is not set up, instead of promising a mail nobody sends.
import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import type SMTPConnection from 'nodemailer/lib/smtp-connection'
import type { AdminViewConfig, EmailAdapter } from 'payload'

import { siteUrl } from '@/env'

export const SENDER_NAME = 'Sở Nội vụ tỉnh Lào Cai'

/** The screen shown at /admin/forgot when mail is not set up. */
export const MAIL_NOT_CONFIGURED_SCREEN = '@/components/admin/MailNotConfigured#MailNotConfigured'

type Env = Record<string, string | undefined>

export type MailSettings = {
  transport: SMTPConnection.Options
  fromName: string
  fromAddress: string
}

/** The SMTP settings from the environment, or null when SMTP_HOST is not set. */
export function mailSettings(env: Env = process.env): MailSettings | null {
  const host = env.SMTP_HOST?.trim()
  if (!host) return null
  const port = Number(env.SMTP_PORT?.trim() || 587)
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new Error(`SMTP_PORT must be a port number (e.g. 587, or 465 for implicit TLS), not "${env.SMTP_PORT}".`)
  }
  const from = sender(env.SMTP_FROM, env.SITE_URL ?? siteUrl())
  return {
    transport: {
      host,
      port,
      // 465 is SMTPS: TLS from the first byte. On any other port nodemailer upgrades with STARTTLS whenever
      // the server offers it, and refuses a certificate it cannot verify.
      secure: port === 465,
      auth: env.SMTP_USER ? { user: env.SMTP_USER, pass: env.SMTP_PASS ?? '' } : undefined,
      // A staff member waits on the forgot-password screen while the mail goes out: fail in seconds, not the
      // two minutes nodemailer would wait for a server that does not answer.
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 30_000,
    },
    ...from,
  }
}

/** `"Name" <address>`, `Name <address>` or a bare address (which is sent under the department's name). */
function sender(configured: string | undefined, site: string): { fromName: string; fromAddress: string } {
  const value = configured?.trim()
  if (!value) return { fromName: SENDER_NAME, fromAddress: `no-reply@${new URL(site).hostname}` }
  const named = /^"?([^"<]*?)"?\s*<([^<>\s]+)>$/.exec(value)
  if (named) return { fromName: named[1].trim() || SENDER_NAME, fromAddress: named[2] }
  return { fromName: SENDER_NAME, fromAddress: value }
}

/** Payload's `email`: the nodemailer adapter, or undefined when SMTP is not set. */
export function emailAdapter(env: Env = process.env): Promise<EmailAdapter> | undefined {
  const settings = mailSettings(env)
  if (!settings) return undefined
  return nodemailerAdapter({
    defaultFromName: settings.fromName,
    defaultFromAddress: settings.fromAddress,
    transportOptions: settings.transport,
    // Verifying connects to the SMTP server while the config is built, which every command does (build,
    // migrate, backup): an unreachable server would hold them all up. A wrong setting shows in the log at the
    // first mail instead.
    skipVerify: true,
  })
}

/** The admin views that depend on mail: without SMTP, /admin/forgot is the screen that says so. */
export function mailDependentViews(env: Env = process.env): Record<string, AdminViewConfig> {
  if (mailSettings(env)) return {}
  return { forgot: { Component: MAIL_NOT_CONFIGURED_SCREEN, path: '/forgot', exact: true } }
}
