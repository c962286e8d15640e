/**
 * The two run modes the gateway benchmark measures, each booted on free loopback ports with the
 * 香川県 data loaded and the gateway's rate limit off, each in processes of its own (the load
 * generator never shares an event loop with a server):
 * - single-process: `npm start`'s runner (tools/single-process/main.ts, from source) — all three
 *   services and the gateway in one Node process, the in-process bus, the demo data loaded by the
 *   region's ImportService and ClassificationService;
 * - distributed: the real Kafka broker (infra/kafka/kafka.sh on free ports), each service and the
 *   gateway as its own process from dist/ (`npm run build` first), the data imported and
 *   classified through the region service's own GraphQL mutations.
 */
import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { NestFactory } from '@nestjs/core';
import { CatalogueAppModule } from '../../apps/catalogue/src/app.module';
import { loadCatalogueDemo } from '../../apps/catalogue/src/demo/catalogue-demo';
import {
  Actor,
  createDatabase,
  dropTestDatabase,
  ensureTopics,
  InProcessBus,
  issueToken,
  randomTestDatabaseName,
  repoRoot,
  startEmbeddedPostgres,
  TokenConfig,
  withDatabase,
} from '@sanpuku/platform';
import { freePort } from '@sanpuku/platform/testing';

export const BENCH_AUTH: TokenConfig = { secret: 'sanpuku-gateway-benchmark-key-0123456789abcdef', issuer: 'sanpuku', audience: 'sanpuku-api' };
const ADMIN: Actor = { sub: 'bench-admin', name: '【デモ】ベンチマーク管理者', role: 'admin' };

export interface RunningStack {
  mode: 'single-process' | 'distributed';
  gatewayUrl: string;
  /** Each subgraph's own /graphql, for the baseline without the gateway. */
  subgraphUrls: Record<'catalogue' | 'region' | 'matching', string>;
  bootSeconds: number;
  /** The server processes' ids, to read the CPU time each spends on a case (single-process: one process serves all). */
  pids: { gateway: number; catalogue: number; region: number; matching: number };
  stop(): Promise<void>;
}

/** CPU time (user + system) a process has used so far, in ms, from /proc (Linux); null elsewhere. */
export function cpuMsOf(pid: number): number | null {
  try {
    // Fields after the command's closing parenthesis: state is field 3, utime 14, stime 15 (clock ticks, 100/s on Linux).
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  } catch {
    return null;
  }
}

const root = repoRoot();
const stops: (() => Promise<void> | void)[] = [];

/** Stops everything this module started (also on Ctrl-C). */
export async function stopAll(): Promise<void> {
  for (const stop of stops.splice(0).reverse()) {
    try {
      await stop();
    } catch (err) {
      process.stderr.write(`bench: stop failed: ${(err as Error).message}\n`);
    }
  }
}

/** A PostgreSQL server for the benchmark: DATABASE_URL's, or an embedded one in a temp directory. */
export async function benchPostgres(): Promise<{ freshDatabase(): Promise<string> }> {
  let admin = process.env.DATABASE_URL;
  if (!admin) {
    const dir = mkdtempSync(join(tmpdir(), 'sanpuku-bench-pg-'));
    const pg = await startEmbeddedPostgres({ dataDir: join(dir, 'data'), port: await freePort(), persistent: false });
    stops.push(async () => {
      await pg.stop();
      rmSync(dir, { recursive: true, force: true });
    });
    admin = pg.url;
  }
  const adminUrl = admin;
  return {
    async freshDatabase() {
      const name = randomTestDatabaseName('bench');
      await createDatabase(adminUrl, name);
      stops.push(() => dropTestDatabase(adminUrl, name));
      return withDatabase(adminUrl, name);
    },
  };
}

function child(name: string, args: string[], env: Record<string, string>): ChildProcess {
  // BENCH_SERVER_NODE_ARGS, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof", profiles the servers.
  const nodeArgs = (process.env.BENCH_SERVER_NODE_ARGS ?? '').split(' ').filter(Boolean);
  const c = spawn(process.execPath, [...nodeArgs, ...args], { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  c.stderr!.on('data', (d: Buffer) => (stderr = (stderr + d.toString()).slice(-4000)));
  c.on('exit', (code, signal) => {
    if (code && !signal && code !== 0) process.stderr.write(`bench: ${name} exited with ${code}\n${stderr}\n`);
  });
  stops.push(
    () =>
      new Promise<void>((res) => {
        if (c.exitCode !== null || c.signalCode) return res();
        const timer = setTimeout(() => c.kill('SIGKILL'), 10_000);
        c.once('exit', () => {
          clearTimeout(timer);
          res();
        });
        c.kill('SIGTERM');
      }),
  );
  return c;
}

async function gql(url: string, query: string, variables?: Record<string, unknown>, actor?: Actor): Promise<{ data?: any; errors?: unknown[] }> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (actor) headers.authorization = `Bearer ${await issueToken(BENCH_AUTH, actor)}`;
  const r = await fetch(url, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  return (await r.json()) as { data?: any; errors?: unknown[] };
}

async function until<T>(what: string, check: () => Promise<T | null | undefined | false>, timeoutMs = 180_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const v = await check();
      if (v) return v;
    } catch {
      /* not up yet */
    }
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 500));
  }
}

/** Kagawa is loaded when the gateway serves 17 classified municipalities and matching has region's segment events. */
async function waitForKagawa(gatewayUrl: string): Promise<void> {
  await until('香川県 classified through the gateway', async () => {
    const r = await gql(`${gatewayUrl}/graphql`, `{ areas(prefectureCode: "37") { classification { segment } } }`, undefined, ADMIN);
    return r.data?.areas?.length === 17 && r.data.areas.every((a: { classification: unknown }) => a.classification);
  });
  await until('matching’s read model of the segments', async () => {
    const r = await gql(`${gatewayUrl}/graphql`, `{ matchingAreaSegment(municipalityCode: "37201") { segment } }`, undefined, ADMIN);
    return r.data?.matchingAreaSegment?.segment;
  });
}

const gatewayEnv = { NODE_ENV: 'production', AUTH_JWT_SECRET: BENCH_AUTH.secret, LOG_LEVEL: 'info', GATEWAY_RATE_LIMIT_PER_MINUTE: '0' };

export async function startSingleProcess(databaseUrl: string): Promise<RunningStack> {
  const started = Date.now();
  const port = await freePort();
  const base = await consecutiveFreePorts(3);
  const marker = stops.length;
  const proc = child('single-process', [join(root, 'tools/run-ts.cjs'), join(root, 'tools/single-process/main.ts')], {
    ...gatewayEnv,
    DATABASE_URL: databaseUrl,
    PORT: String(port),
    SUBGRAPH_BASE_PORT: String(base),
    DEMO_DATA: 'kagawa',
  });
  const gatewayUrl = `http://127.0.0.1:${port}`;
  await waitForKagawa(gatewayUrl);
  const subgraphUrls = { catalogue: `http://127.0.0.1:${base}/graphql`, region: `http://127.0.0.1:${base + 1}/graphql`, matching: `http://127.0.0.1:${base + 2}/graphql` };
  const pid = proc.pid!;
  const pids = { gateway: pid, catalogue: pid, region: pid, matching: pid };
  return { mode: 'single-process', gatewayUrl, subgraphUrls, bootSeconds: (Date.now() - started) / 1000, pids, stop: () => stopFrom(marker) };
}

/** Every source file of apps/ and libs/ has a transpiled counterpart in dist/ that is not older. */
export function distIsFresh(): { fresh: boolean; reason?: string } {
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((n) => {
      const p = join(dir, n);
      return statSync(p).isDirectory() ? walk(p) : p.endsWith('.ts') && !/\.(spec|int-spec|e2e-spec|d)\.ts$/.test(p) ? [p] : [];
    });
  for (const top of ['apps', 'libs']) {
    for (const project of readdirSync(join(root, top))) {
      // The web app is built by Vite into dist/web, not transpiled file by file.
      if (top === 'apps' && project === 'web') continue;
      const src = join(root, top, project, 'src');
      if (!existsSync(src)) continue;
      for (const file of walk(src)) {
        const out = join(root, 'dist', relative(root, file)).replace(/\.ts$/, '.js');
        if (!existsSync(out)) return { fresh: false, reason: `${relative(root, out)} is missing` };
        if (statSync(out).mtimeMs < statSync(file).mtimeMs) return { fresh: false, reason: `${relative(root, file)} is newer than dist/` };
      }
    }
  }
  return { fresh: true };
}

export async function startDistributed(databaseUrl: string): Promise<RunningStack> {
  const started = Date.now();
  const marker = stops.length;
  const kafkaDir = mkdtempSync(join(tmpdir(), 'sanpuku-bench-kafka-'));
  const kafkaPort = await freePort();
  const kafkaEnv = { ...process.env, KAFKA_PORT: String(kafkaPort), KAFKA_CONTROLLER_PORT: String(await freePort()), KAFKA_DATA_DIR: kafkaDir };
  execFileSync('bash', [join(root, 'infra/kafka/kafka.sh'), 'start'], { env: kafkaEnv, stdio: ['ignore', 'ignore', 'inherit'] });
  stops.push(() => {
    execFileSync('bash', [join(root, 'infra/kafka/kafka.sh'), 'stop'], { env: kafkaEnv, stdio: ['ignore', 'ignore', 'inherit'] });
    rmSync(kafkaDir, { recursive: true, force: true });
  });
  const brokers = `127.0.0.1:${kafkaPort}`;
  await ensureTopics({ brokers: [brokers], clientId: 'sanpuku-bench', topicPrefix: '' });

  // The fictional 【デモ】 offerings, through the catalogue's own use cases in this process with the
  // relay off: their published events wait in the outbox for the catalogue service's relay (Kafka).
  const demo = await NestFactory.create(
    CatalogueAppModule.forRoot({
      databaseUrl,
      messaging: { mode: 'in-process', bus: new InProcessBus() },
      outboxPollMs: 1000,
      consumerMaxAttempts: 1,
      nodeEnv: 'production',
      schemaFile: null,
      auth: BENCH_AUTH,
      runRelay: false,
    }),
    { logger: false },
  );
  await demo.init();
  await loadCatalogueDemo(demo);
  await demo.close();

  const urls: Record<string, string> = {};
  const pids: Record<string, number> = {};
  for (const name of ['catalogue', 'region', 'matching']) {
    const port = await freePort();
    pids[name] = child(name, [join(root, `dist/apps/${name}/src/main.js`)], { ...gatewayEnv, PORT: String(port), DATABASE_URL: databaseUrl, KAFKA_BROKERS: brokers, MESSAGING: 'kafka' }).pid!;
    urls[name] = `http://127.0.0.1:${port}/graphql`;
  }
  for (const [name, url] of Object.entries(urls)) await until(`${name} service`, async () => (await fetch(url.replace(/graphql$/, 'health'))).ok);

  // The demo data through the region service's own mutations (what an administrator would do).
  const file = (f: string) => ({ fileName: f, contentBase64: readFileSync(join(root, 'data/kagawa', f)).toString('base64') });
  const imports: [string, Record<string, unknown>][] = [
    ['mutation($f: FileInput!) { importMunicipalities(input: $f) { ok } }', { f: file('municipalities.csv') }],
    ['mutation($f: FileInput!) { importTownBlocks(input: $f) { ok } }', { f: file('town-blocks-37.csv') }],
    ['mutation($f: ResourceFileInput!) { importResources(input: $f) { ok } }', { f: { ...file('shops-37.geojson'), sourceName: 'osm-convenience-2013-kagawa' } }],
    ['mutation { classifyAreas { runId } }', {}],
  ];
  for (const [query, variables] of imports) {
    const r = await gql(urls.region, query, variables, ADMIN);
    if (r.errors?.length) throw new Error(`loading 香川県 failed: ${JSON.stringify(r.errors)}`);
  }

  const port = await freePort();
  pids.gateway = child('gateway', [join(root, 'dist/apps/gateway/src/main.js')], { ...gatewayEnv, PORT: String(port), CATALOGUE_URL: urls.catalogue, REGION_URL: urls.region, MATCHING_URL: urls.matching }).pid!;
  const gatewayUrl = `http://127.0.0.1:${port}`;
  await waitForKagawa(gatewayUrl);
  const subgraphUrls = { catalogue: urls.catalogue, region: urls.region, matching: urls.matching };
  return { mode: 'distributed', gatewayUrl, subgraphUrls, bootSeconds: (Date.now() - started) / 1000, pids: pids as RunningStack['pids'], stop: () => stopFrom(marker) };
}

async function stopFrom(marker: number): Promise<void> {
  for (const stop of stops.splice(marker).reverse()) {
    try {
      await stop();
    } catch (err) {
      process.stderr.write(`bench: stop failed: ${(err as Error).message}\n`);
    }
  }
}

async function consecutiveFreePorts(n: number): Promise<number> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const base = 20000 + Math.floor(Math.random() * 20000);
    const ok = await Promise.all(Array.from({ length: n }, (_, i) => portIsFree(base + i)));
    if (ok.every(Boolean)) return base;
  }
  throw new Error('no free port range');
}

function portIsFree(port: number): Promise<boolean> {
  return new Promise((res) => {
    const s = createServer();
    s.once('error', () => res(false));
    s.listen(port, '127.0.0.1', () => s.close(() => res(true)));
  });
}
