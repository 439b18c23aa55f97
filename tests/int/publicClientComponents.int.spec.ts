// Public pages go out without React's runtime (src/server/leanPages.ts): a client component on one does
// nothing in the browser unless its page renders <KeepsReact />. This test is the tripwire: every client
// component outside the admin is listed here with what it needs in the browser, and a new one fails it
// until someone decides.
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

const ROOT = path.resolve(import.meta.dirname, '../..')

/** Client components readers meet, and why each is right without hydration, or where its page keeps React. */
const DECIDED: Record<string, string> = {
  'src/components/i18n/LanguageSwitch.client.tsx': 'a server-rendered link; usePathname only picks its address',
  'src/components/questions/QuestionForm.client.tsx': 'keeps React: QuestionsPage renders <KeepsReact />',
}
/** Where client components for staff live: the admin loads React whatever the page. */
const ADMIN = /^src\/(components\/admin|audit|app\/\(payload\))\//

function sources(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = `${dir}/${entry.name}`
    if (entry.isDirectory()) return sources(relative)
    return /\.(tsx?|jsx?)$/.test(entry.name) ? [relative] : []
  })
}

describe('client components outside the admin', () => {
  it('are each decided: right without hydration, or on a page that keeps React', () => {
    const clients = sources('src')
      .filter((file) => !ADMIN.test(file))
      .filter((file) => /^\s*['"]use client['"]/m.test(readFileSync(path.join(ROOT, file), 'utf8')))
    expect(clients.sort()).toEqual(Object.keys(DECIDED).sort())
  })

  it('that need React are on a page that renders <KeepsReact />', () => {
    const page = readFileSync(path.join(ROOT, 'src/components/questions/QuestionsPage.tsx'), 'utf8')
    expect(page).toMatch(/<KeepsReact \/>/)
    expect(page).toMatch(/QuestionForm/)
  })
})
