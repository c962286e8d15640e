/**
 * `npm start`'s runner as a newcomer meets it: build, boot everything in one process on an
 * embedded PostgreSQL (fresh data directory), load the demo data, answer GraphQL through the
 * gateway, and stop cleanly on SIGTERM. Events flow through the in-process bus: the region's
 * classification reaches matching's read model without Kafka.
 */
import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from '@sanpuku/platform';
import { freePort, waitFor } from '@sanpuku/platform/testing';

let child: ChildProcess;
let port: number;
let output = '';
let dataDir: string;

async function gql(query: string): Promise<any> {
  const r = await fetch(`http://127.0.0.1:${port}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
  return r.json();
}

beforeAll(async () => {
  execFileSync(process.execPath, [join(repoRoot(), 'tools/build.mjs')], { stdio: 'ignore' });
  port = await freePort();
  const base = 20000 + Math.floor(Math.random() * 20000);
  child = spawn(process.execPath, [join(repoRoot(), 'dist/tools/single-process/main.js')], {
    env: {
      ...process.env,
      NODE_ENV: 'test',
      LOG_LEVEL: 'warn',
      DATABASE_URL: '',
      // 香川県 only: the nationwide first start (DEMO_DATA=true) takes a minute; the journeys use 香川県's demo.
      DEMO_DATA: 'kagawa',
      PORT: String(port),
      SUBGRAPH_BASE_PORT: String(base),
      EMBEDDED_PG_PORT: String(await freePort()),
      EMBEDDED_PG_DIR: join((dataDir = mkdtempSync(join(tmpdir(), 'sanpuku-start-'))), 'pg'),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
});

afterAll(async () => {
  // If the test failed before its own SIGTERM, still shut down in order (the runner stops its
  // embedded PostgreSQL); a SIGKILL would leave that server running.
  if (child && child.exitCode === null) {
    const exited = new Promise((res) => child.once('exit', res));
    child.kill('SIGTERM');
    await Promise.race([exited, new Promise((res) => setTimeout(res, 15_000))]);
    if (child.exitCode === null) child.kill('SIGKILL');
  }
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

it('boots, loads 香川県, answers through the gateway, and stops on SIGTERM', async () => {
  const areas = await waitFor(
    async () => {
      const r = await gql(`{ areas(prefectureCode: "37") { code classification { segment } } }`).catch(() => null);
      return r?.data?.areas?.length === 17 && r.data.areas.every((a: { classification: unknown }) => a.classification) ? r.data.areas : null;
    },
    `the gateway to answer (output so far:\n${output})`,
    90_000,
    500,
  );
  expect(areas).toHaveLength(17);
  // The banner comes once the demo data (region, then the catalogue's offerings) has loaded.
  await waitFor(async () => output.includes('GraphQL:   http://localhost:'), 'the start-up banner', 60_000);

  // The region → matching event path works without Kafka.
  const seen = await waitFor(async () => (await gql(`{ matchingAreaSegment(municipalityCode: "37201") { segment } }`)).data?.matchingAreaSegment, 'matching read model');
  expect(seen.segment).toBe(areas.find((a: { code: string }) => a.code === '37201').classification.segment);

  const health = await fetch(`http://127.0.0.1:${port}/health`);
  expect(health.status).toBe(200);

  const exited = new Promise<number | null>((res) => child.once('exit', (code) => res(code)));
  child.kill('SIGTERM');
  expect(await exited).toBe(0);
});
