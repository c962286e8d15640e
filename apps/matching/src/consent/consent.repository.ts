import { Injectable } from '@nestjs/common';
import { en, enOrNull, ja, jaOrNull } from '../common/labels';
import { DataSource, EntityManager } from 'typeorm';
import type { Consent, ProvisionRecord } from './consent.model';
import type { ConsentFacts } from './consent.policy';
import type { ConsentGiver } from '@sanpuku/matching-domain';
import { ERASED } from '../privacy/erasure.policy';
import type { ProvenanceConfirmation } from './provenance.model';
import { provenanceStatement, REQUESTER_ROLE_LABELS } from './provenance.policy';

export interface ConsentRow {
  id: string;
  senior_id: string;
  request_id: string | null;
  purpose: string;
  data_items: string[];
  recipient_organization_ids: string[];
  recipient_categories: string[];
  given_by: string;
  given_by_name: string | null;
  obtained_by_user_id: string;
  obtained_by_role: string;
  obtained_at: Date;
  recorded_at: Date;
  withdrawn_at: Date | null;
  withdrawal_reason: string | null;
  /** null for consents recorded before the method was (migration 1764300007000). */
  method: string | null;
  text_version: string | null;
  /** The giver's name and the withdrawal reason were erased with the senior's personal data. */
  personal_data_erased_at: Date | null;
}

export const consentFacts = (c: ConsentRow): ConsentFacts => ({
  id: c.id,
  seniorId: c.senior_id,
  purpose: c.purpose,
  dataItems: c.data_items,
  recipientOrganizationIds: c.recipient_organization_ids,
  recipientCategories: c.recipient_categories,
  obtainedAt: c.obtained_at,
  withdrawnAt: c.withdrawn_at,
});

export const toConsentView = (c: ConsentRow): Consent => ({
  id: c.id,
  requestId: c.request_id,
  purpose: c.purpose,
  purposeLabelJa: ja('ConsentPurpose', c.purpose),
  purposeLabelEn: en('ConsentPurpose', c.purpose),
  dataItems: c.data_items,
  dataItemsLabelJa: c.data_items.map((i) => ja('ConsentDataItem', i)),
  dataItemsLabelEn: c.data_items.map((i) => en('ConsentDataItem', i)),
  recipientOrganizationIds: c.recipient_organization_ids,
  recipientCategories: c.recipient_categories,
  givenBy: c.given_by,
  givenByLabelJa: ja('ConsentGiver', c.given_by),
  givenByLabelEn: en('ConsentGiver', c.given_by),
  method: c.method,
  methodLabelJa: jaOrNull('ConsentMethod', c.method),
  methodLabelEn: enOrNull('ConsentMethod', c.method),
  textVersion: c.text_version,
  // Erased: the words in place of the giver's name (a consent given by the senior had no name).
  givenByName: c.personal_data_erased_at && c.given_by !== 'self' ? ERASED.ja : c.given_by_name,
  obtainedByUserId: c.obtained_by_user_id,
  obtainedByRole: c.obtained_by_role,
  obtainedAt: c.obtained_at,
  recordedAt: c.recorded_at,
  withdrawnAt: c.withdrawn_at,
  withdrawalReason: c.withdrawal_reason,
  personalDataErased: c.personal_data_erased_at !== null,
});

export interface NewProvision {
  referralId: string;
  requestId: string;
  seniorId: string;
  consentId: string;
  organizationId: string;
  offeringId: string;
  stage: 'pseudonymous_summary' | 'identified_details';
  items: readonly string[];
  at: Date;
  byUserId: string;
}

export interface NewProvenanceConfirmation {
  provisionRecordId: string;
  referralId: string;
  seniorId: string;
  organizationId: string;
  items: readonly string[];
  provider: { userId: string; role: string; officeId: string | null };
  consent: ConsentRow;
  acquisition: { consentId: string; obtainedAt: Date } | null;
  confirmedByUserId: string;
  at: Date;
}

interface ProvenanceRow {
  provision_record_id: string;
  referral_id: string;
  recipient_organization_id: string;
  items: string[];
  provider_user_id: string;
  provider_role: string;
  provider_office_id: string | null;
  consent_id: string;
  consent_given_by: ConsentGiver;
  consent_obtained_by_user_id: string;
  consent_obtained_by_role: string;
  consent_obtained_at: Date;
  acquisition_obtained_at: Date | null;
  confirmed_by_user_id: string;
  confirmed_at: Date;
}

/** The confirmation as a side may see it: the operator does not learn requester-side user ids. */
export function toProvenanceView(r: ProvenanceRow, side: 'requester' | 'operator'): ProvenanceConfirmation {
  const statement = provenanceStatement({
    providerRole: r.provider_role,
    providerOfficeId: r.provider_office_id,
    consentId: r.consent_id,
    consentGivenBy: r.consent_given_by,
    consentObtainedByRole: r.consent_obtained_by_role,
    consentObtainedAt: r.consent_obtained_at,
    acquisitionObtainedAt: r.acquisition_obtained_at,
  });
  return {
    provisionRecordId: String(r.provision_record_id),
    referralId: r.referral_id,
    recipientOrganizationId: r.recipient_organization_id,
    items: r.items,
    providerRole: r.provider_role,
    providerRoleJa: REQUESTER_ROLE_LABELS[r.provider_role]?.ja ?? r.provider_role,
    providerOfficeId: r.provider_office_id,
    providerUserId: side === 'requester' ? r.provider_user_id : null,
    consentId: r.consent_id,
    consentGivenBy: r.consent_given_by,
    consentObtainedByRole: r.consent_obtained_by_role,
    consentObtainedByUserId: side === 'requester' ? r.consent_obtained_by_user_id : null,
    consentObtainedAt: r.consent_obtained_at,
    acquisitionConsentObtainedAt: r.acquisition_obtained_at,
    confirmedByUserId: r.confirmed_by_user_id,
    confirmedAt: r.confirmed_at,
    statementJa: statement.ja,
    statementEn: statement.en,
  };
}

// uuid[] columns come back as '{…}' strings from node-postgres; cast them to text[] in SELECTs.
const CONSENT_COLUMNS = `id, senior_id, request_id, purpose, data_items, recipient_organization_ids::text[] AS recipient_organization_ids,
  recipient_categories, given_by, given_by_name, obtained_by_user_id, obtained_by_role, obtained_at, recorded_at, withdrawn_at, withdrawal_reason, method, text_version, personal_data_erased_at`;

@Injectable()
export class ConsentRepository {
  constructor(private readonly ds: DataSource) {}

  async bySenior(seniorId: string, purpose: string | null, m: EntityManager | DataSource = this.ds): Promise<ConsentRow[]> {
    return m.query(
      `SELECT ${CONSENT_COLUMNS} FROM consent WHERE senior_id = $1 AND ($2::text IS NULL OR purpose = $2) ORDER BY obtained_at DESC, id`,
      [seniorId, purpose],
    );
  }

  /** The consent to acquire the senior's care details, agreed when the request was filed. */
  async insertAcquisition(
    m: EntityManager,
    c: { id: string; seniorId: string; requestId: string; dataItems: readonly string[]; givenBy: string; givenByName: string | null; by: { userId: string; role: string }; obtainedAt: Date; method: string; textVersion: string | null },
  ): Promise<void> {
    await m.query(
      `INSERT INTO consent (id, senior_id, request_id, purpose, data_items, given_by, given_by_name, obtained_by_user_id, obtained_by_role, obtained_at, method, text_version)
       VALUES ($1, $2, $3, 'acquisition', $4, $5, $6, $7, $8, $9, $10, $11)`,
      [c.id, c.seniorId, c.requestId, c.dataItems, c.givenBy, c.givenByName, c.by.userId, c.by.role, c.obtainedAt, c.method, c.textVersion],
    );
  }

  /** A consent to provide named items to named operators or categories of operators. */
  async insertProvision(
    m: EntityManager,
    c: {
      id: string;
      seniorId: string;
      requestId: string;
      dataItems: readonly string[];
      recipientOrganizationIds: readonly string[];
      recipientCategories: readonly string[];
      givenBy: string;
      givenByName: string | null;
      by: { userId: string; role: string };
      obtainedAt: Date;
      method: string;
      textVersion: string | null;
    },
  ): Promise<void> {
    await m.query(
      `INSERT INTO consent (id, senior_id, request_id, purpose, data_items, recipient_organization_ids, recipient_categories,
                            given_by, given_by_name, obtained_by_user_id, obtained_by_role, obtained_at, method, text_version)
       VALUES ($1, $2, $3, 'third_party_provision', $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)`,
      [c.id, c.seniorId, c.requestId, c.dataItems, c.recipientOrganizationIds, c.recipientCategories, c.givenBy, c.givenByName, c.by.userId, c.by.role, c.obtainedAt, c.method, c.textVersion],
    );
  }

  async markWithdrawn(m: EntityManager, id: string, w: { at: Date; byUserId: string; reason: string | null }): Promise<void> {
    await m.query(`UPDATE consent SET withdrawn_at = $2, withdrawn_by_user_id = $3, withdrawal_reason = $4 WHERE id = $1`, [id, w.at, w.byUserId, w.reason]);
  }

  /** The senior's consents not withdrawn, locked, oldest first (erasure withdraws them through the consent flow). */
  async standingOfSenior(m: EntityManager, seniorId: string): Promise<string[]> {
    const rows: { id: string }[] = await m.query(`SELECT id FROM consent WHERE senior_id = $1 AND withdrawn_at IS NULL ORDER BY recorded_at, id FOR UPDATE`, [seniorId]);
    return rows.map((r) => r.id);
  }

  /** Irreversible: the consents of an erased senior lose their giver's name and withdrawal reason. */
  async erasePersonalData(m: EntityManager, seniorId: string): Promise<void> {
    await m.query(`UPDATE consent SET given_by_name = NULL, withdrawal_reason = NULL, personal_data_erased_at = now() WHERE senior_id = $1`, [seniorId]);
  }

  async byId(id: string, m: EntityManager | DataSource = this.ds, lock = false): Promise<ConsentRow | null> {
    const rows: ConsentRow[] = await m.query(`SELECT ${CONSENT_COLUMNS} FROM consent WHERE id = $1${lock ? ' FOR UPDATE' : ''}`, [id]);
    return rows[0] ?? null;
  }

  /** Appends to the provision record (append-only: the database rejects UPDATE and DELETE); returns its id. */
  async appendProvision(m: EntityManager, p: NewProvision): Promise<string> {
    const [row]: { id: string }[] = await m.query(
      `INSERT INTO provision_record (referral_id, request_id, senior_id, consent_id, recipient_organization_id, offering_id, stage, items, provided_at, provided_by_user_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
      [p.referralId, p.requestId, p.seniorId, p.consentId, p.organizationId, p.offeringId, p.stage, p.items, p.at, p.byUserId],
    );
    return String(row.id);
  }

  /** The latest consent to acquire the request's special care-required items (filed with the request). */
  async acquisitionConsentOf(m: EntityManager | DataSource, requestId: string): Promise<{ consentId: string; obtainedAt: Date } | null> {
    const [row]: { id: string; obtained_at: Date }[] = await m.query(
      `SELECT id, obtained_at FROM consent WHERE request_id = $1 AND purpose = 'acquisition' AND withdrawn_at IS NULL ORDER BY obtained_at DESC LIMIT 1`,
      [requestId],
    );
    return row ? { consentId: row.id, obtainedAt: row.obtained_at } : null;
  }

  /** Records the recipient's confirmation of provenance (APPI Art. 30) for a details provision (append-only). */
  async appendProvenanceConfirmation(m: EntityManager, p: NewProvenanceConfirmation): Promise<void> {
    await m.query(
      `INSERT INTO provenance_confirmation (provision_record_id, referral_id, senior_id, recipient_organization_id, items, provider_user_id, provider_role,
                                            provider_office_id, consent_id, consent_given_by, consent_obtained_by_user_id, consent_obtained_by_role,
                                            consent_obtained_at, acquisition_consent_id, acquisition_obtained_at, confirmed_by_user_id, confirmed_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17)`,
      [
        p.provisionRecordId,
        p.referralId,
        p.seniorId,
        p.organizationId,
        p.items,
        p.provider.userId,
        p.provider.role,
        p.provider.officeId,
        p.consent.id,
        p.consent.given_by,
        p.consent.obtained_by_user_id,
        p.consent.obtained_by_role,
        p.consent.obtained_at,
        p.acquisition?.consentId ?? null,
        p.acquisition?.obtainedAt ?? null,
        p.confirmedByUserId,
        p.at,
      ],
    );
  }

  /** The provenance confirmation of a referral's details provision, if it was accepted. */
  async provenanceOfReferral(referralId: string, side: 'requester' | 'operator'): Promise<ProvenanceConfirmation | null> {
    const [row]: ProvenanceRow[] = await this.ds.query(
      `SELECT * FROM provenance_confirmation WHERE referral_id = $1 ORDER BY confirmed_at DESC, id DESC LIMIT 1`,
      [referralId],
    );
    return row ? toProvenanceView(row, side) : null;
  }

  /** `recipientNames` gives the operator name each referral was sent to (the referrals feature keeps them). */
  async provisionsOfSenior(seniorId: string, recipientNames: (referralIds: string[]) => Promise<Map<string, string>>): Promise<ProvisionRecord[]> {
    const rows: {
      id: string;
      referral_id: string;
      consent_id: string;
      recipient_organization_id: string;
      offering_id: string;
      stage: string;
      items: string[];
      provided_at: Date;
      provided_by_user_id: string;
    }[] = await this.ds.query(`SELECT * FROM provision_record WHERE senior_id = $1 ORDER BY provided_at, id`, [seniorId]);
    const nameOf = await recipientNames([...new Set(rows.map((r) => r.referral_id))]);
    const provenance: ProvenanceRow[] = await this.ds.query(`SELECT * FROM provenance_confirmation WHERE senior_id = $1`, [seniorId]);
    const byProvision = new Map(provenance.map((c) => [String(c.provision_record_id), c]));
    return rows.map((r) => ({
      id: String(r.id),
      referralId: r.referral_id,
      consentId: r.consent_id,
      recipientOrganizationId: r.recipient_organization_id,
      recipientOrganizationName: nameOf.get(r.referral_id)!,
      offeringId: r.offering_id,
      stage: r.stage,
      stageLabelJa: ja('ProvisionStage', r.stage),
      stageLabelEn: en('ProvisionStage', r.stage),
      itemsLabelJa: r.items.map((i) => ja(r.stage === 'pseudonymous_summary' ? 'SummaryItem' : 'ConsentDataItem', i)),
      itemsLabelEn: r.items.map((i) => en(r.stage === 'pseudonymous_summary' ? 'SummaryItem' : 'ConsentDataItem', i)),
      items: r.items,
      providedAt: r.provided_at,
      providedByUserId: r.provided_by_user_id,
      provenance: byProvision.has(String(r.id)) ? toProvenanceView(byProvision.get(String(r.id))!, 'requester') : null,
    }));
  }

  async hasDetailsProvision(referralId: string, m: EntityManager | DataSource = this.ds): Promise<boolean> {
    const rows: unknown[] = await m.query(
      `SELECT 1 FROM provision_record WHERE referral_id = $1 AND stage = 'identified_details' LIMIT 1`,
      [referralId],
    );
    return rows.length > 0;
  }
}
