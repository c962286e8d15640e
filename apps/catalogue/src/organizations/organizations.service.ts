import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { ComplaintDesk, FieldError, Organization } from '@sanpuku/catalogue-domain';
import { Actor, forbidden, notFound, requireRole, UnitOfWork, conflict } from '@sanpuku/platform';
import { fieldErrorsToGraphQL } from '../common/catalogue.errors';
import { CATALOGUE_SETTINGS, CatalogueSettings } from '../config/catalogue.settings';
import { OfferingEventWriter } from '../offerings/offering.events';
import { OfferingRepository } from '../offerings/offering.repository';
import { OrganizationInputShape, validateOrganizationInput } from './organization.validation';

export interface OrganizationRecord extends Organization {
  complaintDesk: ComplaintDesk | null;
  createdBy: string;
  createdAt: Date;
  updatedAt: Date;
}

/** The domain's view of an `organization` row (what HSDS exchanges). */
export function organizationFromRow(r: Record<string, any>): Organization {
  return {
    id: r.id,
    name: r.name,
    alternateName: r.alternate_name,
    description: r.description,
    corporateNumber: r.corporate_number,
    website: r.website,
    email: r.email,
    phone: r.phone,
  };
}

function fromRow(r: Record<string, any>): OrganizationRecord {
  return {
    ...organizationFromRow(r),
    complaintDesk: r.complaint_desk,
    createdBy: r.created_by,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

const CORPORATE_NUMBER_TAKEN = {
  ja: 'この法人番号の事業者はすでに登録されています。',
  en: 'An organization with this corporate number is already registered.',
};

/**
 * Operator organizations. Who may register one (decision, kept simple):
 * - an administrator, for any operator (a new id is generated);
 * - an operator, for itself: its access token already names its organization (`organizationId`,
 *   issued by the identity provider at sign-up), and registering creates that organization once.
 * An operator edits only its own organization; an administrator edits any.
 * Renaming an organization re-indexes its offerings and re-publishes the published ones
 * (`catalogue.offering.updated`, as the snapshot carries the organization's name).
 */
@Injectable()
export class OrganizationsService {
  constructor(
    private readonly ds: DataSource,
    private readonly tx: UnitOfWork,
    private readonly offerings: OfferingRepository,
    private readonly events: OfferingEventWriter,
    @Inject(CATALOGUE_SETTINGS) private readonly settings: CatalogueSettings,
  ) {}

  async find(id: string, m: EntityManager | DataSource = this.ds): Promise<OrganizationRecord | null> {
    if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
    const rows = await m.query(`SELECT * FROM organization WHERE id = $1`, [id]);
    return rows[0] ? fromRow(rows[0]) : null;
  }

  async get(id: string): Promise<OrganizationRecord> {
    const o = await this.find(id);
    if (!o) throw notFound('Organization', '事業者');
    return o;
  }

  async mine(actor: Actor | null): Promise<OrganizationRecord | null> {
    const a = requireRole(actor, 'operator');
    return this.find(a.organizationId!);
  }

  async list(actor: Actor | null): Promise<OrganizationRecord[]> {
    requireRole(actor, 'admin');
    const rows = await this.ds.query(`SELECT * FROM organization ORDER BY name, id`);
    return rows.map(fromRow);
  }

  async register(actor: Actor | null, input: OrganizationInputShape): Promise<OrganizationRecord> {
    const a = requireRole(actor, 'admin', 'operator');
    const id = a.role === 'operator' ? a.organizationId! : randomUUID();
    const v = validateOrganizationInput(id, input);
    if (!v.ok) throw fieldErrorsToGraphQL(v.errors);
    return this.tx.run(async (m) => {
      if (await this.find(id, m)) {
        throw conflict('ALREADY_EXISTS', 'your organization is already registered; update it instead', 'この事業者はすでに登録されています。更新してください。', { organizationId: id });
      }
      await this.assertCorporateNumberFree(m, v.organization.corporateNumber, id);
      const now = this.settings.now();
      const o = v.organization;
      await m.query(
        `INSERT INTO organization (id, name, alternate_name, description, corporate_number, website, email, phone, complaint_desk, created_by, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $11)`,
        [id, o.name, o.alternateName, o.description, o.corporateNumber, o.website, o.email, o.phone, v.complaintDesk ? JSON.stringify(v.complaintDesk) : null, a.sub, now],
      );
      return (await this.find(id, m))!;
    });
  }

  async update(actor: Actor | null, id: string, input: OrganizationInputShape): Promise<OrganizationRecord> {
    const a = requireRole(actor, 'admin', 'operator');
    if (a.role === 'operator' && a.organizationId !== id) throw forbidden("an operator may only edit its own organization", '他の事業者の情報は編集できません');
    const v = validateOrganizationInput(id, input);
    if (!v.ok) throw fieldErrorsToGraphQL(v.errors);
    return this.tx.run(async (m) => {
      const rows = await m.query(`SELECT * FROM organization WHERE id = $1 FOR UPDATE`, [id]);
      if (!rows[0]) throw notFound('Organization', '事業者');
      const before = fromRow(rows[0]);
      await this.assertCorporateNumberFree(m, v.organization.corporateNumber, id);
      const o = v.organization;
      await m.query(
        `UPDATE organization SET name = $2, alternate_name = $3, description = $4, corporate_number = $5, website = $6, email = $7, phone = $8,
           complaint_desk = $9, updated_at = $10 WHERE id = $1`,
        [id, o.name, o.alternateName, o.description, o.corporateNumber, o.website, o.email, o.phone, v.complaintDesk ? JSON.stringify(v.complaintDesk) : null, this.settings.now()],
      );
      if (before.name !== o.name || before.alternateName !== o.alternateName) await this.reindexOfferings(m, id, before.name !== o.name);
      return (await this.find(id, m))!;
    });
  }

  /** Upserts organizations from an HSDS import (the HSDS fields only; a complaint desk stays as it is). */
  async upsertImported(m: EntityManager, orgs: Organization[], by: string): Promise<void> {
    const now = this.settings.now();
    for (const o of orgs) {
      const existing = await this.find(o.id, m);
      if (!existing) {
        await m.query(
          `INSERT INTO organization (id, name, alternate_name, description, corporate_number, website, email, phone, created_by, created_at, updated_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $10)`,
          [o.id, o.name, o.alternateName, o.description, o.corporateNumber, o.website, o.email, o.phone, by, now],
        );
      } else {
        await m.query(
          `UPDATE organization SET name = $2, alternate_name = $3, description = $4, corporate_number = $5, website = $6, email = $7, phone = $8, updated_at = $9 WHERE id = $1`,
          [o.id, o.name, o.alternateName, o.description, o.corporateNumber, o.website, o.email, o.phone, now],
        );
        if (existing.name !== o.name || existing.alternateName !== o.alternateName) await this.reindexOfferings(m, o.id, existing.name !== o.name);
      }
    }
  }

  /** Problems (path, code, messages) with a corporate number another organization holds; [] when free. */
  async corporateNumberConflicts(m: EntityManager | DataSource, corporateNumber: string | null, id: string, path: string): Promise<FieldError[]> {
    if (!corporateNumber) return [];
    const rows = await m.query(`SELECT id FROM organization WHERE corporate_number = $1 AND id <> $2`, [corporateNumber, id]);
    return rows.length ? [{ path, code: 'corporate_number_taken', messageJa: CORPORATE_NUMBER_TAKEN.ja, messageEn: CORPORATE_NUMBER_TAKEN.en }] : [];
  }

  private async assertCorporateNumberFree(m: EntityManager, corporateNumber: string | null, id: string): Promise<void> {
    const errors = await this.corporateNumberConflicts(m, corporateNumber, id, '/corporateNumber');
    if (errors.length) throw fieldErrorsToGraphQL(errors);
  }

  /** Search tokens carry the organization's names; published snapshots carry its name. */
  private async reindexOfferings(m: EntityManager, organizationId: string, nameChanged: boolean): Promise<void> {
    const ids: { id: string }[] = await m.query(`SELECT id FROM offering WHERE organization_id = $1 ORDER BY id`, [organizationId]);
    for (const { id } of ids) {
      const r = await this.offerings.lock(m, id);
      await this.offerings.update(m, r);
      if (nameChanged && r.status === 'published') await this.events.emit(m, r, 'updated');
    }
  }
}
