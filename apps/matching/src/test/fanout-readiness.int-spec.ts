/**
 * A matching instance takes live-update subscriptions only while its fan-out (its own consumer
 * group on the referral events, real Kafka) is consuming: before it joined, or after it left, the
 * instance would hold subscribers and never notify them, so `/health/ready` says 503 and names
 * `fanout` among the failing checks.
 */
import { EventFanout, type FanoutReadiness } from '@sanpuku/platform';
import { waitFor } from '@sanpuku/platform/testing';
import { Harness, startMatching } from './matching.harness';

interface Ready {
  status: number;
  fanout: FanoutReadiness;
  failing: string[];
  /** Whether the fan-out itself said it was receiving, right after the answer came. */
  fanoutReady: boolean;
}

let h: Harness;
let fanout: EventFanout;

async function ready(): Promise<Ready> {
  const res = await fetch(`${h.svc.url}/health/ready`);
  const body = (await res.json()) as { fanout: FanoutReadiness; errors?: { extensions: { failing: string[] } }[] };
  return { status: res.status, fanout: body.fanout, failing: body.errors?.[0].extensions.failing ?? [], fanoutReady: fanout.ready };
}

beforeAll(async () => {
  h = await startMatching('fanout-ready');
  fanout = h.svc.app.get(EventFanout);
});

afterAll(async () => {
  await h?.close();
});

it('fanout-readiness.not-ready-until-the-fan-out-joined: every answer before the group joined is 503 naming fanout; 200 only once it consumes', async () => {
  const answers: Ready[] = [];
  await waitFor(
    async () => {
      const r = await ready();
      answers.push(r);
      return r.status === 200;
    },
    'matching ready',
    45_000,
    50,
  );
  // The HTTP server answers before the consumers joined (they join in the background).
  const first = answers[0];
  expect(first.status).toBe(503);
  expect(first.failing).toContain('fanout');
  expect(first.fanout).toMatchObject({ ok: false, state: 'joining', topics: ['matching.referral.events.v1'] });
  expect(first.fanout.groupId).toMatch(new RegExp(`^${h.kafka.topicPrefix.replace(/\./g, '\\.')}matching-fanout-`));
  for (const a of answers.filter((x) => !x.fanout.ok)) expect(a.status).toBe(503);
  const last = answers[answers.length - 1];
  expect(last.fanout).toMatchObject({ ok: true, state: 'joined', detail: 'joined' });
  expect(last.fanoutReady).toBe(true);
}, 60_000);

it('fanout-readiness.not-ready-while-the-fan-out-is-down: leaving the group makes only the fanout check fail; rejoining makes the instance ready again', async () => {
  await waitFor(async () => (await ready()).status === 200, 'matching ready', 45_000, 100);
  await fanout.stop();
  const down = await ready();
  expect(down).toMatchObject({ status: 503, failing: ['fanout'], fanoutReady: false });
  expect(down.fanout).toMatchObject({ ok: false, state: 'not_started' });

  fanout.start();
  const joining = await ready();
  expect(joining).toMatchObject({ status: 503, failing: ['fanout'] });
  expect(joining.fanout).toMatchObject({ ok: false, state: 'joining' });
  const back = await waitFor(async () => {
    const r = await ready();
    return r.status === 200 ? r : null;
  }, 'matching ready again after the fan-out rejoined', 45_000, 100);
  expect(back.fanout).toMatchObject({ ok: true, state: 'joined' });
  expect(back.fanoutReady).toBe(true);
}, 120_000);
