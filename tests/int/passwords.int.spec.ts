import { describe, expect, it } from 'vitest'

import { passwordProblem } from '@/users/passwordPolicy'

import { testPayload } from '../helpers/payload'

async function refusal(password: string): Promise<string | null> {
  const payload = await testPayload()
  try {
    const user = await payload.create({
      collection: 'users',
      data: { email: `mk-${Math.random().toString(36).slice(2)}@example.vn`, password, name: 'Thử mật khẩu', role: 'author' },
    })
    await payload.delete({ collection: 'users', id: user.id })
    return null
  } catch (error) {
    return (error as { data?: { errors?: Array<{ message: string }> } }).data?.errors?.[0]?.message ?? String(error)
  }
}

describe('passwords', () => {
  it('need at least 12 characters, and are told so in Vietnamese', async () => {
    expect(await refusal('ngan-qua')).toBe('Mật khẩu phải có ít nhất 12 ký tự (đang có 8). Một câu ngắn dễ nhớ là đủ.')
  })

  it('may be up to 128 characters, with no rules about symbols or digits', async () => {
    expect(await refusal('mây trắng bay qua núi fansipan'.padEnd(128, '.'))).toBeNull()
    expect(await refusal('x'.repeat(129))).toBe('Mật khẩu dài tối đa 128 ký tự.')
    expect(await refusal('hoa ban nở trắng rừng')).toBeNull()
  })

  it('are refused when they are among the most common ones', async () => {
    for (const common of ['password1234', 'Matkhau123456', '123456789abc']) {
      expect(await refusal(common)).toBe('Mật khẩu này nằm trong danh sách mật khẩu phổ biến, rất dễ bị đoán. Hãy chọn mật khẩu khác.')
    }
  })

  it('are checked the same way when changed', async () => {
    const payload = await testPayload()
    const user = await payload.create({
      collection: 'users',
      data: { email: 'doi-mk@example.vn', password: 'một mật khẩu đủ dài', name: 'Đổi mật khẩu', role: 'author' },
    })
    await expect(payload.update({ collection: 'users', id: user.id, data: { password: '12345' } })).rejects.toThrow()
    expect(passwordProblem('một mật khẩu mới đủ dài')).toBeNull()
  })
})
