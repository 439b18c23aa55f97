// `npm run serve` (and `npm start`, the tests, the bench): the built portal behind its request pipeline (src/server).
import { startServer } from '@/server'

await startServer({ dev: false })
