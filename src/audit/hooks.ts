// The recording hooks the audit plugin adds to every collection and global. Each hook only queues work
// (./record.ts): the entry is built and written after the action has answered.
import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionAfterErrorHook,
  CollectionAfterLoginHook,
  CollectionAfterLogoutHook,
  CollectionAfterOperationHook,
  CollectionBeforeOperationHook,
  CollectionConfig,
  CollectionSlug,
  GlobalAfterChangeHook,
  GlobalConfig,
  PayloadRequest,
} from 'payload'

import { pinnedAddress } from '@/server/clientAddress'

import { type AuditAction, type AuditEntry, type AuditOptions, IGNORED_FIELDS, SECRET_FIELDS } from './actions'
import { recordAuditLater } from './record'

declare module 'payload' {
  export interface RequestContext {
    /** Set for the length of a version restore, so that its save is recorded as a restore. */
    auditRestoring?: boolean
    /** Set when an account's save carries a new password, which Payload takes out of the data before afterChange. */
    auditPasswordChange?: boolean
  }
}

type Doc = Record<string, unknown>

export const auditOptionsOf = (config: CollectionConfig | GlobalConfig): AuditOptions =>
  ((config.custom as { audit?: AuditOptions } | undefined)?.audit ?? {}) as AuditOptions

/** Who acted and from where, as the request says now (the email as it is at this moment). */
function actor(req: PayloadRequest): Pick<AuditEntry, 'userId' | 'userEmail' | 'clientAddress'> {
  const user = req.user as { id?: string | number; email?: string } | null | undefined
  return { userId: user?.id ?? null, userEmail: user?.email ?? null, clientAddress: pinnedAddress(req.headers) ?? null }
}

/**
 * Staff actions only: the Local API with nobody signed in is the server's own work (the weather reading,
 * the seed, a job), which would bury what people did. Scripts that matter (imports, backups) call
 * recordAudit themselves. Requests from outside (sign-in, first account, REST) are always recorded.
 */
const isStaffAction = (req: PayloadRequest) => Boolean(req.user) || req.payloadAPI !== 'local'

/** Names of the top-level fields whose value changed; secrets and bookkeeping left out. */
export function changedFieldNames(doc: Doc, previous: Doc | undefined, data: Doc | undefined, secret: Set<string>): string[] {
  const names = new Set<string>()
  for (const key of new Set([...Object.keys(doc), ...Object.keys(previous ?? {})])) {
    if (IGNORED_FIELDS.has(key) || SECRET_FIELDS.has(key) || secret.has(key)) continue
    if (JSON.stringify(doc[key] ?? null) !== JSON.stringify(previous?.[key] ?? null)) names.add(key)
  }
  // A new password never appears in the document: its presence in the data is the change.
  if (data && typeof data.password === 'string' && data.password) names.add('password')
  return [...names]
}

function titleOf(doc: Doc | undefined, useAsTitle: string | undefined, options: AuditOptions): string | null {
  if (!doc || options.recordTitle === false) return null
  for (const key of [useAsTitle, 'title', 'name', 'filename', 'slug']) {
    if (!key || SECRET_FIELDS.has(key) || options.secretFields?.includes(key)) continue
    const value = doc[key]
    if (typeof value === 'string' && value) return value
  }
  return null
}

export function collectionAuditHooks(collection: CollectionConfig) {
  const options = auditOptionsOf(collection)
  const secret = new Set(options.secretFields ?? [])
  const isAuth = Boolean(collection.auth)
  const isUpload = Boolean(collection.upload)
  const hasDrafts = Boolean(typeof collection.versions === 'object' && collection.versions?.drafts)
  const slug = collection.slug
  const title = (doc: Doc | undefined) => titleOf(doc, collection.admin?.useAsTitle, options)

  const afterChange: CollectionAfterChangeHook = ({ doc, previousDoc, data, operation, req }) => {
    if (!isStaffAction(req)) return doc
    // Autosaved drafts (every two seconds while typing) are not actions; the save or publish that follows is.
    const query = req.query as Record<string, unknown> | undefined
    if (query?.autosave === 'true' || query?.autosave === true) return doc
    const restoring = Boolean(req.context.auditRestoring)
    const passwordChanged = Boolean(req.context.auditPasswordChange)
    const who = actor(req)
    recordAuditLater(req.payload, () => {
      const changed = changedFieldNames(doc, operation === 'create' ? undefined : previousDoc, data, secret)
      if (passwordChanged && !changed.includes('password')) changed.push('password')
      let action: AuditAction = operation === 'create' ? 'create' : 'update'
      if (restoring) action = 'restore'
      else if (isAuth && operation === 'create') action = 'account-create'
      else if (isAuth && changed.includes('role')) action = 'role-change'
      else if (isAuth && changed.includes('password')) action = 'password-change'
      else if (isUpload && operation === 'create') action = 'upload'
      else if (hasDrafts && operation === 'update') {
        const was = previousDoc?._status
        const now = doc._status
        if (now === 'published' && was !== 'published') action = 'publish'
        // A draft saved beside a published version (REST's ?draft=true, the Local API's `draft: true`) leaves
        // the published one in place.
        else if (now === 'draft' && was === 'published' && query?.draft !== 'true' && !req.context.auditDraftSave) action = 'unpublish'
      } else if (hasDrafts && operation === 'create' && doc._status === 'published') action = 'publish'
      if (action === 'update' && changed.length === 0) return null
      return { action, ...who, targetCollection: slug, targetId: doc.id as string | number, title: title(doc), changedFields: changed }
    })
    return doc
  }

  const afterDelete: CollectionAfterDeleteHook = ({ doc, id, req }) => {
    if (!isStaffAction(req)) return doc
    const who = actor(req)
    recordAuditLater(req.payload, () => ({
      action: isUpload ? 'upload-delete' : 'delete',
      ...who,
      targetCollection: slug,
      targetId: id,
      title: title(doc),
    }))
    return doc
  }

  const markOperation: CollectionBeforeOperationHook = ({ args, operation, req }) => {
    if (operation === 'restoreVersion') req.context.auditRestoring = true
    if ((operation === 'update' || operation === 'updateByID') && (args as { draft?: boolean }).draft) req.context.auditDraftSave = true
    const data = (args as { data?: { password?: unknown } }).data
    if (isAuth && (operation === 'update' || operation === 'updateByID') && typeof data?.password === 'string' && data.password) {
      req.context.auditPasswordChange = true
    }
    return args
  }

  const hooks: CollectionConfig['hooks'] = { afterChange: [afterChange], afterDelete: [afterDelete], beforeOperation: [markOperation] }
  if (!isAuth) return hooks

  const afterLogin: CollectionAfterLoginHook = ({ req, user }) => {
    const who = { userId: user.id, userEmail: (user as { email?: string }).email, clientAddress: pinnedAddress(req.headers) ?? null }
    recordAuditLater(req.payload, () => ({ action: 'login', ...who, targetCollection: slug, targetId: user.id }))
    return user
  }

  const afterLogout: CollectionAfterLogoutHook = ({ req }) => {
    const who = actor(req)
    if (who.userId == null) return
    recordAuditLater(req.payload, () => ({ action: 'logout', ...who, targetCollection: slug, targetId: who.userId }))
  }

  const afterOperation: CollectionAfterOperationHook = ({ args, operation, req, result }) => {
    if (operation !== 'resetPassword' && operation !== 'unlock' && operation !== 'forgotPassword') return result
    const who = actor(req)
    const email = (args as { data?: { email?: unknown } }).data?.email
    if (operation === 'resetPassword') {
      const user = (result as { user?: { id?: string | number; email?: string } } | undefined)?.user
      recordAuditLater(req.payload, () => ({
        action: 'password-reset',
        ...who,
        userId: who.userId ?? user?.id,
        userEmail: who.userEmail ?? user?.email,
        targetCollection: slug,
        targetId: user?.id,
        changedFields: ['password'],
      }))
    } else {
      // The account named, whether or not it exists: the answer to the requester is the same either way.
      const named = typeof email === 'string' ? email.slice(0, 254) : null
      const action: AuditAction = operation === 'unlock' ? 'unlock' : 'password-forgot'
      recordAuditLater(req.payload, () => ({ action, ...who, userEmail: who.userEmail ?? named, targetCollection: slug, detail: named }))
    }
    return result
  }

  /** A refused sign-in through REST (Payload's error path): the address and the account name tried. */
  const afterError: CollectionAfterErrorHook = ({ error, req }) => {
    const path = new URL(req.url ?? 'http://local/', 'http://local').pathname
    if (!path.endsWith(`/${slug}/login`)) return
    const name = (error as { name?: string }).name
    if (name !== 'AuthenticationError' && name !== 'LockedAuth') return
    const email = (req.data as { email?: unknown } | undefined)?.email
    const tried = typeof email === 'string' ? email.trim().toLowerCase().slice(0, 254) : null
    const clientAddress = pinnedAddress(req.headers) ?? null
    const payload = req.payload
    recordAuditLater(payload, () => ({
      action: 'login-failed',
      userEmail: tried,
      clientAddress,
      targetCollection: slug,
      detail: name === 'LockedAuth' ? 'Tài khoản đang bị khoá' : 'Sai email hoặc mật khẩu',
    }))
    // The try that reached the limit locked the account: say so once, beside it.
    if (name === 'AuthenticationError' && tried) {
      recordAuditLater(payload, async () => {
        const found = await payload.db.findOne<{ id: string | number; email: string; lockUntil?: string | null }>({
          collection: slug as CollectionSlug,
          where: { email: { equals: tried } },
        })
        if (!found?.lockUntil || new Date(found.lockUntil).getTime() <= Date.now()) return null
        return { action: 'lock', userId: found.id, userEmail: found.email, clientAddress, targetCollection: slug, targetId: found.id }
      })
    }
  }

  return { ...hooks, afterLogin: [afterLogin], afterLogout: [afterLogout], afterOperation: [afterOperation], afterError: [afterError] }
}

export function globalAuditHook(global: GlobalConfig): GlobalAfterChangeHook {
  const secret = new Set(auditOptionsOf(global).secretFields ?? [])
  return ({ doc, previousDoc, req }) => {
    if (!isStaffAction(req)) return doc
    const who = actor(req)
    recordAuditLater(req.payload, () => {
      const changed = changedFieldNames(doc as Doc, previousDoc as Doc, undefined, secret)
      if (changed.length === 0) return null
      return {
        action: 'settings-change',
        ...who,
        targetCollection: global.slug,
        title: typeof global.label === 'string' ? global.label : global.slug,
        changedFields: changed,
      }
    })
    return doc
  }
}
