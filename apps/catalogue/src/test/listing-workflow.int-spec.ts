/**
 * The listing workflow through the catalogue service, real PostgreSQL and the real Kafka broker:
 * an operator registers, drafts, is refused at submission for missing disclosures, completes and
 * submits; a reviewer of another municipality cannot publish; a reviewer of a served
 * municipality returns it with reasons; the operator fixes and resubmits; the reviewer publishes
 * (catalogue.offering.published with the snapshot on the topic); capacity, edits and withdrawal
 * follow, each with its event and a growing version. Another operator cannot touch the listing.
 */
import { DataSource } from 'typeorm';
import { Topics } from '@sanpuku/contracts';
import { corporateNumberFromBase } from '@sanpuku/catalogue-domain';
import { readTopic, setLogLevel } from '@sanpuku/platform';
import { createTestDatabase, createTestKafka, RunningTestService, startTestService, TestDatabase, TestKafka } from '@sanpuku/platform/testing';
import { CatalogueAppModule } from '../app.module';
import { catalogueService } from '../catalogue.service-definition';
import {
  CAPACITY,
  CREATE,
  HISTORY,
  OFFERING,
  ORG_A,
  PUBLISH,
  REGISTER,
  RETURN,
  SEARCH,
  SUBMIT,
  UPDATE,
  UPDATE_ORG,
  WITHDRAW,
  family,
  mealOfferingInput,
  operatorA,
  operatorB,
  organizationInput,
  sakaideReviewer,
  takamatsuReviewer,
  utazuReviewer,
} from './catalogue.fixtures';

setLogLevel('silent');

let db: TestDatabase;
let kafka: TestKafka;
let catalogue: RunningTestService;
/** The service's clock runs this far ahead of the real one (to show staleness). */
let clockOffsetDays = 0;
let offeringId: string;

const DAY = 86_400_000;
const FIXED_TERMS = '前日17時までのご連絡でキャンセル料はかかりません。当日のキャンセルは弁当代600円を頂きます。';
/** The offering as published after the reviewer's return was addressed. */
const publishedInput = (overrides: Record<string, unknown> = {}) => {
  const input = mealOfferingInput(overrides);
  input.disclosure.cancellationTerms = FIXED_TERMS;
  return input;
};

beforeAll(async () => {
  db = await createTestDatabase('catalogue_workflow');
  kafka = await createTestKafka('catalogue-workflow');
  catalogue = await startTestService(
    catalogueService,
    (rt) => CatalogueAppModule.forRoot(rt, { capacityStaleAfterDays: 14, now: () => new Date(Date.now() + clockOffsetDays * DAY) }),
    { databaseUrl: db.url, kafka },
  );
});

afterAll(async () => {
  await catalogue?.close();
  await db?.drop();
});

const codesOf = (r: { errors?: { extensions?: Record<string, unknown> }[] }) =>
  ((r.errors?.[0].extensions?.problems ?? []) as { path: string; code: string }[]).map((e) => `${e.path} ${e.code}`);

async function counts() {
  const [r] = await catalogue.app.get(DataSource).query(
    `SELECT (SELECT count(*)::int FROM offering) AS offerings, (SELECT count(*)::int FROM listing_history) AS history, (SELECT count(*)::int FROM outbox) AS events`,
  );
  return r as { offerings: number; history: number; events: number };
}

describe('registering an organization', () => {
  it('refuses an invalid 法人番号 and an unreachable complaint desk, naming each field', async () => {
    const input = organizationInput('株式会社テストひだまり配食', '700110005901', { corporateNumber: '2700110005901', complaintDesk: { name: '相談窓口' } });
    const r = await catalogue.gql(REGISTER, { input }, operatorA);
    expect(r.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: '/input/corporateNumber' });
    expect(codesOf(r)).toEqual(['/input/corporateNumber corporate_number_invalid', '/input/complaintDesk complaint_desk_contact_missing']);
    expect(r.errors?.[0].message).toContain('チェックディジット');
  });

  it('an operator registers its own organization (the id of its token); a family member cannot', async () => {
    // Full-width digits and a hyphen, as people type it; stored as 13 ASCII digits.
    const typed = corporateNumberFromBase('700110005901').replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0)).replace(/^(.)(.{4})/, '$1－$2');
    const r = await catalogue.gql(REGISTER, { input: organizationInput('株式会社テストひだまり配食', '700110005901', { corporateNumber: typed }) }, operatorA);
    expect(r.errors).toBeUndefined();
    expect(r.data.registerOrganization).toMatchObject({ id: ORG_A, corporateNumber: corporateNumberFromBase('700110005901'), complaintDesk: { name: 'お客様相談窓口' } });
    const again = await catalogue.gql(REGISTER, { input: organizationInput('二重登録', '700110005902') }, operatorA);
    expect(again.errors?.[0].extensions?.code).toBe('ALREADY_EXISTS');
    const denied = await catalogue.gql(REGISTER, { input: organizationInput('家族', '700110005903') }, family);
    expect(denied.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const b = await catalogue.gql(REGISTER, { input: organizationInput('合同会社テストおでかけ', '800110005904') }, operatorB);
    expect(b.errors).toBeUndefined();
  });
});

describe('draft → refused → submitted → returned → resubmitted → published', () => {
  it('a draft may lack disclosures; submitting it is refused with every missing item, and nothing changes', async () => {
    const input = mealOfferingInput();
    input.disclosure = { complaintDesk: input.disclosure.complaintDesk, effectClaim: { claimed: true, claim: '食事の見守りで安心' } };
    const r = await catalogue.gql(CREATE, { input }, operatorA);
    expect(r.errors).toBeUndefined();
    const draft = r.data.createOffering;
    offeringId = draft.id;
    expect(draft).toMatchObject({ status: 'draft', organizationId: ORG_A, organizationName: '株式会社テストひだまり配食', version: 0 });
    expect(draft.missingDisclosure.map((m: { key: string }) => m.key)).toEqual(['staffQualifications', 'liabilityInsurance', 'cancellationTerms', 'effectEvidence']);

    const before = await counts();
    const s = await catalogue.gql(SUBMIT, { id: offeringId }, operatorA);
    expect(s.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'submission_incomplete', field: '/input/disclosure/staffQualifications' });
    const missing = s.errors?.[0].extensions?.missingDisclosure as { key: string; labelJa: string; reasonEn: string }[];
    expect(missing.map((m) => [m.key, m.labelJa])).toEqual([
      ['staffQualifications', 'スタッフの資格'],
      ['liabilityInsurance', '賠償責任保険'],
      ['cancellationTerms', 'キャンセル・解約条件'],
      ['effectEvidence', '効果の根拠'],
    ]);
    expect(missing[3].reasonEn).toBe('An effect is claimed, so its evidence must be stated.');
    expect(await counts()).toEqual(before);
    expect((await catalogue.gql(OFFERING, { id: offeringId }, operatorA)).data.offering.status).toBe('draft');
  });

  it('completed, it is submitted; it is not public while under review', async () => {
    const u = await catalogue.gql(UPDATE, { id: offeringId, input: mealOfferingInput() }, operatorA);
    expect(u.errors).toBeUndefined();
    expect(u.data.updateOffering).toMatchObject({ status: 'draft', missingDisclosure: [] });
    const s = await catalogue.gql(SUBMIT, { id: offeringId }, operatorA);
    expect(s.data.submitOffering).toEqual({ id: offeringId, status: 'submitted' });
    const anonymous = await catalogue.gql(OFFERING, { id: offeringId });
    expect(anonymous.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const queue = await catalogue.gql(`{ reviewQueue { id status } }`, {}, utazuReviewer);
    expect(queue.data.reviewQueue).toEqual([{ id: offeringId, status: 'submitted' }]);
  });

  it('a reviewer of a municipality the offering does not serve cannot publish or return it', async () => {
    const p = await catalogue.gql(PUBLISH, { id: offeringId }, sakaideReviewer);
    expect(p.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(p.errors?.[0].message).toContain('37203');
    const r = await catalogue.gql(RETURN, { id: offeringId, reasons: [{ messageJa: '理由' }] }, sakaideReviewer);
    expect(r.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await catalogue.gql(`{ reviewQueue { id } }`, {}, sakaideReviewer)).data.reviewQueue).toEqual([]);
    // An operator cannot publish its own listing either.
    const own = await catalogue.gql(PUBLISH, { id: offeringId }, operatorA);
    expect(own.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'role' });
  });

  it('a reviewer of a served municipality returns it with reasons; without a reason it is refused', async () => {
    const empty = await catalogue.gql(RETURN, { id: offeringId, reasons: [] }, takamatsuReviewer);
    expect(empty.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: '/reasons' });
    const r = await catalogue.gql(
      RETURN,
      {
        id: offeringId,
        reasons: [{ path: '/disclosure/cancellationTerms', messageJa: '当日キャンセル時の料金を明記してください。', messageEn: 'State the fee for same-day cancellation.' }],
      },
      takamatsuReviewer,
    );
    expect(r.data.returnOffering).toEqual({ id: offeringId, status: 'returned' });
  });

  it('another operator can neither edit, nor re-confirm, nor withdraw it', async () => {
    const u = await catalogue.gql(UPDATE, { id: offeringId, input: mealOfferingInput({ title: '乗っ取り' }) }, operatorB);
    expect(u.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'other_organization' });
    const c = await catalogue.gql(CAPACITY, { id: offeringId, status: 'full' }, operatorB);
    expect(c.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const w = await catalogue.gql(WITHDRAW, { id: offeringId }, operatorB);
    expect(w.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const o = await catalogue.gql(OFFERING, { id: offeringId }, operatorB);
    expect(o.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('the operator fixes it and resubmits; the reviewer publishes → catalogue.offering.published with the snapshot', async () => {
    const u = await catalogue.gql(UPDATE, { id: offeringId, input: publishedInput() }, operatorA);
    expect(u.data.updateOffering.status).toBe('draft');
    expect((await catalogue.gql(SUBMIT, { id: offeringId }, operatorA)).data.submitOffering.status).toBe('submitted');
    const p = await catalogue.gql(PUBLISH, { id: offeringId }, utazuReviewer);
    expect(p.errors).toBeUndefined();
    expect(p.data.publishOffering).toMatchObject({ status: 'published', version: 1 });

    const [msg] = await readTopic(kafka.connection('t'), kafka.topicPrefix + Topics.catalogueOffering, 1);
    expect(msg.key).toBe(offeringId);
    expect(msg.headers.ce_type).toBe('catalogue.offering.published');
    const event = JSON.parse(msg.value!);
    expect(event).toMatchObject({ type: 'catalogue.offering.published', subject: offeringId, source: '/sanpuku/catalogue' });
    expect(event.data).toEqual({
      offeringId,
      organizationId: ORG_A,
      version: 1,
      title: 'ひだまり配食 夕食お届け',
      organizationName: '株式会社テストひだまり配食',
      categories: ['meal_delivery', 'monitoring_emergency'],
      coverage: 'not_covered',
      priceYen: 600,
      priceUnit: 'per_visit',
      eligibleCareLevels: [],
      minAge: 65,
      maxAge: null,
      days: [1, 3, 5],
      languages: ['ja'],
      capacity: 'available',
      capacityConfirmedAt: expect.stringMatching(/\+09:00$/),
      serviceArea: { kind: 'municipalities', codes: ['37201', '37386'] },
      base: { lat: 34.341273, lng: 134.051529 },
    });
    const found = await catalogue.gql(SEARCH, { filter: { municipalityCode: '37386' } });
    expect(found.data.searchOfferings.items.map((i: { offering: { id: string } }) => i.offering.id)).toEqual([offeringId]);
  });
});

describe('after publication', () => {
  it('a capacity change → catalogue.offering.capacity-changed (version 2)', async () => {
    const c = await catalogue.gql(CAPACITY, { id: offeringId, status: 'waitlist' }, operatorA);
    expect(c.data.updateOfferingCapacity).toMatchObject({ status: 'published', version: 2, capacity: { status: 'waitlist' } });
  });

  it('capacity confirmed long ago is flagged stale, then fresh again once re-confirmed', async () => {
    clockOffsetDays = 15;
    try {
      const stale = await catalogue.gql(OFFERING, { id: offeringId });
      expect(stale.data.offering.freshness).toMatchObject({ stale: true, capacity: { daysSince: 15, stale: true, staleAfterDays: 14 }, details: { stale: false } });
      await catalogue.gql(CAPACITY, { id: offeringId, status: 'waitlist' }, operatorA);
      const fresh = await catalogue.gql(OFFERING, { id: offeringId });
      expect(fresh.data.offering.freshness).toMatchObject({ stale: false, capacity: { daysSince: 0, stale: false } });
    } finally {
      clockOffsetDays = 0;
    }
  });

  it('an edit of unreviewed facts keeps it published → updated; a price change sends it back to review → withdrawn', async () => {
    const schedule = [{ day: 2, opensAt: '16:00', closesAt: '18:00' }];
    const u = await catalogue.gql(UPDATE, { id: offeringId, input: publishedInput({ schedule }) }, operatorA);
    expect(u.data.updateOffering).toMatchObject({ status: 'published', version: 4 });
    const price = { amountYen: 650, unit: 'per_visit', includes: '弁当代・配達料' };
    const p = await catalogue.gql(UPDATE, { id: offeringId, input: publishedInput({ schedule, price }) }, operatorA);
    expect(p.data.updateOffering).toMatchObject({ status: 'submitted', version: 5 });
    expect((await catalogue.gql(SEARCH, { filter: { municipalityCode: '37386' } })).data.searchOfferings.total).toBe(0);
    // What the price includes is reviewed with the price.
    const republished = await catalogue.gql(PUBLISH, { id: offeringId }, takamatsuReviewer);
    expect(republished.data.publishOffering).toMatchObject({ status: 'published', version: 6 });
    const includes = await catalogue.gql(UPDATE, { id: offeringId, input: publishedInput({ schedule, price: { ...price, includes: '弁当代のみ（配達料別）' } }) }, operatorA);
    expect(includes.data.updateOffering).toMatchObject({ status: 'submitted', version: 7 });
    expect((await catalogue.gql(PUBLISH, { id: offeringId }, takamatsuReviewer)).data.publishOffering.version).toBe(8);
  });

  it('renaming the organization re-publishes the snapshot with the new name → updated', async () => {
    const r = await catalogue.gql(UPDATE_ORG, { id: ORG_A, input: organizationInput('株式会社テストひだまり', '700110005901') }, operatorA);
    expect(r.errors).toBeUndefined();
    const o = await catalogue.gql(OFFERING, { id: offeringId });
    expect(o.data.offering).toMatchObject({ organizationName: '株式会社テストひだまり', version: 9 });
    const denied = await catalogue.gql(UPDATE_ORG, { id: ORG_A, input: organizationInput('乗っ取り', '700110005901') }, operatorB);
    expect(denied.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('withdrawing → catalogue.offering.withdrawn; the events on the topic carry versions 1…10 in order', async () => {
    const w = await catalogue.gql(WITHDRAW, { id: offeringId, note: '事業終了のため' }, operatorA);
    expect(w.data.withdrawOffering).toMatchObject({ status: 'withdrawn', version: 10 });
    const messages = await readTopic(kafka.connection('t2'), kafka.topicPrefix + Topics.catalogueOffering, 10);
    const events = messages.map((m) => JSON.parse(m.value!));
    expect(events.map((e) => [e.type.replace('catalogue.offering.', ''), e.data.version])).toEqual([
      ['published', 1],
      ['capacity-changed', 2],
      ['capacity-changed', 3],
      ['updated', 4],
      ['withdrawn', 5],
      ['published', 6],
      ['withdrawn', 7],
      ['published', 8],
      ['updated', 9],
      ['withdrawn', 10],
    ]);
    expect(events[1].data).toEqual({ offeringId, organizationId: ORG_A, version: 2, capacity: 'waitlist', capacityConfirmedAt: expect.stringMatching(/\+09:00$/) });
    expect(events[3].data.days).toEqual([2]);
    expect(events[8].data.organizationName).toBe('株式会社テストひだまり');
    expect(events[9].data).toEqual({ offeringId, organizationId: ORG_A, version: 10 });
  });

  it('every step is in the history with who, role, municipality and when; the public cannot read it', async () => {
    const h = await catalogue.gql(HISTORY, { id: offeringId }, operatorA);
    expect(h.errors).toBeUndefined();
    const steps = h.data.offering.history.map((e: Record<string, unknown>) => [e.action, e.actorId, e.role, e.municipalityCode, e.from, e.to]);
    expect(steps).toEqual([
      ['create', 'op-a', 'operator', null, null, 'draft'],
      ['edit', 'op-a', 'operator', null, 'draft', 'draft'],
      ['submit', 'op-a', 'operator', null, 'draft', 'submitted'],
      ['return', 'rv-takamatsu', 'municipal_reviewer', '37201', 'submitted', 'returned'],
      ['edit', 'op-a', 'operator', null, 'returned', 'draft'],
      ['submit', 'op-a', 'operator', null, 'draft', 'submitted'],
      ['publish', 'rv-utazu', 'municipal_reviewer', '37386', 'submitted', 'published'],
      ['edit', 'op-a', 'operator', null, 'published', 'published'],
      ['edit', 'op-a', 'operator', null, 'published', 'submitted'],
      ['publish', 'rv-takamatsu', 'municipal_reviewer', '37201', 'submitted', 'published'],
      ['edit', 'op-a', 'operator', null, 'published', 'submitted'],
      ['publish', 'rv-takamatsu', 'municipal_reviewer', '37201', 'submitted', 'published'],
      ['withdraw', 'op-a', 'operator', null, 'published', 'withdrawn'],
    ]);
    const history = h.data.offering.history;
    expect(history[3].reasons).toEqual([
      { path: '/disclosure/cancellationTerms', messageJa: '当日キャンセル時の料金を明記してください。', messageEn: 'State the fee for same-day cancellation.' },
    ]);
    expect(history[3].actorName).toBe('高松市 審査担当');
    expect(history[4].changedReviewedFields).toEqual(['/disclosure/cancellationTerms']);
    expect(history[8].changedReviewedFields).toEqual(['/price']);
    expect(history[10].changedReviewedFields).toEqual(['/price']);
    expect(history[12].note).toBe('事業終了のため');
    const times = history.map((e: { at: string }) => Date.parse(e.at));
    expect([...times].sort((a, b) => a - b)).toEqual(times);

    const reviewer = await catalogue.gql(HISTORY, { id: offeringId }, takamatsuReviewer);
    expect(reviewer.errors).toBeUndefined();
    const stranger = await catalogue.gql(HISTORY, { id: offeringId }, sakaideReviewer);
    expect(stranger.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });
});
