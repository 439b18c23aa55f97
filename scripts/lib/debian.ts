// What the tests need from Debian (Chromium, PostgreSQL): installed with apt-get when we are root and it
// is missing; otherwise the command stops and says what to install.
import { step } from './run'

export function ensureDebianPackage(
  name: string,
  { present, missing, hint }: { present: () => boolean; missing: string; hint?: string },
): void {
  if (present()) return
  if (process.getuid?.() !== 0) {
    console.error(
      [`✖ ${missing}`, `  Cài gói ${name} của Debian rồi chạy lại:  sudo apt-get install -y ${name}`, ...(hint ? [`  ${hint}`] : [])].join(
        '\n',
      ),
    )
    process.exit(1)
  }
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
  step(`Cài ${name} (apt-get)`, 'apt-get', ['update'], env)
  step(`Cài ${name} (apt-get)`, 'apt-get', ['install', '-y', '--no-install-recommends', name], env)
}
