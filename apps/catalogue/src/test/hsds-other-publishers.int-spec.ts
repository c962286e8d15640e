/**
 * HSDS 3.0 as other publishers write it, through the catalogue service (real PostgreSQL and
 * Kafka): the official Open Referral examples (vendored in libs/catalogue-domain/src/hsds/__fixtures__/official,
 * CC BY-SA 4.0) import — JSON and the tabular CSV package — and every leaf value / cell comes
 * back from the stored catalogue; an operator's bare service document with other taxonomies'
 * terms becomes a draft through the mapping file; a document that imports nothing says so.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { jsonLeaves, parseCsv } from '@sanpuku/catalogue-domain';
import { repoRoot, setLogLevel } from '@sanpuku/platform';
import { createTestDatabase, createTestKafka, RunningTestService, startTestService, TestDatabase } from '@sanpuku/platform/testing';
import { CatalogueAppModule } from '../app.module';
import { catalogueService } from '../catalogue.service-definition';
import { CREATE, REGISTER, admin, mealOfferingInput, operatorA, organizationInput } from './catalogue.fixtures';

setLogLevel('silent');

const OFFICIAL = join(repoRoot(), 'libs/catalogue-domain/src/hsds/__fixtures__/official');
const official = (file: string) => readFileSync(join(OFFICIAL, file), 'utf8');
const RESULT = `ok organizations offerings offeringIds status kept errors { path code messageJa messageEn } warnings { path code messageJa messageEn }`;
const IMPORT = `mutation($doc: String!) { importHsds(document: $doc) { ${RESULT} } }`;
const IMPORT_CSV = `mutation($files: [HsdsCsvFileInput!]!) { importHsdsCsv(files: $files) { ${RESULT} } }`;
const EXPORT = `query($all: Boolean) { exportHsds(includeUnpublished: $all) }`;
const EXPORT_CSV = `query($all: Boolean) { exportHsdsCsv(includeUnpublished: $all) { fileName content } }`;

let db: TestDatabase;
let app: RunningTestService;

const at = (value: unknown, pointer: string): unknown =>
  pointer
    .split('/')
    .slice(1)
    .reduce<unknown>((v, seg) => (v !== null && typeof v === 'object' ? (v as Record<string, unknown>)[seg] : undefined), value);

function cellsOf(files: Array<{ fileName: string; content: string }>): Map<string, string> {
  const out = new Map<string, string>();
  for (const f of files) {
    const p = parseCsv(f.content);
    if (!p.ok) throw new Error(f.fileName);
    const [header, ...rows] = p.records;
    for (const r of rows) header.fields.forEach((c, k) => r.fields[k] !== '' && out.set(`${f.fileName}/${r.fields[header.fields.indexOf('id')]}/${c}`, r.fields[k]));
  }
  return out;
}

beforeAll(async () => {
  db = await createTestDatabase('catalogue_hsds_others');
  app = await startTestService(catalogueService, (rt) => CatalogueAppModule.forRoot(rt), { databaseUrl: db.url, kafka: await createTestKafka('catalogue-hsds-others') });
  const reg = await app.gql(REGISTER, { input: organizationInput('株式会社テストひだまり', '700110005901') }, operatorA);
  expect(reg.errors).toBeUndefined();
});

afterAll(async () => {
  await app?.close();
  await db?.drop();
});

describe('HSDS as other publishers write it, through the service', () => {
  it('hsds.official-json-examples-import-and-come-back-whole: service_full.json and organization_full.json', async () => {
    for (const file of ['service_full.json', 'organization_full.json']) {
      const r = await app.gql(IMPORT, { doc: official(file) }, admin);
      expect(r.errors).toBeUndefined();
      expect(r.data.importHsds).toMatchObject({ ok: true, errors: [] });
    }
    const service = JSON.parse(official('service_full.json'));
    const r1 = (await app.gql(IMPORT, { doc: official('service_full.json') }, admin)).data.importHsds;
    expect(r1).toMatchObject({ ok: true, offerings: 0, kept: 1, status: null });
    expect(r1.warnings.map((w: { path: string; code: string }) => `${w.path} ${w.code}`)).toEqual([' hsds_service_held', '/cost_options/0/currency hsds_currency_unsupported']);

    const all = JSON.parse((await app.gql(EXPORT, { all: true }, admin)).data.exportHsds);
    const organization = JSON.parse(official('organization_full.json'));
    for (const [collection, object] of [
      ['services', service],
      ['organizations', organization],
    ] as const) {
      const out = all[collection].find((x: { id: string }) => x.id === object.id);
      const lost = jsonLeaves(object).filter((l) => JSON.stringify(at(out, l.path)) !== JSON.stringify(l.value));
      expect(lost).toEqual([]);
    }
    // kept objects are not reviewed listings: not in the public export
    const pub = JSON.parse((await app.gql(EXPORT, {})).data.exportHsds);
    expect(pub.services.map((s: { id: string }) => s.id)).not.toContain(service.id);
  });

  it('hsds.official-csv-package-imports-and-comes-back-whole', async () => {
    const files = readdirSync(join(OFFICIAL, 'csv'))
      .filter((f) => f.endsWith('.csv'))
      .map((fileName) => ({ fileName, content: official(join('csv', fileName)) }));
    const r = await app.gql(IMPORT_CSV, { files }, admin);
    expect(r.errors).toBeUndefined();
    expect(r.data.importHsdsCsv).toMatchObject({ ok: true, organizations: 1, offerings: 0, errors: [] });
    const out = await app.gql(EXPORT_CSV, { all: true }, admin);
    expect(out.errors).toBeUndefined();
    const back = cellsOf(out.data.exportHsdsCsv);
    const lost = [...cellsOf(files)].filter(([k, v]) => back.get(k) !== v).map(([k]) => k);
    expect(lost).toEqual([]);
  });

  it('hsds.official-tabular-json-imports-through-importHsds, problems pointing into it', async () => {
    const r = (await app.gql(IMPORT, { doc: official('tabular.json') }, admin)).data.importHsds;
    expect(r).toMatchObject({ ok: true, organizations: 1, errors: [] });
    expect(r.warnings.map((w: { path: string; code: string }) => `${w.path} ${w.code}`)).toEqual(['/services.csv/0 hsds_service_held', '/cost_options.csv/0/currency hsds_currency_unsupported']);
    const broken = JSON.parse(official('tabular.json'));
    broken['organizations.csv'][0].email = 'not an address';
    const b = (await app.gql(IMPORT, { doc: JSON.stringify(broken) }, admin)).data.importHsds;
    expect(b.errors.map((e: { path: string; code: string }) => `${e.path} ${e.code}`)).toEqual(
      expect.arrayContaining(['/organizations.csv/0/email hsds_schema']),
    );
  });

  it('hsds.bare-service-document-imports: an operator\'s bare service, its foreign terms mapped by the mapping file or kept with a warning', async () => {
    const c = await app.gql(CREATE, { input: mealOfferingInput({ base: null }) }, operatorA);
    expect(c.errors).toBeUndefined();
    const mine = JSON.parse((await app.gql(`query { exportHsds(includeUnpublished: true) }`, {}, operatorA)).data.exportHsds);
    const service = { ...mine.services.find((s: { id: string }) => s.id === c.data.createOffering.id), id: randomUUID() };
    const term = (id: string, name: string) => ({ id: randomUUID(), taxonomy_term_id: id, taxonomy_term: { id, name, description: name, taxonomy: 'Open Eligibility' } });
    service.attributes = [...service.attributes, term(randomUUID(), 'Housing'), term(randomUUID(), 'Pet Grooming')];
    service.url = 'https://hidamari.example.jp/menu';
    const r = (await app.gql(IMPORT, { doc: JSON.stringify(service) }, operatorA)).data.importHsds;
    expect(r).toMatchObject({ ok: true, offerings: 1, status: 'draft', errors: [] });
    expect(r.warnings.map((w: { path: string; code: string }) => `${w.path} ${w.code}`)).toEqual([`/attributes/${service.attributes.length - 1} hsds_term_unmapped`]);
    const [row] = await app.app.get(DataSource).query(`SELECT categories, hsds_extra FROM offering WHERE id = $1`, [service.id]);
    expect(row.categories).toEqual(['meal_delivery', 'monitoring_emergency', 'housing']);
    expect(row.hsds_extra.fields).toEqual({ url: 'https://hidamari.example.jp/menu' });
    expect(row.hsds_extra.appended.attributes).toEqual(service.attributes.slice(-2));
  });

  it('hsds.document-that-imports-nothing-says-so: API root metadata, and our taxonomy alone from an operator', async () => {
    const r = (await app.gql(IMPORT, { doc: JSON.stringify({ version: '3.0', profile: 'https://path/to/profile' }) }, admin)).data.importHsds;
    expect(r).toMatchObject({ ok: false, errors: [{ path: '', code: 'hsds_nothing_to_import' }] });
    const ours = JSON.parse((await app.gql(EXPORT, {})).data.exportHsds);
    const t = (await app.gql(IMPORT, { doc: JSON.stringify({ taxonomies: ours.taxonomies, taxonomy_terms: ours.taxonomy_terms }) }, operatorA)).data.importHsds;
    expect(t).toMatchObject({ ok: false, errors: [{ path: '', code: 'hsds_nothing_to_import' }] });
    expect(t.errors[0].messageJa).toBe('取り込めるものがありません（事業者・サービス・所在地・分類のいずれも含まれていません）。');
  });
});
