/**
 * The pieces of a distributed Sanpuku on loopback that fault scenarios start, kill and restart:
 * a Kafka broker from infra/kafka on free ports and a temp dir, a fresh database, and each
 * service (or gateway) as a child process. Used by `npm run test:faults` (tools/faults/run.ts,
 * services from dist/) and by e2e/faults.e2e-spec.ts inside `npm test` (services from source).
 * Every wait here is bounded in time.
 */
import { ChildProcess, spawn } from 'node:child_process';
import { createWriteStream, mkdtempSync, readFileSync, rmSync, WriteStream } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDatabase, dropTestDatabase, ensureTopics, repoRoot, startEmbeddedPostgres, withDatabase } from '@sanpuku/platform';
import { freePort } from '@sanpuku/platform/testing';

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));
/** A deadline to race against: it does not keep the process (or jest) alive on its own. */
const deadline = (ms: number) => new Promise<void>((r) => setTimeout(r, ms).unref());

/** Polls `check` every `everyMs` until it is truthy or `timeoutMs` passed (then null). */
export async function until<T>(check: () => Promise<T | null | undefined | false>, timeoutMs: number, everyMs = 100): Promise<T | null> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const v = await check();
      if (v) return v;
    } catch {
      /* not yet */
    }
    await sleep(everyMs);
  }
  return null;
}

function run(cmd: string, args: string[], env: NodeJS.ProcessEnv, log?: WriteStream): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    for (const s of [child.stdout, child.stderr]) s.on('data', (b: Buffer) => (log ? log.write(b) : out.push(b)));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${cmd} ${args.join(' ')} exited with ${code}\n${Buffer.concat(out).toString()}`))));
  });
}

/** A single-node KRaft broker of its own (ports, data dir), which a scenario may kill -9 and start again. */
export class FaultBroker {
  private constructor(
    readonly port: number,
    readonly controllerPort: number,
    readonly dataDir: string,
    private readonly log?: WriteStream,
  ) {}

  static async create(log?: WriteStream): Promise<FaultBroker> {
    return new FaultBroker(await freePort(), await freePort(), mkdtempSync(join(tmpdir(), 'sanpuku-faults-kafka-')), log);
  }

  get brokers(): string[] {
    return [`127.0.0.1:${this.port}`];
  }

  private env(): NodeJS.ProcessEnv {
    return { ...process.env, KAFKA_PORT: String(this.port), KAFKA_CONTROLLER_PORT: String(this.controllerPort), KAFKA_DATA_DIR: this.dataDir, KAFKA_WAIT_TIMEOUT: '90', KAFKA_STOP_TIMEOUT: '15' };
  }

  /** Starts it and returns when the broker logged "started" (kafka.sh waits, at most 90 s). */
  async start(): Promise<void> {
    await run('bash', [join(repoRoot(), 'infra/kafka/kafka.sh'), 'start'], this.env(), this.log);
  }

  pid(): number | null {
    try {
      const pid = Number(readFileSync(join(this.dataDir, 'kafka.pid'), 'utf8').trim());
      return pid > 0 ? pid : null;
    } catch {
      return null;
    }
  }

  /** SIGKILL, as a machine that loses power; returns once the process is gone (≤ 10 s). */
  async kill9(): Promise<void> {
    const pid = this.pid();
    if (!pid) return;
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      return;
    }
    await until(async () => !alive(pid), 10_000, 50);
  }

  async stop(): Promise<void> {
    await run('bash', [join(repoRoot(), 'infra/kafka/kafka.sh'), 'stop'], this.env(), this.log).catch(() => undefined);
    const pid = this.pid();
    if (pid && alive(pid)) await this.kill9();
    rmSync(this.dataDir, { recursive: true, force: true });
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

export interface FaultDatabase {
  url: string;
  drop(): Promise<void>;
}

/** A fresh database on DATABASE_URL's server, or on an embedded PostgreSQL of its own (temp dir). */
export async function createFaultDatabase(): Promise<FaultDatabase> {
  const name = `sanpuku_test_faults_${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  if (process.env.DATABASE_URL) {
    const admin = process.env.DATABASE_URL;
    await createDatabase(admin, name);
    return { url: withDatabase(admin, name), drop: () => dropTestDatabase(admin, name) };
  }
  const dir = mkdtempSync(join(tmpdir(), 'sanpuku-faults-pg-'));
  const pg = await startEmbeddedPostgres({ dataDir: join(dir, 'data'), port: await freePort(), persistent: false }).catch((err: unknown) => {
    rmSync(dir, { recursive: true, force: true });
    throw err instanceof Error ? err : new Error(`embedded PostgreSQL did not start: ${String(err)}`);
  });
  await createDatabase(pg.url, name);
  return {
    url: withDatabase(pg.url, name),
    drop: async () => {
      await pg.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export async function createFaultTopics(brokers: string[], topicPrefix: string): Promise<void> {
  await ensureTopics({ brokers, clientId: 'faults-setup', topicPrefix });
}

export type AppName = 'catalogue' | 'region' | 'matching' | 'gateway';

/**
 * One service (or gateway) process: `dist` runs dist/apps/<app>/src/main.js (built first),
 * `source` runs the TypeScript through tools/run-ts.cjs (no build). Output goes to `log`.
 */
export class ServiceProcess {
  private child: ChildProcess | null = null;
  private exited: Promise<void> = Promise.resolve();
  /** When the last start() spawned the process. */
  startedAt = 0;

  constructor(
    readonly label: string,
    readonly app: AppName,
    readonly port: number,
    private readonly env: Record<string, string>,
    private readonly mode: 'dist' | 'source',
    private readonly log?: WriteStream,
  ) {}

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  get running(): boolean {
    return this.child !== null;
  }

  start(): void {
    if (this.child) throw new Error(`${this.label} is running`);
    const root = repoRoot();
    const args = this.mode === 'dist' ? [join(root, `dist/apps/${this.app}/src/main.js`)] : [join(root, 'tools/run-ts.cjs'), join(root, `apps/${this.app}/src/main.ts`)];
    const child = spawn(process.execPath, args, {
      env: { ...process.env, LOG_LEVEL: process.env.FAULTS_LOG_LEVEL ?? 'warn', ...this.env, PORT: String(this.port), HOST: '127.0.0.1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    for (const s of [child.stdout!, child.stderr!]) s.on('data', (b: Buffer) => this.log?.write(`[${this.label}] ${b.toString()}`));
    this.startedAt = Date.now();
    this.child = child;
    this.exited = new Promise((r) =>
      child.once('exit', () => {
        if (this.child === child) this.child = null;
        r();
      }),
    );
  }

  /** SIGKILL: no shutdown hook runs, in-flight transactions are cut, the group member just vanishes. */
  async kill9(): Promise<void> {
    if (!this.child) return;
    this.child.kill('SIGKILL');
    await Promise.race([this.exited, deadline(10_000)]);
  }

  /** SIGTERM (graceful), then SIGKILL after 10 s. */
  async stop(): Promise<void> {
    if (!this.child) return;
    this.child.kill('SIGTERM');
    await Promise.race([this.exited, deadline(10_000)]);
    await this.kill9();
  }

  /** Until /health/live answers 200 (at most `timeoutMs`); false when it did not. */
  async waitLive(timeoutMs = 60_000): Promise<boolean> {
    return (await until(async () => (await fetch(`${this.url}/health/live`, { signal: AbortSignal.timeout(1000) })).ok, timeoutMs, 100)) === true;
  }

  /** Until /health/ready answers 200 (consumer joined, database reachable). */
  async waitReady(timeoutMs = 60_000): Promise<boolean> {
    return (await until(async () => (await fetch(`${this.url}/health/ready`, { signal: AbortSignal.timeout(1000) })).ok, timeoutMs, 100)) === true;
  }
}

/** Where child output goes: one log file per run in a temp dir (kept when a run fails). */
export function runLog(label: string): { path: string; stream: WriteStream; dir: string } {
  const dir = mkdtempSync(join(tmpdir(), `sanpuku-${label}-`));
  const path = join(dir, 'processes.log');
  return { path, dir, stream: createWriteStream(path, { flags: 'a' }) };
}
