/**
 * Two region instances over one PostgreSQL and the real Kafka broker: each keeps what `areas`,
 * `area` and `areaSummary` answer in memory (AreasService), and a classification run stored or
 * municipalities imported on EITHER instance reaches the other through its fan-out
 * (`region.classification-run.stored`, `region.dataset.imported`), so neither ever answers from
 * a run older than one it has been told about. The instance that made the change answers from it
 * at once (its own commit), before the broker brings the event back.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { Actor, EventFanout, repoRoot, setLogLevel } from '@sanpuku/platform';
import { createTestDatabase, createTestKafka, RunningTestService, startTestService, TestDatabase, TestKafka, waitFor } from '@sanpuku/platform/testing';
import { RegionAppModule } from '../app.module';
import { AreasService } from '../areas/areas.service';
import { regionService } from '../region.service-definition';

setLogLevel('silent');

const admin: Actor = { sub: 'admin-1', name: 'テスト管理者', role: 'admin' };
const file = (f: string) => readFileSync(join(repoRoot(), 'data/kagawa', f));
const b64 = (b: Buffer | string) => Buffer.from(b).toString('base64');

const AREAS = `{ areas(prefectureCode: "37") { code name population classification { runId segment sufficiency recommendedModel { titleJa } } } }`;
const ONE = `{ area(code: "37201") { code population classification { runId segment } } }`;
const SUMMARY = `{ areaSummary { runId policyRef } }`;
const CLASSIFY = `mutation($input: ClassifyInput) { classifyAreas(input: $input) { runId segmentChanges } }`;

let db: TestDatabase;
let kafka: TestKafka;
let a: RunningTestService;
let b: RunningTestService;

const stats = (s: RunningTestService) => s.app.get(AreasService).cacheStats;
const runsOf = (areas: { classification: { runId: string } | null }[]) => [...new Set(areas.map((x) => x.classification?.runId))];

/** Until the event about `subject` (a run id, a dataset version id) has reached `s` and dropped its area reads. */
async function told(s: RunningTestService, subject: string): Promise<void> {
  await waitFor(async () => stats(s).lastEvent?.subject === subject, `${s.url} told of ${subject}`, 30_000, 10);
}

beforeAll(async () => {
  db = await createTestDatabase('region_cache_two');
  kafka = await createTestKafka('region-cache-two');
  a = await startTestService(regionService, (rt) => RegionAppModule.forRoot(rt), { databaseUrl: db.url, kafka }); // migrates first
  b = await startTestService(regionService, (rt) => RegionAppModule.forRoot(rt), { databaseUrl: db.url, kafka });
  await waitFor(async () => a.app.get(EventFanout).ready && b.app.get(EventFanout).ready, 'both fan-outs receiving', 60_000, 50);
  await b.data(`mutation($f: FileInput!) { importMunicipalities(input: $f) { ok } }`, { f: { fileName: 'municipalities.csv', contentBase64: b64(file('municipalities.csv')) } }, admin);
  await b.data(`mutation($f: FileInput!) { importTownBlocks(input: $f) { ok } }`, { f: { fileName: 'town-blocks-37.csv', contentBase64: b64(file('town-blocks-37.csv')) } }, admin);
  await b.data(`mutation($f: ResourceFileInput!) { importResources(input: $f) { ok } }`, { f: { fileName: 'shops-37.geojson', contentBase64: b64(file('shops-37.geojson')) } }, admin);
}, 120_000);

afterAll(async () => {
  for (const s of [a, b]) await s?.close();
  await db?.drop();
});

describe('areas kept in memory on two region instances', () => {
  let first: string;

  it('areas.cache-a-run-stored-on-b-is-what-a-answers-afterwards', async () => {
    first = (await b.data(CLASSIFY, {}, admin)).classifyAreas.runId;
    await told(a, first);
    expect(runsOf((await a.data(AREAS)).areas)).toEqual([first]);
    await a.data(ONE);
    await a.data(SUMMARY);
    expect(stats(a).entries).toBeGreaterThanOrEqual(3);

    const second = (await b.data(CLASSIFY, { input: { policy: { id: 'cache-check', version: 1, radiusM: 300 } } }, admin)).classifyAreas;
    expect(second.runId).not.toBe(first);
    // B, which stored it, answers from it at once.
    expect(runsOf((await b.data(AREAS)).areas)).toEqual([second.runId]);
    // Once A has been told, every read answers the new run: the list, one area, the summary.
    await told(a, second.runId);
    const areas = (await a.data(AREAS)).areas;
    expect(runsOf(areas)).toEqual([second.runId]);
    expect(areas).toEqual((await b.data(AREAS)).areas);
    expect((await a.data(ONE)).area.classification.runId).toBe(second.runId);
    expect((await a.data(SUMMARY)).areaSummary).toEqual({ runId: second.runId, policyRef: 'cache-check@1' });
  });

  it('areas.cache-a-run-that-changes-no-segment-still-reaches-every-instance', async () => {
    await a.data(AREAS);
    const again = (await b.data(CLASSIFY, { input: { policy: { id: 'cache-check', version: 1, radiusM: 300 } } }, admin)).classifyAreas;
    expect(again.segmentChanges).toBe(0);
    await told(a, again.runId);
    expect(runsOf((await a.data(AREAS)).areas)).toEqual([again.runId]);
  });

  it('areas.cache-answers-from-memory-until-an-event-then-reads-municipalities-imported-elsewhere', async () => {
    const ds = a.app.get(DataSource);
    const cached = (await a.data(ONE)).area.population;
    // A change behind the service's back (no event) is not seen: A answers from memory.
    await ds.query(`UPDATE municipality SET population = population + 1 WHERE code = '37201'`);
    expect((await a.data(ONE)).area.population).toBe(cached);
    // Municipalities imported on B (高松市 with another population) reach A through the event.
    const csv = file('municipalities.csv').toString('utf8').replace(/^37201,372013,香川県,高松市,municipality,,417496,/m, '37201,372013,香川県,高松市,municipality,,417000,');
    expect(csv).toContain('417000');
    const imported = await b.data(`mutation($f: FileInput!) { importMunicipalities(input: $f) { dataset { datasetVersionId } } }`, { f: { fileName: 'municipalities-2.csv', contentBase64: b64(csv) } }, admin);
    await told(a, imported.importMunicipalities.dataset.datasetVersionId);
    expect((await a.data(ONE)).area.population).toBe(417000);
    expect((await a.data(AREAS)).areas.find((x: { code: string }) => x.code === '37201').population).toBe(417000);
  });
});
