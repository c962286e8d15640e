/**
 * Region service end to end against real PostgreSQL and the real Kafka broker: import a real
 * prefecture (香川県, data/kagawa) through the GraphQL mutations, classify it, and check the
 * answers and the events on region.classification.events.v1. A bad file changes nothing.
 * (That matching consumes these events is shown in e2e/region-to-matching.e2e-spec.ts.)
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { Topics } from '@sanpuku/contracts';
import { Actor, readTopic, repoRoot, setLogLevel } from '@sanpuku/platform';
import { createTestDatabase, createTestKafka, RunningTestService, startTestService, TestDatabase, TestKafka } from '@sanpuku/platform/testing';
import { normaliseTownBlockName } from '@sanpuku/region-domain';
import { RegionAppModule } from '../app.module';
import { TownBlockNameSearch1764900000000 } from '../migrations/1764900000000-TownBlockNameSearch';
import { regionService } from '../region.service-definition';

setLogLevel('silent');

const admin: Actor = { sub: 'admin-1', name: 'テスト管理者', role: 'admin' };
const family: Actor = { sub: 'family-1', name: 'テスト家族', role: 'family' };
const data = (f: string) => readFileSync(join(repoRoot(), 'data/kagawa', f)).toString('base64');

let db: TestDatabase;
let kafka: TestKafka;
let region: RunningTestService;

const IMPORT = `mutation($f: FileInput!) { importMunicipalities(input: $f) { ok dataset { rowCount scope } errors { line column code messageEn } } }`;
const IMPORT_BLOCKS = `mutation($f: FileInput!) { importTownBlocks(input: $f) { ok dataset { rowCount format } errors { file line column code messageEn messageJa } } }`;
const IMPORT_SHOPS = `mutation($f: ResourceFileInput!) { importResources(input: $f) { ok dataset { rowCount scope } errors { line column code } } }`;

async function counts() {
  const [r] = await region.app.get(DataSource).query(
    `SELECT (SELECT count(*)::int FROM town_block) AS blocks, (SELECT count(*)::int FROM resource) AS resources, (SELECT count(*)::int FROM dataset_version) AS versions`,
  );
  return r as { blocks: number; resources: number; versions: number };
}

beforeAll(async () => {
  db = await createTestDatabase('region');
  kafka = await createTestKafka('region');
  region = await startTestService(regionService, (rt) => RegionAppModule.forRoot(rt), { databaseUrl: db.url, kafka });
});

afterAll(async () => {
  await region?.close();
  await db?.drop();
});

describe('香川県 through the region service', () => {
  it('only an administrator may import datasets', async () => {
    const r = await region.gql(IMPORT, { f: { fileName: 'm.csv', contentBase64: data('municipalities.csv') } }, family);
    expect(r.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const anonymous = await region.gql(IMPORT, { f: { fileName: 'm.csv', contentBase64: data('municipalities.csv') } });
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('imports municipalities, town blocks (UTF-8 layout) and shops (GeoJSON)', async () => {
    const m = await region.gql(IMPORT, { f: { fileName: 'municipalities.csv', contentBase64: data('municipalities.csv') } }, admin);
    expect(m.data.importMunicipalities).toEqual({ ok: true, dataset: { rowCount: 17, scope: ['37'] }, errors: [] });
    const b = await region.gql(IMPORT_BLOCKS, { f: { fileName: 'town-blocks-37.csv', contentBase64: data('town-blocks-37.csv') } }, admin);
    expect(b.data.importTownBlocks).toEqual({ ok: true, dataset: { rowCount: 978, format: 'utf8-japanese-addresses' }, errors: [] });
    const s = await region.gql(IMPORT_SHOPS, { f: { fileName: 'shops-37.geojson', contentBase64: data('shops-37.geojson') } }, admin);
    expect(s.data.importResources).toEqual({ ok: true, dataset: { rowCount: 222, scope: ['convenience'] }, errors: [] });
  });

  it('a bad town-block file is rejected whole with line, column and reason, and changes nothing', async () => {
    const before = await counts();
    const good = readFileSync(join(repoRoot(), 'data/kagawa/town-blocks-37.csv'), 'utf8').split('\n');
    const bad = [...good.slice(0, 500), '37,香川県,37201,高松市,沖ノ島,,91.5,134.0', ...good.slice(500)].join('\n');
    const r = await region.gql(IMPORT_BLOCKS, { f: { fileName: 'edited.csv', contentBase64: Buffer.from(bad).toString('base64') } }, admin);
    expect(r.data.importTownBlocks.ok).toBe(false);
    expect(r.data.importTownBlocks.dataset).toBeNull();
    expect(r.data.importTownBlocks.errors).toEqual([
      { file: 'edited.csv', line: 501, column: 'lat,lng', code: 'outside_japan', messageEn: 'coordinates 91.5, 134 are outside Japan', messageJa: '座標 91.5, 134 は日本の範囲外です' },
    ]);
    expect(await counts()).toEqual(before);
  });

  it('classifies the prefecture with the seed policy, explains each municipality, and publishes one event per new segment', async () => {
    const r = await region.gql(`mutation { classifyAreas { runId policyRef distanceModel unitCount blockCount resourceCount segmentChanges } }`, {}, admin);
    expect(r.errors).toBeUndefined();
    expect(r.data.classifyAreas).toMatchObject({ policyRef: 'seed-default@1', distanceModel: 'ellipsoid:WGS84', unitCount: 17, blockCount: 978, resourceCount: 222, segmentChanges: 17 });

    const areas = await region.gql(`{ areas(prefectureCode: "37") { code name classification { tier segment densityPerKm2 sufficiency atHomeElderly coveredElderly estimated uncoveredBlockCount uncoveredBlocksGeoJson recommendedModel { titleJa titleEn } } } }`);
    const byCode = Object.fromEntries(areas.data.areas.map((a: { code: string }) => [a.code, a]));
    expect(Object.keys(byCode)).toHaveLength(17);
    // 宇多津町: 18,699 people on 8.10 km² → large city tier.
    expect(byCode['37386'].classification.tier).toBe('large_city');
    // まんのう町: 89.5 /km² → rural → segment C whatever its sufficiency.
    expect(byCode['37406'].classification).toMatchObject({ tier: 'rural', segment: 'C' });
    for (const a of areas.data.areas) {
      const c = a.classification;
      expect(c.estimated).toBe(true); // no per-block 75+ and no care-level counts in the open data
      expect(c.coveredElderly).toBeLessThanOrEqual(c.atHomeElderly + 1e-6);
      expect(c.sufficiency).toBeCloseTo(c.coveredElderly / c.atHomeElderly, 9);
      const expected = c.tier === 'rural' || c.sufficiency < 0.4 ? 'C' : c.sufficiency >= 0.8 ? 'A' : 'B';
      expect(c.segment).toBe(expected);
      const geo = JSON.parse(c.uncoveredBlocksGeoJson);
      expect(geo.type).toBe('FeatureCollection');
      expect(geo.features).toHaveLength(c.uncoveredBlockCount);
    }

    const summary = await region.gql(`{ areaSummary { national { A B C rural generalCity largeCity } prefectures { prefectureCode counts { A B C } } } }`);
    const n = summary.data.areaSummary.national;
    expect(n.A + n.B + n.C).toBe(17);
    expect(n.rural + n.generalCity + n.largeCity).toBe(17);
    expect(summary.data.areaSummary.prefectures).toEqual([{ prefectureCode: '37', counts: { A: n.A, B: n.B, C: n.C } }]);

    const events = await readTopic(kafka.connection('t'), kafka.topicPrefix + Topics.regionClassification, 17);
    expect(events).toHaveLength(17);
    const first = JSON.parse(events.find((e) => e.key === '37386')!.value!);
    expect(first).toMatchObject({ type: 'region.classification.segment-changed', subject: '37386', data: { municipalityCode: '37386', tier: 'large_city', previousSegment: null, version: 1 } });
    expect(Object.keys(first.data).sort()).toEqual(['densityPerKm2', 'municipalityCode', 'policyId', 'previousSegment', 'runId', 'segment', 'sufficiency', 'tier', 'version']);
  });

  it('a second run with unchanged data stores a new run but publishes no segment-changed event', async () => {
    const r = await region.gql(`mutation { classifyAreas { segmentChanges } }`, {}, admin);
    expect(r.data.classifyAreas.segmentChanges).toBe(0);
  });

  it('answers a what-if for a planned mobile-shop stop with only the affected municipality and blocks', async () => {
    // A stop in the centre of a rural town; nothing else changes.
    const w = await region.gql(`{ whatIf(input: { add: [{ lat: 34.1817, lng: 133.8320, category: "convenience", name: "移動販売" }] }) {
      municipalities { code before { sufficiency coveredBlockCount } after { sufficiency coveredBlockCount } } changedBlocks { municipalityCode coveredBefore coveredAfter } } }`);
    expect(w.errors).toBeUndefined();
    const { municipalities, changedBlocks } = w.data.whatIf;
    expect(municipalities.length).toBeGreaterThanOrEqual(1);
    for (const m of municipalities) {
      expect(m.after.sufficiency).toBeGreaterThan(m.before.sufficiency);
      expect(m.after.coveredBlockCount).toBeGreaterThan(m.before.coveredBlockCount);
    }
    expect(changedBlocks.every((b: { coveredBefore: boolean; coveredAfter: boolean }) => !b.coveredBefore && b.coveredAfter)).toBe(true);
    // A what-if never changes the stored classification.
    const again = await region.gql(`mutation { classifyAreas { segmentChanges } }`, {}, admin);
    expect(again.data.classifyAreas.segmentChanges).toBe(0);
  });

  it('a custom policy must be named: changing a value under the seed name is refused with the field', async () => {
    const r = await region.gql(`mutation { classifyAreas(input: { policy: { id: "seed-default", version: 1, radiusM: 800 } }) { runId } }`, {}, admin);
    expect(r.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: '/input/policy/id', problems: [expect.objectContaining({ path: '/input/policy/id' })] });
    const ok = await region.gql(`mutation { classifyAreas(input: { policy: { id: "sphere-check", version: 1, distanceModel: sphere } }) { policyRef policyLabelJa policyLabelEn distanceModel } }`, {}, admin);
    expect(ok.data.classifyAreas).toEqual({ policyRef: 'sphere-check@1', policyLabelJa: '方針「sphere-check」第1版', policyLabelEn: 'the policy “sphere-check”, version 1', distanceModel: 'sphere:6371008.8' });
  });
});

describe('townBlocks: choosing a place in words (香川県 data imported above)', () => {
  const TB = `query($m: String!, $q: String, $n: Int) { townBlocks(municipalityCode: $m, query: $q, first: $n) { code name municipalityCode municipalityName lat lng } }`;

  it('townBlocks.kanji-and-arabic-numerals-find-the-same-block', async () => {
    const answers = [];
    for (const q of ['番町1丁目', '番町１丁目', '番町一丁目', '番町 1丁目']) {
      const r = await region.gql(TB, { m: '37201', q });
      expect(r.errors).toBeUndefined();
      answers.push(r.data.townBlocks);
    }
    expect(answers[0]).toHaveLength(1);
    expect(answers[0][0]).toMatchObject({ name: '番町一丁目', municipalityCode: '37201', municipalityName: '高松市' });
    expect(answers[0][0].lat).toBeCloseTo(34.34253, 5);
    for (const a of answers) expect(a).toEqual(answers[0]);
  });

  it('townBlocks.partial-query-lists-prefix-matches-first', async () => {
    const r = await region.gql(TB, { m: '37201', q: '番町', n: 100 });
    const names: string[] = r.data.townBlocks.map((b: { name: string }) => b.name);
    expect(names.slice(0, 5).every((n) => n.startsWith('番町'))).toBe(true);
    expect(names).toEqual(expect.arrayContaining(['番町一丁目', '番町二丁目', '番町五丁目']));
    expect(names.every((n) => n.includes('番町'))).toBe(true);
  });

  it('townBlocks.empty-query-lists-the-first-n-in-a-stable-order', async () => {
    const a = await region.gql(TB, { m: '37201', n: 7 });
    const b = await region.gql(TB, { m: '37201', q: '', n: 7 });
    expect(a.data.townBlocks).toHaveLength(7);
    expect(b.data.townBlocks).toEqual(a.data.townBlocks);
    const codes = a.data.townBlocks.map((x: { code: string }) => x.code);
    expect(codes).toEqual([...codes].sort());
    const dflt = await region.gql(`{ townBlocks(municipalityCode: "37201") { code } }`);
    expect(dflt.data.townBlocks).toHaveLength(20);
  });

  it('townBlocks.symbol-only-query-matches-nothing-special', async () => {
    for (const q of ['%', '_', '\\', '%%__']) {
      const r = await region.gql(TB, { m: '37201', q });
      expect(r.errors).toBeUndefined();
      expect(r.data.townBlocks).toEqual([]);
    }
  });

  it('townBlocks.unknown-municipality-is-not-found', async () => {
    const r = await region.gql(TB, { m: '99999', q: '番町' });
    expect(r.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(r.data?.townBlocks ?? null).toBeNull();
  });

  it('townBlocks.first-outside-1-to-100-and-long-query-are-bad-input-with-paths', async () => {
    for (const n of [0, -1, 101]) {
      const r = await region.gql(TB, { m: '37201', n });
      expect(r.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', problems: [expect.objectContaining({ path: '/first', code: 'out_of_range' })] });
    }
    const long = await region.gql(TB, { m: 'x', q: 'あ'.repeat(101), n: 0 });
    const paths = (long.errors?.[0].extensions?.problems as { path: string }[]).map((p: { path: string }) => p.path).sort();
    expect(paths).toEqual(['/first', '/municipalityCode', '/query']);
    const ok = await region.gql(TB, { m: '37201', q: 'あ'.repeat(100) });
    expect(ok.errors).toBeUndefined();
  });
});

describe('words instead of codes (香川県 classified above)', () => {
  const AREAS = `{ areas(prefectureCode: "37") { code name unitType unitTypeLabelJa unitTypeLabelEn classification {
    tier tierLabelJa tierLabelEn segment segmentLabelJa segmentLabelEn sufficiency sufficiencyPercent distanceModel distanceModelLabelJa distanceModelLabelEn
    provenanceJa provenanceEn estimationNotesJa estimationNotesEn recommendedModel { titleJa titleEn measuresJa measuresEn } } } }`;
  const CODE_LIKE = [
    /\d{5}/, // a JIS municipality code (figures carry thousands separators)
    /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i, // a UUID
    /\d{4}-\d{2}-\d{2}(T|\s)\d{2}:\d{2}/, // an ISO timestamp
    /\b[a-z0-9]+_[a-z0-9_]+\b/, // a snake_case code such as general_city
    /\b(ellipsoid|sphere):/, // a distance-model reference
    /seed-default/, // a policy id
  ];

  it('classification.explanation-names-no-codes-or-iso-dates', async () => {
    const r = await region.gql(AREAS);
    expect(r.errors).toBeUndefined();
    expect(r.data.areas).toHaveLength(17);
    for (const a of r.data.areas) {
      const c = a.classification;
      expect(c.estimationNotesJa.length).toBeGreaterThanOrEqual(5);
      expect(c.estimationNotesEn).toHaveLength(c.estimationNotesJa.length);
      for (const s of c.estimationNotesJa) expect(s).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
      // The notes name the municipality's tier and segment in the same words as its labels.
      expect(c.estimationNotesJa.join('')).toContain(c.tierLabelJa);
      expect(c.estimationNotesJa.join('')).toContain(c.segmentLabelJa);
      expect(c.provenanceJa).toMatch(/^\d{4}年\d{1,2}月\d{1,2}日 \d{1,2}:\d{2}に(標準の方針（国の資料の基準）|方針「[^」]+」第\d+版)で分類しました。使用したデータ: 市区町村「municipalities\.csv」（\d{4}年.*取込）、町丁目の代表点「town-blocks-37\.csv」/);
      expect(c.provenanceEn).toMatch(/^Classified on \d{1,2} [A-Z][a-z]{2} \d{4}, \d{2}:\d{2} JST under (the standard policy|the policy “[^”]+”, version \d+)\. Data used: municipalities “municipalities\.csv” \(imported /);
      const sentences = [c.provenanceJa, c.provenanceEn, ...c.estimationNotesJa, ...c.estimationNotesEn, c.recommendedModel.titleJa, c.recommendedModel.titleEn, ...c.recommendedModel.measuresJa, ...c.recommendedModel.measuresEn];
      for (const s of sentences) for (const re of CODE_LIKE) expect({ sentence: s, match: re.exec(s)?.[0] }).toEqual({ sentence: s, match: undefined });
    }
  });

  it('area.codes-carry-their-words-from-the-labels-query', async () => {
    const r = await region.gql(AREAS);
    const sets = await region.gql(`{ labels(kinds: ["Segment", "DensityTier", "UnitType", "DistanceModel"]) { kind labels { code labelJa labelEn } } }`);
    const words = (kind: string, code: string) => sets.data.labels.find((k: { kind: string }) => k.kind === kind).labels.find((l: { code: string }) => l.code === code);
    for (const a of r.data.areas) {
      const c = a.classification;
      expect({ ja: a.unitTypeLabelJa, en: a.unitTypeLabelEn }).toEqual({ ja: words('UnitType', a.unitType).labelJa, en: words('UnitType', a.unitType).labelEn });
      expect({ ja: c.tierLabelJa, en: c.tierLabelEn }).toEqual({ ja: words('DensityTier', c.tier).labelJa, en: words('DensityTier', c.tier).labelEn });
      expect({ ja: c.segmentLabelJa, en: c.segmentLabelEn }).toEqual({ ja: words('Segment', c.segment).labelJa, en: words('Segment', c.segment).labelEn });
      expect(c.distanceModelLabelJa).toBe(words('DistanceModel', c.distanceModel).labelJa);
    }
  });

  it('area.sufficiency-also-as-a-percentage-with-one-decimal', async () => {
    const r = await region.gql(AREAS);
    for (const a of r.data.areas) {
      const { sufficiency, sufficiencyPercent } = a.classification;
      expect(String(sufficiencyPercent)).toMatch(/^\d{1,3}(\.\d)?$/);
      expect(sufficiencyPercent).toBeLessThanOrEqual(sufficiency * 100 + 1e-6);
      expect(sufficiencyPercent).toBeGreaterThan(sufficiency * 100 - 0.1);
    }
  });

  it('classification.run-summary-names-level-distance-model-and-diagnostics-in-words', async () => {
    const r = await region.gql(`mutation { classifyAreas(input: { level: wards }) { policyLabelJa level levelLabelJa levelLabelEn distanceModelLabelJa distanceModelLabelEn diagnostics { code codeLabelJa codeLabelEn severity severityLabelJa } } }`, {}, admin);
    expect(r.errors).toBeUndefined();
    const s = r.data.classifyAreas;
    expect(s.levelLabelJa).toBe('区ごとに分類');
    expect(s.policyLabelJa).toBe('標準の方針（国の資料の基準）');
    const summary = await region.gql(`{ areaSummary { policyRef policyLabelJa } }`);
    expect(summary.data.areaSummary).toEqual({ policyRef: 'seed-default@1', policyLabelJa: '標準の方針（国の資料の基準）' });
    expect(s.distanceModelLabelJa).toMatch(/楕円体/);
    for (const d of s.diagnostics) {
      expect(d.codeLabelJa).not.toBe(d.code);
      expect(d.severityLabelJa).not.toBe(d.severity);
    }
  });
});

describe('classificationRuns: the run history an administrator reads (runs made above)', () => {
  const RUNS = `query($first: Int) { classificationRuns(first: $first) { runId policyRef policyLabelJa level levelLabelJa latest startedAt finishedAt segmentCounts { A B C } datasets { kind kindLabelJa kindLabelEn sourceName rowCount importedAt } } }`;

  it('classificationRuns.newest-first-latest-marked-with-datasets-and-counts-per-segment', async () => {
    const r = await region.gql(RUNS, { first: 10 }, admin);
    expect(r.errors).toBeUndefined();
    const runs = r.data.classificationRuns;
    expect(runs.length).toBeGreaterThanOrEqual(3);
    expect(runs.map((x: { latest: boolean }) => x.latest)).toEqual([true, ...runs.slice(1).map(() => false)]);
    const finished = runs.map((x: { finishedAt: string }) => Date.parse(x.finishedAt));
    expect([...finished].sort((a, b) => b - a)).toEqual(finished);
    // The latest run is the wards run of the words test; its counts are the summary's.
    expect(runs[0]).toMatchObject({ level: 'wards', levelLabelJa: '区ごとに分類', policyRef: 'seed-default@1', policyLabelJa: '標準の方針（国の資料の基準）' });
    const summary = (await region.gql(`{ areaSummary { national { A B C } } }`)).data.areaSummary.national;
    expect(runs[0].segmentCounts).toEqual(summary);
    expect(runs[0].segmentCounts.A + runs[0].segmentCounts.B + runs[0].segmentCounts.C).toBeGreaterThan(0);
    const kinds = runs[0].datasets.map((d: { kind: string }) => d.kind);
    expect(kinds).toEqual(expect.arrayContaining(['municipalities', 'town_blocks', 'resources']));
    const municipalities = runs[0].datasets.find((d: { kind: string }) => d.kind === 'municipalities');
    expect(municipalities).toMatchObject({ kindLabelJa: '市区町村', kindLabelEn: 'Municipalities', sourceName: 'municipalities.csv', rowCount: 17 });
    expect(Number.isNaN(Date.parse(municipalities.importedAt))).toBe(false);
  });

  it('classificationRuns.first-limits-the-list', async () => {
    const r = await region.gql(RUNS, { first: 1 }, admin);
    expect(r.data.classificationRuns).toHaveLength(1);
    expect(r.data.classificationRuns[0].latest).toBe(true);
  });

  it('classificationRuns.admin-only-and-first-out-of-range-names-the-field', async () => {
    const f = await region.gql(RUNS, { first: 5 }, family);
    expect(f.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const bad = await region.gql(RUNS, { first: 0 }, admin);
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(bad.errors?.[0].extensions)).toContain('/first');
  });
});

describe('validation: unknown codes are NOT_FOUND, malformed input names its path', () => {
  const problemsOf = (r: { errors?: { extensions?: Record<string, unknown> }[] }) =>
    ((r.errors?.[0].extensions?.problems ?? []) as { path: string; code: string }[]).map((x) => `${x.path} ${x.code}`).sort();

  it('area.unknown-municipality-code-is-not-found', async () => {
    const r = await region.gql(`{ area(code: "99999") { code } }`);
    expect(r.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND' });
    expect(r.errors?.[0].message).toMatch(/市区町村/);
    expect(r.data?.area ?? null).toBeNull();
    const known = await region.gql(`{ area(code: "37201") { name } }`);
    expect(known.data.area).toEqual({ name: '高松市' });
    const lg6 = await region.gql(`{ area(code: "３７２０１${((11 - ((3 * 6 + 7 * 5 + 2 * 4 + 0 * 3 + 1 * 2) % 11)) % 10)}") { name } }`);
    expect(lg6.data.area).toEqual({ name: '高松市' });
    const bad = await region.gql(`{ area(code: "高松") { code } }`);
    expect(problemsOf(bad)).toEqual(['/code invalid_format']);
  });

  it('areas.unknown-prefecture-code-is-not-found', async () => {
    const r = await region.gql(`{ areas(prefectureCode: "99") { code } }`);
    expect(r.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const empty = await region.gql(`{ areas(prefectureCode: "13") { code } }`); // 東京都: nothing imported
    expect(empty.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const bad = await region.gql(`{ areas(prefectureCode: "香川") { code } }`);
    expect(problemsOf(bad)).toEqual(['/prefectureCode invalid_format']);
    const filtered = await region.gql(`{ areas(prefectureCode: "37", tier: rural) { classification { tier } } }`);
    expect(filtered.errors).toBeUndefined();
    expect(filtered.data.areas.length).toBeGreaterThan(0);
    expect(filtered.data.areas.every((a: { classification: { tier: string } }) => a.classification.tier === 'rural')).toBe(true);
  });

  it('whatIf.coordinates-outside-japan-are-bad-input-naming-each-path', async () => {
    const r = await region.gql(`query($i: WhatIfInput!) { whatIf(input: $i) { runId } }`, {
      i: { add: [{ lat: 91.5, lng: 134 }, { lat: 34.3, lng: -134, category: 'Corner Shop', name: 'x'.repeat(201) }, { lat: 34.3, lng: 134.0 }], removeResourceIds: ['12', 'abc'] },
    });
    expect(r.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(problemsOf(r)).toEqual(
      ['/input/add/0/lat outside_japan', '/input/add/1/category invalid_format', '/input/add/1/lng outside_japan', '/input/add/1/name too_long', '/input/removeResourceIds/1 invalid_format'].sort(),
    );
  });

  it('whatIf.notes-point-at-the-entry-and-say-why-in-words', async () => {
    const r = await region.gql(`query($i: WhatIfInput!) { whatIf(input: $i) { notes { path code codeLabelJa severity messageJa messageEn } municipalities { code } } }`, {
      i: { add: [{ lat: 34.3, lng: 134.05, category: 'convenience' }, { lat: 34.3, lng: 134.05, category: 'bakery' }], removeResourceIds: ['999999999'] },
    });
    expect(r.errors).toBeUndefined();
    const notes = r.data.whatIf.notes;
    expect(notes.map((n: { path: string; code: string }) => `${n.path} ${n.code}`).sort()).toEqual(['/input/add/1/category resource_category_not_counted', '/input/removeResourceIds/0 resource_not_found']);
    for (const n of notes) {
      expect(n.messageJa).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
      expect(n.codeLabelJa).not.toBe(n.code);
      for (const s of [n.messageJa, n.messageEn]) {
        expect(s).not.toMatch(/999999999|what-if-|\b[a-z]+_[a-z_]+\b|seed-default/);
      }
    }
  });

  it('townBlocks.designated-city-searches-its-wards', async () => {
    const csv = [
      'jis_code5,lg_code6,pref_name,name,unit_type,parent_code5,census2020_pop,area_km2_from_census_density',
      '01100,011002,北海道,札幌市,designated_city,,1973395,1121.3',
      '01101,011011,北海道,札幌市中央区,designated_city_ward,01100,248680,46.42',
      '01102,011029,北海道,札幌市北区,designated_city_ward,01100,289323,63.57',
    ].join('\n');
    const m = await region.gql(IMPORT, { f: { fileName: 'sapporo.csv', contentBase64: Buffer.from(csv).toString('base64') } }, admin);
    expect(m.data.importMunicipalities.ok).toBe(true);
    const blocks = ['pref_code,pref_name,city_code,city_name,town_name,koaza,lat,lng', '01,北海道,01101,札幌市中央区,北一条西,,43.0621,141.3544', '01,北海道,01102,札幌市北区,北十条西,,43.0760,141.3420'].join('\n');
    const b = await region.gql(IMPORT_BLOCKS, { f: { fileName: 'sapporo-blocks.csv', contentBase64: Buffer.from(blocks).toString('base64') } }, admin);
    expect(b.data.importTownBlocks.ok).toBe(true);
    const r = await region.gql(`{ townBlocks(municipalityCode: "01100", query: "北10条") { name municipalityCode municipalityName } }`);
    expect(r.data.townBlocks).toEqual([{ name: '北十条西', municipalityCode: '01102', municipalityName: '札幌市北区' }]);
    const all = await region.gql(`{ townBlocks(municipalityCode: "01100") { municipalityName } }`);
    expect(all.data.townBlocks.map((x: { municipalityName: string }) => x.municipalityName)).toEqual(['札幌市中央区', '札幌市北区']);
    const ward = await region.gql(`{ townBlocks(municipalityCode: "01101") { name } }`);
    expect(ward.data.townBlocks).toEqual([{ name: '北一条西' }]);
    const area = await region.gql(`{ area(code: "01101") { name unitTypeLabelJa parentCode parentName } }`);
    expect(area.data.area).toEqual({ name: '札幌市中央区', unitTypeLabelJa: '政令指定都市の区', parentCode: '01100', parentName: '札幌市' });
  });

  it('classify.policy-problems-name-each-field', async () => {
    const r = await region.gql(
      `mutation { classifyAreas(input: { policy: { id: "bad policy", version: 0, radiusM: 0, segmentAMin: 0.3, resourceCategories: ["supermarket", "Drug Store"] } }) { runId } }`,
      {},
      admin,
    );
    expect(problemsOf(r)).toEqual(
      ['/input/policy/id invalid_format', '/input/policy/version out_of_range', '/input/policy/radiusM out_of_range', '/input/policy/segmentAMin out_of_range', '/input/policy/resourceCategories/1 invalid_format'].sort(),
    );
  });

  it('import.strings-have-maximum-lengths', async () => {
    const r = await region.gql(IMPORT_SHOPS, { f: { fileName: 'f'.repeat(256), contentBase64: '***', sourceName: 's'.repeat(201), defaultCategory: 'Corner Shop' } }, admin);
    expect(problemsOf(r)).toEqual(['/input/contentBase64 not_base64', '/input/defaultCategory invalid_format', '/input/fileName out_of_range', '/input/sourceName out_of_range']);
    const ok = await region.gql(IMPORT_SHOPS, { f: { fileName: 'f'.repeat(255), contentBase64: data('shops-37.geojson'), sourceName: 's'.repeat(200) } }, admin);
    expect(ok.data.importResources.ok).toBe(true);
  });
});

describe('migration (runs last: it rebuilds a column of the imported data)', () => {
  it('migration.town-block-name-search-fills-existing-rows', async () => {
    const ds = region.app.get(DataSource);
    const before = (await counts()).blocks;
    expect(before).toBeGreaterThanOrEqual(978);
    const qr = ds.createQueryRunner();
    try {
      const migration = new TownBlockNameSearch1764900000000();
      await migration.down(qr);
      await migration.up(qr);
    } finally {
      await qr.release();
    }
    const rows: { name: string; name_search: string }[] = await ds.query(`SELECT name, name_search FROM town_block`);
    expect(rows.length).toBe(before);
    for (const r of rows) expect(r.name_search).toBe(normaliseTownBlockName(r.name));
    const r = await region.gql(`{ townBlocks(municipalityCode: "37201", query: "番町5丁目") { name } }`);
    expect(r.data.townBlocks).toEqual([{ name: '番町五丁目' }]);
  });
});
