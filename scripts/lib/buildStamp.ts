// Decides whether `next build` must run: a hash of everything the build reads, kept beside the build.
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import { ROOT } from './run'

const INPUTS = ['src', 'public', 'payload.config.ts', 'next.config.mjs', 'tsconfig.json', 'package-lock.json']

function addTree(hash: ReturnType<typeof createHash>, target: string): void {
  if (!existsSync(target)) return
  if (statSync(target).isDirectory()) {
    for (const entry of readdirSync(target).sort()) addTree(hash, path.join(target, entry))
    return
  }
  hash.update(path.relative(ROOT, target))
  hash.update(readFileSync(target))
}

export function sourceHash(): string {
  const hash = createHash('sha256')
  for (const input of INPUTS) addTree(hash, path.join(ROOT, input))
  return hash.digest('hex')
}

const stampPath = (distDir: string) => path.join(ROOT, distDir, 'portal-source-hash')

/** True when the build in distDir was made from the sources as they are now. */
export function buildIsCurrent(distDir: string, hash: string): boolean {
  const stamp = stampPath(distDir)
  return existsSync(path.join(ROOT, distDir, 'BUILD_ID')) && existsSync(stamp) && readFileSync(stamp, 'utf8').trim() === hash
}

export function recordBuild(distDir: string, hash: string): void {
  writeFileSync(stampPath(distDir), `${hash}\n`)
}

/**
 * Next's data cache survives rebuilds on disk, and `next build` prerenders from it: a build against a
 * new or restored database would show the old data. Every build starts from the database instead.
 */
export function clearDataCache(distDir: string): void {
  rmSync(path.join(ROOT, distDir, 'cache', 'fetch-cache'), { recursive: true, force: true })
}
