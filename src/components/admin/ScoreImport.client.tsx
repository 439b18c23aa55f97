'use client'
// Above the score records list: import records from a CSV or JSON file, all or nothing, with a report.
import { useState } from 'react'

type Result = { ok: true; created: string[] } | { ok: false; problems?: Array<{ line: number; message: string }>; message?: string }

const CSV_HEADER = 'index,year,subject,row,name,value,unit,percent,previous,rank,of,note'

export function ScoreImport() {
  const [result, setResult] = useState<Result | null>(null)
  const [busy, setBusy] = useState(false)

  async function onFile(file: File | undefined) {
    if (!file) return
    setBusy(true)
    setResult(null)
    try {
      const response = await fetch('/api/score-records/import', {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ filename: file.name, content: await file.text() }),
      })
      setResult((await response.json()) as Result)
      if (response.ok) window.setTimeout(() => window.location.reload(), 1500)
    } catch {
      setResult({ ok: false, message: 'Không gửi được tệp. Hãy kiểm tra kết nối và thử lại.' })
    } finally {
      setBusy(false)
    }
  }

  return (
    <details style={{ marginBottom: 'var(--base)' }}>
      <summary style={{ cursor: 'pointer', fontWeight: 600 }}>Nhập kết quả chỉ số từ tệp CSV hoặc JSON</summary>
      <p>
        Tất cả bản ghi trong tệp được kiểm tra trước; chỉ cần một dòng sai là không nhập gì, và báo cáo dưới đây nêu rõ dòng nào sai, vì
        sao. Tệp CSV cần dòng tiêu đề <code>{CSV_HEADER}</code>; cột <code>row</code> là một trong{' '}
        <code>total, part, criterion, region, group, change</code>; số viết 90,60 hoặc 90.60.
      </p>
      <label>
        Chọn tệp:{' '}
        <input
          type="file"
          accept=".csv,.json,text/csv,application/json"
          disabled={busy}
          onChange={(event) => onFile(event.target.files?.[0])}
        />
      </label>
      {busy ? <p>Đang kiểm tra tệp…</p> : null}
      {result?.ok ? (
        <p role="status">
          Đã nhập {result.created.length} bản ghi: {result.created.join('; ')}.
        </p>
      ) : null}
      {result && !result.ok ? (
        <div role="alert">
          <p>Không nhập bản ghi nào. {result.message ?? 'Hãy sửa các dòng sau rồi nhập lại:'}</p>
          {result.problems?.length ? (
            <ul>
              {result.problems.map((problem, i) => (
                <li key={i}>
                  Dòng {problem.line}: {problem.message}
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
    </details>
  )
}
