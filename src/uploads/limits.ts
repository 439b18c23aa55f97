/** Largest upload accepted, in bytes (10 MB: a news photo straight from a camera fits). */
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024
