/**
 * A job a service runs on a timer (referral expiry, retention purge, scheduled erasure): never two
 * runs at once (a slow run makes the next tick skip), a failure logged and retried on the next
 * tick, the timer never keeping the process alive, and shutdown waiting for the run in progress.
 * `everyMs` ≤ 0 turns it off (tests call the job directly).
 */
export class PeriodicJob {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<unknown> | null = null;

  constructor(
    private readonly everyMs: number,
    private readonly run: () => Promise<unknown>,
    private readonly onError: (err: Error) => void,
  ) {}

  start(): void {
    if (this.everyMs <= 0 || this.timer) return;
    this.timer = setInterval(() => {
      if (this.running) return;
      this.running = this.run()
        .catch((err: Error) => this.onError(err))
        .finally(() => (this.running = null));
    }, this.everyMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running;
  }
}
