// What an upload may weigh: bytes on disk and pixels once decoded. Every sharp call on an upload, the portal's and
// Payload's (resizing, cropping), goes through `limitedSharp`.
import type { SharpDependency } from 'payload'
import sharp from 'sharp'

/** Largest upload accepted, in bytes (10 MB: a news photo straight from a camera fits). */
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024

/**
 * Largest picture accepted, in pixels, all frames of an animation together (40 million: a 45-megapixel camera's
 * photo does not fit, a 7,700 × 5,200 one does). Memory follows pixels, not bytes: a 20,000 × 20,000 PNG of
 * one colour is about a megabyte on disk and over a gigabyte decoded, and sharp's own limit (about 268 million
 * pixels) lets through pictures that cost 800 MB each on a server with a 384 MB heap.
 */
export const MAX_INPUT_PIXELS = 40_000_000

/** sharp that refuses to decode a picture of more than MAX_INPUT_PIXELS, whatever options the caller passes. */
export const limitedSharp: SharpDependency = (input, options) => sharp(input, { ...options, limitInputPixels: MAX_INPUT_PIXELS })
