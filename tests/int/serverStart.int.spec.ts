// What the server's own process loads before Next: every package it imports is loaded again, apart, by
// Next's bundles, so a heavy one here is paid twice at every start (Payload alone costs about a second);
// and what its front loads, which answers the cached pages.
import { spawnSync } from 'node:child_process'
import path from 'node:path'

import { build } from 'esbuild'
import { describe, expect, it } from 'vitest'

const ROOT = path.resolve(import.meta.dirname, '../..')

/** The packages a module of the server loads, as the server's bundle (scripts/run.mjs) imports them. */
async function packagesOf(file: string): Promise<Set<string>> {
  const result = await build({
    entryPoints: [path.join(ROOT, file)],
    bundle: true,
    write: false,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    loader: { '.css': 'empty' },
    tsconfig: path.join(ROOT, 'tsconfig.json'),
    logLevel: 'silent',
  })
  const code = result.outputFiles[0].text
  return new Set([...code.matchAll(/(?:from |import\()\s*"([^"]+)"/g)].map((match) => match[1]))
}

describe('the server pipeline', () => {
  it('has a front that loads nothing but Node itself: no Next, no React, no prom-client', async () => {
    // The front answers the page cache's hits in a thread of its own; anything Next or its packages install
    // there (async context hooks, a wrapped nextTick) would cost every hit again (src/server/front.ts).
    const packages = await packagesOf('src/server/front.ts')
    expect([...packages].filter((name) => !name.startsWith('node:'))).toEqual([])
  })

  it('loads neither Payload nor Lexical nor the Word and archive converters', async () => {
    const packages = await packagesOf('src/server/index.ts')
    for (const heavy of ['payload', 'jsdom', 'mammoth', '@payloadcms/richtext-lexical']) expect(packages).not.toContain(heavy)
    // scripts/run.mjs skips its Lexical preload for the server on the strength of this.
    expect([...packages].filter((name) => name === 'lexical' || name.startsWith('@lexical/'))).toEqual([])
  })

  it('refuses to start without PAYLOAD_SECRET, instead of answering every request with a 500', () => {
    const inherited = Object.entries(process.env).filter(([name]) => name !== 'PAYLOAD_SECRET' && name !== 'NODE_ENV')
    // NODE_ENV left out too: the server sets production itself, as `npm run serve` runs it.
    const env = {
      ...Object.fromEntries(inherited),
      PORT: '3297',
      DATABASE_URI: 'file:/nonexistent/portal.db',
    } as unknown as NodeJS.ProcessEnv
    const run = spawnSync(process.execPath, ['scripts/run.mjs', 'scripts/serve.ts'], { cwd: ROOT, env, encoding: 'utf8', timeout: 60_000 })
    expect(run.status).toBe(1)
    expect(run.stderr).toContain('Chưa đặt PAYLOAD_SECRET')
  }, 70_000)
})
