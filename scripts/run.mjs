// Runs one of the project's TypeScript scripts under plain Node: `node scripts/run.mjs scripts/seed.ts [args]`.
//
// Why this and not tsx (or Payload's own `payload` binary, which uses tsx): Lexical's Node builds
// (@lexical/*/…node.mjs) pick their dev or prod file with a top-level `await import()`. On Node 20,
// several such modules evaluated at once in one graph sometimes never settle, and the process ends
// with exit code 13 (or hangs) before a line of the script runs: 4 runs in 6 of a bare
// `import '@payloadcms/richtext-lexical'` here. Importing those packages one at a time first makes
// it 12 in 12. The script itself is bundled with esbuild (the project's own code only; packages stay
// imports Node resolves) and imported with no loader; `import.meta.url` and `import.meta.dirname`
// keep meaning the file they are written in, so paths next to the sources still resolve.
// Next and Vitest bundle these modules themselves and are not affected.
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readdirSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

import { build, stop } from 'esbuild'

const root = path.resolve(import.meta.dirname, '..')
const [script, ...args] = process.argv.slice(2)
if (!script) {
  console.error('Usage: node scripts/run.mjs <script.ts> [args]')
  process.exit(2)
}
const entry = path.resolve(root, script)

/** Replaces import.meta.url/dirname in the project's own sources with the source file's real location. */
const keepFileLocation = {
  name: 'keep-file-location',
  setup(esbuild) {
    esbuild.onLoad({ filter: /\.(ts|tsx|mts)$/ }, async ({ path: file }) => {
      if (file.includes(`${path.sep}node_modules${path.sep}`)) return undefined
      const source = await readFile(file, 'utf8')
      const contents = source
        .replaceAll('import.meta.url', JSON.stringify(pathToFileURL(file).href))
        .replaceAll('import.meta.dirname', JSON.stringify(path.dirname(file)))
      return { contents, loader: file.endsWith('x') ? 'tsx' : 'ts' }
    })
  },
}

/** Next ships no "exports" map: under plain Node's ESM, `next/cache` must be imported as `next/cache.js`. */
const nextSubpaths = {
  name: 'next-subpaths',
  setup(esbuild) {
    esbuild.onResolve({ filter: /^next\/[\w-]+$/ }, ({ path: specifier }) => ({ path: `${specifier}.js`, external: true }))
  },
}

const outDir = path.join(root, '.tmp', 'scripts')
mkdirSync(outDir, { recursive: true })
const outfile = path.join(outDir, `${path.basename(script, '.ts')}-${createHash('sha1').update(entry).digest('hex').slice(0, 8)}.mjs`)

await build({
  entryPoints: [entry],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  // A component's stylesheet is Next's to bundle; a component rendered here (the search page's results) needs none.
  loader: { '.css': 'empty' },
  tsconfig: path.join(root, 'tsconfig.json'),
  plugins: [nextSubpaths, keepFileLocation],
  logLevel: 'warning',
  // Packages that are CommonJS still `require` through this.
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
})
// esbuild's API keeps its service (`esbuild --service`, about 18 MB) running for as long as this process runs:
// beside every server, until 3 December. Nothing is bundled after this.
await stop()

/** Lexical's packages, evaluated one by one before anything imports them together (see above). */
async function preloadLexical() {
  const scope = path.join(root, 'node_modules', '@lexical')
  const names = existsSync(scope) ? readdirSync(scope).sort() : []
  for (const specifier of ['lexical', ...names.map((name) => `@lexical/${name}`)]) {
    try {
      await import(specifier)
    } catch {
      // A package with no Node entry (or one that needs a DOM) is simply not preloaded.
    }
  }
}

// The server's own process imports no Lexical (Next's bundles carry their own; tests/int/serverStart.int.spec.ts
// keeps it so): its start is not made to wait for the preload.
const isServer = path.relative(root, entry) === path.join('scripts', 'serve.ts')
if (!isServer) await preloadLexical()
// The built portal runs in production mode (src/server sets it too, but only once its imports are loaded):
// React, which the server loads at once for the search page's fast path (src/server/searchPages.ts), picks
// its development or production build as it loads, and must match the build Next renders with later.
if (isServer) process.env.NODE_ENV = 'production'
process.argv = [process.argv[0], entry, ...args]
// The bundle itself, for a script that starts itself again in a thread (scripts/serve.ts).
globalThis.__portalScriptFile = outfile
await import(pathToFileURL(outfile).href)
