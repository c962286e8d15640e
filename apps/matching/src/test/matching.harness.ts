/**
 * Shared set-up for matching's integration tests: the real service (Nest app, migrations, outbox
 * relay, Kafka consumer, GraphQL subgraph) on a fresh database and a private topic prefix, plus
 * helpers that publish catalogue/region events onto Kafka as those services would.
 */
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { Client, createClient } from 'graphql-ws';
import { WebSocket } from 'ws';
import { Envelope, OfferingPublishedV1, OfferingSnapshot, SegmentChangedV1, Topics } from '@sanpuku/contracts';
import { Actor, sendRaw, setLogLevel } from '@sanpuku/platform';
import { createTestDatabase, createTestKafka, RunningTestService, startTestService, TestDatabase, TestKafka, tokenFor, waitFor } from '@sanpuku/platform/testing';
import { z } from 'zod';
import { MatchingAppModule } from '../app.module';
import type { MatchingSettings } from '../config/matching.settings';
import { matchingService } from '../matching.service-definition';
import { ReferralUpdatesBus } from '../referrals/referral-updates.bus';

setLogLevel('silent');

export type Snapshot = z.input<typeof OfferingSnapshot>;

export interface Harness {
  db: TestDatabase;
  kafka: TestKafka;
  svc: RunningTestService;
  ds: DataSource;
  close(): Promise<void>;
}

export async function startMatching(label: string, settings: Partial<MatchingSettings> = {}): Promise<Harness> {
  const db = await createTestDatabase(label);
  const kafka = await createTestKafka(label);
  const svc = await startTestService(matchingService, (rt) => MatchingAppModule.forRoot(rt, { expirySweepMs: 0, retentionPurgeMs: 0, ...settings }), {
    databaseUrl: db.url,
    kafka,
  });
  const ds = svc.app.get(DataSource);
  return {
    db,
    kafka,
    svc,
    ds,
    async close() {
      await svc.close();
      await db.drop();
    },
  };
}

export function envelope<T>(type: string, subject: string, data: T): Envelope<T> {
  return {
    id: randomUUID(),
    type,
    specversion: '1.0',
    source: type.startsWith('catalogue') ? '/sanpuku/catalogue' : '/sanpuku/region',
    subject,
    time: new Date().toISOString(),
    dataversion: '1',
    correlationid: randomUUID(),
    causationid: null,
    data,
  };
}

/** A published meal-delivery offering in Chiyoda-ku, confirmed today (override anything). */
export function anOffering(o: Partial<Snapshot> = {}): Snapshot {
  return {
    ...OfferingPublishedV1.example,
    offeringId: randomUUID(),
    organizationId: randomUUID(),
    version: 1,
    capacityConfirmedAt: new Date().toISOString(),
    ...o,
  };
}

/** Publishes `catalogue.offering.published` events onto the catalogue topic, as the catalogue would. */
export async function publishOfferings(h: Pick<Harness, 'kafka' | 'ds'>, offerings: Snapshot[]): Promise<void> {
  const topic = h.kafka.topicPrefix + Topics.catalogueOffering;
  await sendRaw(
    h.kafka.connection('catalogue-test'),
    offerings.map((o) => {
      const env = envelope(OfferingPublishedV1.type, o.offeringId, o);
      return { topic, key: o.offeringId, value: JSON.stringify(env), headers: { ce_type: env.type, ce_id: env.id } };
    }),
  );
  await waitFor(async () => {
    const [{ n }] = await h.ds.query(`SELECT count(*)::int AS n FROM offering_read_model WHERE offering_id = ANY($1::uuid[])`, [offerings.map((o) => o.offeringId)]);
    return n === offerings.length;
  }, 'offerings in the read model');
}

export async function publishSegment(h: Harness, municipalityCode: string, segment: 'A' | 'B' | 'C'): Promise<void> {
  const data = { ...SegmentChangedV1.example, municipalityCode, segment, runId: randomUUID(), version: 1 };
  const env = envelope(SegmentChangedV1.type, municipalityCode, data);
  await sendRaw(h.kafka.connection('region-test'), [
    { topic: h.kafka.topicPrefix + Topics.regionClassification, key: municipalityCode, value: JSON.stringify(env), headers: { ce_type: env.type, ce_id: env.id } },
  ]);
  await waitFor(async () => (await h.ds.query(`SELECT 1 FROM area_segment_read_model WHERE municipality_code = $1`, [municipalityCode])).length > 0, 'segment in the read model');
}

/** A request for help as the GraphQL input (override anything). */
export function aRequestInput(o: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    senior: {
      fullName: '山田 花子',
      fullNameKana: 'ヤマダ ハナコ',
      addressText: '東京都千代田区一番町1-1 サンプルハイツ101',
      contactPhone: '03-1234-5678',
      careLevel: 'care_2',
      healthNotes: '糖尿病のため食事制限あり',
    },
    ageBand: '80_84',
    municipalityCode: '13101',
    location: { lat: 35.6905, lng: 139.7505 },
    livingSituation: 'alone',
    needs: ['meal_delivery'],
    needsNote: '夕食の配達を希望。玄関の鍵は隣人が管理',
    preferences: { coverage: 'any', budgetYen: 800, preferredDays: [1, 3, 5] },
    // The family agrees on screen to the current consent text; the server records the time.
    acquisitionConsent: { givenBy: 'family', givenByName: '山田 太郎', textVersion: 'acquisition-1' },
    ...o,
  };
}

export const FILE_REQUEST = /* GraphQL */ `
  mutation File($input: FileHelpRequestInput!) {
    fileHelpRequest(input: $input) {
      id status municipalityCode careLevelBand needs
      shortlist {
        id round rotationScope scopeRevision distanceModel uncoveredNeeds disclaimerJa
        entries {
          position offeringId organizationId title organizationName score bandId placementRule placementJa placementEn
          criteriaMet { filter code passed ja en }
          notes { code ja en }
          scoreParts { part weight value points maxPoints ja en }
        }
        excluded { offeringId failed { code ja en } }
      }
    }
  }`;

export const RECORD_CONSENT = /* GraphQL */ `
  mutation Consent($input: RecordConsentInput!) {
    recordConsent(input: $input) { id purpose dataItems recipientOrganizationIds recipientCategories givenBy givenByName obtainedByUserId withdrawnAt }
  }`;

export const REFERRAL_FIELDS = /* GraphQL */ `
  id status statusLabelJa version reasonCode offeringId organizationId offeringTitle organizationName responseDueAt allowedActions
  viewerSide requestId consentId disclosedItems detailsWithheldJa detailsWithheldEn
  summary { municipalityCode categories careLevelBand careLevelBandJa preferredDays preferredDaysJa }
  details { items fullName fullNameKana addressText contactPhone careLevel careLevelLabel healthNotes needsNote }
  history { version action actorKind actorUserId actorRole at from to reasonCode }`;

export const CREATE_REFERRAL = /* GraphQL */ `
  mutation Refer($input: CreateReferralInput!) { createReferral(input: $input) { ${REFERRAL_FIELDS} } }`;

export const actOn = (mutation: string, withReason = false) => /* GraphQL */ `
  mutation Act($id: ID!${withReason ? ', $reasonCode: String' : ''}) {
    ${mutation}(id: $id${withReason ? ', reasonCode: $reasonCode' : ''}) { ${REFERRAL_FIELDS} }
  }`;

export const INBOX = /* GraphQL */ `query Inbox { referralInbox { ${REFERRAL_FIELDS} } }`;
export const REFERRAL = /* GraphQL */ `query One($id: ID!) { referral(id: $id) { ${REFERRAL_FIELDS} } }`;

/** Calls a GraphQL operation and fails with the errors when it has any. */
export async function ok<T = any>(h: Pick<Harness, 'svc'>, query: string, variables: Record<string, unknown>, actor: Actor): Promise<T> {
  const r = await h.svc.gql<T>(query, variables, actor);
  if (r.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(r.errors)}`);
  return r.data as T;
}

/** The first error's code and message of an operation expected to fail. */
export async function failure(h: Harness, query: string, variables: Record<string, unknown>, actor: Actor): Promise<{ code: unknown; message: string; extensions: Record<string, unknown> }> {
  const r = await h.svc.gql(query, variables, actor);
  if (!r.errors?.length) throw new Error(`expected an error, got ${JSON.stringify(r.data)}`);
  const e = r.errors[0];
  return { code: e.extensions?.code, message: e.message, extensions: e.extensions ?? {} };
}

// ---- live updates (graphql-ws straight to the matching service, as the gateway's proxy connects) ----

/** A graphql-ws client of the test service; `auth` is an actor (a valid token is issued), a raw Authorization value, or null. */
export async function liveClient(h: Pick<Harness, 'svc'>, auth: Actor | string | null): Promise<Client> {
  const authorization = auth === null ? undefined : typeof auth === 'string' ? auth : `Bearer ${await tokenFor(auth)}`;
  return createClient({
    url: `${h.svc.url.replace(/^http/, 'ws')}/graphql`,
    webSocketImpl: WebSocket,
    connectionParams: authorization ? { authorization } : {},
    retryAttempts: 0,
    lazy: true,
    lazyCloseTimeout: 0,
  });
}

/** What a subscription delivered: values, errors, and how the connection ended (a CloseEvent's code). */
export interface Feed<T = any> {
  values: T[];
  errors: unknown[];
  closed: { code?: number; reason?: string } | null;
  completed: boolean;
  /** Waits until at least `n` values arrived; returns them all. */
  take(n: number, timeoutMs?: number): Promise<T[]>;
  /** Waits until the subscription ended with an error or a closed connection. */
  ended(timeoutMs?: number): Promise<void>;
  dispose(): void;
}

export function subscribe<T = any>(client: Client, query: string, variables: Record<string, unknown> = {}): Feed<T> {
  const feed: Feed<T> = {
    values: [],
    errors: [],
    closed: null,
    completed: false,
    take: (n, timeoutMs = 15000) => waitFor(async () => feed.values.length >= n && feed.values, `${n} subscription value(s)`, timeoutMs, 20),
    ended: async (timeoutMs = 15000) => {
      await waitFor(async () => feed.completed || feed.closed !== null || feed.errors.length > 0, 'the subscription to end', timeoutMs, 20);
    },
    dispose: () => undefined,
  };
  feed.dispose = client.subscribe<T>(
    { query, variables },
    {
      next: (v) => {
        if (v.errors?.length) feed.errors.push(...v.errors);
        if (v.data) feed.values.push(Object.values(v.data)[0] as T);
      },
      error: (e) => {
        if (e && typeof e === 'object' && 'code' in e) feed.closed = { code: (e as { code: number }).code, reason: (e as { reason?: string }).reason };
        else feed.errors.push(e);
      },
      complete: () => (feed.completed = true),
    },
  );
  return feed;
}

/**
 * Waits until the service holds `n` live subscriptions (a graphql-ws subscribe has no
 * acknowledgement) and its fan-out consumer reads the referral events published from now on.
 */
export async function waitForSubscribers(h: Pick<Harness, 'svc'>, n: number): Promise<void> {
  const bus = h.svc.app.get(ReferralUpdatesBus);
  await waitFor(async () => bus.subscriberCount >= n && bus.listening, `${n} live subscription(s) (have ${bus.subscriberCount}) and the referral events' fan-out joined (${bus.listening})`, 30000, 20);
}
