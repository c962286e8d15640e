/**
 * `npm start`: every Sanpuku service in ONE process, for newcomers and demos.
 *
 * The composition root is deliberately not an Nx app: it imports the apps, and apps may not
 * import apps. The services run exactly as in distributed mode (each its own Nest application,
 * database schema, outbox relay and GraphQL subgraph on a loopback port) except that the relays
 * publish to an in-process bus instead of Kafka, and PostgreSQL is embedded when DATABASE_URL
 * is unset.
 */
import 'reflect-metadata';
import { join } from 'node:path';
import { INestApplication } from '@nestjs/common';
import { z } from 'zod';
import {
  apiLimitsFromEnv,
  authConfigFrom,
  bootstrapService,
  CommonEnv,
  createDatabase,
  getLogger,
  InProcessBus,
  loadEnv,
  repoRoot,
  reportStartupProgress,
  ServiceRuntime,
  setLogLevel,
  startEmbeddedPostgres,
  withDatabase,
} from '@sanpuku/platform';
import { CatalogueAppModule } from '../../apps/catalogue/src/app.module';
import { catalogueService } from '../../apps/catalogue/src/catalogue.service-definition';
import { RegionAppModule } from '../../apps/region/src/app.module';
import { regionService } from '../../apps/region/src/region.service-definition';
import { MatchingAppModule } from '../../apps/matching/src/app.module';
import { matchingService } from '../../apps/matching/src/matching.service-definition';
import { loadGatewaySettings } from '../../apps/gateway/src/config/gateway.config';
import { createGatewayApp } from '../../apps/gateway/src/gateway.app';
import { composeSupergraph } from '../../apps/gateway/src/supergraph/compose';
import { loadDemoData } from './demo-data';

const port = z.coerce.number().int().min(1).max(65535);

async function main(): Promise<void> {
  const env = loadEnv('sanpuku', {
    NODE_ENV: CommonEnv.NODE_ENV,
    LOG_LEVEL: CommonEnv.LOG_LEVEL,
    DATABASE_URL: CommonEnv.DATABASE_URL,
    AUTH_JWT_SECRET: CommonEnv.AUTH_JWT_SECRET,
    AUTH_ISSUER: CommonEnv.AUTH_ISSUER,
    AUTH_AUDIENCE: CommonEnv.AUTH_AUDIENCE,
    PORT: port.default(3000),
    SUBGRAPH_BASE_PORT: port.default(4001),
    EMBEDDED_PG_PORT: port.default(54329),
    EMBEDDED_PG_DIR: z.string().default(join(repoRoot(), '.data/postgres')),
    // true (default): all of Japan + the 香川県 demo operators and users; kagawa: 香川県 only (fast, tests); false: nothing.
    DEMO_DATA: z.enum(['true', 'japan', 'kagawa', 'false']).default('true'),
  });
  setLogLevel(env.LOG_LEVEL);
  const log = getLogger('single-process');
  const stops: (() => Promise<void>)[] = [];

  let databaseUrl = env.DATABASE_URL;
  let databaseNote = 'DATABASE_URL';
  if (!databaseUrl) {
    const pg = await startEmbeddedPostgres({ dataDir: env.EMBEDDED_PG_DIR, port: env.EMBEDDED_PG_PORT, persistent: true });
    stops.push(() => pg.stop());
    await createDatabase(pg.url, 'sanpuku');
    databaseUrl = withDatabase(pg.url, 'sanpuku');
    databaseNote = `embedded PostgreSQL, data in ${env.EMBEDDED_PG_DIR}`;
  }

  const auth = authConfigFrom(env, 'sanpuku');
  const bus = new InProcessBus();
  const runtimeFor = (service: string): ServiceRuntime => ({
    databaseUrl: databaseUrl!,
    messaging: { mode: 'in-process', bus },
    outboxPollMs: 200,
    consumerMaxAttempts: 5,
    nodeEnv: env.NODE_ENV,
    // Only a developer's run regenerates the committed subgraph schemas.
    schemaFile: env.NODE_ENV === 'development' ? join(repoRoot(), 'apps', service, 'schema.gql') : null,
    auth,
    // The gateway's body and query limits, so a subgraph never refuses what the gateway let in.
    api: apiLimitsFromEnv('sanpuku'),
    serviceName: service,
  });

  const apps: INestApplication[] = [];
  const urls: Record<string, string> = {};
  const services = [
    [catalogueService, CatalogueAppModule] as const,
    [regionService, RegionAppModule] as const,
    [matchingService, MatchingAppModule] as const,
  ];
  for (const [i, [def, Module]] of services.entries()) {
    const runtime = runtimeFor(def.name);
    const p = env.SUBGRAPH_BASE_PORT + i;
    apps.push(await bootstrapService(Module.forRoot(runtime), def, runtime, { port: p }));
    urls[def.name] = `http://127.0.0.1:${p}/graphql`;
  }

  // Serve the supergraph of exactly the subgraphs that just booted.
  const { sdl, errors } = composeSupergraph();
  if (!sdl) throw new Error(`supergraph composition failed:\n  - ${errors.join('\n  - ')}`);
  // The development login is on by default here (DEV_LOGIN=false turns it off; refused in production).
  const gatewaySettings = loadGatewaySettings(process.env, { devLogin: env.NODE_ENV !== 'production' });
  const gateway = await createGatewayApp({
    subgraphUrls: { catalogue: urls.catalogue, region: urls.region, matching: urls.matching },
    production: env.NODE_ENV === 'production',
    supergraphSdl: sdl,
    auth,
    ...gatewaySettings,
  });
  await gateway.listen(env.PORT, '127.0.0.1');
  apps.push(gateway);

  if (env.DEMO_DATA !== 'false') {
    const scope = env.DEMO_DATA === 'kagawa' ? 'kagawa' : 'japan';
    const t0 = performance.now();
    // GraphQL already answers; the load's progress is in the log and in /health/ready → startup.demoData.
    await loadDemoData({ catalogue: apps[0], region: apps[1], matching: apps[2] }, scope, (p) => reportStartupProgress('demoData', p));
    reportStartupProgress('demoData', { scope, state: 'ready', seconds: Math.round((performance.now() - t0) / 100) / 10 });
    log.info({ scope, seconds: Math.round((performance.now() - t0) / 100) / 10 }, 'demo data ready');
  }

  const shutdown = async (signal: string) => {
    log.info({ signal }, 'shutting down');
    for (const app of apps.reverse()) await app.close().catch(() => undefined);
    for (const stop of stops) await stop().catch(() => undefined);
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));

  const banner = [
    '',
    'Sanpuku is running (single process) / Sanpuku 起動完了（単一プロセス）',
    `  web app:   http://localhost:${env.PORT}/   (open it in a browser; choose a demo user to sign in)`,
    `  GraphQL:   http://localhost:${env.PORT}/graphql`,
    `  health:    http://localhost:${env.PORT}/health`,
    ...services.map(([def], i) => `  ${def.name.padEnd(10)} subgraph http://127.0.0.1:${env.SUBGRAPH_BASE_PORT + i}/graphql (schema "${def.schema}")`),
    ...(gatewaySettings.devLogin
      ? [
          `  dev login: curl -s localhost:${env.PORT}/dev/users   (fictional demo users of every role, data/demo/users.json)`,
          `             curl -s -X POST localhost:${env.PORT}/dev/login -H 'content-type: application/json' -d '{"userId":"demo-family-1"}'`,
          '             → { token }: send it as "authorization: Bearer <token>"; DEV_LOGIN=false turns the dev login off',
        ]
      : []),
    `  database:  ${databaseNote}`,
    '  messaging: in-process bus (no Kafka needed; `npm run start:kafka` runs the distributed mode)',
    '',
  ].join('\n');
  process.stdout.write(banner + '\n');
}

main().catch((err: Error) => {
  process.stderr.write(`${err.stack ?? err.message}\n`);
  process.exit(1);
});
