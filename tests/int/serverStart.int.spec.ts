// What the server's own process loads before Next: every package it imports is loaded again, apart, by
// Next's bundles, so a heavy one here is paid twice at every start (Payload alone costs about a second);
// and what its front loads, which answers the cached pages.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
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

  it('runs a script with no esbuild beside it, once the script is bundled', () => {
    // esbuild's API, which scripts/run.mjs bundles with, left its service (`esbuild --service`, about 18 MB)
    // running beside every server for as long as the server ran.
    const folder = mkdtempSync(path.join(os.tmpdir(), 'run-alone-'))
    try {
      const script = path.join(folder, 'children.ts')
      writeFileSync(
        script,
        `import { readdirSync, readFileSync } from 'node:fs'
        const names: string[] = []
        for (const pid of readdirSync('/proc').filter((name) => /^\\d+$/.test(name))) {
          try {
            const stat = readFileSync('/proc/' + pid + '/stat', 'utf8')
            if (Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === process.pid) names.push(stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')')))
          } catch {}
        }
        console.log(JSON.stringify(names))`,
      )
      const run = spawnSync(process.execPath, ['scripts/run.mjs', script], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 })
      expect(run.status).toBe(0)
      expect(JSON.parse(run.stdout.trim().split('\n').at(-1) ?? 'null')).toEqual([])
    } finally {
      rmSync(folder, { recursive: true, force: true })
    }
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

  it("gives each thread its own young generation, though the process's flag sets the front's", async () => {
    // SERVE_ARGS passes --max-semi-space-size for the front. That flag outweighs a worker's resourceLimits: until
    // 3 December, Next's thread and the search reader had the front's small one, whatever they asked for
    // (src/server/threads.ts).
    const bundled = await build({
      entryPoints: [path.join(ROOT, 'src/server/threads.ts')],
      bundle: true,
      write: false,
      platform: 'node',
      format: 'esm',
      logLevel: 'silent',
    })
    const folder = mkdtempSync(path.join(os.tmpdir(), 'threads-'))
    try {
      writeFileSync(path.join(folder, 'threads.mjs'), bundled.outputFiles[0].text)
      // Each thread keeps a few million small objects alive, so that V8 grows its young generation as far as
      // it may, and says how large it grew.
      const grow = `const v8 = require('node:v8'); const kept = []; for (let i = 0; i < 3e6; i++) kept.push({ i });
        const young = v8.getHeapSpaceStatistics().find((space) => space.space_name === 'new_space').space_size / 2 ** 20`
      writeFileSync(
        path.join(folder, 'main.mjs'),
        `import { createRequire } from 'node:module'
        import { startThread } from './threads.mjs'
        const require = createRequire(import.meta.url)
        const worker = startThread(${JSON.stringify(`${grow}; require('node:worker_threads').parentPort.postMessage(young)`)}, { eval: true, youngGenerationMb: 24 })
        worker.on('message', (workerMb) => { ${grow}; console.log(JSON.stringify({ main: young, worker: workerMb })); process.exit(0) })`,
      )
      const run = spawnSync(process.execPath, ['--max-semi-space-size=1', path.join(folder, 'main.mjs')], {
        encoding: 'utf8',
        timeout: 60_000,
      })
      expect(run.stderr).toBe('')
      const sizes = JSON.parse(run.stdout) as { main: number; worker: number }
      // The front's young generation: 1 MB a half. The worker's: 24 MB in three parts, 16 MB of it in the two halves.
      expect(sizes.main).toBeLessThanOrEqual(2)
      expect(sizes.worker).toBeGreaterThan(8)
      expect(sizes.worker).toBeLessThanOrEqual(16)
    } finally {
      rmSync(folder, { recursive: true, force: true })
    }
  }, 70_000)
})
