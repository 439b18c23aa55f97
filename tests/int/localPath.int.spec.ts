import { describe, expect, it } from 'vitest'

import { localPath } from '@/news/localPath'

const SITE = 'http://localhost:3000'

describe('where preview links may send a browser', () => {
  it('keeps paths on this site, with their query', () => {
    expect(localPath('/tin-tuc/bai-viet', SITE)).toBe('/tin-tuc/bai-viet')
    expect(localPath('/tim-kiem?q=c%E1%BA%A3i', SITE)).toBe('/tim-kiem?q=c%E1%BA%A3i')
    expect(localPath(`${SITE}/chuyen-muc/tin`, SITE)).toBe('/chuyen-muc/tin')
  })

  it('refuses every way of naming another host', () => {
    const attacks = [
      '//evil.example',
      '/.//evil.example',
      '/x/..//evil.example',
      '/./..//evil.example',
      '/\\evil.example',
      '\\\\evil.example',
      '/%2F%2F'.replace('%2F%2F', '//') + 'evil.example',
      `${SITE}//evil.example`,
      `${SITE}/.//evil.example`,
      '/\t/evil.example',
      '/\n/evil.example',
      '\t//evil.example',
      'http://evil.example/',
      'https:evil.example',
      'javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      ' //evil.example',
    ]
    for (const attack of attacks) expect(localPath(attack, SITE), attack).toBeNull()
  })
})
