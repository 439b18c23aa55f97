// `npm run build`: `next build` from the database as it is now. Next's data cache survives rebuilds on disk
// and `next build` prerenders from it, so a build after a restore or a new database would show the old
// data; it is emptied first, as `npm start` and `npm test` do before their builds.
import { clearDataCache, recordBuild, sourceHash } from './lib/buildStamp'
import { bin, step } from './lib/run'

const distDir = process.env.NEXT_DIST_DIR ?? '.next'
clearDataCache(distDir)
step('Build giao diện (next build)', bin('next'), ['build', ...process.argv.slice(2)], process.env)
recordBuild(distDir, sourceHash())
