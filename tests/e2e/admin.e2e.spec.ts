import { expect, test } from '@playwright/test'

import { e2eAdmin } from '../helpers/api'

test('a wrong password is refused with a Vietnamese message', async ({ page }) => {
  await page.goto('/admin/login')
  await page.locator('#field-email').fill(e2eAdmin.email)
  await page.locator('#field-password').fill('mat-khau-sai-hoan-toan')
  await page.getByRole('button', { name: 'Đăng nhập' }).click()
  await expect(page.getByText('Email hoặc mật khẩu không chính xác')).toBeVisible()
  await expect(page).toHaveURL(/\/admin\/login/)
})

test('the admin signs in and sees the Vietnamese dashboard', async ({ page }) => {
  await page.goto('/admin/login')
  await page.locator('#field-email').fill(e2eAdmin.email)
  await page.locator('#field-password').fill(e2eAdmin.password)
  await page.getByRole('button', { name: 'Đăng nhập' }).click()
  await page.waitForURL(/\/admin\/?$/)
  await expect(page).toHaveTitle(/Bảng điều khiển/)
  await expect(page.getByRole('link', { name: 'Bài viết' }).first()).toBeVisible()
})
