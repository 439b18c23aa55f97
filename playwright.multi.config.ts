import { defineConfig } from '@playwright/test'

import { SERVE_ARGS } from './scripts/lib/run'

// Two servers side by side on one PostgreSQL, as a province would run them behind a load balancer.
// Run through `npm test`, which prepares the database and the build these servers serve.
const ports = [Number(process.env.E2E_PORT_A ?? 3101), Number(process.env.E2E_PORT_B ?? 3102)]
const env = Object.fromEntries(Object.entries(process.env).filter((entry): entry is [string, string] => entry[1] !== undefined))

export default defineConfig({
  testDir: './tests/multi',
  testMatch: '**/*.multi.spec.ts',
  workers: 1,
  fullyParallel: false,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  timeout: 120_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  webServer: ports.map((port) => ({
    // As `npm start` serves.
    command: ['node', ...SERVE_ARGS].join(' '),
    env: { ...env, PORT: String(port) },
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: 'ignore' as const,
    stderr: 'pipe' as const,
  })),
})
