import type { Media } from '@/payload-types'

type Props = {
  media: Media
  sizes: string
  className?: string
  loading?: 'eager' | 'lazy'
}

/** An uploaded image with its generated sizes as a srcset and its alt text. */
export function MediaImage({ media, sizes, className, loading = 'lazy' }: Props) {
  if (!media.url) return null
  const candidates = [
    ...Object.values(media.sizes ?? {}).filter((size): size is { url: string; width: number } => Boolean(size?.url && size.width)),
    ...(media.width ? [{ url: media.url, width: media.width }] : []),
  ]
  const srcSet = candidates.map((size) => `${size.url} ${size.width}w`).join(', ')
  return (
    // Payload already resizes uploads; Next's optimiser would only add a second pipeline.
    // eslint-disable-next-line @next/next/no-img-element
    <img
      className={className}
      src={media.url}
      srcSet={srcSet || undefined}
      sizes={srcSet ? sizes : undefined}
      width={media.width ?? undefined}
      height={media.height ?? undefined}
      alt={media.alt}
      loading={loading}
      decoding="async"
    />
  )
}
