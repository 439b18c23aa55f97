// Under the article title: share (Facebook, Zalo and others through the phone's share sheet, email,
// copy link), print, and larger or smaller text, kept for the reader in this browser. The buttons work
// through the page's own script (./readerScript.ts, `data-tool`), not React: public pages go out without
// React's runtime. The links work with no script at all.
export function ArticleTools({ url, title }: { url: string; title: string }) {
  const encoded = encodeURIComponent(url)
  return (
    <div className="article-tools" data-url={url} data-title={title}>
      <span className="article-tools__group" role="group" aria-label="Cỡ chữ">
        {/* The script sets `disabled` from the reader's saved size before React (where it runs) hydrates. */}
        <button type="button" data-tool="smaller" suppressHydrationWarning>
          A−<span className="visually-hidden"> thu nhỏ chữ</span>
        </button>
        <button type="button" data-tool="larger" suppressHydrationWarning>
          A+<span className="visually-hidden"> phóng to chữ</span>
        </button>
      </span>
      <span className="article-tools__group" role="group" aria-label="Chia sẻ">
        <a href={`https://www.facebook.com/sharer/sharer.php?u=${encoded}`} target="_blank" rel="noopener noreferrer">
          Facebook
        </a>
        {/* Shown by the script where the browser has a share sheet (phones). */}
        <button type="button" data-tool="share" hidden suppressHydrationWarning>
          Zalo, …
        </button>
        <a href={`mailto:?subject=${encodeURIComponent(title)}&body=${encoded}`}>Email</a>
        <button type="button" data-tool="copy">
          Sao chép liên kết
        </button>
      </span>
      <button type="button" data-tool="print">
        In bài
      </button>
    </div>
  )
}
