/**
 * The APPI records around a disclosure, through real PostgreSQL: every view of a senior's personal
 * details is logged (who, which referral or request, which items, when) and listed to the
 * senior's side with the provision records; on acceptance the operator's confirmation of
 * provenance (Art. 30) is recorded with the details provision and shown with the details; and
 * after 3 years the records leave only through the audited retention purge.
 */
import { familyX, ORG_A, operatorA, operatorB, staffChiyoda } from '../access/actors.fixture';
import { RetentionService } from '../privacy/retention.service';
import { anOffering, aRequestInput, CREATE_REFERRAL, failure, FILE_REQUEST, Harness, ok, publishOfferings, RECORD_CONSENT, startMatching } from './matching.harness';

let h: Harness;
const meals = anOffering({ organizationId: ORG_A, title: '配食A', organizationName: '株式会社A配食' });
let requestId: string;
let seniorId: string;
let referralId: string;
let consentId: string;
/** The family agrees on screen: the server's time of that agreement (read back after recording). */
let consentObtainedAt: Date;

const PROVENANCE = `provenance {
  provisionRecordId referralId recipientOrganizationId items providerRole providerRoleJa providerOfficeId providerUserId consentId consentGivenBy
  consentObtainedByRole consentObtainedByUserId consentObtainedAt acquisitionConsentObtainedAt confirmedByUserId confirmedAt statementJa statementEn }`;
const WITH_DETAILS = `id status details { items fullName addressText careLevel healthNotes } ${PROVENANCE}`;
const REFERRAL = (fields: string) => `query R($id: ID!) { referral(id: $id) { ${fields} } }`;
const LOG = `SELECT via, referral_id, items, viewer_user_id, viewer_role, viewer_organization_id, operation_type FROM personal_data_access ORDER BY id`;

beforeAll(async () => {
  h = await startMatching('privacy');
  await publishOfferings(h, [meals]);
  const { fileHelpRequest } = await ok(h, FILE_REQUEST, { input: aRequestInput() }, familyX);
  requestId = fileHelpRequest.id;
  [{ senior_id: seniorId }] = await h.ds.query(`SELECT senior_id FROM help_request WHERE id = $1`, [requestId]);
  const { recordConsent } = await ok(h, RECORD_CONSENT, {
    input: {
      requestId,
      dataItems: ['full_name', 'address', 'contact_phone', 'care_level', 'health_notes'],
      recipientOrganizationIds: [ORG_A],
      given: { givenBy: 'family', givenByName: '山田 太郎', textVersion: 'provision-1' },
    },
  }, familyX);
  consentId = recordConsent.id;
  [{ obtained_at: consentObtainedAt }] = await h.ds.query(`SELECT obtained_at FROM consent WHERE id = $1`, [consentId]);
  expect(Math.abs(consentObtainedAt.getTime() - Date.now())).toBeLessThan(60_000);
  const { createReferral } = await ok(h, CREATE_REFERRAL, { input: { requestId, offeringId: meals.offeringId, disclosedItems: ['full_name', 'address', 'care_level'] } }, familyX);
  referralId = createReferral.id;
});
afterAll(() => h?.close());

describe('access log of personal details', () => {
  it('before acceptance the operator sees no details and no provenance, and nothing is logged', async () => {
    const { referral } = await ok(h, REFERRAL(WITH_DETAILS), { id: referralId }, operatorA);
    expect(referral).toMatchObject({ status: 'requested', details: null, provenance: null });
    expect(await h.ds.query(LOG)).toEqual([]);
  });

  it('accepting records the provenance with the details provision and shows it to the operator with the details', async () => {
    const { acceptReferral: r } = await ok(h, `mutation A($id: ID!) { acceptReferral(id: $id) { ${WITH_DETAILS} } }`, { id: referralId }, operatorA);
    expect(r.details).toEqual({ items: ['full_name', 'address', 'care_level'], fullName: '山田 花子', addressText: '東京都千代田区一番町1-1 サンプルハイツ101', careLevel: 'care_2', healthNotes: null });
    const [provision] = await h.ds.query(`SELECT id::text AS id FROM provision_record WHERE referral_id = $1 AND stage = 'identified_details'`, [referralId]);
    expect(r.provenance).toEqual({
      provisionRecordId: provision.id,
      referralId,
      recipientOrganizationId: ORG_A,
      items: ['full_name', 'address', 'care_level'],
      providerRole: 'family',
      providerRoleJa: 'ご家族',
      providerOfficeId: null,
      // The operator does not learn requester-side user ids (they are in the record).
      providerUserId: null,
      consentId,
      consentGivenBy: 'family',
      consentObtainedByRole: 'family',
      consentObtainedByUserId: null,
      consentObtainedAt: consentObtainedAt.toISOString(),
      acquisitionConsentObtainedAt: expect.any(String),
      confirmedByUserId: operatorA.sub,
      confirmedAt: expect.any(String),
      statementJa: expect.stringContaining('本人の同意に基づき'),
      statementEn: expect.stringContaining("under the senior's consent"),
    });
    expect(r.provenance.statementJa).toContain('家族（本人に代わって）');
    const [row] = await h.ds.query(`SELECT provider_user_id, consent_obtained_by_user_id, consent_given_by, confirmed_by_user_id FROM provenance_confirmation WHERE provision_record_id = $1`, [provision.id]);
    expect(row).toEqual({ provider_user_id: familyX.sub, consent_obtained_by_user_id: familyX.sub, consent_given_by: 'family', confirmed_by_user_id: operatorA.sub });
  });

  it('the acceptance that showed the details was logged: who, which referral, the items shown (not the undisclosed health notes), when', async () => {
    expect(await h.ds.query(LOG)).toEqual([
      { via: 'referral_details', referral_id: referralId, items: ['full_name', 'address', 'care_level'], viewer_user_id: operatorA.sub, viewer_role: 'operator', viewer_organization_id: ORG_A, operation_type: 'mutation' },
    ]);
  });

  it('each later view is logged with exactly the items it selected; a view without personal fields is not', async () => {
    await ok(h, REFERRAL('details { fullName }'), { id: referralId }, operatorA);
    await ok(h, REFERRAL('id status details { items }'), { id: referralId }, operatorA);
    await ok(h, REFERRAL(`id ${PROVENANCE}`), { id: referralId }, operatorA);
    await ok(h, `query { referralInbox { id details { items } } }`, {}, operatorA);
    const log = await h.ds.query(LOG);
    expect(log).toHaveLength(2);
    expect(log[1]).toMatchObject({ items: ['full_name'], operation_type: 'query', viewer_user_id: operatorA.sub });
  });

  it('the requester side’s views of the senior’s details are logged too', async () => {
    await ok(h, `query R($id: ID!) { helpRequest(id: $id) { senior { fullName healthNotes } } }`, { id: requestId }, staffChiyoda);
    await ok(h, `query R($id: ID!) { helpRequest(id: $id) { senior { seniorId } } }`, { id: requestId }, familyX);
    const log = await h.ds.query(LOG);
    expect(log).toHaveLength(3);
    expect(log[2]).toEqual({ via: 'request_senior', referral_id: null, items: ['full_name', 'health_notes'], viewer_user_id: staffChiyoda.sub, viewer_role: 'municipal_staff', viewer_organization_id: null, operation_type: 'query' });
  });

  it('the senior’s side lists the access log together with the provision records and their provenance; operators do not', async () => {
    const q = `query R($id: ID!) { helpRequest(id: $id) {
      provisionRecords { id stage items provenance { providerUserId consentObtainedByUserId consentId confirmedByUserId } }
      personalDataAccessLog { id accessedAt viewerUserId viewerRole viewerOrganizationId via referralId items operationType } } }`;
    const { helpRequest } = await ok(h, q, { id: requestId }, familyX);
    expect(helpRequest.provisionRecords.map((p: { stage: string; provenance: unknown }) => [p.stage, p.provenance])).toEqual([
      ['pseudonymous_summary', null],
      ['identified_details', { providerUserId: familyX.sub, consentObtainedByUserId: familyX.sub, consentId, confirmedByUserId: operatorA.sub }],
    ]);
    expect(helpRequest.personalDataAccessLog.map((e: { viewerUserId: string; via: string; items: string[]; operationType: string }) => [e.viewerUserId, e.via, e.items, e.operationType])).toEqual([
      [operatorA.sub, 'referral_details', ['full_name', 'address', 'care_level'], 'mutation'],
      [operatorA.sub, 'referral_details', ['full_name'], 'query'],
      [staffChiyoda.sub, 'request_senior', ['full_name', 'health_notes'], 'query'],
    ]);
    expect(helpRequest.personalDataAccessLog[0]).toMatchObject({ viewerRole: 'operator', viewerOrganizationId: ORG_A, referralId });
    for (const op of [operatorA, operatorB]) expect((await failure(h, q, { id: requestId }, op)).code).toBe('NOT_FOUND');
  });

  it('after a withdrawal the operator sees no details (nothing logged) but keeps its provenance record', async () => {
    await ok(h, `mutation W($id: ID!) { withdrawConsent(consentId: $id) { withdrawnAt } }`, { id: consentId }, familyX);
    const before = (await h.ds.query(LOG)).length;
    const { referral } = await ok(h, REFERRAL(`details { fullName } detailsWithheldJa ${PROVENANCE}`), { id: referralId }, operatorA);
    expect(referral.details).toBeNull();
    expect(referral.detailsWithheldJa).toContain('撤回');
    expect(referral.provenance.consentId).toBe(consentId);
    expect(await h.ds.query(LOG)).toHaveLength(before);
  });

  it('the access log and the provenance confirmations are append-only', async () => {
    for (const sql of [
      `UPDATE personal_data_access SET items = '{address}'`,
      `DELETE FROM personal_data_access`,
      `TRUNCATE personal_data_access`,
      `UPDATE provenance_confirmation SET consent_given_by = 'self'`,
      `DELETE FROM provenance_confirmation`,
      `TRUNCATE provenance_confirmation CASCADE`,
    ]) {
      await expect(h.ds.query(sql)).rejects.toThrow(/append-only/);
    }
  });
});

describe('retention: 3 years, then purged through the audited path only', () => {
  const DAY = 86_400_000;
  const threeYearsAgo = () => {
    const d = new Date();
    d.setUTCFullYear(d.getUTCFullYear() - 3);
    return d;
  };
  const old = () => new Date(threeYearsAgo().getTime() - DAY);
  const young = () => new Date(threeYearsAgo().getTime() + DAY);
  const ids: Record<string, string> = {};

  /** Copies of today's rows with a chosen date (seeded directly; INSERT is what append-only allows). */
  async function provision(at: Date): Promise<string> {
    const [r] = await h.ds.query(
      `INSERT INTO provision_record (referral_id, request_id, senior_id, consent_id, recipient_organization_id, offering_id, stage, items, provided_at, provided_by_user_id)
       SELECT referral_id, request_id, senior_id, consent_id, recipient_organization_id, offering_id, stage, items, $2, provided_by_user_id
         FROM provision_record WHERE referral_id = $1 AND stage = 'identified_details' ORDER BY id LIMIT 1 RETURNING id::text AS id`,
      [referralId, at],
    );
    return r.id;
  }
  async function provenance(provisionId: string, at: Date): Promise<string> {
    const [r] = await h.ds.query(
      `INSERT INTO provenance_confirmation (provision_record_id, referral_id, senior_id, recipient_organization_id, items, provider_user_id, provider_role, provider_office_id,
                                            consent_id, consent_given_by, consent_obtained_by_user_id, consent_obtained_by_role, consent_obtained_at, confirmed_by_user_id, confirmed_at)
       SELECT $2, referral_id, senior_id, recipient_organization_id, items, provider_user_id, provider_role, provider_office_id,
              consent_id, consent_given_by, consent_obtained_by_user_id, consent_obtained_by_role, consent_obtained_at, confirmed_by_user_id, $3
         FROM provenance_confirmation WHERE referral_id = $1 ORDER BY id LIMIT 1 RETURNING id::text AS id`,
      [referralId, provisionId, at],
    );
    return r.id;
  }
  async function access(at: Date): Promise<string> {
    const [r] = await h.ds.query(
      `INSERT INTO personal_data_access (senior_id, request_id, referral_id, via, items, viewer_user_id, viewer_role, viewer_organization_id, operation_type, accessed_at)
       VALUES ($1, $2, $3, 'referral_details', '{full_name}', 'op-a', 'operator', $4, 'query', $5) RETURNING id::text AS id`,
      [seniorId, requestId, referralId, ORG_A, at],
    );
    return r.id;
  }
  const exists = async (table: string, id: string) => (await h.ds.query(`SELECT 1 FROM ${table} WHERE id = $1`, [id])).length === 1;

  it('seeds records on both sides of the 3-year line', async () => {
    ids.oldProvision = await provision(old());
    ids.oldConfirmedProvision = await provision(old());
    ids.oldProvenance = await provenance(ids.oldConfirmedProvision, old());
    // A provision past retention whose confirmation is not (yet) stays until both are.
    ids.oldProvisionYoungProvenance = await provision(old());
    ids.youngProvenance = await provenance(ids.oldProvisionYoungProvenance, young());
    ids.youngProvision = await provision(young());
    ids.oldAccess = await access(old());
    ids.youngAccess = await access(young());
  });

  it('outside the purge nothing can be deleted, however old; inside a session that turns the switch on by hand, nothing younger than 3 years', async () => {
    await expect(h.ds.query(`DELETE FROM provision_record WHERE id = $1`, [ids.oldProvision])).rejects.toThrow(/append-only/);
    await expect(h.ds.query(`DELETE FROM personal_data_access WHERE id = $1`, [ids.oldAccess])).rejects.toThrow(/append-only/);
    await expect(
      h.ds.transaction(async (m) => {
        await m.query(`SELECT set_config('matching.retention_purge', 'on', true)`);
        await m.query(`DELETE FROM provision_record WHERE id = $1`, [ids.youngProvision]);
      }),
    ).rejects.toThrow(/within its retention period/);
    await expect(
      h.ds.transaction(async (m) => {
        await m.query(`SELECT set_config('matching.retention_purge', 'on', true)`);
        await m.query(`UPDATE provision_record SET items = '{full_name}' WHERE id = $1`, [ids.oldProvision]);
      }),
    ).rejects.toThrow(/append-only/);
    for (const id of [ids.oldProvision, ids.youngProvision]) expect(await exists('provision_record', id)).toBe(true);
  });

  it('the purge removes exactly the rows past retention and records itself', async () => {
    const counts = async () =>
      (
        await h.ds.query(
          `SELECT (SELECT count(*)::int FROM provision_record) AS p, (SELECT count(*)::int FROM provenance_confirmation) AS c, (SELECT count(*)::int FROM personal_data_access) AS a`,
        )
      )[0];
    const before = await counts();
    const purge = await h.svc.app.get(RetentionService).purgeExpired({ userId: 'admin-1', role: 'admin' });
    expect(purge).toMatchObject({ byUserId: 'admin-1', byRole: 'admin', provisionRecordsDeleted: 2, provenanceConfirmationsDeleted: 1, accessLogEntriesDeleted: 1 });
    expect(Math.abs(purge.cutoff.getTime() - threeYearsAgo().getTime())).toBeLessThan(60_000);
    expect(await counts()).toEqual({ p: before.p - 2, c: before.c - 1, a: before.a - 1 });

    expect(await exists('provision_record', ids.oldProvision)).toBe(false);
    expect(await exists('provision_record', ids.oldConfirmedProvision)).toBe(false);
    expect(await exists('provenance_confirmation', ids.oldProvenance)).toBe(false);
    expect(await exists('personal_data_access', ids.oldAccess)).toBe(false);
    for (const [table, id] of [
      ['provision_record', ids.oldProvisionYoungProvenance],
      ['provenance_confirmation', ids.youngProvenance],
      ['provision_record', ids.youngProvision],
      ['personal_data_access', ids.youngAccess],
    ]) {
      expect(await exists(table, id)).toBe(true);
    }
    // Today's records are untouched.
    const { helpRequest } = await ok(h, `query R($id: ID!) { helpRequest(id: $id) { provisionRecords { stage } personalDataAccessLog { id } } }`, { id: requestId }, familyX);
    expect(helpRequest.provisionRecords.filter((p: { stage: string }) => p.stage === 'pseudonymous_summary')).toHaveLength(1);

    const purges = await h.ds.query(`SELECT by_user_id, by_role, retention::text AS retention, provision_records_deleted, provenance_confirmations_deleted, access_log_entries_deleted FROM retention_purge`);
    expect(purges).toEqual([
      { by_user_id: 'admin-1', by_role: 'admin', retention: '3 years', provision_records_deleted: 2, provenance_confirmations_deleted: 1, access_log_entries_deleted: 1 },
    ]);
  });

  it('a second run finds nothing more and is recorded as well (by the system job by default); the purge log is append-only', async () => {
    const purge = await h.svc.app.get(RetentionService).purgeExpired();
    expect(purge).toMatchObject({ byUserId: 'retention-purge', byRole: 'system', provisionRecordsDeleted: 0, provenanceConfirmationsDeleted: 0, accessLogEntriesDeleted: 0 });
    const [{ n }] = await h.ds.query(`SELECT count(*)::int AS n FROM retention_purge`);
    expect(n).toBe(2);
    for (const sql of [`UPDATE retention_purge SET provision_records_deleted = 0`, `DELETE FROM retention_purge`, `TRUNCATE retention_purge`]) {
      await expect(h.ds.query(sql)).rejects.toThrow(/append-only/);
    }
  });
});
