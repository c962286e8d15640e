/**
 * Gateway benchmark: throughput and latency of typical operations through the GraphQL gateway,
 * in both run modes, with autocannon's programmatic API.
 *
 *   npm run build                                             # the distributed mode runs dist/
 *   node tools/run-ts.cjs bench/gateway/gateway.bench.ts [--mode single-process|distributed|both]
 *        [--duration 10] [--warmup 2] [--connections 10] [--case "area query"] [--no-baseline]
 *
 * Each case also runs directly against the subgraph that answers it (the baseline), so the
 * gateway's own share of the latency shows; --no-baseline skips that. BENCH_SERVER_NODE_ARGS passes
 * flags to the server processes (e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof").
 * Loopback only; each case runs for a bounded time after a warm-up. The load generator runs in
 * this process, the servers in their own. Prints the machine and, per case, the median and mean
 * requests per second and the median (p50) and p99 latency. The cases are in gateway.cases.ts.
 * Not a test: nothing is asserted on the numbers.
 */
import { issueToken, setLogLevel } from '@sanpuku/platform';
import { BENCH_CASES, BenchCase } from './gateway.cases';
import { benchPostgres, BENCH_AUTH, distIsFresh, RunningStack, startDistributed, startSingleProcess, stopAll } from './gateway.stacks';
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
const connections = Number(stringArg('connections') ?? 10);
const modeArg = stringArg('mode') ?? 'both';
const only = stringArg('case');
const baseline = !process.argv.includes('--no-baseline');

interface Row {
  name: string;
  via: 'gateway' | 'direct';
  result?: AutocannonResult;
  skipped?: string;
}

async function runCase(url: string, via: Row['via'], c: BenchCase): Promise<Row> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (c.actor) headers.authorization = `Bearer ${await issueToken({ ...BENCH_AUTH, ttlSeconds: 3600 }, c.actor)}`;
  const body = JSON.stringify({ query: c.query, variables: c.variables });
  const probe = await fetch(url, { method: 'POST', headers, body });
  const answer = (await probe.json()) as { errors?: { message: string; extensions?: { code?: string } }[] };
  if (probe.status !== 200 || answer.errors?.length) {
    const e = answer.errors?.[0];
    return { name: c.name, via, skipped: `HTTP ${probe.status} ${e?.extensions?.code ?? ''} ${e?.message ?? ''}`.trim() };
  }
  const opts = { url, method: 'POST', headers, body, connections, verifyBody: (b: string) => !b.includes('"errors"') };
  if (warmup > 0) await autocannon({ ...opts, duration: warmup });
  return { name: c.name, via, result: await autocannon({ ...opts, duration }) };
}

function printTable(stack: RunningStack, rows: Row[]): void {
  const head = ['case', 'via', 'req/s median', 'req/s mean', 'p50 ms', 'p99 ms', 'requests', 'failed'];
  const lines = rows.map((r) =>
    r.result
      ? [
          r.name,
          r.via === 'gateway' ? 'gateway' : 'subgraph',
          r.result.requests.p50.toFixed(0),
          r.result.requests.average.toFixed(1),
          r.result.latency.p50.toFixed(1),
          r.result.latency.p99.toFixed(1),
          String(r.result.requests.total),
          String(r.result.non2xx + r.result.errors + r.result.timeouts + r.result.mismatches),
        ]
      : [r.name, r.via === 'gateway' ? 'gateway' : 'subgraph', `skipped: ${r.skipped}`, '', '', '', '', ''],
  );
  const widths = head.map((h, i) => Math.max(h.length, ...lines.filter((l) => l[3] !== '' || i < 2).map((l) => l[i].length)));
  const fmt = (cols: string[]) => cols.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  console.log(`\n== ${stack.mode} (ready in ${stack.bootSeconds.toFixed(1)} s)`);
  console.log(fmt(head));
  for (const l of lines) console.log(l[3] === '' ? `${l[0].padEnd(widths[0])}  ${l[1].padStart(widths[1])}  ${l[2]}` : fmt(l));
}

async function main(): Promise<void> {
  setLogLevel('warn');
  printMachine();
  console.log('== settings');
  console.log(`autocannon ${autocannonVersion}, ${connections} connections, ${warmup} s warm-up then ${duration} s per case, loopback, load generator in its own process`);
  console.log('servers    NODE_ENV=production, gateway rate limit off (GATEWAY_RATE_LIMIT_PER_MINUTE=0), access log on (LOG_LEVEL=info, to /dev/null)');
  console.log('"failed"   non-2xx + socket errors + timeouts + answers with GraphQL errors');
  console.log('via        gateway = through the gateway; subgraph = the same operation sent straight to the subgraph that answers it (baseline)');

  const cases = BENCH_CASES.filter((c) => !only || c.name === only);
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
    const rows: Row[] = [];
    try {
      for (const c of cases) {
        rows.push(await runCase(`${stack.gatewayUrl}/graphql`, 'gateway', c));
        if (baseline) rows.push(await runCase(stack.subgraphUrls[c.subgraph], 'direct', c));
      }
    } finally {
      await stack.stop();
    }
    printTable(stack, rows);
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
