import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { Consent, ProvisionRecord } from './consent.model';
import type { ConsentFacts } from './consent.policy';

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
  dataItems: c.data_items,
  recipientOrganizationIds: c.recipient_organization_ids,
  recipientCategories: c.recipient_categories,
  givenBy: c.given_by,
  givenByName: c.given_by_name,
  obtainedByUserId: c.obtained_by_user_id,
  obtainedByRole: c.obtained_by_role,
  obtainedAt: c.obtained_at,
  recordedAt: c.recorded_at,
  withdrawnAt: c.withdrawn_at,
  withdrawalReason: c.withdrawal_reason,
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

// uuid[] columns come back as '{…}' strings from node-postgres; cast them to text[] in SELECTs.
const CONSENT_COLUMNS = `id, senior_id, request_id, purpose, data_items, recipient_organization_ids::text[] AS recipient_organization_ids,
  recipient_categories, given_by, given_by_name, obtained_by_user_id, obtained_by_role, obtained_at, recorded_at, withdrawn_at, withdrawal_reason`;

@Injectable()
export class ConsentRepository {
  constructor(private readonly ds: DataSource) {}

  async bySenior(seniorId: string, purpose: string | null, m: EntityManager | DataSource = this.ds): Promise<ConsentRow[]> {
    return m.query(
      `SELECT ${CONSENT_COLUMNS} FROM consent WHERE senior_id = $1 AND ($2::text IS NULL OR purpose = $2) ORDER BY obtained_at DESC, id`,
      [seniorId, purpose],
    );
  }

  async byId(id: string, m: EntityManager | DataSource = this.ds, lock = false): Promise<ConsentRow | null> {
    const rows: ConsentRow[] = await m.query(`SELECT ${CONSENT_COLUMNS} FROM consent WHERE id = $1${lock ? ' FOR UPDATE' : ''}`, [id]);
    return rows[0] ?? null;
  }

  /** Appends to the provision record (append-only: the database rejects UPDATE and DELETE). */
  async appendProvision(m: EntityManager, p: NewProvision): Promise<void> {
    await m.query(
      `INSERT INTO provision_record (referral_id, request_id, senior_id, consent_id, recipient_organization_id, offering_id, stage, items, provided_at, provided_by_user_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
      [p.referralId, p.requestId, p.seniorId, p.consentId, p.organizationId, p.offeringId, p.stage, p.items, p.at, p.byUserId],
    );
  }

  async provisionsOfSenior(seniorId: string): Promise<ProvisionRecord[]> {
    const rows: {
      id: string;
      referral_id: string;
      consent_id: string;
      recipient_organization_id: string;
      organization_name: string;
      offering_id: string;
      stage: string;
      items: string[];
      provided_at: Date;
      provided_by_user_id: string;
    }[] = await this.ds.query(
      `SELECT p.*, f.offering->>'organizationName' AS organization_name
         FROM provision_record p JOIN referral f ON f.id = p.referral_id
        WHERE p.senior_id = $1 ORDER BY p.provided_at, p.id`,
      [seniorId],
    );
    return rows.map((r) => ({
      id: String(r.id),
      referralId: r.referral_id,
      consentId: r.consent_id,
      recipientOrganizationId: r.recipient_organization_id,
      recipientOrganizationName: r.organization_name,
      offeringId: r.offering_id,
      stage: r.stage,
      items: r.items,
      providedAt: r.provided_at,
      providedByUserId: r.provided_by_user_id,
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
