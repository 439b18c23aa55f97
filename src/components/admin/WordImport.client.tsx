'use client'
// In the article editor's sidebar: "Nhập từ Word (.docx)". The file goes to POST /api/articles/nhap-word,
// which makes a draft; staff then check each picture's alt text (for readers who cannot see it) and the
// draft opens in the editor, its first heading as the title.
import { useState } from 'react'

type Picture = { id: number; alt: string }
type Imported = { id: number; title: string; pictures: Picture[] }

const editorPath = (id: number) => `/admin/collections/articles/${id}`

export function WordImport() {
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [imported, setImported] = useState<Imported | null>(null)
  const [alts, setAlts] = useState<string[]>([])

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
      if (result.pictures.length === 0) {
        window.location.assign(editorPath(result.id))
        return
      }
      setImported(result)
      setAlts(result.pictures.map((picture) => picture.alt))
    } catch {
      setError('Không gửi được tệp. Hãy kiểm tra kết nối và thử lại.')
    } finally {
      setBusy(false)
    }
  }

  async function saveAlts() {
    if (!imported) return
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
      window.location.assign(editorPath(imported.id))
    } catch {
      setError('Không lưu được mô tả ảnh. Hãy thử lại.')
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
      {error ? (
        <p role="alert" style={{ color: 'var(--theme-error-500)' }}>
          {error}
        </p>
      ) : null}
      {imported ? (
        <form
          onSubmit={(event) => {
            event.preventDefault()
            void saveAlts()
          }}
        >
          <p role="status">
            Đã tạo bản nháp «{imported.title}». Hãy kiểm tra mô tả của {imported.pictures.length} ảnh (cho người khiếm thị):
          </p>
          {imported.pictures.map((picture, index) => (
            <label key={picture.id} style={{ display: 'block', marginBottom: 8 }}>
              Mô tả ảnh {index + 1}
              <input
                onChange={(event) => setAlts((current) => current.map((alt, i) => (i === index ? event.target.value : alt)))}
                required
                style={{ display: 'block', width: '100%' }}
                type="text"
                value={alts[index] ?? ''}
              />
            </label>
          ))}
          <button className="btn btn--style-primary btn--size-small" disabled={busy} type="submit">
            Lưu mô tả và mở bài
          </button>
        </form>
      ) : null}
    </div>
  )
}
