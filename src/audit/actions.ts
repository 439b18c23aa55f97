// What the audit trail records, with the Vietnamese names admins read in the list and its filters.

export const AUDIT_ACTIONS = {
  login: 'Đăng nhập',
  'login-failed': 'Đăng nhập thất bại',
  logout: 'Đăng xuất',
  lock: 'Khoá tài khoản',
  unlock: 'Mở khoá tài khoản',
  'password-change': 'Đổi mật khẩu',
  'password-forgot': 'Yêu cầu đặt lại mật khẩu',
  'password-reset': 'Đặt lại mật khẩu',
  'account-create': 'Tạo tài khoản',
  'role-change': 'Đổi vai trò',
  create: 'Tạo mới',
  update: 'Sửa',
  publish: 'Xuất bản',
  unpublish: 'Ẩn (bỏ xuất bản)',
  delete: 'Xoá',
  restore: 'Khôi phục phiên bản',
  'schedule-set': 'Đặt lịch xuất bản',
  'schedule-cancel': 'Huỷ lịch xuất bản',
  upload: 'Tải tệp lên',
  'upload-delete': 'Xoá tệp',
  'settings-change': 'Đổi cài đặt',
  import: 'Nhập dữ liệu',
  backup: 'Sao lưu',
  'backup-restore': 'Khôi phục bản sao lưu',
  retention: 'Xoá nhật ký cũ',
} as const

export type AuditAction = keyof typeof AUDIT_ACTIONS

/** An entry as it is written: who, from where, did what to which record, and which fields (names only). */
export type AuditEntry = {
  action: AuditAction
  userId?: string | number | null
  userEmail?: string | null
  clientAddress?: string | null
  targetCollection?: string | null
  targetId?: string | number | null
  title?: string | null
  changedFields?: string[]
  detail?: string | null
}

/** Fields whose values, and whose changes but by name, never reach the trail. A collection adds its own
 * with `custom: { audit: { secretFields: [...] } }`. */
export const SECRET_FIELDS = new Set([
  'password',
  'confirm-password',
  'hash',
  'salt',
  'resetPasswordToken',
  'resetPasswordExpiration',
  'apiKey',
  'apiKeyIndex',
  'enableAPIKey',
  'sessions',
  'loginAttempts',
  'lockUntil',
  '_verificationToken',
])

/** Changes that are bookkeeping, not an edit anybody made. */
export const IGNORED_FIELDS = new Set(['updatedAt', 'createdAt', 'id', '_status', 'globalType'])

/** How a collection or global tunes its recording: `custom: { audit: AuditOptions }`. */
export type AuditOptions = {
  /** Not recorded at all (e.g. a collection only machines write). */
  exclude?: boolean
  /** Field names never recorded, not even as changed (e.g. a question's sender's name and address). */
  secretFields?: string[]
  /** False when the record's title is itself personal data. */
  recordTitle?: boolean
}
