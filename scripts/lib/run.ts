// Small helpers the start and test scripts share: run a step, and find the project's binaries.
import { spawn, spawnSync, type SpawnOptions } from 'node:child_process'
import path from 'node:path'

export const ROOT = path.resolve(import.meta.dirname, '..', '..')
export const bin = (name: string) => path.join(ROOT, 'node_modules', '.bin', name)

/**
 * How the portal's server is started: `node <flags> scripts/run.mjs scripts/serve.ts`. The heap is capped
 * so that V8 collects garbage before the process grows past what a small machine can spare (measured with
 * `npm run bench`: about 300 MB resident after a full run, against 650 MB without the cap). The young
 * generation set here (4 MB a half) is the front's (src/server/front.ts); Next's thread and the search
 * reader are given their own (src/server/threads.ts). package.json's `serve` script spells the same flags.
 */
export const SERVE_ARGS = ['--max-old-space-size=384', '--max-semi-space-size=4', 'scripts/run.mjs', 'scripts/serve.ts']

/** Runs a command to completion with inherited output; says when it fails, and returns its exit code. */
export function runStep(title: string, command: string, args: string[], env: NodeJS.ProcessEnv): number {
  console.log(`\n▶ ${title}`)
  const result = spawnSync(command, args, { cwd: ROOT, env, stdio: 'inherit' })
  if (result.status === 0) return 0
  console.error(`✖ ${title}: thất bại (mã ${result.status ?? result.signal}).`)
  return result.status ?? 1
}

/** The same, ending the whole script when the command fails. */
export function step(title: string, command: string, args: string[], env: NodeJS.ProcessEnv): void {
  const status = runStep(title, command, args, env)
  if (status !== 0) process.exit(status)
}

/** Starts a long-running command and forwards Ctrl+C and SIGTERM to it. */
export function serve(command: string, args: string[], options: SpawnOptions) {
  const child = spawn(command, args, { cwd: ROOT, stdio: 'inherit', ...options })
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => child.kill(signal))
  }
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)))
  return child
}

/** Resolves once the URL answers 200, polling every `everyMs` (twice a second by default). */
export async function waitForOk(url: string, timeoutMs = 120_000, everyMs = 500): Promise<boolean> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url)
      if (response.ok) return true
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, everyMs))
  }
  return false
}
