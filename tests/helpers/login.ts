import { expect, type Page } from '@playwright/test'

/** Signs in through the admin's own login form. */
export async function signIn(page: Page, user: { email: string; password: string }): Promise<void> {
  await page.goto('/admin/login')
  await page.locator('#field-email').fill(user.email)
  await page.locator('#field-password').fill(user.password)
  await page.getByRole('button', { name: 'Đăng nhập' }).click()
  await page.waitForURL(/\/admin\/?$/)
  await expect(page).toHaveTitle(/Bảng điều khiển/)
}
