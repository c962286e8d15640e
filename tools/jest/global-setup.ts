/**
 * Runs once per `jest` invocation that selects integration/e2e tests (see jest.config.js).
 *
 * - PostgreSQL: DATABASE_URL when set (its server is used only to CREATE/DROP databases named
 *   sanpuku_test_*), otherwise a throw-away embedded PostgreSQL in a temp directory.
 * - Kafka: KAFKA_BROKERS when set, otherwise the real broker from infra/kafka, started once for
 *   the whole run on its own ports and data directory, stopped by the teardown.
 * Test files isolate themselves: each creates its own database and its own topic prefix.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
// Global setup runs outside jest's module mapper: import the platform by path.
import { setLogLevel } from '../../libs/platform/src/logging/logger';
import { startEmbeddedPostgres } from '../../libs/platform/src/persistence/embedded-postgres';
import { freePort } from '../../libs/platform/src/testing/free-port';

declare global {
   
  var __SANPUKU_TEST_TEARDOWN__: (() => Promise<void>)[] | undefined;
}

export default async function globalSetup(): Promise<void> {
  setLogLevel(process.env.LOG_LEVEL ?? 'warn');
  const teardown: (() => Promise<void>)[] = [];
  globalThis.__SANPUKU_TEST_TEARDOWN__ = teardown;
  const root = resolve(__dirname, '../..');

  if (process.env.DATABASE_URL) {
    process.env.SANPUKU_TEST_ADMIN_URL = process.env.DATABASE_URL;
  } else {
    const dir = mkdtempSync(join(tmpdir(), 'sanpuku-test-pg-'));
    const pg = await startEmbeddedPostgres({ dataDir: join(dir, 'data'), port: await freePort(), persistent: false });
    process.env.SANPUKU_TEST_ADMIN_URL = pg.url;
    teardown.push(async () => {
      await pg.stop();
      rmSync(dir, { recursive: true, force: true });
    });
    process.stdout.write(`\n[test] embedded PostgreSQL on port ${pg.port}\n`);
  }

  if (process.env.KAFKA_BROKERS) {
    process.env.SANPUKU_TEST_KAFKA_BROKERS = process.env.KAFKA_BROKERS;
  } else {
    const port = await freePort();
    const controllerPort = await freePort();
    // A second listener advertising a port where a test may run a TCP relay: clients bootstrapped
    // there talk to the broker only through that relay, so closing it is the broker vanishing for
    // them alone (e2e/faults.e2e-spec.ts) — the broker itself is shared and never restarted.
    const relayedPort = await freePort();
    const relayPort = await freePort();
    const dataDir = mkdtempSync(join(tmpdir(), 'sanpuku-test-kafka-'));
    const env = {
      ...process.env,
      KAFKA_PORT: String(port),
      KAFKA_CONTROLLER_PORT: String(controllerPort),
      KAFKA_DATA_DIR: dataDir,
      KAFKA_RELAYED_PORT: String(relayedPort),
      KAFKA_RELAYED_ADVERTISED_PORT: String(relayPort),
    };
    process.env.SANPUKU_TEST_KAFKA_RELAYED = `127.0.0.1:${relayedPort}`;
    process.env.SANPUKU_TEST_KAFKA_RELAY_PORT = String(relayPort);
    const started = Date.now();
    execFileSync('bash', [join(root, 'infra/kafka/kafka.sh'), 'start'], { env, stdio: ['ignore', 'inherit', 'inherit'] });
    process.stdout.write(`[test] Kafka broker on 127.0.0.1:${port} ready in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
    process.env.SANPUKU_TEST_KAFKA_BROKERS = `127.0.0.1:${port}`;
    teardown.push(async () => {
      execFileSync('bash', [join(root, 'infra/kafka/kafka.sh'), 'stop'], { env, stdio: ['ignore', 'inherit', 'inherit'] });
      rmSync(dataDir, { recursive: true, force: true });
    });
  }
}
