// The documents' size limit, apart from the upload hook (./checkFile.ts) so that the server's pipeline can
// refuse an oversized upload before reading it without loading Payload into its own process a second time.

/** Largest document accepted: 20 MB (a scanned decision of a few dozen pages fits). */
export const MAX_DOCUMENT_BYTES = 20 * 1024 * 1024

export const DOCUMENT_TOO_LARGE = 'Tệp quá lớn: văn bản tối đa 20 MB.'
