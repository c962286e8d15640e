import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { ListingHistoryEntry, ListingStatus, ReturnReason } from '@sanpuku/catalogue-domain';

/** One recorded step of a listing: who (id, name, role, municipality), what, when, from → to, why. */
export interface StoredHistoryEntry {
  at: Date;
  actorId: string;
  actorName: string | null;
  role: 'operator' | 'municipal_reviewer' | 'admin';
  municipalityCode: string | null;
  action: ListingHistoryEntry['action'] | 'import';
  from: ListingStatus | null;
  to: ListingStatus;
  reasons: ReturnReason[];
  changedReviewedFields: string[];
  note: string | null;
}

/** The listing history table: append-only, one row per workflow step. */
@Injectable()
export class ListingHistoryRepository {
  constructor(private readonly ds: DataSource) {}

  async append(m: EntityManager, offeringId: string, e: StoredHistoryEntry): Promise<void> {
    await m.query(
      `INSERT INTO listing_history (offering_id, at, actor_id, actor_name, role, municipality_code, action, from_status, to_status, reasons, changed_reviewed_fields, note)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
      [offeringId, e.at, e.actorId, e.actorName, e.role, e.municipalityCode, e.action, e.from, e.to, JSON.stringify(e.reasons), e.changedReviewedFields, e.note],
    );
  }

  /** A domain history entry plus who acted (name and, for reviewers, municipality). */
  appendDomain(m: EntityManager, offeringId: string, e: ListingHistoryEntry, who: { name: string | null; municipalityCode: string | null }): Promise<void> {
    return this.append(m, offeringId, {
      at: new Date(e.at),
      actorId: e.actorId,
      actorName: who.name,
      role: e.role,
      municipalityCode: who.municipalityCode,
      action: e.action,
      from: e.from,
      to: e.to,
      reasons: e.reasons,
      changedReviewedFields: e.changedReviewedFields,
      note: e.note,
    });
  }

  async list(offeringId: string, m: EntityManager | DataSource = this.ds): Promise<StoredHistoryEntry[]> {
    const rows: Record<string, any>[] = await m.query(
      `SELECT at, actor_id, actor_name, role, municipality_code, action, from_status, to_status, reasons, changed_reviewed_fields, note
         FROM listing_history WHERE offering_id = $1 ORDER BY id`,
      [offeringId],
    );
    return rows.map((r) => ({
      at: r.at,
      actorId: r.actor_id,
      actorName: r.actor_name,
      role: r.role,
      municipalityCode: r.municipality_code,
      action: r.action,
      from: r.from_status,
      to: r.to_status,
      reasons: r.reasons,
      changedReviewedFields: r.changed_reviewed_fields,
      note: r.note,
    }));
  }
}
