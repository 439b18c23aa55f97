'use client'
// Under the article title: share (Facebook, Zalo and others through the phone's share sheet, email,
// copy link), print, and larger or smaller text, kept for the reader in this browser.
import { useEffect, useState } from 'react'

const SIZE_KEY = 'ltv-co-chu'
const SIZES = [0.9, 1, 1.15, 1.3, 1.5]

function applySize(index: number): void {
  document.documentElement.style.setProperty('--article-scale', String(SIZES[index]))
}

export function ArticleTools({ url, title }: { url: string; title: string }) {
  const [size, setSize] = useState(1)
  const [copied, setCopied] = useState(false)
  const [canShare, setCanShare] = useState(false)

  useEffect(() => {
    const saved = Number(window.localStorage.getItem(SIZE_KEY))
    if (Number.isInteger(saved) && saved >= 0 && saved < SIZES.length) {
      // The reader's size lives in this browser's storage, readable only once the page is hydrated.
      // eslint-disable-next-line react-hooks/set-state-in-effect
      setSize(saved)
      applySize(saved)
    }
    setCanShare(typeof navigator.share === 'function')
  }, [])

  function changeSize(step: number): void {
    const next = Math.min(SIZES.length - 1, Math.max(0, size + step))
    setSize(next)
    applySize(next)
    try {
      window.localStorage.setItem(SIZE_KEY, String(next))
    } catch {
      // Storage off: the size still applies to this page.
    }
  }

  async function copyLink(): Promise<void> {
    try {
      await navigator.clipboard.writeText(url)
      setCopied(true)
      window.setTimeout(() => setCopied(false), 2000)
    } catch {
      window.prompt('Sao chép đường dẫn bài viết:', url)
    }
  }

  const encoded = encodeURIComponent(url)
  return (
    <div className="article-tools">
      <span className="article-tools__group" role="group" aria-label="Cỡ chữ">
        <button type="button" onClick={() => changeSize(-1)} disabled={size === 0}>
          A−<span className="visually-hidden"> thu nhỏ chữ</span>
        </button>
        <button type="button" onClick={() => changeSize(1)} disabled={size === SIZES.length - 1}>
          A+<span className="visually-hidden"> phóng to chữ</span>
        </button>
      </span>
      <span className="article-tools__group" role="group" aria-label="Chia sẻ">
        <a href={`https://www.facebook.com/sharer/sharer.php?u=${encoded}`} target="_blank" rel="noopener noreferrer">
          Facebook
        </a>
        {canShare ? (
          <button type="button" onClick={() => navigator.share({ title, url }).catch(() => undefined)}>
            Zalo, …
          </button>
        ) : null}
        <a href={`mailto:?subject=${encodeURIComponent(title)}&body=${encoded}`}>Email</a>
        <button type="button" onClick={copyLink}>
          {copied ? 'Đã sao chép' : 'Sao chép liên kết'}
        </button>
      </span>
      <button type="button" onClick={() => window.print()}>
        In bài
      </button>
    </div>
  )
}
