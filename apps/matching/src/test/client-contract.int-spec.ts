import { label } from '@sanpuku/kernel';
/**
 * Issue 9 for matching, against the real service (PostgreSQL, Kafka): status filters are enums,
 * limits are refused instead of clamped, an unknown municipality is NOT_FOUND, every code carries
 * its words, and every sentence a person reads — shortlist reasons, exclusions, placements,
 * referral history, provenance, error messages — is free of UUIDs, ISO timestamps and codes.
 */
import { admin, familyX, ORG_A, ORG_B, operatorA, operatorB, staffChiyoda } from '../access/actors.fixture';
import { anOffering, aRequestInput, failure, Harness, ok, publishOfferings, publishSegment, startMatching } from './matching.harness';

let h: Harness;
const mealsA = anOffering({ organizationId: ORG_A, title: '配食A 夕食お届け', organizationName: '株式会社A配食', base: { lat: 35.69, lng: 139.75 }, languages: ['ja', 'vi'] });
const mealsB = anOffering({ organizationId: ORG_B, title: '配食B 昼食', organizationName: '株式会社B', priceYen: 1500, priceUnit: 'per_visit', base: { lat: 35.7, lng: 139.8 } });
const fullOne = anOffering({ title: '満員の配食', organizationName: '株式会社満員', capacity: 'full' });
const careOnly = anOffering({ title: '要介護3以上の配食', organizationName: '株式会社介護', eligibleCareLevels: ['care_3', 'care_4', 'care_5'] });

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;
const ISO = /\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?/;
const SNAKE = /\b[a-z][a-z0-9]*_[a-z0-9_]+\b/;

/** Sentences that break the rule, with where they are. */
function offenders(sentences: Record<string, string | null | undefined>): string[] {
  return Object.entries(sentences)
    .filter(([, s]) => typeof s === 'string' && (UUID.test(s) || ISO.test(s) || SNAKE.test(s)))
    .map(([where, s]) => `${where}: ${s}`);
}

const SHORTLIST = /* GraphQL */ `
  query S($id: ID!) {
    helpRequest(id: $id) {
      id status statusLabelJa statusLabelEn ageBand ageBandLabelJa ageBandLabelEn careLevelBand careLevelBandLabelJa careLevelBandLabelEn
      livingSituation livingSituationLabelJa livingSituationLabelEn
      preferences { coverage coverageLabelJa coverageLabelEn preferredDays preferredDaysLabelJa preferredDaysLabelEn language languageLabelJa }
      marketSegment { sufficiency sufficiencyPercent }
      shortlist {
        disclaimerJa disclaimerEn distanceModel distanceModelLabelJa distanceModelLabelEn
        entries {
          offeringId bandId bandLabelJa bandLabelEn title organizationName coverage coverageLabelJa coverageLabelEn priceUnit priceUnitLabelJa priceUnitLabelEn
          capacity capacityLabelJa capacityLabelEn placementRule placementRuleLabelJa placementRuleLabelEn placementJa placementEn
          criteriaMet { filter filterLabelJa filterLabelEn code ja en }
          notes { filter filterLabelJa code ja en }
          scoreParts { part partLabelJa partLabelEn ja en }
        }
        excluded { offeringId organizationId title organizationName failed { filter filterLabelJa code ja en } }
      }
    }
  }`;

const REFERRAL_WORDS = /* GraphQL */ `
  allowedActions allowedActionsLabelJa allowedActionsLabelEn
  id status statusLabelJa statusLabelEn reasonCode reasonCodeLabelJa reasonCodeLabelEn disclosedItems disclosedItemsLabelJa disclosedItemsLabelEn
  detailsWithheldJa detailsWithheldEn
  history { action actionLabelJa actionLabelEn actorKind actorKindLabelJa from fromLabelJa fromLabelEn to toLabelJa toLabelEn reasonCode reasonCodeLabelJa reasonCodeLabelEn }
  provenance { statementJa statementEn }`;

beforeAll(async () => {
  h = await startMatching('contract');
  await publishOfferings(h, [mealsA, mealsB, fullOne, careOnly]);
  await publishSegment(h, '13101', 'A');
});
afterAll(() => h?.close());

let requestId: string;

describe('status filters are enums; limits are refused, not clamped', () => {
  beforeAll(async () => {
    requestId = (await ok(h, `mutation F($input: FileHelpRequestInput!) { fileHelpRequest(input: $input) { id } }`, { input: aRequestInput() }, familyX)).fileHelpRequest.id;
  });

  it('helpRequests.status-filter-is-an-enum: an unknown status is a validation error, a known one filters', async () => {
    const r = await h.svc.gql(`query { helpRequests(status: "opened") { id } }`, {}, familyX);
    expect(r.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const bogusEnum = await h.svc.gql(`query { helpRequests(status: opened) { id } }`, {}, familyX);
    expect(bogusEnum.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const open = await ok(h, `query { helpRequests(status: open) { id status } }`, {}, familyX);
    expect(open.helpRequests).toEqual([{ id: requestId, status: 'open' }]);
    const unmet = await ok(h, `query { helpRequests(status: unmet) { id } }`, {}, familyX);
    expect(unmet.helpRequests).toEqual([]);
  });

  it('referralInbox.status-filter-is-an-enum: free text no longer silently returns []', async () => {
    const r = await h.svc.gql(`query { referralInbox(status: "Requested") { id } }`, {}, operatorA);
    expect(r.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect((await ok(h, `query { referralInbox(status: requested) { id } }`, {}, operatorA)).referralInbox).toEqual([]);
  });

  it.each([
    ['helpRequests', `query L($n: Int) { helpRequests(limit: $n) { id } }`, familyX],
    ['referralInbox', `query L($n: Int) { referralInbox(limit: $n) { id } }`, operatorA],
  ])('%s.limit-out-of-range-is-bad-user-input naming /limit', async (_name, query, actor) => {
    for (const n of [-1, 0, 201]) {
      const e = await failure(h, query, { n }, actor);
      expect(e.code).toBe('BAD_USER_INPUT');
      expect(e.extensions.problems).toEqual([expect.objectContaining({ path: '/limit', code: n < 1 ? 'too_small' : 'too_big' })]);
      expect(e.message).toContain('1〜200');
    }
    // An absurd size is stopped earlier by the subgraph's own cost limit (the gateway's), before any resolver.
    const absurd = await failure(h, query, { n: 1_000_000 }, actor);
    expect(absurd.code).toBe('QUERY_TOO_COSTLY');
    expect(absurd.extensions).toMatchObject({ cost: 1_000_001, maxCost: 10_000 });
    await ok(h, query, { n: 200 }, actor);
  });

  it('helpRequest.next-candidates-limit-out-of-range-is-bad-user-input', async () => {
    const e = await failure(h, `query N($id: ID!) { helpRequest(id: $id) { nextCandidates(limit: 51) { offeringId } } }`, { id: requestId }, familyX);
    expect(e).toMatchObject({ code: 'BAD_USER_INPUT', extensions: expect.objectContaining({ field: '/limit' }) });
    const ok3 = await ok(h, `query N($id: ID!) { helpRequest(id: $id) { nextCandidates(limit: 1) { offeringId } } }`, { id: requestId }, familyX);
    expect(ok3.helpRequest.nextCandidates).toHaveLength(1);
  });
});

describe('an unknown municipality is NOT_FOUND, not an empty success', () => {
  it('unmetDemand.unknown-municipality-is-not-found', async () => {
    const e = await failure(h, `query { unmetDemand(municipalityCode: "99999") { cells { month } } }`, {}, admin);
    expect(e.code).toBe('NOT_FOUND');
    expect(e.message).toBe('市区町村が見つかりません（または閲覧できません）');
    await ok(h, `query { unmetDemand(municipalityCode: "13101") { cells { month } } }`, {}, admin);
  });

  it('neutralityReport.unknown-municipality-is-not-found', async () => {
    const q = `query N($m: String!) { neutralityReport(municipalityCode: $m, from: "2026-01-01T00:00:00Z", to: "2027-01-01T00:00:00Z") { totalEligible } }`;
    expect((await failure(h, q, { m: '99999' }, admin)).code).toBe('NOT_FOUND');
    expect((await ok(h, q, { m: '13101' }, staffChiyoda)).neutralityReport.totalEligible).toBeGreaterThanOrEqual(0);
  });
});

describe('every code has its words and no sentence carries a code, id or ISO time', () => {
  it('shortlist.sentences-and-labels-are-words: labels next to every code; excluded candidates by title and operator', async () => {
    const { helpRequest: r } = await ok(h, SHORTLIST, { id: requestId }, familyX);
    expect(r).toMatchObject({
      statusLabelJa: '対応中',
      statusLabelEn: 'Open',
      ageBandLabelJa: '80〜84歳',
      careLevelBandLabelJa: '要介護1〜2',
      livingSituationLabelJa: '独居',
      preferences: { coverageLabelJa: 'どちらでもよい', preferredDays: [1, 3, 5], preferredDaysLabelJa: ['月曜日', '水曜日', '金曜日'], preferredDaysLabelEn: ['Monday', 'Wednesday', 'Friday'] },
    });
    expect(r.marketSegment.sufficiencyPercent).toBe(Math.round(r.marketSegment.sufficiency * 100));
    const s = r.shortlist;
    expect(s.entries.length).toBe(2);
    const a = s.entries.find((e: { offeringId: string }) => e.offeringId === mealsA.offeringId);
    expect(a).toMatchObject({ priceUnitLabelJa: label('PriceUnit', 'per_visit').ja, capacityLabelJa: label('CapacityStatus', 'available').ja, coverageLabelJa: label('Coverage', 'not_covered').ja });
    expect(s.distanceModelLabelJa).toBe(label('DistanceModel', 'ellipsoid:WGS84').ja);
    for (const e of s.entries) expect(e.bandLabelJa).toBe(`第${e.bandId.slice(1)}得点帯`);
    expect(s.excluded).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ offeringId: fullOne.offeringId, title: '満員の配食', organizationName: '株式会社満員' }),
        expect.objectContaining({ offeringId: careOnly.offeringId, title: '要介護3以上の配食', organizationName: '株式会社介護' }),
      ]),
    );
    const sentences: Record<string, string> = { disclaimerJa: s.disclaimerJa, disclaimerEn: s.disclaimerEn };
    const labels: [string, string][] = [];
    s.entries.forEach((e: any, i: number) => {
      Object.assign(sentences, { [`entry${i}.placementJa`]: e.placementJa, [`entry${i}.placementEn`]: e.placementEn });
      for (const k of ['coverage', 'priceUnit', 'capacity', 'placementRule']) labels.push([e[k], e[`${k}LabelJa`]], [e[k], e[`${k}LabelEn`]]);
      [...e.criteriaMet, ...e.notes].forEach((o: any, j: number) => {
        Object.assign(sentences, { [`entry${i}.outcome${j}.ja`]: o.ja, [`entry${i}.outcome${j}.en`]: o.en });
        labels.push([o.filter, o.filterLabelJa]);
      });
      e.scoreParts.forEach((p: any, j: number) => {
        Object.assign(sentences, { [`entry${i}.part${j}.ja`]: p.ja, [`entry${i}.part${j}.en`]: p.en });
        labels.push([p.part, p.partLabelJa], [p.part, p.partLabelEn]);
      });
    });
    s.excluded.forEach((x: any, i: number) =>
      x.failed.forEach((o: any, j: number) => Object.assign(sentences, { [`excluded${i}.${j}.ja`]: o.ja, [`excluded${i}.${j}.en`]: o.en })),
    );
    expect(Object.keys(sentences).length).toBeGreaterThan(30);
    expect(offenders(sentences)).toEqual([]);
    for (const [code, words] of labels) {
      expect(words).toBeTruthy();
      if (SNAKE.test(code)) expect(words).not.toBe(code);
    }
  });

  it('referral.journey-sentences-are-words: history, reasons, provenance and error messages name things in words', async () => {
    await ok(
      h,
      `mutation C($input: RecordConsentInput!) { recordConsent(input: $input) { id } }`,
      {
        input: {
          requestId,
          dataItems: ['full_name', 'address', 'contact_phone', 'care_level'],
          recipientOrganizationIds: [ORG_A, ORG_B],
          given: { givenBy: 'family', givenByName: '山田 太郎', textVersion: 'provision-1' },
        },
      },
      familyX,
    );
    const create = `mutation R($input: CreateReferralInput!) { createReferral(input: $input) { ${REFERRAL_WORDS} } }`;
    const toA = (await ok(h, create, { input: { requestId, offeringId: mealsA.offeringId, disclosedItems: ['full_name', 'address', 'contact_phone'] } }, familyX)).createReferral;
    const toB = (await ok(h, create, { input: { requestId, offeringId: mealsB.offeringId, disclosedItems: ['full_name', 'care_level'] } }, familyX)).createReferral;
    expect(toB.disclosedItemsLabelJa).toEqual(['氏名', '要介護度（要配慮個人情報）']);
    const act = (m: string, reason = false) =>
      `mutation A($id: ID!${reason ? ', $reasonCode: String' : ''}) { ${m}(id: $id${reason ? ', reasonCode: $reasonCode' : ''}) { ${REFERRAL_WORDS} } }`;
    const accepted = (await ok(h, act('acceptReferral'), { id: toA.id }, operatorA)).acceptReferral;
    expect(accepted).toMatchObject({ allowedActions: ['start', 'hold'], allowedActionsLabelJa: ['提供開始', '保留'], allowedActionsLabelEn: ['Start', 'Put on hold'] });
    const rejected = (await ok(h, act('rejectReferral', true), { id: toB.id, reasonCode: 'no_capacity' }, operatorB)).rejectReferral;
    expect(rejected).toMatchObject({ status: 'rejected', statusLabelEn: 'Declined', reasonCode: 'no_capacity', reasonCodeLabelJa: '受け入れ枠がない', reasonCodeLabelEn: 'No capacity' });
    expect(rejected.history.at(-1)).toMatchObject({ action: 'reject', actionLabelJa: 'お断り', fromLabelJa: '依頼中', toLabelJa: 'お断り', toLabelEn: 'Declined', reasonCodeLabelJa: '受け入れ枠がない' });

    // Client mistakes: their messages too.
    const unknownReason = await failure(h, act('failReferral', true), { id: toA.id, reasonCode: 'made_up' }, operatorA);
    const wrongState = await failure(h, act('completeReferral'), { id: toA.id }, operatorA);
    const wrongRole = await failure(h, act('acceptReferral'), { id: toA.id }, familyX);
    const notFound = await failure(h, `query { referral(id: "00000000-0000-4000-8000-000000000000") { id } }`, {}, familyX);
    expect(wrongState.code).toBe('INVALID_TRANSITION');
    const madeUp = await failure(h, act('rejectReferral', true), { id: toA.id, reasonCode: 'made_up_reason' }, operatorA);

    const sentences: Record<string, string | null> = {
      'accepted.provenance.ja': accepted.provenance?.statementJa,
      'accepted.provenance.en': accepted.provenance?.statementEn,
      'rejected.withheldJa': rejected.detailsWithheldJa,
      'rejected.withheldEn': rejected.detailsWithheldEn,
    };
    for (const [name, e] of Object.entries({ unknownReason, wrongState, wrongRole, notFound, madeUp })) {
      sentences[`${name}.message`] = e.message;
      sentences[`${name}.messageEn`] = e.extensions.messageEn as string;
      for (const [i, p] of ((e.extensions.problems as { messageJa: string; messageEn: string }[]) ?? []).entries()) {
        sentences[`${name}.problem${i}.ja`] = p.messageJa;
        sentences[`${name}.problem${i}.en`] = p.messageEn;
      }
    }
    for (const r of [accepted, rejected]) {
      for (const [i, x] of r.history.entries()) {
        for (const k of ['actionLabelJa', 'actionLabelEn', 'actorKindLabelJa', 'fromLabelJa', 'toLabelJa', 'toLabelEn', 'reasonCodeLabelJa']) sentences[`${r.id}.h${i}.${k}`] = x[k];
      }
    }
    expect(accepted.provenance?.statementJa).toMatch(/\d{4}年\d{1,2}月\d{1,2}日/);
    expect(offenders(sentences)).toEqual([]);

    // The records of the journey carry the words of their codes too.
    await ok(h, `query R($id: ID!) { helpRequest(id: $id) { senior { fullName } } }`, { id: requestId }, familyX);
    const { helpRequest: records } = await ok(
      h,
      `query R($id: ID!) { helpRequest(id: $id) {
         provisionRecords { stage stageLabelJa stageLabelEn items itemsLabelJa itemsLabelEn }
         personalDataAccessLog { via viaLabelJa viaLabelEn items itemsLabelJa itemsLabelEn }
         consents { purpose purposeLabelJa givenBy givenByLabelJa dataItems dataItemsLabelJa method methodLabelJa } } }`,
      { id: requestId },
      familyX,
    );
    expect(records.provisionRecords.map((p: { stage: string; stageLabelJa: string }) => [p.stage, p.stageLabelJa])).toEqual(
      expect.arrayContaining([['pseudonymous_summary', '匿名化された概要（紹介の送信時）'], ['identified_details', '個人を特定できる情報（受諾時）']]),
    );
    expect(records.personalDataAccessLog.length).toBeGreaterThan(0);
    for (const list of [records.provisionRecords, records.personalDataAccessLog]) {
      for (const x of list) {
        expect(x.itemsLabelJa).toHaveLength(x.items.length);
        x.itemsLabelJa.forEach((w: string, i: number) => expect(w).not.toBe(x.items[i]));
        x.itemsLabelEn.forEach((w: string, i: number) => expect(w).not.toBe(x.items[i]));
      }
    }
    expect(records.personalDataAccessLog[0]).toMatchObject({ via: 'request_senior', viaLabelJa: '相談依頼のご本人情報の閲覧' });
    for (const c of records.consents) expect(c.dataItemsLabelJa).toHaveLength(c.dataItems.length);
  });
});

describe('client mistakes are never internal errors', () => {
  it.each([
    ['referral with a malformed id', `query { referral(id: "not-a-uuid") { id } }`, {}, familyX, 'NOT_FOUND'],
    ['helpRequest with a malformed id', `query { helpRequest(id: "42") { id } }`, {}, familyX, 'NOT_FOUND'],
    ['refreshShortlist with a malformed id', `mutation { refreshShortlist(requestId: "x") { id } }`, {}, familyX, 'NOT_FOUND'],
    ['acceptReferral with a malformed id', `mutation { acceptReferral(id: "x") { id } }`, {}, operatorA, 'NOT_FOUND'],
    ['withdrawConsent with a malformed id', `mutation { withdrawConsent(consentId: "x") { id } }`, {}, familyX, 'BAD_USER_INPUT'],
    ['createReferral with malformed ids', `mutation { createReferral(input: { requestId: "x", offeringId: "y", disclosedItems: ["full_name"] }) { id } }`, {}, familyX, 'BAD_USER_INPUT'],
    ['createReferral with an unknown data item', `mutation R($id: ID!) { createReferral(input: { requestId: $id, offeringId: "00000000-0000-4000-8000-000000000000", disclosedItems: ["blood_type"] }) { id } }`, { id: '00000000-0000-4000-8000-000000000001' }, familyX, 'BAD_USER_INPUT'],
    ['neutralityReport with to before from', `query { neutralityReport(municipalityCode: "13101", from: "2027-01-01T00:00:00Z", to: "2026-01-01T00:00:00Z") { totalEligible } }`, {}, admin, 'BAD_USER_INPUT'],
    ['unmetDemand with a malformed month', `query { unmetDemand(fromMonth: "2026-13") { minCellCount } }`, {}, admin, 'BAD_USER_INPUT'],
    ['consentText with an unknown version', `query { consentText(purpose: "acquisition", version: "v0") { version } }`, {}, familyX, 'BAD_USER_INPUT'],
    [
      'fileHelpRequest with a NUL byte in the notes',
      `mutation F($input: FileHelpRequestInput!) { fileHelpRequest(input: $input) { id } }`,
      { input: aRequestInput({ needsNote: 'a\u0000b' }) },
      familyX,
      'BAD_USER_INPUT',
    ],
  ])('contract.%s-is-a-client-error', async (_name, query, variables, actor, code) => {
    const e = await failure(h, query, variables, actor);
    expect(e.code).toBe(code);
    expect(e.message).not.toMatch(UUID);
  });
});

