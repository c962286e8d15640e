import { Topics } from '@sanpuku/contracts';
import { EventFanout } from './event-fanout';

// The fan-out's part of /health/ready before its Kafka group has joined (not started here, so no
// broker is needed): live notices make the instance wait, in-memory caches do not.
describe('fan-out readiness', () => {
  const kafka = { mode: 'kafka' as const, brokers: ['127.0.0.1:1'], topicPrefix: 'spec-' };
  const noop = () => undefined;

  it('fanout.readiness-fails-while-a-live-notice-listener-hears-nothing', () => {
    const f = new EventFanout('matching', kafka);
    f.listen(Topics.matchingReferral, noop);
    expect(f.readiness()).toMatchObject({ ok: false, state: 'not_started' });
  });

  it('fanout.readiness-holds-while-only-caches-listen-since-they-read-the-database-meanwhile', () => {
    const f = new EventFanout('region', kafka);
    f.listen(Topics.regionClassificationRun, noop, { ownCommits: true, neededForReadiness: false });
    const r = f.readiness();
    expect(r).toMatchObject({ ok: true, state: 'not_started' });
    expect(r.detail).toContain('only caches listen');
  });

  it('fanout.readiness-fails-when-a-cache-and-a-live-notice-listener-share-the-fan-out', () => {
    const f = new EventFanout('matching', kafka);
    f.listen(Topics.matchingReferral, noop, { neededForReadiness: false });
    f.listen(Topics.matchingReferral, noop);
    expect(f.readiness().ok).toBe(false);
  });

  it('fanout.readiness-is-none-without-listeners', () => {
    expect(new EventFanout('catalogue', kafka).readiness()).toEqual({ ok: true, detail: 'no fan-out', state: 'none' });
  });
});
