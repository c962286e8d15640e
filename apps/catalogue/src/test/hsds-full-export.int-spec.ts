/**
 * The platform's own full HSDS export re-imports through the catalogue's GraphQL endpoint: the
 * demo catalogue plus more listings of the same kind (so the document is over 100 KB, and the
 * request body larger still: the document travels JSON-escaped inside the request) is exported,
 * imported over HTTP into an empty catalogue by an administrator keeping it published, and
 * exported again identically.
 */
import { InProcessBus, setLogLevel } from '@sanpuku/platform';
import { createTestDatabase, RunningTestService, startTestService, TestDatabase } from '@sanpuku/platform/testing';
import { CatalogueAppModule } from '../app.module';
import { catalogueService } from '../catalogue.service-definition';
import { MAX_HSDS_DOCUMENT } from '../common/input-limits';
import { loadCatalogueDemo } from '../demo/catalogue-demo';
import { CREATE, PUBLISH, REGISTER, SUBMIT, admin, mealOfferingInput, operatorA, organizationInput, takamatsuReviewer } from './catalogue.fixtures';

setLogLevel('silent');

const EXPORT = `query($all: Boolean) { exportHsds(includeUnpublished: $all) }`;
const IMPORT = `mutation($doc: String!, $keep: Boolean) { importHsds(document: $doc, keepPublished: $keep) { ok organizations offerings status errors { path code messageJa } } }`;

let dbA: TestDatabase;
let dbB: TestDatabase;
let source: RunningTestService;
let target: RunningTestService;

beforeAll(async () => {
  dbA = await createTestDatabase('catalogue_hsds_full_a');
  dbB = await createTestDatabase('catalogue_hsds_full_b');
  source = await startTestService(catalogueService, (rt) => CatalogueAppModule.forRoot(rt), { databaseUrl: dbA.url, bus: new InProcessBus() });
  target = await startTestService(catalogueService, (rt) => CatalogueAppModule.forRoot(rt), { databaseUrl: dbB.url, bus: new InProcessBus() });
  await loadCatalogueDemo(source.app);
  await source.gql(REGISTER, { input: organizationInput('株式会社テストひだまり', '700110005901') }, operatorA);
  for (let i = 0; i < 40; i++) {
    const c = await source.gql(CREATE, { input: mealOfferingInput({ title: `テスト配食 第${i + 1}便` }) }, operatorA);
    if (c.errors) throw new Error(JSON.stringify(c.errors));
    await source.gql(SUBMIT, { id: c.data.createOffering.id }, operatorA);
    const p = await source.gql(PUBLISH, { id: c.data.createOffering.id }, takamatsuReviewer);
    if (p.errors) throw new Error(JSON.stringify(p.errors));
  }
}, 120_000);

afterAll(async () => {
  await source?.close();
  await target?.close();
  await dbA?.drop();
  await dbB?.drop();
});

describe('HSDS exchange at full size', () => {
  it('hsds.full-export-reimports-through-the-api', async () => {
    const r = await source.gql(EXPORT, { all: true }, admin);
    expect(r.errors).toBeUndefined();
    const exported: string = r.data.exportHsds;
    const doc = JSON.parse(exported);
    expect(doc.services).toHaveLength(48);
    expect(Buffer.byteLength(exported)).toBeGreaterThan(100 * 1024);
    expect(Buffer.byteLength(JSON.stringify({ doc: exported }))).toBeGreaterThan(Buffer.byteLength(exported));
    expect([...exported].length).toBeLessThan(MAX_HSDS_DOCUMENT);

    const imported = await target.gql(IMPORT, { doc: exported, keep: true }, admin);
    expect(imported.errors).toBeUndefined();
    expect(imported.data.importHsds).toMatchObject({ ok: true, organizations: 6, offerings: 48, status: 'published', errors: [] });
    const again = await target.gql(EXPORT, { all: true }, admin);
    expect(again.data.exportHsds).toBe(exported);
  });

  it('hsds.export-of-a-malformed-organization-id-is-bad-input', async () => {
    const r = await source.gql(`query($org: ID) { exportHsds(organizationId: $org) }`, { org: 'not-an-id' });
    expect(r.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: '/organizationId' });
  });

  it('hsds.document-over-the-maximum-is-refused-naming-the-field', async () => {
    const r = await target.gql(IMPORT, { doc: ' '.repeat(10) + 'x'.repeat(MAX_HSDS_DOCUMENT + 1) }, admin);
    // Under the 1 MB request limit, over the document maximum: the catalogue's own check names the field.
    expect(r.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(r.errors?.[0].extensions?.problems).toEqual([expect.objectContaining({ path: '/document', code: 'text_too_long' })]);
  });
});
