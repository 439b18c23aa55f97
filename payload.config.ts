import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { vi } from '@payloadcms/translations/languages/vi'
import { buildConfig } from 'payload'

import { isAdmin } from '@/access/isAdmin'
import { isEditorOrAbove } from '@/access/isEditorOrAbove'
import { Articles } from '@/collections/Articles'
import { Authors } from '@/collections/Authors'
import { Categories } from '@/collections/Categories'
import { Indices } from '@/collections/Indices'
import { Media } from '@/collections/Media'
import { ScoreRecords } from '@/collections/ScoreRecords'
import { Units } from '@/collections/Units'
import { Users } from '@/collections/Users'
import { databaseAdapter } from '@/database'
import { runsScheduledJobs } from '@/database/jobLeader'
import { writeGate } from '@/database/writeGate'
import { emailAdapter, MAIL_NOT_CONFIGURED_SCREEN, mailDependentViews } from '@/email/adapter'
import { payloadSecret, siteUrl } from '@/env'
import { CounterSettings } from '@/globals/CounterSettings'
import { Navigation } from '@/globals/Navigation'
import { showPublicErrors } from '@/hooks/showPublicErrors'
import { guardScheduledJobs } from '@/news/guardScheduledJobs'
import { SiteSettings } from '@/globals/SiteSettings'
import { redirects } from '@/redirects/plugin'
import { Weather } from '@/globals/Weather'
import '@/types/payload-context'
import { limitedSharp, MAX_UPLOAD_BYTES } from '@/uploads/limits'
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
  collections: [Articles, Categories, Media, ScoreRecords, Indices, Authors, Units, Users],
  globals: [SiteSettings, Navigation, Weather, CounterSettings],
  editor: lexicalEditor(),
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
  },
  upload: { limits: { fileSize: MAX_UPLOAD_BYTES } },
  // writeGate: while an import's SQLite transaction is open, other writes wait for it (src/database/writeGate.ts).
  plugins: [uploadStorage(), redirects, writeGate],
  secret: payloadSecret(),
  // Payload's resizing and cropping decode with the same pixel limit as the upload check.
  sharp: limitedSharp,
  typescript: { outputFile: path.resolve(dirname, 'src/payload-types.ts') },
  telemetry: false,
})
