// The server's threads, each with the young generation its own work needs.
//
// V8's `--max-semi-space-size` is one flag for the whole process, and it outweighs a worker's
// `resourceLimits.maxYoungGenerationSizeMb`. SERVE_ARGS sets it small for the front, whose few objects a
// request need no more (1 MB a half until 3 December, 4 MB since); until 3 December, evening, every thread
// started after it (Next's, the search reader) had the front's 1 MB too, whatever its `resourceLimits` said,
// and scavenged every few requests. V8 reads the flag when it makes an isolate: the main thread's is made
// before any script runs, so clearing it (0: V8 sizes the young generation itself) leaves the front as it is
// and lets each worker's own limit apply.
import { setFlagsFromString } from 'node:v8'
import { Worker, type WorkerOptions } from 'node:worker_threads'

/** A worker thread whose young generation is at most `youngGenerationMb`, whatever the process's flags. */
export function startThread(
  script: string | URL,
  { youngGenerationMb, ...options }: WorkerOptions & { youngGenerationMb: number },
): Worker {
  setFlagsFromString('--max-semi-space-size=0')
  return new Worker(script, { ...options, resourceLimits: { ...options.resourceLimits, maxYoungGenerationSizeMb: youngGenerationMb } })
}
