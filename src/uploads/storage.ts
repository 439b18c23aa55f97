// Where uploads live: the local disk by default (MEDIA_DIR), or an S3-compatible bucket that every server
// can reach when S3_BUCKET is set (several servers on one PostgreSQL; MinIO or any S3 service).
import { s3Storage } from '@payloadcms/storage-s3'
import type { Plugin } from 'payload'

export function uploadStorage(): Plugin {
  const bucket = process.env.S3_BUCKET
  return s3Storage({
    enabled: Boolean(bucket),
    // The same columns whether the bucket is used or not, so one set of migrations serves both.
    alwaysInsertFields: true,
    collections: { media: { prefix: 'media' }, documents: { prefix: 'documents' } },
    bucket: bucket ?? '',
    config: {
      region: process.env.S3_REGION ?? 'us-east-1',
      endpoint: process.env.S3_ENDPOINT || undefined,
      forcePathStyle: process.env.S3_FORCE_PATH_STYLE === 'true',
      credentials: process.env.S3_ACCESS_KEY_ID
        ? { accessKeyId: process.env.S3_ACCESS_KEY_ID, secretAccessKey: process.env.S3_SECRET_ACCESS_KEY ?? '' }
        : undefined,
    },
  })
}
