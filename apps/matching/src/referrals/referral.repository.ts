import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { HoldableStatus, ReferralState, ReferralStatus, ReferralTransitionResult } from '@sanpuku/matching-domain';
import { REFERRAL_STATUS_LABELS } from '@sanpuku/matching-domain';
import { en, enOrNull, ja, jaOrNull } from '../common/labels';
import type { OfferingDisplay } from '../shortlists/offering-snapshot.mapper';
import type { ReferralHistoryEntryView } from './referral.model';

export interface ReferralRow {
  id: string;
  request_id: string;
  shortlist_id: string;
  offering_id: string;
  organization_id: string;
  offering: OfferingDisplay;
  status: ReferralStatus;
  status_since: Date;
  held_from: HoldableStatus | null;
  reason_code: string | null;
  version: number;
  consent_id: string | null;
  disclosed_items: string[];
  created_by_user_id: string;
  created_at: Date;
}

export const stateOf = (r: ReferralRow): ReferralState => ({
  id: r.id,
  status: r.status,
  statusSince: r.status_since.toISOString(),
  heldFrom: r.held_from,
  reasonCode: r.reason_code,
  version: r.version,
});

/** Who performed a transition, as the history records it. */
export interface HistoryActor {
  readonly userId: string;
  /** The platform role (family, operator, …) or 'system'. */
  readonly role: string;
}

/** One row of `referral_history`. */
export interface HistoryRow {
  version: number;
  action: string;
  actor_kind: string;
  actor_user_id: string;
  actor_role: string;
  at: Date;
  from_status: ReferralStatus | null;
  to_status: ReferralStatus;
  reason_code: string | null;
}

@Injectable()
export class ReferralRepository {
  constructor(private readonly ds: DataSource) {}

  async byId(id: string, m: EntityManager | DataSource = this.ds, lock: 'none' | 'update' | 'skip-locked' = 'none'): Promise<ReferralRow | null> {
    if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
    const suffix = lock === 'update' ? ' FOR UPDATE' : lock === 'skip-locked' ? ' FOR UPDATE SKIP LOCKED' : '';
    const rows: ReferralRow[] = await m.query(`SELECT * FROM referral WHERE id = $1${suffix}`, [id]);
    return rows[0] ?? null;
  }

  async byRequest(requestId: string): Promise<ReferralRow[]> {
    return this.ds.query(`SELECT * FROM referral WHERE request_id = $1 ORDER BY created_at, id`, [requestId]);
  }

  /** The offerings the request was referred to (whatever became of those referrals). */
  async offeringIdsOfRequest(requestId: string, m: EntityManager | DataSource = this.ds): Promise<string[]> {
    const rows: { offering_id: string }[] = await m.query(`SELECT DISTINCT offering_id FROM referral WHERE request_id = $1`, [requestId]);
    return rows.map((r) => r.offering_id);
  }

  /** A referral of the request to the offering that is still open (draft, requested, accepted, in progress or on hold). */
  async openTo(m: EntityManager, requestId: string, offeringId: string): Promise<{ id: string; status: ReferralStatus } | null> {
    const [open]: { id: string; status: ReferralStatus }[] = await m.query(
      `SELECT id, status FROM referral WHERE request_id = $1 AND offering_id = $2
          AND status IN ('draft', 'requested', 'accepted', 'in_progress', 'on_hold')`,
      [requestId, offeringId],
    );
    return open ?? null;
  }

  /** Sent referrals (never drafts) of one organization, or of all for `null`. */
  async inbox(organizationId: string | null, status: string | null, limit: number): Promise<ReferralRow[]> {
    return this.ds.query(
      `SELECT * FROM referral
        WHERE consent_id IS NOT NULL AND ($1::uuid IS NULL OR organization_id = $1) AND ($2::text IS NULL OR status = $2)
        ORDER BY status_since DESC, id LIMIT $3`,
      [organizationId, status, limit],
    );
  }

  async insertDraft(
    m: EntityManager,
    r: { id: string; requestId: string; shortlistId: string; offeringId: string; organizationId: string; offering: OfferingDisplay; disclosedItems: readonly string[]; createdBy: string; at: Date },
  ): Promise<void> {
    await m.query(
      `INSERT INTO referral (id, request_id, shortlist_id, offering_id, organization_id, offering, status, status_since, version, disclosed_items, created_by_user_id, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, 'draft', $7, 1, $8, $9, $7, $7)`,
      [r.id, r.requestId, r.shortlistId, r.offeringId, r.organizationId, JSON.stringify(r.offering), r.at, r.disclosedItems, r.createdBy],
    );
  }

  /** Applies a transition with an optimistic version check (the row is also locked by the caller). */
  async applyTransition(m: EntityManager, t: ReferralTransitionResult, previousVersion: number, consentId: string | null): Promise<boolean> {
    const s = t.referral;
    const [, updated]: [unknown, number] = await m.query(
      `UPDATE referral SET status = $2, status_since = $3, held_from = $4, reason_code = $5, version = $6,
              consent_id = coalesce($8, consent_id), updated_at = now()
        WHERE id = $1 AND version = $7`,
      [s.id, s.status, s.statusSince, s.heldFrom, s.reasonCode, s.version, previousVersion, consentId],
    );
    return updated === 1;
  }

  /** Appends one entry to the referral's history (append-only in the database). */
  async appendHistory(m: EntityManager, t: ReferralTransitionResult, who: HistoryActor): Promise<void> {
    const e = t.entry;
    await m.query(
      `INSERT INTO referral_history (referral_id, version, action, actor_kind, actor_user_id, actor_role, at, from_status, to_status, reason_code)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
      [e.referralId, e.version, e.action, e.actor.role, who.userId, who.role, e.at, e.from, e.to, e.reasonCode],
    );
  }

  /** The transition that produced `version` of a referral (what a change notice points at). */
  async transitionTo(referralId: string, version: number): Promise<HistoryRow | null> {
    const [row]: HistoryRow[] = await this.ds.query(`SELECT * FROM referral_history WHERE referral_id = $1 AND version = $2`, [referralId, version]);
    return row ?? null;
  }

  async history(referralId: string): Promise<ReferralHistoryEntryView[]> {
    const rows: HistoryRow[] = await this.ds.query(`SELECT * FROM referral_history WHERE referral_id = $1 ORDER BY version`, [referralId]);
    return rows.map((h) => ({
      version: h.version,
      action: h.action,
      actionLabelJa: ja('ReferralAction', h.action),
      actionLabelEn: en('ReferralAction', h.action),
      actorKind: h.actor_kind,
      actorKindLabelJa: ja('ReferralActorKind', h.actor_kind),
      actorKindLabelEn: en('ReferralActorKind', h.actor_kind),
      actorUserId: h.actor_user_id,
      actorRole: h.actor_role,
      at: h.at,
      from: h.from_status,
      fromLabelJa: jaOrNull('ReferralStatus', h.from_status),
      fromLabelEn: enOrNull('ReferralStatus', h.from_status),
      to: h.to_status,
      toLabelJa: REFERRAL_STATUS_LABELS[h.to_status].ja,
      toLabelEn: REFERRAL_STATUS_LABELS[h.to_status].en,
      reasonCode: h.reason_code,
      reasonCodeLabelJa: jaOrNull('ReferralReasonCode', h.reason_code),
      reasonCodeLabelEn: enOrNull('ReferralReasonCode', h.reason_code),
    }));
  }

  /** Who sent the referral to the operator (the requester-side provider of its data). */
  async sender(m: EntityManager, referralId: string): Promise<HistoryActor | null> {
    const [row]: { actor_user_id: string; actor_role: string }[] = await m.query(
      `SELECT actor_user_id, actor_role FROM referral_history WHERE referral_id = $1 AND action = 'send' ORDER BY version DESC LIMIT 1`,
      [referralId],
    );
    return row ? { userId: row.actor_user_id, role: row.actor_role } : null;
  }

  /** Referral ids waiting for an operator's answer since before `cutoff` (candidates for expiry). */
  async awaitingSince(cutoff: Date, limit: number): Promise<string[]> {
    const rows: { id: string }[] = await this.ds.query(
      `SELECT id FROM referral WHERE status = 'requested' AND status_since <= $1 ORDER BY status_since LIMIT $2`,
      [cutoff, limit],
    );
    return rows.map((r) => r.id);
  }

  /** How the request's referrals stand: any still open or successful, and any unsuccessful. */
  async outcomeOfRequest(m: EntityManager, requestId: string): Promise<{ live: number; unsuccessful: number }> {
    const [r]: { live: number; unsuccessful: number }[] = await m.query(
      `SELECT count(*) FILTER (WHERE status IN ('draft', 'requested', 'accepted', 'in_progress', 'on_hold', 'completed'))::int AS live,
              count(*) FILTER (WHERE status IN ('rejected', 'failed', 'expired'))::int AS unsuccessful
         FROM referral WHERE request_id = $1`,
      [requestId],
    );
    return r;
  }

  /** Sent referrals under a consent that the operator has not accepted yet (cancelled on withdrawal). */
  /** Of `requestIds`, those with a referral in `liveStatuses` or changed at or after `since` (their senior's data is still needed). */
  async requestsActiveSince(m: EntityManager, requestIds: readonly string[], liveStatuses: readonly string[], since: Date): Promise<Set<string>> {
    const rows: { request_id: string }[] = await m.query(
      `SELECT DISTINCT request_id::text AS request_id FROM referral
        WHERE request_id = ANY ($1::uuid[]) AND (status = ANY ($2::text[]) OR status_since >= $3)`,
      [requestIds, [...liveStatuses], since],
    );
    return new Set(rows.map((r) => r.request_id));
  }

  /** The operator names the referrals were sent to (as the referral's offering snapshot names them). */
  async organizationNames(referralIds: readonly string[], m: EntityManager | DataSource = this.ds): Promise<Map<string, string>> {
    const rows: { id: string; organization_name: string }[] = await m.query(
      `SELECT id::text AS id, offering->>'organizationName' AS organization_name FROM referral WHERE id = ANY ($1::uuid[])`,
      [referralIds],
    );
    return new Map(rows.map((r) => [r.id, r.organization_name]));
  }

  async waitingUnderConsent(m: EntityManager, consentId: string): Promise<ReferralRow[]> {
    return m.query(
      `SELECT * FROM referral WHERE consent_id = $1 AND (status = 'requested' OR (status = 'on_hold' AND held_from = 'requested')) ORDER BY id FOR UPDATE`,
      [consentId],
    );
  }
}
