import { RateLimiter } from './rate-limit.bucket';

describe('per-caller token bucket', () => {
  let now = 0;
  const clock = () => now;
  beforeEach(() => (now = 1_000_000));

  it('allows the budget at once, then refuses with the seconds until the next request is allowed', () => {
    const l = new RateLimiter(3, clock);
    expect([l.take('sub:a'), l.take('sub:a'), l.take('sub:a')].every((d) => d.allowed)).toBe(true);
    expect(l.take('sub:a')).toEqual({ allowed: false, retryAfterSeconds: 20 }); // 3 per minute = one every 20 s
  });

  it('refills continuously', () => {
    const l = new RateLimiter(60, clock);
    for (let i = 0; i < 60; i++) l.take('k');
    expect(l.take('k').allowed).toBe(false);
    now += 1000;
    expect(l.take('k').allowed).toBe(true);
    expect(l.take('k').allowed).toBe(false);
    now += 60_000;
    expect(l.take('k')).toEqual({ allowed: true, remaining: 59 });
  });

  it('keeps each caller separate', () => {
    const l = new RateLimiter(1, clock);
    expect(l.take('sub:a').allowed).toBe(true);
    expect(l.take('sub:a').allowed).toBe(false);
    expect(l.take('sub:b').allowed).toBe(true);
    expect(l.take('ip:127.0.0.1').allowed).toBe(true);
  });

  it('0 turns it off', () => {
    const l = new RateLimiter(0, clock);
    for (let i = 0; i < 1000; i++) expect(l.take('k').allowed).toBe(true);
    expect(l.size).toBe(0);
  });

  it('forgets refilled buckets once there are many callers', () => {
    const l = new RateLimiter(10, clock, 100);
    for (let i = 0; i < 100; i++) l.take(`ip:${i}`);
    now += 60_000;
    l.take('ip:new');
    expect(l.size).toBeLessThanOrEqual(1);
  });
});
