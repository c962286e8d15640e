/**
 * Two real services, their own schemas, the real Kafka broker between them: region classifies
 * 香川県 and writes segment events to its outbox; matching consumes them into its read model.
 * Redelivering the whole topic (a new consumer group offset reset is simulated by replaying the
 * same events) leaves matching's state unchanged.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { Topics } from '@sanpuku/contracts';
import { Actor, readTopic, repoRoot, sendRaw, setLogLevel } from '@sanpuku/platform';
import { createTestDatabase, createTestKafka, RunningTestService, startTestService, TestDatabase, TestKafka, waitFor } from '@sanpuku/platform/testing';
import { RegionAppModule } from '../apps/region/src/app.module';
import { regionService } from '../apps/region/src/region.service-definition';
import { MatchingAppModule } from '../apps/matching/src/app.module';
import { matchingService } from '../apps/matching/src/matching.service-definition';

setLogLevel('silent');

const admin: Actor = { sub: 'admin-1', name: 'テスト管理者', role: 'admin' };
const file = (f: string) => ({ fileName: f, contentBase64: readFileSync(join(repoRoot(), 'data/kagawa', f)).toString('base64') });

let db: TestDatabase;
let kafka: TestKafka;
let region: RunningTestService;
let matching: RunningTestService;

beforeAll(async () => {
  db = await createTestDatabase('e2e_region_matching');
  kafka = await createTestKafka('e2e-rm');
  region = await startTestService(regionService, (rt) => RegionAppModule.forRoot(rt), { databaseUrl: db.url, kafka });
  matching = await startTestService(matchingService, (rt) => MatchingAppModule.forRoot(rt), { databaseUrl: db.url, kafka });
});

afterAll(async () => {
  await matching?.close();
  await region?.close();
  await db?.drop();
});

it('matching keeps every municipality’s segment from region’s events, once, whatever the redeliveries', async () => {
  await region.gql(`mutation($f: FileInput!) { importMunicipalities(input: $f) { ok } }`, { f: file('municipalities.csv') }, admin);
  await region.gql(`mutation($f: FileInput!) { importTownBlocks(input: $f) { ok } }`, { f: file('town-blocks-37.csv') }, admin);
  await region.gql(`mutation($f: ResourceFileInput!) { importResources(input: $f) { ok } }`, { f: file('shops-37.geojson') }, admin);
  const run = await region.gql(`mutation { classifyAreas { segmentChanges } }`, {}, admin);
  expect(run.data.classifyAreas.segmentChanges).toBe(17);

  const matchingDb = matching.app.get(DataSource);
  const regionDb = region.app.get(DataSource);
  const readModel = () => matchingDb.query(`SELECT municipality_code, segment, version FROM area_segment_read_model ORDER BY 1`);
  await waitFor(async () => (await readModel()).length === 17, 'all 17 segments in matching');
  const expected = await regionDb.query(`SELECT municipality_code, segment, version FROM area_segment_state ORDER BY 1`);
  expect(await readModel()).toEqual(expected);

  // Replay every event (as after a consumer offset reset): nothing changes, nothing is applied twice.
  const events = await readTopic(kafka.connection('t'), kafka.topicPrefix + Topics.regionClassification, 17);
  await sendRaw(kafka.connection('replay'), events.map((e) => ({ topic: e.topic, key: e.key!, value: e.value!, headers: e.headers })));
  await waitFor(async () => {
    const [{ n }] = await matchingDb.query(`SELECT count(*)::int AS n FROM inbox WHERE consumer_group = 'matching'`);
    return n === 17;
  }, 'inbox has the 17 events');
  await new Promise((r) => setTimeout(r, 1000));
  expect(await readModel()).toEqual(expected);
  const [{ n }] = await matchingDb.query(`SELECT count(*)::int AS n FROM inbox`);
  expect(n).toBe(17);
});
