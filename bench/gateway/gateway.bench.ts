/**
 * Gateway benchmark: throughput and latency of typical operations through the GraphQL gateway,
 * in both run modes, with autocannon's programmatic API.
 *
 *   npm run build                                             # the distributed mode runs dist/
 *   node tools/run-ts.cjs bench/gateway/gateway.bench.ts [--mode single-process|distributed|both]
 *        [--duration 10] [--warmup 2] [--connections 10,50] [--case "area query,what-if"] [--no-baseline]
 *
 * Each case also runs directly against the subgraph that answers it (the baseline), so the
 * gateway's own share of the latency shows; --no-baseline skips that. BENCH_SERVER_NODE_ARGS passes
 * flags to the server processes (e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof").
 * Loopback only; each case runs for a bounded time after a warm-up. The load generator runs in
 * this process, the servers in their own. Prints the machine and, per case, the median and mean
 * requests per second and the median (p50) and p99 latency, the gateway's share of the subgraph's
 * throughput, and issue 15's targets next to the numbers (met or not). The cases are in
 * gateway.cases.ts. Not a test: nothing is asserted on the numbers.
 */
import { issueToken, setLogLevel } from '@sanpuku/platform';
import type { Actor } from '@sanpuku/platform';
import { BENCH_CASES, BenchCase } from './gateway.cases';
import { benchPostgres, BENCH_AUTH, cpuMsOf, distIsFresh, RunningStack, startDistributed, startSingleProcess, stopAll } from './gateway.stacks';
import { printMachine, stringArg } from '../common/bench.util';

interface AutocannonResult {
  requests: { average: number; p50: number; total: number };
  latency: { p50: number; p99: number; average: number };
  non2xx: number;
  errors: number;
  timeouts: number;
  mismatches: number;
}
type Autocannon = (opts: Record<string, unknown>) => Promise<AutocannonResult>;
// autocannon ships no type declarations.
const autocannon: Autocannon = require('autocannon');
const autocannonVersion: string = require('autocannon/package.json').version;

const duration = Number(stringArg('duration') ?? 10);
const warmup = Number(stringArg('warmup') ?? 2);
const connectionCounts = (stringArg('connections') ?? '10,50').split(',').map(Number);
const modeArg = stringArg('mode') ?? 'both';
const only = stringArg('case');
const baseline = !process.argv.includes('--no-baseline');

interface Row {
  c: BenchCase;
  via: 'gateway' | 'direct';
  result?: AutocannonResult;
  /** CPU ms per answered request during the measured window: the gateway process's and the subgraph process's (single-process: one process, in `server`). */
  cpu?: { gateway: number | null; server: number | null };
  skipped?: string;
}

/** Issue 15's targets. */
const TARGET_P99_MS = 100; // distributed, 50 connections, every case via the gateway
const TARGET_READ_SHARE = 0.7; // distributed, 50 connections, reads: gateway req/s ≥ 70 % of the subgraph's

async function runCase(stack: RunningStack, via: Row['via'], c: BenchCase, connections: number, variables: Record<string, unknown> | undefined): Promise<Row> {
  const url = via === 'gateway' ? `${stack.gatewayUrl}/graphql` : stack.subgraphUrls[c.subgraph];
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (c.actor) headers.authorization = `Bearer ${await issueToken({ ...BENCH_AUTH, ttlSeconds: 3600 }, c.actor)}`;
  const body = JSON.stringify({ query: c.query, variables });
  const probe = await fetch(url, { method: 'POST', headers, body });
  const answer = (await probe.json()) as { errors?: { message: string; extensions?: { code?: string } }[] };
  if (probe.status !== 200 || answer.errors?.length) {
    const e = answer.errors?.[0];
    return { c, via, skipped: `HTTP ${probe.status} ${e?.extensions?.code ?? ''} ${e?.message ?? ''}`.trim() };
  }
  const opts = { url, method: 'POST', headers, body, connections, verifyBody: (b: string) => !b.includes('"errors"') };
  if (warmup > 0) await autocannon({ ...opts, duration: warmup });
  const single = stack.mode === 'single-process';
  const pids = { gateway: stack.pids.gateway, server: stack.pids[c.subgraph] };
  const before = { gateway: cpuMsOf(pids.gateway), server: cpuMsOf(pids.server) };
  const result = await autocannon({ ...opts, duration });
  const n = result.requests.total;
  const per = (k: 'gateway' | 'server') => {
    const a = before[k];
    const b = cpuMsOf(pids[k]);
    return a === null || b === null || !n ? null : (b - a) / n;
  };
  return { c, via, result, cpu: { gateway: single ? null : per('gateway'), server: per('server') } };
}

/** The targets that apply to a row, with ✓ (met) or ✗ (not met). */
function targets(mode: RunningStack['mode'], connections: number, r: Row, direct: Row | undefined): string {
  const out: string[] = [];
  const res = r.result!;
  // No answer within the run (all slower than it) meets no target, whatever the empty percentiles say.
  const answered = res.requests.total > 0;
  if (r.via === 'gateway' && mode === 'distributed' && connections === 50) {
    out.push(`p99≤${TARGET_P99_MS} ${answered && res.latency.p99 <= TARGET_P99_MS ? '✓' : '✗'}`);
    if (r.c.kind === 'read' && direct?.result) out.push(`≥${TARGET_READ_SHARE * 100}% ${res.requests.average >= TARGET_READ_SHARE * direct.result.requests.average ? '✓' : '✗'}`);
  }
  if (r.via === 'direct' && connections === 10 && r.c.directTarget) out.push(`≥${r.c.directTarget.toLocaleString('en')} req/s ${res.requests.average >= r.c.directTarget ? '✓' : '✗'}`);
  return out.join(', ');
}

function printTable(stack: RunningStack, connections: number, rows: Row[]): void {
  const single = stack.mode === 'single-process';
  const head = ['case', 'via', 'req/s median', 'req/s mean', 'p50 ms', 'p99 ms', 'gw/sub', single ? 'CPU ms/req' : 'CPU ms/req gw+sub', 'requests', 'failed', 'target (issue 15)'];
  const ms = (v: number | null | undefined) => (v == null ? '–' : v.toFixed(2));
  const lines = rows.map((r) => {
    const via = r.via === 'gateway' ? 'gateway' : 'subgraph';
    if (!r.result) return [r.c.name, via, `skipped: ${r.skipped}`, '', '', '', '', '', '', '', ''];
    const cpu = single ? ms(r.cpu?.server) : r.via === 'gateway' ? `${ms(r.cpu?.gateway)} + ${ms(r.cpu?.server)}` : ms(r.cpu?.server);
    const direct = rows.find((d) => d.c === r.c && d.via === 'direct');
    const share = r.via === 'gateway' && direct?.result?.requests.average ? `${((100 * r.result.requests.average) / direct.result.requests.average).toFixed(0)} %` : '';
    return [
      r.c.name,
      via,
      r.result.requests.p50.toFixed(0),
      r.result.requests.average.toFixed(1),
      r.result.latency.p50.toFixed(1),
      r.result.latency.p99.toFixed(1),
      share,
      cpu,
      String(r.result.requests.total),
      String(r.result.non2xx + r.result.errors + r.result.timeouts + r.result.mismatches),
      targets(stack.mode, connections, r, direct),
    ];
  });
  const widths = head.map((h, i) => Math.max(h.length, ...lines.filter((l) => l[3] !== '' || i < 2).map((l) => l[i].length)));
  const fmt = (cols: string[]) => cols.map((c, i) => (i === 0 || i === cols.length - 1 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ').trimEnd();
  console.log(`\n== ${stack.mode}, ${connections} connections (ready in ${stack.bootSeconds.toFixed(1)} s)`);
  console.log(fmt(head));
  for (const l of lines) console.log(l[3] === '' ? `${l[0].padEnd(widths[0])}  ${l[1].padStart(widths[1])}  ${l[2]}` : fmt(l));
}

/** One operation through the gateway for a case's set-up. */
async function call(gatewayUrl: string, query: string, variables: Record<string, unknown>, actor: Actor): Promise<any> {
  const token = await issueToken({ ...BENCH_AUTH, ttlSeconds: 3600 }, actor);
  const r = await fetch(`${gatewayUrl}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query, variables }) });
  const answer = (await r.json()) as { data?: any; errors?: unknown[] };
  if (answer.errors?.length) throw new Error(JSON.stringify(answer.errors));
  return answer.data;
}

async function main(): Promise<void> {
  setLogLevel('warn');
  printMachine();
  console.log('== settings');
  console.log(`autocannon ${autocannonVersion}, ${connectionCounts.join(' and ')} connections, ${warmup} s warm-up then ${duration} s per case, loopback, load generator in its own process`);
  console.log('servers    NODE_ENV=production, gateway rate limit off (GATEWAY_RATE_LIMIT_PER_MINUTE=0), access log on (LOG_LEVEL=info, to /dev/null)');
  console.log('"failed"   non-2xx + socket errors + timeouts + answers with GraphQL errors');
  console.log('via        gateway = through the gateway; subgraph = the same operation sent straight to the subgraph that answers it (baseline)');
  console.log('gw/sub     the gateway\'s mean req/s as a share of the subgraph\'s, measured one after the other in the same run (compare these, not absolute numbers, on a shared machine)');
  console.log('CPU ms/req server CPU time (user + system, from /proc) over the measured window per answered request: steadier than req/s on a busy machine.');
  console.log('           single-process: the one process (gateway row − subgraph row = what the gateway adds); distributed: gateway process + subgraph process.');
  console.log('           It includes background work (outbox polling, Kafka heartbeats, GC) shared out over the requests: compare rows of similar req/s only.');
  console.log(`targets    distributed, 50 connections: p99 ≤ ${TARGET_P99_MS} ms every case via the gateway, reads via the gateway ≥ ${TARGET_READ_SHARE * 100} % of the subgraph's req/s;`);
  console.log('           straight to the subgraph at 10 connections: area query ≥ 2,000, catalogue search ≥ 1,500, file a request ≥ 400 req/s');

  const cases = BENCH_CASES.filter((c) => !only || only.split(',').includes(c.name));
  const modes: ('single-process' | 'distributed')[] = modeArg === 'both' ? ['single-process', 'distributed'] : [modeArg as 'single-process' | 'distributed'];
  const pg = await benchPostgres();
  for (const mode of modes) {
    if (mode === 'distributed') {
      const dist = distIsFresh();
      if (!dist.fresh) {
        console.log(`\n== distributed: skipped — run \`npm run build\` first (${dist.reason})`);
        continue;
      }
    }
    const databaseUrl = await pg.freshDatabase();
    const stack = mode === 'single-process' ? await startSingleProcess(databaseUrl) : await startDistributed(databaseUrl);
    try {
      const variables = new Map<BenchCase, Record<string, unknown> | undefined>();
      for (const c of cases) {
        try {
          variables.set(c, c.prepare ? await c.prepare((q, v, a) => call(stack.gatewayUrl, q, v, a)) : c.variables);
        } catch (err) {
          console.log(`\n${c.name}: set-up failed — ${(err as Error).message}`);
        }
      }
      for (const connections of connectionCounts) {
        const rows: Row[] = [];
        for (const c of cases) {
          if (!variables.has(c)) continue;
          rows.push(await runCase(stack, 'gateway', c, connections, variables.get(c)));
          if (baseline) rows.push(await runCase(stack, 'direct', c, connections, variables.get(c)));
        }
        printTable(stack, connections, rows);
      }
    } finally {
      await stack.stop();
    }
  }
  console.log('\ncases');
  for (const c of cases) console.log(`  ${c.name.padEnd(16)} ${c.note}`);
}

process.once('SIGINT', () => void stopAll().then(() => process.exit(130)));
main()
  .then(() => stopAll())
  .catch(async (err: Error) => {
    console.error(err.stack ?? err.message);
    await stopAll();
    process.exit(1);
  });
