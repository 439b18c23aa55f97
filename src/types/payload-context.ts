// Flags that seeds, scripts and tests pass through `context` to skip work that needs a Next request.
export {}

declare module 'payload' {
  export interface RequestContext {
    /** Skip Next.js cache revalidation (there is no Next server to revalidate outside a request). */
    disableRevalidate?: boolean
  }
}
