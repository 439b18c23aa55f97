import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { vi } from '@payloadcms/translations/languages/vi'
import { buildConfig } from 'payload'

import { isAdmin } from '@/access/isAdmin'
import { isEditorOrAbove } from '@/access/isEditorOrAbove'
import { auditTrail } from '@/audit/plugin'
import { Articles } from '@/collections/Articles'
import { Authors } from '@/collections/Authors'
import { Categories } from '@/collections/Categories'
import { Documents } from '@/collections/Documents'
import { DocumentTypes } from '@/collections/DocumentTypes'
import { Indices } from '@/collections/Indices'
import { Media } from '@/collections/Media'
import { Pages } from '@/collections/Pages'
import { People } from '@/collections/People'
import { Questions } from '@/collections/Questions'
import { ScheduleEntries } from '@/collections/ScheduleEntries'
import { ScoreRecords } from '@/collections/ScoreRecords'
import { Units } from '@/collections/Units'
import { Users } from '@/collections/Users'
import { databaseAdapter } from '@/database'
import { runsScheduledJobs } from '@/database/jobLeader'
import { writeGate } from '@/database/writeGate'
import { emailAdapter, MAIL_NOT_CONFIGURED_SCREEN, mailDependentViews } from '@/email/adapter'
import { payloadSecret, siteUrl } from '@/env'
import { strictNumbers } from '@/fields/strictNumbers'
import { Contacts } from '@/globals/Contacts'
import { CounterSettings } from '@/globals/CounterSettings'
import { Navigation } from '@/globals/Navigation'
import { QuestionSettings } from '@/globals/QuestionSettings'
import { showPublicErrors } from '@/hooks/showPublicErrors'
import { guardScheduledJobs } from '@/news/guardScheduledJobs'
import { payloadLogger } from '@/operations/log'
import { eraseQuestionContacts } from '@/questions/retention'
import { SiteSettings } from '@/globals/SiteSettings'
import { redirects } from '@/redirects/plugin'
import { Weather } from '@/globals/Weather'
import '@/types/payload-context'
import { limitedSharp } from '@/uploads/limits'
import { DOCUMENT_TOO_LARGE, MAX_DOCUMENT_BYTES } from '@/documents/checkFile'
import { uploadStorage } from '@/uploads/storage'
import { TIME_ZONE } from '@/utilities/format'

const dirname = path.dirname(fileURLToPath(import.meta.url))

export default buildConfig({
  // Also the CSRF allow-list: Payload ignores the session cookie on requests from any other origin.
  serverURL: siteUrl(),
  admin: {
    user: Users.slug,
    importMap: { baseDir: path.resolve(dirname, 'src') },
    meta: {
      titleSuffix: ' · Sở Nội vụ tỉnh Lào Cai',
      // The department's mark instead of Payload's favicon; the .ico is the public site's, for older browsers.
      icons: [
        { rel: 'icon', type: 'image/svg+xml', url: '/favicon.svg' },
        { rel: 'icon', type: 'image/x-icon', sizes: '32x32', url: '/favicon.ico' },
      ],
      // A link to the admin pasted in a chat otherwise previews as "Payload App".
      openGraph: { siteName: 'Sở Nội vụ tỉnh Lào Cai', description: 'Trang quản trị Cổng thông tin điện tử Sở Nội vụ tỉnh Lào Cai' },
    },
    // Gravatar's images are refused by the CSP (img-src 'self') and would tell Gravatar who works here.
    avatar: 'default',
    dateFormat: 'd/M/yyyy HH:mm',
    components: {
      graphics: { Logo: '@/components/admin/Logo#Logo', Icon: '@/components/admin/Icon#Icon' },
      beforeNavLinks: ['@/components/admin/NavBrand#NavBrand'],
      beforeDashboard: ['@/components/admin/AwaitingReview#AwaitingReview', '@/components/admin/AnalyticsDashboard#AnalyticsDashboard'],
      // Without SMTP, /admin/forgot says mail is not set up (src/email/adapter.ts).
      views: mailDependentViews(),
    },
    // In the import map whether or not SMTP is set where the map is generated.
    dependencies: { mailNotConfigured: { type: 'component', path: MAIL_NOT_CONFIGURED_SCREEN } },
    timezones: {
      supportedTimezones: [{ label: 'Giờ Việt Nam (UTC+7)', value: TIME_ZONE }],
      defaultTimezone: TIME_ZONE,
    },
  },
  collections: [
    Articles,
    Categories,
    Media,
    ScoreRecords,
    Indices,
    Authors,
    Units,
    People,
    ScheduleEntries,
    Users,
    Pages,
    Documents,
    DocumentTypes,
    Questions,
  ],
  globals: [SiteSettings, Navigation, Weather, CounterSettings, Contacts, QuestionSettings],
  editor: lexicalEditor(),
  // English for the department's pages, contacts, units and leaders only (fields marked `localized`); news stays Vietnamese.
  localization: {
    locales: [
      { code: 'vi', label: 'Tiếng Việt' },
      { code: 'en', label: 'English' },
    ],
    defaultLocale: 'vi',
    fallback: false,
  },
  email: emailAdapter(),
  db: databaseAdapter(dirname),
  i18n: {
    supportedLanguages: { vi, en },
    fallbackLanguage: 'vi',
  },
  graphQL: { disable: true },
  hooks: { afterError: [showPublicErrors] },
  jobs: {
    // Scheduled publishing runs inside the server (started from src/instrumentation.ts): no outside cron.
    autoRun: [{ cron: '* * * * *', queue: 'default' }],
    // With several servers on one PostgreSQL, only one runs the jobs (see src/database/jobLeader.ts).
    shouldAutoRun: runsScheduledJobs,
    access: { queue: isEditorOrAbove, cancel: isEditorOrAbove, run: isAdmin },
    jobsCollectionOverrides: guardScheduledJobs,
    tasks: [eraseQuestionContacts],
  },
  // The largest upload of any kind (a document, 20 MB): reading stops there. Pictures have their own 10 MB check.
  upload: { limits: { fileSize: MAX_DOCUMENT_BYTES }, responseOnLimit: DOCUMENT_TOO_LARGE },
  // writeGate: while an import's SQLite transaction is open, other writes wait for it (src/database/writeGate.ts).
  // strictNumbers after it, so that its settings are covered too: a number field refuses "abc" instead of
  // saving it as empty (src/fields/strictNumbers.ts).
  // auditTrail last: it records every collection and global the others have added (src/audit/plugin.ts).
  plugins: [uploadStorage(), redirects, writeGate, auditTrail, strictNumbers],
  // JSON lines in production, Payload's readable output in development (src/operations/log.ts).
  logger: payloadLogger(),
  secret: payloadSecret(),
  // Payload's resizing and cropping decode with the same pixel limit as the upload check.
  sharp: limitedSharp,
  typescript: { outputFile: path.resolve(dirname, 'src/payload-types.ts') },
  telemetry: false,
})
