/**
 * Test infrastructure for integration tests (real PostgreSQL, real Kafka). Imported only by
 * *.int-spec.ts / *.e2e-spec.ts files through '@sanpuku/platform/testing'.
 */
import { randomBytes } from 'node:crypto';
import { createDatabase, dropTestDatabase, randomTestDatabaseName, withDatabase } from '../persistence/databases';
import { ensureTopics, KafkaConnection } from '../messaging/kafka';

export { freePort } from './free-port';

function required(name: string): string {
  const v = process.env[name];
  if (!v) throw new Error(`${name} is not set: run integration tests through jest's integration project (npm test)`);
  return v;
}

export interface TestDatabase {
  url: string;
  name: string;
  drop(): Promise<void>;
}

/** A fresh database (name contains "test") on the run's PostgreSQL, dropped by `drop()`. */
export async function createTestDatabase(label: string): Promise<TestDatabase> {
  const admin = required('SANPUKU_TEST_ADMIN_URL');
  const name = randomTestDatabaseName(label);
  await createDatabase(admin, name);
  return { url: withDatabase(admin, name), name, drop: () => dropTestDatabase(admin, name) };
}

export interface TestKafka {
  brokers: string[];
  topicPrefix: string;
  connection(clientId: string): KafkaConnection;
}

/** The run's broker, with a private topic prefix whose declared topics (and DLQs) exist. */
export async function createTestKafka(label: string): Promise<TestKafka> {
  const brokers = required('SANPUKU_TEST_KAFKA_BROKERS').split(',');
  const topicPrefix = `t-${label.replace(/[^a-z0-9-]/g, '-')}-${randomBytes(3).toString('hex')}.`;
  await ensureTopics({ brokers, clientId: 'test-setup', topicPrefix });
  return { brokers, topicPrefix, connection: (clientId) => ({ brokers, clientId, topicPrefix }) };
}

/** Polls until `check` returns a truthy value, or fails with the last observation. */
export async function waitFor<T>(check: () => Promise<T | undefined | null | false>, what: string, timeoutMs = 30000, everyMs = 100): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const v = await check();
      if (v) return v;
      last = v;
    } catch (err) {
      last = err;
    }
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what} (last: ${String(last)})`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}

import type { INestApplication } from '@nestjs/common';
import { Actor } from '../auth/actor';
import { issueToken, TokenConfig } from '../auth/tokens';
import { DEVELOPMENT_JWT_SECRET } from '../config/env';
import { InProcessBus } from '../messaging/in-process-bus';
import { bootstrapService } from '../runtime/bootstrap';
import { ServiceDefinition, ServiceRuntime } from '../runtime/runtime';

export const TEST_AUTH: TokenConfig = { secret: DEVELOPMENT_JWT_SECRET, issuer: 'sanpuku', audience: 'sanpuku-api' };

export function tokenFor(actor: Actor): Promise<string> {
  return issueToken(TEST_AUTH, actor);
}

export interface RunningTestService {
  app: INestApplication;
  url: string;
  runtime: ServiceRuntime;
  /** POSTs a GraphQL operation; returns the parsed body ({ data, errors }). */
  gql<T = any>(query: string, variables?: Record<string, unknown>, actor?: Actor): Promise<{ data?: T; errors?: { message: string; extensions?: Record<string, unknown> }[] }>;
  /** As `gql`, but only `data`: GraphQL errors fail (for set-up steps and answers that must succeed). */
  data<T = any>(query: string, variables?: Record<string, unknown>, actor?: Actor): Promise<T>;
  close(): Promise<void>;
}

/**
 * Boots a real service (its Nest app, migrations, outbox relay, consumers, GraphQL subgraph) on
 * a free port against a test database, over the real test Kafka (or an in-process bus).
 */
export async function startTestService(
  def: ServiceDefinition,
  moduleFor: (runtime: ServiceRuntime) => unknown,
  o: { databaseUrl: string; kafka?: TestKafka; bus?: InProcessBus; nodeEnv?: ServiceRuntime['nodeEnv']; api?: ServiceRuntime['api'] },
): Promise<RunningTestService> {
  const runtime: ServiceRuntime = {
    databaseUrl: o.databaseUrl,
    messaging: o.kafka ? { mode: 'kafka', brokers: o.kafka.brokers, topicPrefix: o.kafka.topicPrefix } : { mode: 'in-process', bus: o.bus ?? new InProcessBus() },
    outboxPollMs: 50,
    consumerMaxAttempts: 3,
    consumerBackoffMs: 20,
    nodeEnv: o.nodeEnv ?? 'test',
    schemaFile: null,
    auth: TEST_AUTH,
    ...(o.api ? { api: o.api } : {}),
  };
  const app = await bootstrapService(moduleFor(runtime), def, runtime, { port: 0 });
  const address = app.getHttpServer().address() as { port: number };
  const url = `http://127.0.0.1:${address.port}`;
  const service: RunningTestService = {
    app,
    url,
    runtime,
    async gql(query, variables, actor) {
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      if (actor) headers.authorization = `Bearer ${await tokenFor(actor)}`;
      const r = await fetch(`${url}/graphql`, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
      return r.json() as Promise<never>;
    },
    async data(query, variables, actor) {
      const r = await service.gql(query, variables, actor);
      if (r.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(r.errors)}`);
      return r.data as never;
    },
    close: () => app.close(),
  };
  return service;
}
