/**
 * Long start-up work that runs while the process already serves (e.g. `npm start` loading all
 * of Japan on a first start): what it is doing, shown in the readiness details
 * (`GET /health/ready` → `startup`) without deciding readiness. One process-wide registry, so
 * in single-process mode every service's and the gateway's health show it.
 */
export type StartupProgress = Readonly<Record<string, unknown>>;

const tasks = new Map<string, StartupProgress>();

/** Records (replaces) the progress of one start-up task. */
export function reportStartupProgress(task: string, progress: StartupProgress): void {
  tasks.set(task, progress);
}

/** Every task's latest progress, or undefined when nothing was reported. */
export function startupProgress(): Record<string, StartupProgress> | undefined {
  return tasks.size ? Object.fromEntries(tasks) : undefined;
}
