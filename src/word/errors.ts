// What the Word import refuses, apart from the converter itself: the endpoint checks the size and reports
// refusals without loading mammoth and jsdom, which are loaded only when a document is converted.
export const MAX_WORD_BYTES = 20 * 1024 * 1024

export class WordImportError extends Error {
  constructor(
    message: string,
    readonly status = 400,
  ) {
    super(message)
  }
}
