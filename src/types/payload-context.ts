// Flags and notes that travel with a request through `context`, typed once for every hook.
import type { LiveRow } from '@/collections/Articles/hooks/liveRow'

declare module 'payload' {
  export interface RequestContext {
    /** Skip Next.js cache revalidation (there is no Next server to revalidate outside a request). */
    disableRevalidate?: boolean
    /** Articles' live rows as they were before this update (see captureLiveRow). */
    articleLiveRows?: Record<number, LiveRow | null>
    /** The same rows after this save, read once for every after-change hook (see liveRowChange). */
    articleLiveRowsAfter?: Record<number, LiveRow | null>
    /** Set while a score record's change is recomputed because the year before it changed. */
    recomputingChange?: boolean
    /** A document's file as judged by its content, for the save that stores it (see src/documents/checkFile.ts). */
    documentFile?: { originalName: string; mimeType: string }
  }
}
