// `npm run dev`: Next's dev server behind the same request pipeline as production (src/server): the
// client's address, the sign-in brake and the security headers work in development too.
import { startServer } from '@/server'

await startServer({ dev: true })
