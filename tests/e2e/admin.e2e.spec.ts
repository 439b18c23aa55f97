import { expect, test } from '@playwright/test'

import { e2eAdmin } from '../helpers/api'
import { signIn } from '../helpers/login'

test('a wrong password is refused with a Vietnamese message', async ({ page }) => {
  await page.goto('/admin/login')
  await page.locator('#field-email').fill(e2eAdmin.email)
  await page.locator('#field-password').fill('mat-khau-sai-hoan-toan')
  await page.getByRole('button', { name: 'Đăng nhập' }).click()
  await expect(page.getByText('Email hoặc mật khẩu không chính xác')).toBeVisible()
  await expect(page).toHaveURL(/\/admin\/login/)
})

test('the admin signs in and sees the Vietnamese dashboard', async ({ page }) => {
  await signIn(page, e2eAdmin)
  await expect(page.getByRole('link', { name: 'Bài viết' }).first()).toBeVisible()
  await expect(page.getByRole('heading', { name: /Bài chờ duyệt/ })).toBeVisible()
})
