// Next's own copy of the `compression` middleware, which it wraps around every answer; the tests put it
// in front of a stand-in for Next (tests/int/leanPages.int.spec.ts). It ships without types.
declare module 'next/dist/compiled/compression' {
  import type { IncomingMessage, ServerResponse } from 'node:http'

  export default function compression(): (request: IncomingMessage, response: ServerResponse, next: () => void) => void
}
