// `npm test`: the whole suite, as CI runs it (.ci/run calls exactly this).
//   1. type check (tsc --noEmit, the services and the web app; the build itself only transpiles)
//   2. lint (async-safety rules and Nx module boundaries)
//   3. jest: unit tests, then integration/e2e tests against a real PostgreSQL and the real Kafka
//      broker, which jest's global setup starts once for the run (see tools/jest/global-setup.ts).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';

const env = { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true', LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn' };
const started = Date.now();

const resultsDir = mkdtempSync(join(tmpdir(), 'sanpuku-jest-'));
const results = join(resultsDir, 'results.json');
process.on('exit', () => rmSync(resultsDir, { recursive: true, force: true }));

/** The plain closing line CI reads: "N passed, N failed, N skipped". */
function summary() {
  try {
    const r = JSON.parse(readFileSync(results, 'utf8'));
    process.stdout.write(`\n${r.numPassedTests} passed, ${r.numFailedTests} failed, ${r.numPendingTests + r.numTodoTests} skipped\n`);
  } catch {
    /* jest did not get far enough to write results */
  }
}

function step(name, cmd, args) {
  const t = Date.now();
  process.stdout.write(`\n── ${name} ──\n`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env });
  const secs = ((Date.now() - t) / 1000).toFixed(1);
  if (r.status !== 0) {
    process.stdout.write(`✗ ${name} failed after ${secs} s\n`);
    summary();
    process.exit(r.status ?? 1);
  }
  process.stdout.write(`✓ ${name} (${secs} s)\n`);
}

process.stdout.write(`Sanpuku test run on ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}\n`);
step('type check', 'npx', ['tsc', '-p', 'tsconfig.json', '--noEmit']);
step('type check (web app)', 'npx', ['tsc', '-p', 'apps/web/tsconfig.json']);
step('lint', 'npm', ['run', '--silent', 'lint']);
step('jest (unit + integration)', 'npx', ['jest', '--ci', '--maxWorkers=2', '--json', `--outputFile=${results}`, ...process.argv.slice(2)]);
process.stdout.write(`\nall green in ${((Date.now() - started) / 1000).toFixed(0)} s\n`);
summary();
