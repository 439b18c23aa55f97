import { READER_SCRIPT } from './readerScript'

/** The page's weather line, article tools and fetch-ahead (see ./readerScript.ts), inline at the end of the page. */
export function ReaderScript() {
  // A constant of this file, no content in it.
  return <script dangerouslySetInnerHTML={{ __html: READER_SCRIPT }} />
}
