'use client'
// In the article editor's sidebar: "Nhập từ Word (.docx)". The file goes to POST /api/articles/nhap-word,
// which makes a new draft, and the editor moves to that draft at once (its first heading as the title); there
// staff check each picture's alt text (for readers who cannot see it). What is left to check travels with the
// move in sessionStorage, keyed by the draft's id: the page this button sat on may itself be replaced while the
// file uploads (Payload's autosave makes a draft of its own on the create page and moves there), so nothing
// may depend on this component staying mounted between the upload and the alt texts.
import { useDocumentInfo } from '@payloadcms/ui'
import { useEffect, useRef, useState } from 'react'

type Picture = { id: number; alt: string }
type Imported = { id: number; title: string; pictures: Picture[] }

const editorPath = (id: number) => `/admin/collections/articles/${id}`
const pendingKey = (id: number | string) => `nhap-word:${id}`

/** The pictures of a draft just imported from Word whose descriptions staff have not confirmed yet. */
function pendingFor(id: number | string | undefined): Imported | null {
  if (id === undefined) return null
  try {
    const stored = JSON.parse(window.sessionStorage.getItem(pendingKey(id)) ?? 'null') as Imported | null
    return stored && Array.isArray(stored.pictures) && stored.pictures.length ? stored : null
  } catch {
    return null
  }
}

export function WordImport() {
  const { id: documentId } = useDocumentInfo()
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [imported, setImported] = useState<Imported | null>(null)
  const [alts, setAlts] = useState<string[]>([])
  const [saved, setSaved] = useState(false)

  // Opened on a draft just imported: ask for its pictures' descriptions here (once: the editor re-renders often).
  const loadedFor = useRef<string | null>(null)
  useEffect(() => {
    if (documentId === undefined || loadedFor.current === String(documentId)) return
    loadedFor.current = String(documentId)
    const pending = pendingFor(documentId)
    if (!pending) return
    // What is left to confirm lives in this tab's sessionStorage, readable only once the editor is hydrated.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setImported(pending)
    setAlts(pending.pictures.map((picture) => picture.alt))
  }, [documentId])

  async function onFile(file: File | undefined) {
    if (!file) return
    setBusy(true)
    setError(null)
    try {
      const form = new FormData()
      form.set('file', file)
      const response = await fetch('/api/articles/nhap-word', { method: 'POST', credentials: 'include', body: form })
      const body = (await response.json().catch(() => ({}))) as Partial<Imported> & { message?: string; errors?: { message: string }[] }
      if (!response.ok || typeof body.id !== 'number') {
        setError(body.message ?? body.errors?.[0]?.message ?? 'Không nhập được tài liệu.')
        return
      }
      const result = { id: body.id, title: body.title ?? '', pictures: body.pictures ?? [] }
      if (result.pictures.length) window.sessionStorage.setItem(pendingKey(result.id), JSON.stringify(result))
      window.location.assign(editorPath(result.id))
      return
    } catch {
      setError('Không gửi được tệp. Hãy kiểm tra kết nối và thử lại.')
    } finally {
      setBusy(false)
    }
  }

  async function saveAlts() {
    if (!imported) return
    const missing = imported.pictures.findIndex((_, index) => !alts[index]?.trim())
    if (missing >= 0) {
      setError(`Hãy viết mô tả cho ảnh ${missing + 1}.`)
      return
    }
    setBusy(true)
    setError(null)
    try {
      for (const [index, picture] of imported.pictures.entries()) {
        const alt = alts[index]?.trim()
        if (!alt || alt === picture.alt) continue
        const response = await fetch(`/api/media/${picture.id}`, {
          method: 'PATCH',
          credentials: 'include',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ alt }),
        })
        if (!response.ok) throw new Error()
      }
      window.sessionStorage.removeItem(pendingKey(imported.id))
      setImported(null)
      setSaved(true)
    } catch {
      setError('Không lưu được mô tả ảnh. Hãy thử lại.')
    } finally {
      setBusy(false)
    }
  }

  return (
    <div className="field-type" style={{ marginBottom: 'var(--base)' }}>
      <label className="field-label" htmlFor="nhap-word">
        Nhập từ Word (.docx)
      </label>
      <input
        accept=".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        aria-describedby="nhap-word-mo-ta"
        disabled={busy || imported !== null}
        id="nhap-word"
        onChange={(event) => void onFile(event.target.files?.[0])}
        type="file"
      />
      <p id="nhap-word-mo-ta" style={{ margin: '4px 0 0', color: 'var(--theme-elevation-600)' }}>
        Tạo bản nháp mới từ tài liệu Word: đề mục, đoạn văn, chữ đậm/nghiêng/gạch chân, danh sách, liên kết, bảng và ảnh (tối đa 20 MB). Đề
        mục đầu tiên thành tiêu đề.
      </p>
      {busy && !imported ? <p role="status">Đang chuyển tài liệu…</p> : null}
      {saved ? <p role="status">Đã lưu mô tả ảnh. Kiểm tra bài rồi xuất bản.</p> : null}
      {error ? (
        <p role="alert" style={{ color: 'var(--theme-error-500)' }}>
          {error}
        </p>
      ) : null}
      {imported ? (
        // Not a <form>: this sits inside the editor's own form, whose submit would save the article.
        <div role="group" aria-label="Mô tả ảnh của bản nháp nhập từ Word">
          <p role="status">
            Bản nháp «{imported.title}» được tạo từ tài liệu Word. Hãy kiểm tra mô tả của {imported.pictures.length} ảnh (cho người khiếm
            thị):
          </p>
          {imported.pictures.map((picture, index) => (
            <label key={picture.id} style={{ display: 'block', marginBottom: 8 }}>
              Mô tả ảnh {index + 1}
              <input
                aria-required="true"
                onChange={(event) => setAlts((current) => current.map((alt, i) => (i === index ? event.target.value : alt)))}
                onKeyDown={(event) => {
                  // Enter here saves the descriptions, not the article around them.
                  if (event.key !== 'Enter') return
                  event.preventDefault()
                  void saveAlts()
                }}
                style={{ display: 'block', width: '100%' }}
                type="text"
                value={alts[index] ?? ''}
              />
            </label>
          ))}
          <button className="btn btn--style-primary btn--size-small" disabled={busy} onClick={() => void saveAlts()} type="button">
            Lưu mô tả ảnh
          </button>
        </div>
      ) : null}
    </div>
  )
}
