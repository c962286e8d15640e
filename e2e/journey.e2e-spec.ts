/**
 * The whole journey through the gateway only, over the real Kafka broker and real PostgreSQL,
 * each service with its own schema: an operator registers and submits an offering; a reviewer of
 * the municipality publishes it; a family caregiver files a request and gets a shortlist with
 * explanations; consent is recorded and a referral sent; the operator is told live and sees a
 * pseudonymous summary, accepts, then sees the consented details, and completes. The municipal
 * user reads the area's classification and the unmet-demand figures. Negative checks on the way:
 * another family, another operator and another municipality's reviewer are refused.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { Client, createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { Actor, repoRoot, setLogLevel } from '@sanpuku/platform';
import { createTestDatabase, createTestKafka, RunningTestService, startTestService, TEST_AUTH, TestDatabase, TestKafka, tokenFor, waitFor } from '@sanpuku/platform/testing';
import { CatalogueAppModule } from '../apps/catalogue/src/app.module';
import { catalogueService } from '../apps/catalogue/src/catalogue.service-definition';
import { RegionAppModule } from '../apps/region/src/app.module';
import { regionService } from '../apps/region/src/region.service-definition';
import { MatchingAppModule } from '../apps/matching/src/app.module';
import { matchingService } from '../apps/matching/src/matching.service-definition';
import { createGatewayApp } from '../apps/gateway/src/gateway.app';
import { composeSupergraph } from '../apps/gateway/src/supergraph/compose';
import { mealOffering } from './offering-input';

setLogLevel('silent');

const ORG = '2f6d3c1a-9b8e-4d7c-a6f5-0e1d2c3b4a59';
const OTHER_ORG = '3a7e4d2b-0c9f-4e8d-b7a6-1f2e3d4c5b6a';
const admin: Actor = { sub: 'e2e-admin', name: '管理者', role: 'admin' };
const operator: Actor = { sub: 'e2e-op', name: '配食担当', role: 'operator', organizationId: ORG };
const otherOperator: Actor = { sub: 'e2e-op-2', name: '別事業者', role: 'operator', organizationId: OTHER_ORG };
const takamatsu: Actor = { sub: 'e2e-takamatsu', name: '高松市 地域包括ケア推進課', role: 'municipal_staff', municipalityCode: '37201' };
const sakaide: Actor = { sub: 'e2e-sakaide', name: '坂出市 担当', role: 'municipal_staff', municipalityCode: '37203' };
const family: Actor = { sub: 'e2e-family', name: '介護する娘', role: 'family' };
const otherFamily: Actor = { sub: 'e2e-family-2', name: '別の家族', role: 'family' };

const SENIOR = { fullName: '讃岐 キヨ', fullNameKana: 'サヌキ キヨ', addressText: '香川県高松市番町一丁目1-1', contactPhone: '087-000-1234', careLevel: 'care_1', healthNotes: '減塩食' };

let db: TestDatabase;
let kafka: TestKafka;
let services: RunningTestService[] = [];
let gateway: INestApplication;
let url: string;
const clients: Client[] = [];

async function gql(query: string, variables: Record<string, unknown>, actor?: Actor): Promise<any> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (actor) headers.authorization = `Bearer ${await tokenFor(actor)}`;
  const r = await fetch(`${url}/graphql`, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  return r.json();
}

async function ok(query: string, variables: Record<string, unknown>, actor?: Actor): Promise<any> {
  const r = await gql(query, variables, actor);
  if (r.errors?.length) throw new Error(JSON.stringify(r.errors));
  return r.data;
}

async function code(query: string, variables: Record<string, unknown>, actor?: Actor): Promise<string> {
  const r = await gql(query, variables, actor);
  return r.errors?.[0]?.extensions?.code;
}

/** A live subscription through the gateway's WebSocket relay. */
async function live(actor: Actor, query: string, variables: Record<string, unknown> = {}): Promise<any[]> {
  const client = createClient({
    url: url.replace(/^http/, 'ws') + '/graphql',
    webSocketImpl: WebSocket,
    connectionParams: { authorization: `Bearer ${await tokenFor(actor)}` },
    retryAttempts: 0,
  });
  clients.push(client);
  const values: any[] = [];
  client.subscribe({ query, variables }, { next: (v) => v.data && values.push(Object.values(v.data)[0]), error: () => undefined, complete: () => undefined });
  return values;
}

const file = (f: string) => ({ fileName: f, contentBase64: readFileSync(join(repoRoot(), 'data/kagawa', f)).toString('base64') });

beforeAll(async () => {
  db = await createTestDatabase('e2e_journey');
  kafka = await createTestKafka('e2e-journey');
  const catalogue = await startTestService(catalogueService, (rt) => CatalogueAppModule.forRoot(rt), { databaseUrl: db.url, kafka });
  const region = await startTestService(regionService, (rt) => RegionAppModule.forRoot(rt), { databaseUrl: db.url, kafka });
  const matching = await startTestService(matchingService, (rt) => MatchingAppModule.forRoot(rt), { databaseUrl: db.url, kafka });
  services = [catalogue, region, matching];
  const { sdl } = composeSupergraph();
  gateway = await createGatewayApp({
    subgraphUrls: { catalogue: `${catalogue.url}/graphql`, region: `${region.url}/graphql`, matching: `${matching.url}/graphql` },
    production: false,
    supergraphSdl: sdl,
    auth: TEST_AUTH,
    rateLimitPerMinute: 0,
    bodyLimit: '5mb',
  });
  await gateway.listen(0, '127.0.0.1');
  url = `http://127.0.0.1:${(gateway.getHttpServer().address() as { port: number }).port}`;
});

afterAll(async () => {
  for (const c of clients) await c.dispose();
  await gateway?.close();
  for (const s of services.reverse()) await s.close();
  await db?.drop();
});

describe('a referral from listing to completion, through the gateway only', () => {
  let offeringId: string;
  let requestId: string;
  let referralId: string;

  it('region: an administrator imports 香川県 and classifies it', async () => {
    for (const [m, f] of [
      ['importMunicipalities', 'municipalities.csv'],
      ['importTownBlocks', 'town-blocks-37.csv'],
    ] as const) {
      expect((await ok(`mutation($f: FileInput!) { ${m}(input: $f) { ok } }`, { f: file(f) }, admin))[m].ok).toBe(true);
    }
    expect((await ok(`mutation($f: ResourceFileInput!) { importResources(input: $f) { ok } }`, { f: file('shops-37.geojson') }, admin)).importResources.ok).toBe(true);
    expect((await ok(`mutation { classifyAreas { unitCount } }`, {}, admin)).classifyAreas.unitCount).toBe(17);
  });

  it('catalogue: the operator registers, drafts and submits; only a reviewer of a served municipality may publish', async () => {
    await ok(
      `mutation($input: OrganizationInput!) { registerOrganization(input: $input) { id } }`,
      {
        input: {
          name: '株式会社E2Eさぬき配食',
          description: '高松市で夕食を届けるテスト用の事業者です。',
          corporateNumber: '7000012050002',
          phone: '087-000-0000',
          complaintDesk: { name: 'お客様相談窓口', phone: '0120-000-000' },
        },
      },
      operator,
    );
    const created = await ok(
      `mutation($input: OfferingInput!) { createOffering(input: $input) { id status } }`,
      {
        input: mealOffering('さぬき配食 夕食お届け', '前日17時までのご連絡でキャンセル料はかかりません。'),
      },
      operator,
    );
    offeringId = created.createOffering.id;
    expect((await ok(`mutation($id: ID!) { submitOffering(id: $id) { status } }`, { id: offeringId }, operator)).submitOffering.status).toBe('submitted');

    expect(await code(`mutation($id: ID!) { publishOffering(id: $id) { status } }`, { id: offeringId }, sakaide)).toBe('FORBIDDEN');
    expect(await code(`mutation($id: ID!) { publishOffering(id: $id) { status } }`, { id: offeringId }, otherOperator)).toMatch(/FORBIDDEN|NOT_FOUND/);
    expect((await ok(`mutation($id: ID!) { publishOffering(id: $id) { status } }`, { id: offeringId }, takamatsu)).publishOffering.status).toBe('published');

    const search = await ok(`{ searchOfferings(filter: { categories: ["meal_delivery"], municipalityCode: "37201" }) { total items { offering { id title } } } }`, {});
    expect(search.searchOfferings.items.map((i: { offering: { id: string } }) => i.offering.id)).toContain(offeringId);
  });

  it('matching: a family files a request and gets a shortlist with explanations (the offering arrived over Kafka)', async () => {
    const filed = await ok(
      `mutation($input: FileHelpRequestInput!) { fileHelpRequest(input: $input) { id status } }`,
      {
        input: {
          senior: SENIOR,
          ageBand: '85_89',
          municipalityCode: '37201',
          location: { lat: 34.34253, lng: 134.046355 },
          livingSituation: 'alone',
          needs: ['meal_delivery'],
          needsNote: '平日の夕食を届けてほしい',
          preferences: { coverage: 'any', budgetYen: 800, preferredDays: [1, 3, 5] },
          acquisitionConsent: { givenBy: 'family', givenByName: '讃岐 花子', textVersion: 'acquisition-1' },
        },
      },
      family,
    );
    requestId = filed.fileHelpRequest.id;
    // The published event may still be on its way to matching's read model: refresh until it is there.
    const shortlist = await waitFor(
      async () => {
        const s = (await ok(`mutation($id: ID!) { refreshShortlist(requestId: $id) { entries { offeringId title position score criteriaMet { code ja en } scoreParts { part points ja } } } }`, { id: requestId }, family)).refreshShortlist;
        return s.entries.length ? s : null;
      },
      'the offering in the shortlist',
    );
    const entry = shortlist.entries[0];
    expect(entry).toMatchObject({ offeringId, title: 'さぬき配食 夕食お届け', position: 1 });
    expect(entry.criteriaMet.length).toBeGreaterThan(0);
    expect(entry.scoreParts.map((p: { part: string }) => p.part).sort()).toEqual(['distance', 'freshness', 'needs_coverage', 'price']);

    // Another family cannot see it.
    expect(await code(`query($id: ID!) { helpRequest(id: $id) { id } }`, { id: requestId }, otherFamily)).toBe('NOT_FOUND');
  });

  it('consent, referral, a live notice with only the pseudonymous summary, acceptance, details, completion', async () => {
    const inbox = await live(operator, `subscription { referralInboxUpdates { action referral { id status details { fullName } summary { municipalityCode careLevelBand } } } }`);
    const statuses = await live(family, `subscription($id: ID!) { referralStatusChanged(requestId: $id) { to } }`, { id: requestId });
    await new Promise((r) => setTimeout(r, 500)); // graphql-ws has no subscribe acknowledgement

    const consent = await ok(
      `mutation($input: RecordConsentInput!) { recordConsent(input: $input) { id } }`,
      {
        input: {
          requestId,
          dataItems: ['full_name', 'address', 'contact_phone', 'care_level'],
          recipientOrganizationIds: [ORG],
          given: { givenBy: 'family', givenByName: '讃岐 花子', textVersion: 'provision-1' },
        },
      },
      family,
    );
    const referral = await ok(
      `mutation($input: CreateReferralInput!) { createReferral(input: $input) { id status consentId } }`,
      { input: { requestId, offeringId, disclosedItems: ['full_name', 'address', 'contact_phone', 'care_level'] } },
      family,
    );
    referralId = referral.createReferral.id;
    expect(referral.createReferral).toMatchObject({ status: 'requested', consentId: consent.recordConsent.id });

    const [notice] = await waitFor(async () => inbox.length > 0 && inbox, 'the operator’s live notice');
    expect(notice).toMatchObject({ action: 'send', referral: { id: referralId, status: 'requested', details: null, summary: { municipalityCode: '37201', careLevelBand: 'care_1_2' } } });
    expect(JSON.stringify(notice)).not.toContain('讃岐');

    const before = await ok(`query($id: ID!) { referral(id: $id) { details { fullName } summary { careLevelBand } } }`, { id: referralId }, operator);
    expect(before.referral.details).toBeNull();
    expect(await code(`query($id: ID!) { referral(id: $id) { id } }`, { id: referralId }, otherOperator)).toBe('NOT_FOUND');

    const accepted = await ok(`mutation($id: ID!) { acceptReferral(id: $id) { status details { fullName addressText careLevel healthNotes } } }`, { id: referralId }, operator);
    expect(accepted.acceptReferral).toEqual({ status: 'accepted', details: { fullName: '讃岐 キヨ', addressText: '香川県高松市番町一丁目1-1', careLevel: 'care_1', healthNotes: null } });
    await ok(`mutation($id: ID!) { startReferral(id: $id) { status } }`, { id: referralId }, operator);
    expect((await ok(`mutation($id: ID!) { completeReferral(id: $id) { status } }`, { id: referralId }, operator)).completeReferral.status).toBe('completed');

    await waitFor(async () => statuses.some((s) => s.to === 'completed') && statuses, 'the family’s live status changes');
    expect(statuses.map((s) => s.to)).toEqual(expect.arrayContaining(['accepted', 'in_progress', 'completed']));
    const request = await ok(`query($id: ID!) { helpRequest(id: $id) { status provisionRecords { stage } } }`, { id: requestId }, family);
    expect(request.helpRequest.status).toBe('fulfilled');
    expect(request.helpRequest.provisionRecords.map((p: { stage: string }) => p.stage)).toEqual(['pseudonymous_summary', 'identified_details']);
  });

  it('the municipal user reads the area’s classification, the unmet demand and the neutrality report', async () => {
    // A need nobody offers in 高松市 becomes unmet demand.
    await ok(
      `mutation($input: FileHelpRequestInput!) { fileHelpRequest(input: $input) { id } }`,
      {
        input: {
          senior: { ...SENIOR, fullName: '讃岐 ゲン' },
          ageBand: '80_84',
          municipalityCode: '37201',
          livingSituation: 'with_elderly_spouse',
          needs: ['mobility'],
          preferences: { coverage: 'any' },
          acquisitionConsent: { givenBy: 'self', method: 'written', obtainedAt: new Date(Date.now() - 60_000).toISOString() },
        },
      },
      takamatsu,
    );
    const area = await ok(`{ area(code: "37201") { name classification { tier segment sufficiency recommendedModel { titleJa } } } }`, {}, takamatsu);
    expect(area.area).toMatchObject({ name: '高松市', classification: { tier: 'general_city' } });
    const demand = await ok(`{ unmetDemand(municipalityCode: "37201") { minCellCount cells { municipalityCode category count suppressed marketSegment } } }`, {}, takamatsu);
    const cell = demand.unmetDemand.cells.find((c: { category: string }) => c.category === 'mobility');
    expect(cell).toMatchObject({ municipalityCode: '37201', suppressed: true, count: null, marketSegment: area.area.classification.segment });
    expect(await code(`{ unmetDemand(municipalityCode: "37201") { minCellCount } }`, {}, sakaide)).toMatch(/FORBIDDEN|NOT_FOUND/);

    const from = new Date(Date.now() - 3_600_000).toISOString();
    const to = new Date(Date.now() + 60_000).toISOString();
    const report = await ok(`query($from: DateTime!, $to: DateTime!) { neutralityReport(municipalityCode: "37201", from: $from, to: $to) { totalTopExposures operators { organizationId } } }`, { from, to }, takamatsu);
    expect(report.neutralityReport.operators.map((o: { organizationId: string }) => o.organizationId)).toContain(ORG);
  });
});
