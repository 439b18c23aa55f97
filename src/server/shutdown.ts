// Work that must finish before the server process exits (the counters' last flush on PostgreSQL, whose
// writes cannot complete inside an 'exit' handler). Registered from Next's bundles, run by src/server.
import { singleton } from './state'

type Task = () => Promise<void>

const tasks = () => singleton<Task[]>('ShutdownTasks', () => [])

export function onShutdown(task: Task): void {
  tasks().push(task)
}

/** Runs every task, waiting at most `timeoutMs` in all; a failing task does not stop the others. */
export async function runShutdownTasks(timeoutMs = 5000): Promise<void> {
  const running = tasks().map((task) => task().catch((error: unknown) => console.error(error)))
  await Promise.race([Promise.all(running), new Promise((resolve) => setTimeout(resolve, timeoutMs).unref())])
}
