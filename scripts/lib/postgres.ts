// A throwaway PostgreSQL server for the tests: Debian's package (installed when missing and we are root),
// a fresh cluster in a temp folder, listening on 127.0.0.1 only, removed afterwards.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import os from 'node:os'
import path from 'node:path'

import pg from 'pg'

import { postgresProgram } from '@/database/postgresTools'

import { ensureDebianPackage } from './debian'

const isRoot = process.getuid?.() === 0

/** The newest installed server's bin folder, e.g. /usr/lib/postgresql/15/bin. */
function binDir(): string | null {
  const initdb = postgresProgram('initdb')
  return initdb ? path.dirname(initdb) : null
}

function ensureInstalled(): string {
  ensureDebianPackage('postgresql', {
    present: () => binDir() !== null,
    missing: 'Không tìm thấy PostgreSQL; kiểm thử tích hợp chạy trên cả SQLite và PostgreSQL.',
  })
  const installed = binDir()
  if (!installed) throw new Error('PostgreSQL was installed but no server binary was found under /usr/lib/postgresql.')
  return installed
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number }
      server.close(() => resolve(port))
    })
  })
}

/** Runs a server command as a user PostgreSQL accepts: itself, or the `postgres` account when we are root. */
function run(command: string, args: string[]): void {
  const [program, programArgs] = isRoot ? ['runuser', ['-u', 'postgres', '--', command, ...args]] : [command, args]
  const result = spawnSync(program, programArgs, { stdio: ['ignore', 'ignore', 'inherit'] })
  if (result.status !== 0) throw new Error(`${path.basename(command)} failed (${result.status ?? result.signal}).`)
}

export async function startThrowawayPostgres(): Promise<{ url: string; stop: () => void }> {
  const bin = ensureInstalled()
  const dir = mkdtempSync(path.join(os.tmpdir(), 'portal-pg-'))
  if (isRoot) spawnSync('chown', ['postgres', dir])
  const data = path.join(dir, 'data')
  const port = await freePort()
  try {
    run(path.join(bin, 'initdb'), ['-D', data, '-U', 'portal', '--auth=trust', '-E', 'UTF8', '--locale=C.UTF-8'])
    // fsync off: a throwaway cluster need not survive a power cut, and tests run faster.
    const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=300`
    run(path.join(bin, 'pg_ctl'), ['-D', data, '-o', options, '-l', path.join(dir, 'server.log'), '-w', 'start'])
  } catch (error) {
    rmSync(dir, { recursive: true, force: true })
    throw error
  }
  return {
    url: `postgres://portal@127.0.0.1:${port}/postgres`,
    stop: () => {
      run(path.join(bin, 'pg_ctl'), ['-D', data, '-m', 'fast', '-w', 'stop'])
      rmSync(dir, { recursive: true, force: true })
    },
  }
}

/** Creates a database on a server (given by a URL to any of its databases) and returns its URL. */
export async function createDatabase(serverUrl: string, name: string): Promise<string> {
  const admin = new pg.Client({ connectionString: serverUrl })
  await admin.connect()
  try {
    await admin.query(`CREATE DATABASE ${name}`)
  } finally {
    await admin.end()
  }
  const url = new URL(serverUrl)
  url.pathname = `/${name}`
  return url.toString()
}
