/**
 * The one unit of work on a real PostgreSQL: after-commit hooks run after the commit and never on
 * rollback, and the outbox relay is woken only when the transaction wrote to the outbox.
 */
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { createServiceDataSource, initialiseServiceDataSource, OutboxRelay, OutboxWriter, setLogLevel, UnitOfWork } from '@sanpuku/platform';
import { createTestDatabase, TestDatabase } from '@sanpuku/platform/testing';

setLogLevel('silent');

let db: TestDatabase;
let ds: DataSource;
let kicks = 0;
let uow: UnitOfWork;
const writer = new OutboxWriter('svc_uow', '/sanpuku/test-uow');

beforeAll(async () => {
  db = await createTestDatabase('uow');
  ds = createServiceDataSource({ url: db.url, schema: 'svc_uow', entities: [], migrations: [] });
  await initialiseServiceDataSource(ds);
  await ds.query(`CREATE TABLE svc_uow.things (id text PRIMARY KEY)`);
  // A relay whose kick we count; it never runs its loop here.
  const relay = new OutboxRelay(ds, { schema: 'svc_uow', publisher: { publish: async () => undefined } });
  relay.kick = () => void kicks++;
  uow = new UnitOfWork(ds, relay);
});

afterAll(async () => {
  await ds?.destroy();
  await db?.drop();
});

const segmentChanged = (code: string) => ({
  type: 'region.classification.segment-changed',
  subject: code,
  data: { municipalityCode: code, runId: randomUUID(), policyId: 'seed-default@1', previousSegment: null, segment: 'A', tier: 'general_city', densityPerKm2: 100, sufficiency: 0.5, version: 1 },
});

describe('UnitOfWork', () => {
  it('unit-of-work.after-commit-hooks-run-after-the-commit-in-order', async () => {
    const seen: string[] = [];
    await uow.run(async (m) => {
      await m.query(`INSERT INTO svc_uow.things VALUES ('a')`);
      uow.afterCommit(m, () => seen.push('first'));
      uow.afterCommit(m, () => seen.push('second'));
      // Not yet: the transaction is open, and another connection cannot see the row.
      expect(seen).toEqual([]);
      expect(await ds.query(`SELECT 1 FROM svc_uow.things WHERE id = 'a'`)).toEqual([]);
    });
    expect(seen).toEqual(['first', 'second']);
  });

  it('unit-of-work.a-rolled-back-transaction-announces-nothing', async () => {
    const seen: string[] = [];
    await expect(
      uow.run(async (m) => {
        uow.afterCommit(m, () => seen.push('never'));
        throw new Error('refused');
      }),
    ).rejects.toThrow('refused');
    expect(seen).toEqual([]);
  });

  it('unit-of-work.wakes-the-relay-only-when-the-outbox-was-written', async () => {
    const before = kicks;
    await uow.run(async (m) => m.query(`INSERT INTO svc_uow.things VALUES ('b')`));
    expect(kicks).toBe(before);
    await uow.run(async (m) => writer.append(m, segmentChanged('01101')));
    expect(kicks).toBe(before + 1);
    await expect(
      uow.run(async (m) => {
        await writer.append(m, segmentChanged('01102'));
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    expect(kicks).toBe(before + 1);
  });

  it('unit-of-work.after-commit-outside-a-unit-is-refused', () => {
    expect(() => uow.afterCommit(ds.manager, () => undefined)).toThrow(/outside UnitOfWork.run/);
  });
});
