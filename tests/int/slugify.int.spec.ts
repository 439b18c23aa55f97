import { describe, expect, it } from 'vitest'

import { slugify } from '@/utilities/slugify'

describe('slugify', () => {
  it('folds Vietnamese to ASCII, đ included', () => {
    expect(slugify('Đánh giá Chỉ số CCHC của tỉnh Lào Cai')).toBe('danh-gia-chi-so-cchc-cua-tinh-lao-cai')
    expect(slugify('ĐẢNG BỘ – Sở Nội vụ (2023)')).toBe('dang-bo-so-noi-vu-2023')
  })

  it('cuts long titles at a word boundary', () => {
    const slug = slugify('một hai ba bốn năm sáu bảy tám chín mười '.repeat(10), 40)
    expect(slug.length).toBeLessThanOrEqual(40)
    expect(slug.endsWith('-')).toBe(false)
    expect(slug.split('-').every((word) => ['mot', 'hai', 'ba', 'bon', 'nam', 'sau', 'bay', 'tam', 'chin', 'muoi'].includes(word))).toBe(
      true,
    )
  })
})
