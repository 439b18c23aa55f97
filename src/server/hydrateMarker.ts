/**
 * The attribute of an element that a page renders when it needs React in the browser: such a page is sent
 * with its runtime (./leanPages.ts); every other public page goes out without it.
 */
export const HYDRATE_MARKER = 'data-portal-hydrate'
