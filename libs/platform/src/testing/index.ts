/**
 * Test infrastructure for integration tests (real PostgreSQL, real Kafka). Imported only by
 * *.int-spec.ts / *.e2e-spec.ts files through '@sanpuku/platform/testing'.
 */
import { randomBytes } from 'node:crypto';
import { createDatabase, dropTestDatabase, randomTestDatabaseName, withDatabase } from '../persistence/databases';
import { ensureTopics, KafkaConnection } from '../messaging/kafka';

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
