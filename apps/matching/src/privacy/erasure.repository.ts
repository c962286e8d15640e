import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { ErasureKind, ErasureReason } from './erasure.policy';

export interface ErasureRecordRow {
  id: string;
  senior_id: string;
  request_id: string | null;
  municipality_code: string;
  kind: ErasureKind;
  reason_code: ErasureReason;
  note: string | null;
  by_user_id: string;
  by_role: string;
  run_id: string | null;
  requests_erased: number;
  consents_withdrawn: number;
  erased_at: Date;
}

export interface NewErasureRecord {
  seniorId: string;
  requestId: string | null;
  municipalityCode: string;
  kind: ErasureKind;
  reasonCode: ErasureReason;
  note: string | null;
  by: { userId: string; role: string };
  runId: string | null;
  requestsErased: number;
  consentsWithdrawn: number;
}

const RECORD_COLUMNS = `id::text AS id, senior_id, request_id, municipality_code, kind, reason_code, note, by_user_id, by_role, run_id::text AS run_id, requests_erased, consents_withdrawn, erased_at`;

/**
 * The erasure records (`personal_data_erasure`, `personal_data_erasure_run`, both append-only).
 * The erased rows themselves belong to their features, which erase them through their own
 * repositories (`erasePersonalData`, `rewriteStoredWords`).
 */
@Injectable()
export class ErasureRepository {
  constructor(private readonly ds: DataSource) {}

  /** Serialises scheduled runs across instances until the unit of work ends. */
  async lockScheduledRuns(m: EntityManager): Promise<void> {
    await m.query(`SELECT pg_advisory_xact_lock(hashtext('matching.erase_personal_data_past_retention'))`);
  }

  /** `days` before now by the database clock (the retention period is judged on the database's time, as the rows' own times are). */
  async cutoff(m: EntityManager, days: number): Promise<Date> {
    const [{ cutoff }]: { cutoff: Date }[] = await m.query(`SELECT now() - make_interval(days => $1) AS cutoff`, [days]);
    return cutoff;
  }

  async insertRun(m: EntityManager, r: { retentionDays: number; cutoff: Date; by: { userId: string; role: string }; seniorsErased: number }): Promise<{ id: string; run_at: Date }> {
    const [row]: { id: string; run_at: Date }[] = await m.query(
      `INSERT INTO personal_data_erasure_run (retention_days, cutoff, by_user_id, by_role, seniors_erased) VALUES ($1, $2, $3, $4, $5) RETURNING id::text AS id, run_at`,
      [r.retentionDays, r.cutoff, r.by.userId, r.by.role, r.seniorsErased],
    );
    return row;
  }

  async insertRecord(m: EntityManager, e: NewErasureRecord): Promise<ErasureRecordRow> {
    const [row]: ErasureRecordRow[] = await m.query(
      `INSERT INTO personal_data_erasure (senior_id, request_id, municipality_code, kind, reason_code, note, by_user_id, by_role, run_id, requests_erased, consents_withdrawn)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING ${RECORD_COLUMNS}`,
      [e.seniorId, e.requestId, e.municipalityCode, e.kind, e.reasonCode, e.note, e.by.userId, e.by.role, e.runId, e.requestsErased, e.consentsWithdrawn],
    );
    return row;
  }

  async ofSenior(seniorId: string, m: EntityManager | DataSource = this.ds): Promise<ErasureRecordRow | null> {
    const rows: ErasureRecordRow[] = await m.query(`SELECT ${RECORD_COLUMNS} FROM personal_data_erasure WHERE senior_id = $1`, [seniorId]);
    return rows[0] ?? null;
  }
}
