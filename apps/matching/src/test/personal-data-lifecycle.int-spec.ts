/**
 * The lifecycle of a senior's own personal data (APPI, issue 13 item 6), through real PostgreSQL:
 * municipal staff (of the senior's municipality) or admins erase it on request (本人からの削除請求),
 * recorded without personal data, with the senior's consents withdrawn through the consent flow;
 * nobody else may; views then say 削除済み / erased; aggregates, shortlists' facts, provision
 * records and the access log stay; and a scheduled job erases the personal rows of seniors whose
 * requests closed longer ago than the retention period (by the database clock), recording its runs.
 */
import { admin, careManagerOffice1, familyX, ORG_A, operatorA, staffChiyoda, staffChuo } from '../access/actors.fixture';
import { PersonalDataErasureService } from '../privacy/personal-data-erasure.service';
import { actOn, anOffering, aRequestInput, CREATE_REFERRAL, failure, FILE_REQUEST, Harness, ok, publishOfferings, RECORD_CONSENT, REFERRAL, startMatching } from './matching.harness';

let h: Harness;
// Its care-level condition makes the shortlist's words name the senior's exact level (要介護2).
const meals = anOffering({ organizationId: ORG_A, title: '配食A', organizationName: '株式会社A配食', eligibleCareLevels: ['care_1', 'care_2', 'care_3'] });

const ERASE = /* GraphQL */ `
  mutation Erase($input: EraseSeniorPersonalDataInput!) {
    eraseSeniorPersonalData(input: $input) {
      id requestId municipalityCode kind kindLabelJa kindLabelEn reasonCode reasonCodeLabelJa reasonCodeLabelEn note byUserId byRole byRoleLabelJa
      requestsErased consentsWithdrawn erasedAt messageJa messageEn
    }
  }`;
const VIEW = /* GraphQL */ `
  query R($id: ID!) {
    helpRequest(id: $id) {
      id status municipalityCode ageBand careLevelBand careLevelBandLabelJa livingSituation needs townBlockCode lat lng personalDataErased
      senior { erased erasedAt erasedLabelJa erasedLabelEn fullName fullNameKana addressText contactPhone careLevel careLevelLabelJa careLevelLabelEn healthNotes needsNote }
      consents { id purpose givenBy givenByName withdrawnAt withdrawalReason personalDataErased }
      provisionRecords { id stage items recipientOrganizationId providedAt }
      personalDataAccessLog { id via items viewerUserId }
      personalDataErasure { kind kindLabelJa reasonCode reasonCodeLabelJa note byUserId byRole messageJa messageEn }
      shortlist { entries { offeringId position criteriaMet { filter code passed ja en } } excluded { offeringId failed { code ja en } } }
    }
  }`;
const PERSONAL_VALUES = ['山田', 'ヤマダ', '一番町', '03-1234-5678', '糖尿病', '夕食の配達', '要介護2', 'Care level 2'];
const mentions = (x: unknown): string[] => PERSONAL_VALUES.filter((v) => JSON.stringify(x).toLowerCase().includes(v.toLowerCase()));

async function fileWithReferral(): Promise<{ requestId: string; seniorId: string; referralId: string; consentId: string }> {
  const { fileHelpRequest } = await ok(h, FILE_REQUEST, { input: aRequestInput() }, familyX);
  const { recordConsent } = await ok(h, RECORD_CONSENT, {
    input: {
      requestId: fileHelpRequest.id,
      dataItems: ['full_name', 'address', 'contact_phone', 'care_level', 'health_notes'],
      recipientOrganizationIds: [ORG_A],
      given: { givenBy: 'family', givenByName: '山田 太郎', textVersion: 'provision-1' },
    },
  }, familyX);
  const { createReferral } = await ok(h, CREATE_REFERRAL, { input: { requestId: fileHelpRequest.id, offeringId: meals.offeringId, disclosedItems: ['full_name', 'address', 'care_level'] } }, familyX);
  const [{ senior_id }] = await h.ds.query(`SELECT senior_id FROM help_request WHERE id = $1`, [fileHelpRequest.id]);
  return { requestId: fileHelpRequest.id, seniorId: senior_id, referralId: createReferral.id, consentId: recordConsent.id };
}

/** A request nothing can serve (housework has no offering): recorded as unmet demand. */
async function fileUnmet(): Promise<{ requestId: string; seniorId: string }> {
  const { fileHelpRequest } = await ok(h, FILE_REQUEST, { input: aRequestInput({ needs: ['housework'] }) }, familyX);
  expect(fileHelpRequest.status).toBe('unmet');
  const [{ senior_id }] = await h.ds.query(`SELECT senior_id FROM help_request WHERE id = $1`, [fileHelpRequest.id]);
  return { requestId: fileHelpRequest.id, seniorId: senior_id };
}

const AGGREGATES = async () => {
  const from = new Date(Date.now() - 86_400_000).toISOString();
  const to = new Date(Date.now() + 86_400_000).toISOString();
  const { unmetDemand } = await ok(h, `query { unmetDemand(municipalityCode: "13101") { cells { category month suppressed count } } }`, {}, admin);
  const { neutralityReport } = await ok(
    h,
    `query N($from: DateTime!, $to: DateTime!) { neutralityReport(municipalityCode: "13101", from: $from, to: $to) { totalTopExposures totalEligible shortlistPositions operators { organizationId topExposures eligibleCount } } }`,
    { from, to },
    staffChiyoda,
  );
  const [tables] = await h.ds.query(
    `SELECT (SELECT count(*)::int FROM provision_record) AS provisions, (SELECT count(*)::int FROM exposure_record) AS exposures,
            (SELECT count(*)::int FROM shortlist_entry) AS entries, (SELECT count(*)::int FROM unmet_demand_record) AS unmet,
            (SELECT count(*)::int FROM personal_data_access) AS accesses`,
  );
  return { unmetDemand, neutralityReport, tables };
};

let a: Awaited<ReturnType<typeof fileWithReferral>>;
let b: Awaited<ReturnType<typeof fileUnmet>>;
let before: Awaited<ReturnType<typeof AGGREGATES>>;
let viewBefore: any;
let logBefore: unknown[];
const LOG = `query L($id: ID!) { helpRequest(id: $id) { personalDataAccessLog { id via items viewerUserId } } }`;

beforeAll(async () => {
  h = await startMatching('lifecycle', { unmetMinCellCount: 1, personalDataRetentionDays: 90 });
  await publishOfferings(h, [meals]);
  a = await fileWithReferral();
  b = await fileUnmet();
  // The operator saw the pseudonymous summary (a provision); the family viewed the senior (an access-log entry).
  await ok(h, REFERRAL, { id: a.referralId }, operatorA);
  viewBefore = (await ok(h, VIEW, { id: a.requestId }, familyX)).helpRequest;
  expect(viewBefore.senior.fullName).toBe('山田 花子');
  expect(mentions(viewBefore.shortlist)).toEqual(['要介護2', 'Care level 2']);
  // Listed in a query of its own: within one operation the log may resolve before the view appends to it.
  logBefore = (await ok(h, LOG, { id: a.requestId }, familyX)).helpRequest.personalDataAccessLog;
  expect(logBefore).toEqual([expect.objectContaining({ via: 'request_senior', viewerUserId: familyX.sub })]);
  before = await AGGREGATES();
});
afterAll(() => h?.close());

describe('erasure on request (本人からの削除請求)', () => {
  it('erasure.other-municipality-staff-and-families-are-forbidden', async () => {
    const input = { requestId: a.requestId, reasonCode: 'subject_request' };
    // Those who can see the request but may not erase are told so; those who cannot see it learn nothing.
    expect(await failure(h, ERASE, { input }, familyX)).toMatchObject({ code: 'FORBIDDEN', message: expect.stringContaining('市区町村の職員') });
    expect((await failure(h, ERASE, { input }, staffChuo)).code).toBe('NOT_FOUND');
    expect((await failure(h, ERASE, { input }, operatorA)).code).toBe('NOT_FOUND');
    expect((await failure(h, ERASE, { input }, careManagerOffice1)).code).toBe('NOT_FOUND');
    // Input limits: the note at most 500 characters, no control characters; the reason a closed list.
    const long = await failure(h, ERASE, { input: { ...input, note: 'あ'.repeat(501) } }, staffChiyoda);
    expect(long.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: '/input/note' });
    const ctl = await failure(h, ERASE, { input: { ...input, note: 'a\u0000b' } }, staffChiyoda);
    expect(ctl.extensions).toMatchObject({ code: 'BAD_USER_INPUT', problems: [expect.objectContaining({ path: '/input/note', code: 'control_character' })] });
    // The schedule's own reason is not one staff can give (not in the ErasureReason enum).
    expect((await failure(h, ERASE, { input: { ...input, reasonCode: 'retention_period_ended' } }, staffChiyoda)).code).toBe('BAD_USER_INPUT');

    const [s] = await h.ds.query(`SELECT full_name, erased_at FROM senior WHERE id = $1`, [a.seniorId]);
    expect(s).toEqual({ full_name: '山田 花子', erased_at: null });
    expect(await h.ds.query(`SELECT 1 FROM personal_data_erasure`)).toEqual([]);
  });

  it('erasure.municipal-staff-erases-on-request-and-it-is-recorded', async () => {
    const { eraseSeniorPersonalData: e } = await ok(h, ERASE, { input: { requestId: a.requestId, reasonCode: 'subject_request', note: '受付番号 第123号' } }, staffChiyoda);
    expect(e).toMatchObject({
      requestId: a.requestId,
      municipalityCode: '13101',
      kind: 'on_request',
      kindLabelJa: '請求による削除',
      kindLabelEn: 'On request',
      reasonCode: 'subject_request',
      reasonCodeLabelJa: '本人からの削除請求',
      reasonCodeLabelEn: 'The senior asked for erasure',
      note: '受付番号 第123号',
      byUserId: staffChiyoda.sub,
      byRole: 'municipal_staff',
      byRoleLabelJa: '自治体職員',
      requestsErased: 1,
      // The acquisition consent given at filing and the provision consent.
      consentsWithdrawn: 2,
    });
    expect(e.messageJa).toContain('削除しました');
    for (const m of [e.messageJa, e.messageEn]) {
      expect(m).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/i);
      expect(m).not.toMatch(/\d{4}-\d{2}-\d{2}T/);
      expect(m).not.toMatch(/\b[a-z]+_[a-z_]+\b/);
    }

    // The personal rows: identity NULL, care details gone, location cleared, the giver's name cleared.
    expect(await h.ds.query(`SELECT full_name, full_name_kana, address_text, contact_phone, erased_at IS NOT NULL AS erased FROM senior WHERE id = $1`, [a.seniorId])).toEqual([
      { full_name: null, full_name_kana: null, address_text: null, contact_phone: null, erased: true },
    ]);
    expect(await h.ds.query(`SELECT 1 FROM help_request_sensitive WHERE request_id = $1`, [a.requestId])).toEqual([]);
    expect(await h.ds.query(`SELECT town_block_code, location_lat, location_lng FROM help_request WHERE id = $1`, [a.requestId])).toEqual([
      { town_block_code: null, location_lat: null, location_lng: null },
    ]);
    expect(await h.ds.query(`SELECT given_by_name, withdrawn_at IS NOT NULL AS withdrawn, withdrawn_by_user_id FROM consent WHERE senior_id = $1 ORDER BY recorded_at`, [a.seniorId])).toEqual([
      { given_by_name: null, withdrawn: true, withdrawn_by_user_id: staffChiyoda.sub },
      { given_by_name: null, withdrawn: true, withdrawn_by_user_id: staffChiyoda.sub },
    ]);

    // The referral still waiting under the consent was cancelled through the consent flow.
    const [ref] = await h.ds.query(`SELECT status, reason_code FROM referral WHERE id = $1`, [a.referralId]);
    expect(ref).toEqual({ status: 'cancelled', reason_code: 'consent_withdrawn' });
    const [last] = await h.ds.query(`SELECT action, actor_user_id, to_status FROM referral_history WHERE referral_id = $1 ORDER BY version DESC LIMIT 1`, [a.referralId]);
    expect(last).toEqual({ action: 'cancel', actor_user_id: staffChiyoda.sub, to_status: 'cancelled' });

    // The record: who, when, why, which request and senior — and no personal data; append-only.
    const records = await h.ds.query(`SELECT * FROM personal_data_erasure`);
    expect(records).toEqual([
      expect.objectContaining({ senior_id: a.seniorId, request_id: a.requestId, municipality_code: '13101', kind: 'on_request', reason_code: 'subject_request', by_user_id: staffChiyoda.sub, by_role: 'municipal_staff', run_id: null }),
    ]);
    expect(mentions(records)).toEqual([]);
    for (const sql of [`UPDATE personal_data_erasure SET reason_code = 'other'`, `DELETE FROM personal_data_erasure`, `TRUNCATE personal_data_erasure`]) {
      await expect(h.ds.query(sql)).rejects.toThrow(/append-only/);
    }
    // Events carry ids and codes only.
    const events = await h.ds.query(`SELECT envelope FROM outbox`);
    expect(events.length).toBeGreaterThan(0);
    expect(mentions(events)).toEqual([]);

    // Once erased, twice is a conflict of state, not a second record.
    const again = await failure(h, ERASE, { input: { requestId: a.requestId, reasonCode: 'subject_request' } }, admin);
    expect(again).toMatchObject({ code: 'INVALID_TRANSITION', extensions: expect.objectContaining({ currentStatus: 'personal_data_erased' }) });
    expect(await h.ds.query(`SELECT count(*)::int AS n FROM personal_data_erasure`)).toEqual([{ n: 1 }]);
  });

  it('erasure.views-show-erased-not-the-data', async () => {
    const { helpRequest: v } = await ok(h, VIEW, { id: a.requestId }, familyX);
    expect(v.senior).toEqual({
      erased: true,
      erasedAt: expect.any(String),
      erasedLabelJa: '削除済み',
      erasedLabelEn: 'erased',
      fullName: '削除済み',
      fullNameKana: null,
      addressText: '削除済み',
      contactPhone: null,
      careLevel: 'erased',
      careLevelLabelJa: '削除済み',
      careLevelLabelEn: 'erased',
      healthNotes: null,
      needsNote: null,
    });
    expect(v.consents.map((c: { givenByName: string; personalDataErased: boolean }) => [c.givenByName, c.personalDataErased])).toEqual([
      ['削除済み', true],
      ['削除済み', true],
    ]);
    expect(v).toMatchObject({ personalDataErased: true, townBlockCode: null, lat: null, lng: null });
    // The family learns when and why; the staff's note and user id stay with staff.
    expect(v.personalDataErasure).toMatchObject({ kind: 'on_request', reasonCode: 'subject_request', reasonCodeLabelJa: '本人からの削除請求', note: null, byUserId: null, byRole: 'municipal_staff' });
    const { helpRequest: staffView } = await ok(h, VIEW, { id: a.requestId }, staffChiyoda);
    expect(staffView.personalDataErasure).toMatchObject({ note: '受付番号 第123号', byUserId: staffChiyoda.sub });
    // Nothing of the senior is left anywhere in the view: not in the shortlist's words either.
    expect(mentions(v)).toEqual([]);
    const careOutcome = v.shortlist.entries[0].criteriaMet.find((c: { filter: string }) => c.filter === 'care_level');
    expect(careOutcome).toMatchObject({ passed: true, code: expect.stringMatching(/^care_level_/), ja: expect.stringContaining('削除済み') });

    // The access log keeps working: the earlier view is listed, the erased view adds nothing (nothing personal was shown).
    expect((await ok(h, LOG, { id: a.requestId }, familyX)).helpRequest.personalDataAccessLog).toEqual(logBefore);

    // The operator sees no details (nothing is left, and the consent was withdrawn).
    const { referral } = await ok(h, REFERRAL, { id: a.referralId }, operatorA);
    expect(referral).toMatchObject({ status: 'cancelled', details: null });
    expect(mentions(referral)).toEqual([]);

    // Nothing more is done with an erased request.
    for (const [q, vars] of [
      [`mutation S($id: ID!) { refreshShortlist(requestId: $id) { id } }`, { id: a.requestId }],
      [RECORD_CONSENT, { input: { requestId: a.requestId, dataItems: ['full_name'], recipientOrganizationIds: [ORG_A], given: { givenBy: 'self', textVersion: 'provision-1' } } }],
    ] as const) {
      expect(await failure(h, q, vars, familyX)).toMatchObject({ code: 'INVALID_TRANSITION', message: expect.stringContaining('削除済み') });
    }
  });

  it('erasure.aggregates-stay-intact', async () => {
    // The unmet request's senior is erased by an admin as well.
    await ok(h, ERASE, { input: { requestId: b.requestId, reasonCode: 'representative_request' } }, admin);
    const after = await AGGREGATES();
    expect(after.unmetDemand).toEqual(before.unmetDemand);
    expect(after.unmetDemand.cells).toEqual(expect.arrayContaining([expect.objectContaining({ category: 'housework', count: 1 })]));
    expect(after.neutralityReport).toEqual(before.neutralityReport);
    expect(after.neutralityReport.totalTopExposures).toBeGreaterThan(0);
    expect(after.tables).toEqual(before.tables);
    // The request keeps its non-personal facts, the provision records their meaning (what, to whom, when).
    const { helpRequest: v } = await ok(h, VIEW, { id: a.requestId }, staffChiyoda);
    for (const k of ['status', 'municipalityCode', 'ageBand', 'careLevelBand', 'careLevelBandLabelJa', 'livingSituation', 'needs']) expect(v[k]).toEqual(viewBefore[k]);
    expect(v.provisionRecords).toEqual(viewBefore.provisionRecords);
    expect(v.provisionRecords).toEqual([expect.objectContaining({ stage: 'pseudonymous_summary', recipientOrganizationId: ORG_A })]);
    expect(v.shortlist.entries.map((e: { offeringId: string; position: number }) => [e.offeringId, e.position])).toEqual(
      viewBefore.shortlist.entries.map((e: { offeringId: string; position: number }) => [e.offeringId, e.position]),
    );
  });
});

describe('erasure on schedule after the requests close', () => {
  const svc = () => h.svc.app.get(PersonalDataErasureService);
  /** Moves a request's last change (and its referrals') back by `days` on the database clock. */
  const closedDaysAgo = (requestId: string, days: number) =>
    Promise.all([
      h.ds.query(`UPDATE help_request SET updated_at = now() - make_interval(days => $2) WHERE id = $1`, [requestId, days]),
      h.ds.query(`UPDATE referral SET status_since = now() - make_interval(days => $2) WHERE request_id = $1`, [requestId, days]),
    ]);
  const erased = async (seniorId: string) => (await h.ds.query(`SELECT erased_at IS NOT NULL AS e FROM senior WHERE id = $1`, [seniorId]))[0].e as boolean;
  let fulfilled: Awaited<ReturnType<typeof fileWithReferral>>;
  let recentUnmet: Awaited<ReturnType<typeof fileUnmet>>;
  let oldOpen: Awaited<ReturnType<typeof fileWithReferral>>;
  let provisionsBefore: unknown[];

  it('retention.personal-rows-are-erased-after-the-schedule-and-provision-records-stay', async () => {
    // Fulfilled: accepted (the details provided, provenance confirmed), started, completed; closed 91 days ago.
    fulfilled = await fileWithReferral();
    await ok(h, actOn('acceptReferral'), { id: fulfilled.referralId }, operatorA);
    await ok(h, actOn('startReferral'), { id: fulfilled.referralId }, operatorA);
    await ok(h, actOn('completeReferral'), { id: fulfilled.referralId }, operatorA);
    await closedDaysAgo(fulfilled.requestId, 91);
    // Unmet only 30 days ago: kept. Open (its referral still waiting) for 200 days: not closed, kept.
    recentUnmet = await fileUnmet();
    await closedDaysAgo(recentUnmet.requestId, 30);
    oldOpen = await fileWithReferral();
    await closedDaysAgo(oldOpen.requestId, 200);
    provisionsBefore = (await ok(h, VIEW, { id: fulfilled.requestId }, familyX)).helpRequest.provisionRecords;
    expect(provisionsBefore.map((p: any) => p.stage).sort()).toEqual(['identified_details', 'pseudonymous_summary']);

    const run = await svc().eraseExpired();
    expect(run).toMatchObject({ retentionDays: 90, byUserId: 'personal-data-retention', byRole: 'system', seniorsErased: 1 });
    const [{ cutoff }] = await h.ds.query(`SELECT now() - interval '90 days' AS cutoff`);
    expect(Math.abs(run.cutoff.getTime() - cutoff.getTime())).toBeLessThan(60_000);
    expect([await erased(fulfilled.seniorId), await erased(recentUnmet.seniorId), await erased(oldOpen.seniorId)]).toEqual([true, false, false]);

    // The provision records (and the provenance behind the details provision) keep their 3 years and their meaning.
    const { helpRequest: v } = await ok(h, VIEW, { id: fulfilled.requestId }, familyX);
    expect(v.provisionRecords).toEqual(provisionsBefore);
    expect(v.senior).toMatchObject({ erased: true, fullName: '削除済み' });
    expect(v.status).toBe('fulfilled');
    expect(await h.ds.query(`SELECT count(*)::int AS n FROM provenance_confirmation WHERE referral_id = $1`, [fulfilled.referralId])).toEqual([{ n: 1 }]);
    // The accepting operator's view: the provenance stays, the details are gone.
    const { referral } = await ok(h, `query R($id: ID!) { referral(id: $id) { status details { fullName } provenance { consentGivenBy statementJa } } }`, { id: fulfilled.referralId }, operatorA);
    expect(referral).toMatchObject({ status: 'completed', details: null, provenance: { consentGivenBy: 'family' } });
    expect(mentions(referral)).toEqual([]);

    // The run and the senior's erasure are recorded (no staff, no request named, no consent withdrawn).
    expect(await h.ds.query(`SELECT retention_days, by_user_id, by_role, seniors_erased FROM personal_data_erasure_run`)).toEqual([
      { retention_days: 90, by_user_id: 'personal-data-retention', by_role: 'system', seniors_erased: 1 },
    ]);
    expect(await h.ds.query(`SELECT kind, reason_code, request_id, run_id IS NOT NULL AS has_run, consents_withdrawn, requests_erased FROM personal_data_erasure WHERE senior_id = $1`, [fulfilled.seniorId])).toEqual([
      { kind: 'scheduled', reason_code: 'retention_period_ended', request_id: null, has_run: true, consents_withdrawn: 0, requests_erased: 1 },
    ]);
    const { helpRequest: family } = await ok(h, VIEW, { id: fulfilled.requestId }, familyX);
    expect(family.personalDataErasure).toMatchObject({ kind: 'scheduled', kindLabelJa: '保存期間経過による自動削除', reasonCodeLabelJa: '保存期間の経過' });
    // The schedule withdrew nothing; the family may still withdraw afterwards, and no free text is kept then.
    const { withdrawConsent } = await ok(h, `mutation W($id: ID!, $reason: String) { withdrawConsent(consentId: $id, reason: $reason) { withdrawnAt withdrawalReason givenByName personalDataErased } }`, { id: fulfilled.consentId, reason: '山田 太郎の希望により' }, familyX);
    expect(withdrawConsent).toEqual({ withdrawnAt: expect.any(String), withdrawalReason: null, givenByName: '削除済み', personalDataErased: true });
  });

  it('retention.concurrent-runs-are-serialised-and-every-run-is-recorded', async () => {
    await closedDaysAgo(recentUnmet.requestId, 120);
    const runs = await Promise.all([svc().eraseExpired(), svc().eraseExpired()]);
    expect(runs.map((r) => r.seniorsErased).sort()).toEqual([0, 1]);
    expect(await erased(recentUnmet.seniorId)).toBe(true);
    expect(await erased(oldOpen.seniorId)).toBe(false);
    expect(await h.ds.query(`SELECT count(*)::int AS n FROM personal_data_erasure WHERE senior_id = $1`, [recentUnmet.seniorId])).toEqual([{ n: 1 }]);
    expect(await h.ds.query(`SELECT count(*)::int AS n FROM personal_data_erasure_run`)).toEqual([{ n: 3 }]);
    for (const sql of [`UPDATE personal_data_erasure_run SET seniors_erased = 0`, `DELETE FROM personal_data_erasure_run`, `TRUNCATE personal_data_erasure_run CASCADE`]) {
      await expect(h.ds.query(sql)).rejects.toThrow(/append-only/);
    }
  });
});

describe('after erasure', () => {
  it('erasure.erased-requests-are-not-matched-again', async () => {
    const kept = await fileUnmet();
    const noticesOf = async (requestId: string) => (await h.ds.query(`SELECT kind FROM request_notice WHERE request_id = $1 ORDER BY id`, [requestId])).map((n: { kind: string }) => n.kind);
    const erasedBefore = await noticesOf(b.requestId);
    const [{ rounds: roundsBefore }] = await h.ds.query(`SELECT count(*)::int AS rounds FROM shortlist WHERE request_id = $1`, [b.requestId]);
    // A housework offering is published: the unmet request still holding its senior's data is matched again, the erased one is not.
    await publishOfferings(h, [anOffering({ organizationId: ORG_A, title: '家事支援A', organizationName: '株式会社A家事', categories: ['housework'] })]);
    expect(await noticesOf(kept.requestId)).toEqual(['rematched']);
    expect(await noticesOf(b.requestId)).toEqual(erasedBefore);
    expect(await h.ds.query(`SELECT count(*)::int AS rounds FROM shortlist WHERE request_id = $1`, [b.requestId])).toEqual([{ rounds: roundsBefore }]);
  });
});
