import { EXIT_PREVIEW_PATH } from '@/news/paths'

/** Shown on a page rendered from a draft, so staff never mistake a preview for the live page. */
export function PreviewBanner({ path }: { path: string }) {
  return (
    <div className="preview-banner" role="status">
      Đang xem trước bản nháp: người đọc chưa thấy nội dung này.{' '}
      <a href={`${EXIT_PREVIEW_PATH}?duong-dan=${encodeURIComponent(path)}`}>Thoát xem trước</a>
    </div>
  )
}
