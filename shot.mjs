import { chromium } from '@playwright/test'
const [,, url, out, width] = process.argv
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-background-networking'] })
const page = await browser.newPage({ viewport: { width: Number(width ?? 1280), height: 900 } })
const res = await page.goto(url, { waitUntil: 'networkidle' }); await page.waitForTimeout(500)
console.log(res.status(), await page.title())
await page.screenshot({ path: out, fullPage: true })
await browser.close()
