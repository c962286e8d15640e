/**
 * HSDS 3.0 through the catalogue service, real PostgreSQL and the real Kafka broker: a catalogue
 * with one listing of each service-area kind (and an administrator's taxonomy edits) is exported,
 * imported into an empty catalogue by an administrator keeping it published (its published
 * events appear on the topic), and exported again: the two documents are identical. A document
 * with errors is rejected whole, every error with its JSON path, and changes nothing. Operators
 * import only their own organization, as drafts.
 */
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { Topics } from '@sanpuku/contracts';
import { readTopic, setLogLevel } from '@sanpuku/platform';
import { createTestDatabase, createTestKafka, RunningTestService, startTestService, TestDatabase, TestKafka } from '@sanpuku/platform/testing';
import { CatalogueAppModule } from '../app.module';
import { catalogueService } from '../catalogue.service-definition';
import {
  CREATE,
  ORG_A,
  ORG_B,
  PLACES,
  PUBLISH,
  REGISTER,
  SUBMIT,
  admin,
  mealOfferingInput,
  operatorA,
  operatorB,
  organizationInput,
  takamatsuReviewer,
  utazuReviewer,
} from './catalogue.fixtures';

setLogLevel('silent');

const EXPORT = `query($all: Boolean, $org: ID) { exportHsds(includeUnpublished: $all, organizationId: $org) }`;
const IMPORT = `mutation($doc: String!, $keep: Boolean) { importHsds(document: $doc, keepPublished: $keep) { ok organizations offerings offeringIds status errors { path code messageJa messageEn } } }`;

let dbA: TestDatabase;
let dbB: TestDatabase;
let kafkaB: TestKafka;
let source: RunningTestService;
let target: RunningTestService;
let exported: string;

async function publish(input: Record<string, unknown>, operator = operatorA, reviewer = takamatsuReviewer): Promise<string> {
  const c = await source.gql(CREATE, { input }, operator);
  if (c.errors) throw new Error(JSON.stringify(c.errors));
  const id = c.data.createOffering.id;
  await source.gql(SUBMIT, { id }, operator);
  const p = await source.gql(PUBLISH, { id }, reviewer);
  if (p.errors) throw new Error(JSON.stringify(p.errors));
  return id;
}

async function state(app: RunningTestService) {
  const [r] = await app.app.get(DataSource).query(
    `SELECT (SELECT count(*)::int FROM offering) AS offerings, (SELECT count(*)::int FROM organization) AS organizations,
            (SELECT count(*)::int FROM outbox) AS events, (SELECT count(*)::int FROM listing_history) AS history,
            (SELECT string_agg(code || ':' || label_ja || ':' || active, ',' ORDER BY code) FROM taxonomy_category) AS taxonomy`,
  );
  return r as Record<string, unknown>;
}

beforeAll(async () => {
  dbA = await createTestDatabase('catalogue_hsds_a');
  dbB = await createTestDatabase('catalogue_hsds_b');
  kafkaB = await createTestKafka('catalogue-hsds');
  source = await startTestService(catalogueService, (rt) => CatalogueAppModule.forRoot(rt), { databaseUrl: dbA.url, kafka: await createTestKafka('catalogue-hsds-src') });
  target = await startTestService(catalogueService, (rt) => CatalogueAppModule.forRoot(rt), { databaseUrl: dbB.url, kafka: kafkaB });

  await source.gql(REGISTER, { input: organizationInput('株式会社テストひだまり', '700110005901', { alternateName: 'ひだまり', website: 'https://hidamari.example.jp/' }) }, operatorA);
  await source.gql(REGISTER, { input: organizationInput('地域の助け合い テストの会', '800110005904', { corporateNumber: null }) }, operatorB);
  // The administrator's taxonomy edits travel with the document.
  await source.gql(`mutation { renameTaxonomyCategory(input: { code: "housework", labelJa: "家事支援", labelEn: "Housework help" }) { code } }`, {}, admin);
  const add = await source.gql(
    `mutation { addTaxonomyCategory(input: { code: "pet_care", familyCode: "daily_living", labelJa: "ペットの世話", labelEn: "Pet care" }) { code } }`,
    {},
    admin,
  );
  expect(add.errors).toBeUndefined();

  await publish(mealOfferingInput({ serviceArea: { kind: 'municipalities', municipalityCodes: ['37201', '37386'] } }));
  await publish(
    mealOfferingInput({
      title: 'おでかけ付き添い',
      categories: ['mobility', 'pet_care'],
      coverage: 'covered',
      eligibility: { certificationRequired: true, careLevels: ['support_1', 'care_1'], minAge: 60, maxAge: 110 },
      price: { amountYen: 1800, unit: 'per_hour' },
      otherCosts: [],
      languages: ['ja', 'en', 'zh-Hant'],
      serviceArea: { kind: 'radius', center: PLACES.takamatsuBancho1, radiusM: 2500 },
      servedMunicipalityCodes: ['37201'],
      base: null,
      disclosure: { ...mealOfferingInput().disclosure, liabilityInsurance: { enrolled: false }, effectClaim: { claimed: true, claim: '外出頻度が増えます', evidence: '利用者20名の前後比較', evidenceUrl: 'https://example.jp/report' } },
    }),
    operatorB,
  );
  await publish(
    mealOfferingInput({
      title: '家事お手伝い',
      categories: ['housework'],
      price: { amountYen: 0, unit: 'free' },
      schedule: [
        { day: 0, opensAt: '10:00', closesAt: '12:00' },
        { day: 6, opensAt: '10:00', closesAt: '12:00' },
        { day: 6, opensAt: '13:00', closesAt: '15:30' },
      ],
      capacityStatus: 'full',
      serviceArea: {
        kind: 'polygon',
        polygon: [
          [[133.815, 34.295], [133.845, 34.295], [133.845, 34.318], [133.815, 34.318], [133.815, 34.295]],
          [[133.836, 34.3], [133.84, 34.3], [133.84, 34.304], [133.836, 34.304], [133.836, 34.3]],
        ],
      },
      servedMunicipalityCodes: ['37386'],
      base: PLACES.utazuNakamura,
    }),
    operatorA,
    utazuReviewer,
  );
  // A draft is not exported publicly.
  await source.gql(CREATE, { input: mealOfferingInput({ title: '下書き' }) }, operatorA);
});

afterAll(async () => {
  await source?.close();
  await target?.close();
  await dbA?.drop();
  await dbB?.drop();
});

describe('HSDS round trip through two catalogues', () => {
  it('exports the published listings (anyone) as HSDS 3.0', async () => {
    const r = await source.gql(EXPORT, {});
    expect(r.errors).toBeUndefined();
    exported = r.data.exportHsds;
    const doc = JSON.parse(exported);
    expect(doc.version).toBe('3.0');
    expect(doc.organizations.map((o: { id: string }) => o.id).sort()).toEqual([ORG_A, ORG_B].sort());
    expect(doc.services).toHaveLength(3);
    expect(doc.services.map((s: { name: string }) => s.name)).not.toContain('下書き');
    const terms = doc.taxonomy_terms.filter((t: { code: string }) => t.code === 'housework' || t.code === 'pet_care');
    expect(terms.map((t: { code: string; name: string }) => [t.code, t.name])).toEqual([
      ['housework', '家事支援'],
      ['pet_care', 'ペットの世話'],
    ]);
    const withDraft = JSON.parse((await source.gql(EXPORT, { all: true }, admin)).data.exportHsds);
    expect(withDraft.services).toHaveLength(4);
    expect((await source.gql(EXPORT, { all: true })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await source.gql(EXPORT, { all: true, org: ORG_B }, operatorA)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('an administrator imports it into an empty catalogue, kept published: published events on the topic', async () => {
    const r = await target.gql(IMPORT, { doc: exported, keep: true }, admin);
    expect(r.errors).toBeUndefined();
    expect(r.data.importHsds).toMatchObject({ ok: true, organizations: 2, offerings: 3, status: 'published', errors: [] });
    const messages = await readTopic(kafkaB.connection('t'), kafkaB.topicPrefix + Topics.catalogueOffering, 3);
    expect(messages.map((m) => JSON.parse(m.value!).type)).toEqual(Array(3).fill('catalogue.offering.published'));
    expect(messages.map((m) => m.key).sort()).toEqual([...r.data.importHsds.offeringIds].sort());
    const history = await target.gql(`query($id: ID!) { offering(id: $id) { status history { action role actorId to note } } }`, { id: r.data.importHsds.offeringIds[0] }, admin);
    expect(history.data.offering.history).toEqual([
      { action: 'import', role: 'admin', actorId: 'admin-1', to: 'published', note: 'HSDS import kept published by an administrator / 管理者が掲載中のまま取り込み' },
    ]);
  });

  it('exporting the imported catalogue gives an identical document', async () => {
    const again = await target.gql(EXPORT, {});
    expect(again.errors).toBeUndefined();
    expect(again.data.exportHsds).toBe(exported);
  });
});

describe('an HSDS import with errors', () => {
  it('reports every error with its JSON path and changes nothing', async () => {
    const before = await state(target);
    const doc = JSON.parse(exported);
    doc.services[0].status = 'maybe'; // schema enum
    doc.services[1].cost_options[0].amount = -500; // domain: negative price
    doc.organizations[0].organization_identifiers = [
      { id: randomUUID(), organization_id: doc.organizations[0].id, identifier_scheme: 'JP-JCN', identifier_type: '法人番号', identifier: '1234567890123' },
    ];
    delete doc.services[2].name; // schema: required (an item that fails its structure is not checked further)
    const r = await target.gql(IMPORT, { doc: JSON.stringify(doc), keep: true }, admin);
    expect(r.data.importHsds).toMatchObject({ ok: false, organizations: 0, offerings: 0, status: null });
    const errors = r.data.importHsds.errors as { path: string; code: string; messageEn: string }[];
    const at = (path: string) => errors.filter((e) => e.path === path).map((e) => e.code);
    expect(at('/services/0/status')).toContain('hsds_schema');
    expect(at('/services/2/name')).toContain('hsds_schema');
    expect(at('/services/1/cost_options/0/amount')).toContain('price_negative');
    expect(at('/organizations/0/organization_identifiers/0/identifier')).toContain('corporate_number_invalid');
    for (const e of errors) expect(e.path).toMatch(/^\/(services|organizations)\/\d+/);
    expect(await state(target)).toEqual(before);
  });

  it('a document that is not JSON, and ids that already exist, are refused too', async () => {
    const before = await state(target);
    const notJson = await target.gql(IMPORT, { doc: '{"version": "3.0", ' }, admin);
    expect(notJson.data.importHsds.errors.map((e: { path: string; code: string }) => `${e.path} ${e.code}`)).toEqual([' hsds_json_invalid']);
    const existing = await target.gql(IMPORT, { doc: exported }, admin);
    expect(existing.data.importHsds.errors.map((e: { path: string; code: string }) => `${e.path} ${e.code}`)).toEqual([
      '/services/0/id hsds_offering_exists',
      '/services/1/id hsds_offering_exists',
      '/services/2/id hsds_offering_exists',
    ]);
    expect(await state(target)).toEqual(before);
  });
});

describe('operators and HSDS', () => {
  it("an operator imports only its own organization's offerings, as drafts; keeping them published is for administrators", async () => {
    const doc = JSON.parse(exported);
    const keep = await target.gql(IMPORT, { doc: exported, keep: true }, operatorA);
    expect(keep.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const mixed = await target.gql(IMPORT, { doc: exported }, operatorA);
    const codes = mixed.data.importHsds.errors.map((e: { path: string; code: string }) => e.code);
    expect(codes).toContain('hsds_organization_not_yours');

    // Operator A's own services under new ids, alone with its organization.
    const own = doc.services.filter((s: { organization_id: string }) => s.organization_id === ORG_A);
    let text = JSON.stringify({ ...doc, organizations: doc.organizations.filter((o: { id: string }) => o.id === ORG_A), services: own });
    const fresh: string[] = [];
    for (const s of own) {
      const id = randomUUID();
      fresh.push(id);
      text = text.split(s.id).join(id);
    }
    const r = await target.gql(IMPORT, { doc: text }, operatorA);
    expect(r.data.importHsds).toMatchObject({ ok: true, organizations: 1, offerings: 2, status: 'draft', errors: [] });
    const mine = await target.gql(`{ myOfferings(status: draft) { id status } }`, {}, operatorA);
    expect(mine.data.myOfferings.map((o: { id: string }) => o.id).sort()).toEqual([...fresh].sort());
  });
});
