import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

/** What the requester side is told about its request (and why), in the order it happened. */
export type NoticeKind = 'referral_expired' | 'referral_rejected' | 'referral_failed' | 'recorded_as_unmet' | 'rematched';

export interface NoticeRow {
  kind: NoticeKind;
  referral_id: string | null;
  offering_ids: string[];
  created_at: Date;
}

/**
 * `request_notice`, owned by the requests feature: the notices shown on a request. Referrals (after
 * a rejection, failure or expiry) and the rematch append to it in their own unit of work.
 */
@Injectable()
export class RequestNoticeRepository {
  constructor(private readonly ds: DataSource) {}

  async append(m: EntityManager, n: { requestId: string; referralId?: string | null; kind: NoticeKind; offeringIds?: readonly string[]; at: Date }): Promise<void> {
    await m.query(`INSERT INTO request_notice (request_id, referral_id, kind, offering_ids, created_at) VALUES ($1, $2, $3, $4::uuid[], $5)`, [
      n.requestId,
      n.referralId ?? null,
      n.kind,
      n.offeringIds ?? [],
      n.at,
    ]);
  }

  async ofRequest(requestId: string): Promise<NoticeRow[]> {
    return this.ds.query(`SELECT kind, referral_id, offering_ids::text[] AS offering_ids, created_at FROM request_notice WHERE request_id = $1 ORDER BY id`, [requestId]);
  }
}
