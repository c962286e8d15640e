// `npm run start:kafka`: the distributed topology on one machine — the real Kafka broker from
// infra/kafka, PostgreSQL (DATABASE_URL, or the same embedded one `npm start` uses), and each
// service as its own process talking over Kafka, the gateway on :3000. Ctrl-C stops everything.
import { execFileSync, spawn } from 'node:child_process';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const { startEmbeddedPostgres, createDatabase, withDatabase } = require(join(root, 'dist/libs/platform/src/index.js'));

const kafkaPort = process.env.KAFKA_PORT ?? '9092';
const kafkaEnv = { ...process.env, KAFKA_PORT: kafkaPort };
const brokers = `127.0.0.1:${kafkaPort}`;
const stops = [];

async function main() {
  execFileSync('bash', [join(root, 'infra/kafka/kafka.sh'), 'start'], { env: kafkaEnv, stdio: 'inherit' });
  stops.push(() => execFileSync('bash', [join(root, 'infra/kafka/kafka.sh'), 'stop'], { env: kafkaEnv, stdio: 'inherit' }));
  stops.push(() => new Promise((r) => setTimeout(r, 1000))); // let the services finish closing
  execFileSync(process.execPath, [join(root, 'dist/tools/ops/create-topics.js')], { env: { ...process.env, KAFKA_BROKERS: brokers }, stdio: 'inherit' });

  let databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) {
    const pg = await startEmbeddedPostgres({ dataDir: join(root, '.data/postgres'), port: Number(process.env.EMBEDDED_PG_PORT ?? 54329), persistent: true });
    stops.push(() => pg.stop());
    await createDatabase(pg.url, 'sanpuku');
    databaseUrl = withDatabase(pg.url, 'sanpuku');
  }

  const services = [
    ['catalogue', 4001],
    ['region', 4002],
    ['matching', 4003],
  ];
  const children = [];
  const run = (name, script, env) => {
    const child = spawn(process.execPath, [join(root, script)], { env: { ...process.env, ...env }, stdio: ['ignore', 'inherit', 'inherit'] });
    child.on('exit', (code) => code && console.error(`[${name}] exited with ${code}`));
    children.push(child);
  };
  for (const [name, port] of services) {
    run(name, `dist/apps/${name}/src/main.js`, { PORT: String(port), DATABASE_URL: databaseUrl, KAFKA_BROKERS: brokers, MESSAGING: 'kafka' });
  }
  await new Promise((r) => setTimeout(r, 4000));
  // Like `npm start`, the development login is on unless DEV_LOGIN=false (the gateway refuses it in production).
  const devLogin = process.env.DEV_LOGIN ?? (process.env.NODE_ENV === 'production' ? 'false' : 'true');
  run('gateway', 'dist/apps/gateway/src/main.js', { PORT: process.env.PORT ?? '3000', DEV_LOGIN: devLogin });
  console.log(`\nSanpuku (distributed over Kafka ${brokers}): GraphQL on http://localhost:${process.env.PORT ?? 3000}/graphql\n`);
  if (devLogin === 'true') {
    console.log(`dev login: curl -s -X POST localhost:${process.env.PORT ?? 3000}/dev/login -H 'content-type: application/json' -d '{"userId":"demo-family-1"}' (GET /dev/users lists the demo users)\n`);
  }

  // Children first, then the broker, then the database.
  const shutdown = async () => {
    for (const c of children.reverse()) c.kill('SIGTERM');
    for (const stop of stops) {
      try {
        await stop();
      } catch (e) {
        console.error(e.message);
      }
    }
    process.exit(0);
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}

main().catch(async (err) => {
  console.error(err.message);
  for (const stop of stops) await Promise.resolve().then(stop).catch(() => undefined);
  process.exit(1);
});
