// `npm run start:kafka`: the distributed topology on one machine — the real Kafka broker from
// infra/kafka, PostgreSQL (DATABASE_URL, or the same embedded one `npm start` uses), and each
// service as its own process talking over Kafka, the gateway on :3000. Ctrl-C stops everything.
//
// Scale out: `npm run start:kafka -- --instances 2` (or INSTANCES=2) runs that many instances of
// catalogue, region and matching over the same broker and database (partitions shared through
// each service's consumer group; the outbox relays claim rows with FOR UPDATE SKIP LOCKED), and
// `--gateways N` (GATEWAYS) that many gateways, each spreading requests over every instance.
// Ports: instance k (0-based) of a service listens on <SERVICE>_PORT + 3k, where CATALOGUE_PORT,
// REGION_PORT, MATCHING_PORT default to SUBGRAPH_BASE_PORT (4001) + 0, 1, 2 — so one instance is
// 4001–4003 as before and two are 4001–4006; gateway g listens on PORT (3000) + g.
import { execFileSync, spawn } from 'node:child_process';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const { startEmbeddedPostgres, createDatabase, withDatabase } = require(join(root, 'dist/libs/platform/src/index.js'));

/** `--name N` or `--name=N` on the command line, else the environment variable, else the default. */
function countOption(name, envName, dflt) {
  const args = process.argv.slice(2);
  const i = args.findIndex((a) => a === `--${name}` || a.startsWith(`--${name}=`));
  const raw = i < 0 ? process.env[envName] : args[i].includes('=') ? args[i].split('=')[1] : args[i + 1];
  if (raw === undefined || raw === '') return dflt;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1 || n > 16) throw new Error(`--${name} / ${envName}: an instance count from 1 to 16 (got '${raw}')`);
  return n;
}
function portOption(envName, dflt) {
  const raw = process.env[envName];
  if (raw === undefined || raw === '') return dflt;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1 || n > 65535) throw new Error(`${envName}: a port (got '${raw}')`);
  return n;
}
const instances = countOption('instances', 'INSTANCES', 1);
const gateways = countOption('gateways', 'GATEWAYS', 1);
const base = portOption('SUBGRAPH_BASE_PORT', 4001);
const gatewayPort = portOption('PORT', 3000);
const plan = [
  ['catalogue', portOption('CATALOGUE_PORT', base)],
  ['region', portOption('REGION_PORT', base + 1)],
  ['matching', portOption('MATCHING_PORT', base + 2)],
].map(([name, first]) => [name, Array.from({ length: instances }, (_, k) => first + 3 * k)]);
const gatewayPorts = Array.from({ length: gateways }, (_, g) => gatewayPort + g);
{
  const all = [...plan.flatMap(([, ports]) => ports), ...gatewayPorts];
  const clash = all.find((p, i) => all.indexOf(p) !== i);
  if (clash) {
    console.error(`port ${clash} would be used twice: set CATALOGUE_PORT, REGION_PORT, MATCHING_PORT (instance k listens on port + 3k) and PORT apart`);
    process.exit(1);
  }
}
const urlsOf = (name) => plan.find(([n]) => n === name)[1].map((p) => `http://127.0.0.1:${p}/graphql`).join(',');

/** Until http://127.0.0.1:<port>/health/live answers (bounded). */
async function waitLive(port, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/health/live`, { signal: AbortSignal.timeout(1000) })).ok) return true;
    } catch {
      /* not yet */
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return false;
}

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

  const children = [];
  const run = (name, script, env) => {
    const child = spawn(process.execPath, [join(root, script)], { env: { ...process.env, ...env }, stdio: ['ignore', 'inherit', 'inherit'] });
    child.on('exit', (code) => code && console.error(`[${name}] exited with ${code}`));
    children.push(child);
  };
  const startInstance = (name, port, k) =>
    run(instances > 1 ? `${name}#${k + 1}` : name, `dist/apps/${name}/src/main.js`, { PORT: String(port), DATABASE_URL: databaseUrl, KAFKA_BROKERS: brokers, MESSAGING: 'kafka' });
  // Migrations run at boot: the first instance of each service migrates, the others start once it listens.
  for (const [name, ports] of plan) startInstance(name, ports[0], 0);
  if (instances > 1) {
    for (const [name, ports] of plan) {
      if (!(await waitLive(ports[0], 90_000))) console.error(`[${name}#1] not listening after 90 s; starting the other instances anyway`);
    }
    for (const [name, ports] of plan) ports.slice(1).forEach((port, i) => startInstance(name, port, i + 1));
  }
  await new Promise((r) => setTimeout(r, 4000));
  // Like `npm start`, the development login is on unless DEV_LOGIN=false (the gateway refuses it in production).
  const devLogin = process.env.DEV_LOGIN ?? (process.env.NODE_ENV === 'production' ? 'false' : 'true');
  // Every gateway gets every instance's URL and spreads its requests over them (round-robin,
  // skipping an instance that refuses connections).
  const subgraphUrls = { CATALOGUE_URL: urlsOf('catalogue'), REGION_URL: urlsOf('region'), MATCHING_URL: urlsOf('matching') };
  gatewayPorts.forEach((port, g) => run(gateways > 1 ? `gateway#${g + 1}` : 'gateway', 'dist/apps/gateway/src/main.js', { ...subgraphUrls, PORT: String(port), DEV_LOGIN: devLogin }));
  for (const [name, ports] of plan) console.log(`${name}: ${ports.map((p) => `http://127.0.0.1:${p}/graphql`).join(' ')}`);
  console.log(`\nSanpuku (distributed over Kafka ${brokers}, ${instances} instance(s) of each service): GraphQL on ${gatewayPorts.map((p) => `http://localhost:${p}/graphql`).join(' ')}\n`);
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
