// Work that must finish before the server process exits (the counters' last flush on PostgreSQL, whose
// writes cannot complete inside an 'exit' handler). Registered from Next's bundles, run by scripts/serve.ts,
// so it lives on globalThis.

type Task = () => Promise<void>

const shared = globalThis as typeof globalThis & { __portalShutdownTasks?: Task[] }

export function onShutdown(task: Task): void {
  ;(shared.__portalShutdownTasks ??= []).push(task)
}

/** Runs every task, waiting at most `timeoutMs` in all; a failing task does not stop the others. */
export async function runShutdownTasks(timeoutMs = 5000): Promise<void> {
  const tasks = (shared.__portalShutdownTasks ?? []).map((task) => task().catch((error: unknown) => console.error(error)))
  await Promise.race([Promise.all(tasks), new Promise((resolve) => setTimeout(resolve, timeoutMs).unref())])
}
