/**
 * The Payload commands this project uses (migrate*, generate:types, generate:importmap), run on Payload's
 * own functions. Payload's `payload` binary loads the config through a dynamic import under tsx's loader
 * worker; on Node 20 that import sometimes never settles and the command ends early with nothing done.
 * A static import of the config does not, so this wrapper is the reliable way in on Node 20.
 */
import config from '@payload-config'
import { generateImportMap, migrateCLI } from 'payload'
import { generateTypes } from 'payload/node'

const [command, ...rest] = process.argv.slice(2)
const flags = rest.filter((arg) => arg.startsWith('--'))
const positional = rest.filter((arg) => !arg.startsWith('--'))

async function main(): Promise<void> {
  const sanitized = await config
  if (command === 'generate:types') {
    await generateTypes(sanitized)
  } else if (command === 'generate:importmap') {
    await generateImportMap(sanitized)
  } else if (command?.startsWith('migrate')) {
    await migrateCLI({
      config: sanitized,
      // Flags pass as Payload's CLI passes them (`--skip-empty` becomes `{ 'skip-empty': true }`).
      parsedArgs: {
        _: [command, ...positional],
        ...Object.fromEntries(flags.map((flag) => [flag.replace(/^--/, ''), true])),
      },
    })
  } else {
    console.error(
      'Usage: npm run payload -- <migrate | migrate:create NAME | migrate:status | migrate:down | generate:types | generate:importmap>',
    )
    process.exit(2)
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error)
    process.exit(1)
  },
)
