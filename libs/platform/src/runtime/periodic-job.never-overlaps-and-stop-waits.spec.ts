import { PeriodicJob } from './periodic-job';

describe('PeriodicJob', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('skips ticks while a run is in progress, logs a failure and runs again on a later tick, and stop waits for the run in progress', async () => {
    let release!: () => void;
    let runs = 0;
    const errors: string[] = [];
    const job = new PeriodicJob(
      100,
      () => {
        runs++;
        if (runs === 2) return Promise.reject(new Error('boom'));
        return new Promise<void>((r) => (release = r));
      },
      (e) => errors.push(e.message),
    );
    job.start();
    await jest.advanceTimersByTimeAsync(350); // three ticks, but the first run has not finished
    expect(runs).toBe(1);
    release();
    await jest.advanceTimersByTimeAsync(100); // the second run fails
    expect(runs).toBe(2);
    expect(errors).toEqual(['boom']);
    await jest.advanceTimersByTimeAsync(100); // and the next tick runs again
    expect(runs).toBe(3);
    let stopped = false;
    const stopping = job.stop().then(() => (stopped = true));
    await Promise.resolve();
    expect(stopped).toBe(false);
    release();
    await stopping;
    expect(stopped).toBe(true);
    await jest.advanceTimersByTimeAsync(1000);
    expect(runs).toBe(3);
  });

  it('does nothing when the interval is 0 (turned off)', async () => {
    let runs = 0;
    const job = new PeriodicJob(0, async () => void runs++, () => undefined);
    job.start();
    await jest.advanceTimersByTimeAsync(10_000);
    expect(runs).toBe(0);
    await job.stop();
  });
});
