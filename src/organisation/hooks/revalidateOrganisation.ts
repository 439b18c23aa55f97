import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { expireTags } from '@/news/revalidate'

import { ORGANISATION_TAGS } from '../tags'

/** Any change to a unit, a person or a schedule entry refreshes the organisation pages. */
export const revalidateOrganisation: CollectionAfterChangeHook = ({ doc, req }) => {
  if (!req.context.disableRevalidate) expireTags([ORGANISATION_TAGS.organisation])
  return doc
}

export const revalidateOrganisationAfterDelete: CollectionAfterDeleteHook = ({ doc, req }) => {
  if (!req.context.disableRevalidate) expireTags([ORGANISATION_TAGS.organisation])
  return doc
}
