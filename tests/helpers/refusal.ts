// What a refused @payloadcms/sdk call ended in, for the integration tests (through ./sdk.ts) and the
// end-to-end ones alike; it imports nothing of the portal, so Playwright can load it.
import { PayloadSDKError } from '@payloadcms/sdk'

/** The refusal an SDK call ends in: its HTTP status and first message. */
export async function refusal(call: Promise<unknown>): Promise<{ status: number; message: string }> {
  try {
    await call
  } catch (error) {
    if (error instanceof PayloadSDKError) return { status: error.status, message: error.errors?.[0]?.message ?? error.message }
    throw error
  }
  throw new Error('Expected the API to refuse, but it answered.')
}
