'use server'
// The form with JavaScript: the same intake as the plain POST, through a Server Action (Next checks that it
// comes from this site's own pages).
import configPromise from '@payload-config'
import { headers } from 'next/headers'
import { getPayload } from 'payload'

import { pinnedAddress } from '@/server/clientAddress'

import { submitQuestion } from './intake'
import { type SubmissionResult, valuesFrom } from './submission'

export async function askQuestion(_previous: SubmissionResult, form: FormData): Promise<SubmissionResult> {
  const payload = await getPayload({ config: configPromise })
  const address = pinnedAddress(await headers()) ?? 'unknown'
  const honeypot = form.get('website')
  return submitQuestion(payload, {
    values: valuesFrom((name) => form.get(name)),
    honeypot: typeof honeypot === 'string' ? honeypot : '',
    address,
  })
}
