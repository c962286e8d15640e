import { Inject, Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Actor, forbidden, getLogger, notFound, requireRole, UnitOfWork, conflict, PeriodicJob } from '@sanpuku/platform';
import { canSeeRequest } from '../access/access.policy';
import { valueOrThrow } from '../common/graphql-errors';
import { MATCHING_SETTINGS, MatchingSettings } from '../config/matching.settings';
import { ConsentWithdrawalHooks } from '../consent/consent.service';
import { ConsentRepository } from '../consent/consent.repository';
import { accessFactsOf, HelpRequestRepository } from '../requests/help-request.repository';
import { CLOSED_REQUEST_STATUSES, canEraseSeniorData, type ErasureKind, type ErasureReason, LIVE_REFERRAL_STATUSES, redactCareLevelWords } from './erasure.policy';
import { validateEraseSeniorPersonalData } from './erasure.validation';

/** Who erases, as `personal_data_erasure` records it. */
export interface ErasureActor {
  readonly userId: string;
  /** A platform role (municipal_staff, admin) or 'system'. */
  readonly role: string;
}

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

export interface ErasureRun {
  readonly id: string;
  readonly runAt: Date;
  readonly retentionDays: number;
  readonly cutoff: Date;
  readonly byUserId: string;
  readonly byRole: string;
  readonly seniorsErased: number;
}

const SYSTEM: ErasureActor = { userId: 'personal-data-retention', role: 'system' };
/** Seniors erased per scheduled run at most (the next run takes the rest). */
export const ERASURE_BATCH = 500;
const RECORD_COLUMNS = `id::text AS id, senior_id, request_id, municipality_code, kind, reason_code, note, by_user_id, by_role, run_id::text AS run_id, requests_erased, consents_withdrawn, erased_at`;

/**
 * The lifecycle of a senior's own rows (`senior`, `help_request_sensitive`, the request's town
 * block and point, the consent giver's name and withdrawal reason):
 *
 * - on request (本人からの削除請求): municipal staff of the senior's municipality or an admin name a
 *   request they can see; in one transaction the senior's standing consents are withdrawn through
 *   the consent flow (referrals still waiting under them are cancelled, with their history, events
 *   and live updates), the personal rows are erased, and the erasure is recorded;
 * - on schedule: every `retentionPurgeMs` (the retention purge's timer), seniors whose requests are
 *   all closed (fulfilled or unmet), with no referral still live, and unchanged for
 *   `personalDataRetentionDays` by the database clock, are erased and the run is recorded.
 *
 * What stays: the matchable facts of the requests (municipality, categories, age band, care-level
 * band…), shortlists (their care-level words redacted), exposure records, unmet-demand records,
 * referrals and their history, the provision record, provenance confirmations and the access log
 * (ids and item names only; they keep their 3 years).
 */
@Injectable()
export class PersonalDataErasureService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly log = getLogger('personal-data-erasure');
  /** Started at bootstrap (the settings are not there yet when fields initialise). */
  private job: PeriodicJob | null = null;

  constructor(
    private readonly tx: UnitOfWork,
    private readonly uow: UnitOfWork,
    private readonly requests: HelpRequestRepository,
    private readonly consents: ConsentRepository,
    private readonly withdrawalHooks: ConsentWithdrawalHooks,
    @Inject(MATCHING_SETTINGS) private readonly settings: MatchingSettings,
  ) {}

  /** 本人からの削除請求: erase the personal data of the senior of `requestId` now, and record it. */
  async eraseOnRequest(actor: Actor | null, input: { requestId: string; reasonCode: string; note?: string | null }): Promise<ErasureRecordRow> {
    const a = requireRole(actor);
    const d = valueOrThrow(validateEraseSeniorPersonalData(input));
    const record = await this.uow.run(async (m) => {
      const r = /^[0-9a-f-]{36}$/i.test(d.requestId) ? await this.requests.byId(d.requestId, m) : null;
      const facts = r ? accessFactsOf(r) : null;
      const may = r && facts ? canEraseSeniorData(a, facts, canSeeRequest(a, facts)) : null;
      if (!r || !may || (!may.allowed && may.hidden)) throw notFound('help request', '相談依頼');
      if (!may.allowed) throw forbidden(may.en, may.ja);
      // One erasure per senior at a time: lock the senior's row.
      const [s]: { erased_at: Date | null }[] = await m.query(`SELECT erased_at FROM senior WHERE id = $1 FOR UPDATE`, [r.senior_id]);
      if (s.erased_at) {
        throw conflict('INVALID_TRANSITION', 'this senior’s personal data has already been erased', 'このご本人の個人データはすでに削除されています', {
          currentStatus: 'personal_data_erased',
          erasedAt: s.erased_at,
        });
      }
      const at = new Date();
      const consentsWithdrawn = await this.withdrawStandingConsents(m, r.senior_id, a, at);
      const requestsErased = await this.erasePersonalRows(m, r.senior_id);
      const [row]: ErasureRecordRow[] = await m.query(
        `INSERT INTO personal_data_erasure (senior_id, request_id, municipality_code, kind, reason_code, note, by_user_id, by_role, requests_erased, consents_withdrawn)
         VALUES ($1, $2, $3, 'on_request', $4, $5, $6, $7, $8, $9) RETURNING ${RECORD_COLUMNS}`,
        [r.senior_id, r.id, r.municipality_code, d.reasonCode, d.note, a.sub, a.role, requestsErased, consentsWithdrawn],
      );
      return row;
    });
    this.log.info({ erasureId: record.id, seniorId: record.senior_id, reason: record.reason_code }, 'senior personal data erased on request');
    return record;
  }

  /** The erasure of the senior of a request, if any (the caller has checked access). */
  async recordOfSenior(seniorId: string): Promise<ErasureRecordRow | null> {
    const rows: ErasureRecordRow[] = await this.tx.run((m) => m.query(`SELECT ${RECORD_COLUMNS} FROM personal_data_erasure WHERE senior_id = $1`, [seniorId]));
    return rows[0] ?? null;
  }

  /**
   * The scheduled erasure: seniors whose requests all closed (fulfilled or unmet) more than
   * `personalDataRetentionDays` ago by the database clock, with no referral still live. Runs are
   * serialised across instances with a transaction-scoped advisory lock, and each is recorded in
   * `personal_data_erasure_run` (with one `personal_data_erasure` row per senior).
   */
  async eraseExpired(by: ErasureActor = SYSTEM): Promise<ErasureRun> {
    const days = this.settings.personalDataRetentionDays;
    const run = await this.tx.run(async (m) => {
      await m.query(`SELECT pg_advisory_xact_lock(hashtext('matching.erase_personal_data_past_retention'))`);
      const [{ cutoff }]: { cutoff: Date }[] = await m.query(`SELECT now() - make_interval(days => $1) AS cutoff`, [days]);
      const due: { id: string; municipality_code: string }[] = await m.query(
        `SELECT s.id, (SELECT r.municipality_code FROM help_request r WHERE r.senior_id = s.id ORDER BY r.created_at DESC LIMIT 1) AS municipality_code
           FROM senior s
          WHERE s.erased_at IS NULL
            AND EXISTS (SELECT 1 FROM help_request r WHERE r.senior_id = s.id)
            AND NOT EXISTS (SELECT 1 FROM help_request r WHERE r.senior_id = s.id AND r.status <> ALL ($2::text[]))
            AND NOT EXISTS (SELECT 1 FROM help_request r JOIN referral f ON f.request_id = r.id
                             WHERE r.senior_id = s.id AND f.status = ANY ($3::text[]))
            AND (SELECT max(GREATEST(r.updated_at, COALESCE((SELECT max(f.status_since) FROM referral f WHERE f.request_id = r.id), r.updated_at)))
                   FROM help_request r WHERE r.senior_id = s.id) < $1
          ORDER BY s.id
          LIMIT $4
          FOR UPDATE OF s SKIP LOCKED`,
        [cutoff, [...CLOSED_REQUEST_STATUSES], [...LIVE_REFERRAL_STATUSES], ERASURE_BATCH],
      );
      const [r]: { id: string; run_at: Date }[] = await m.query(
        `INSERT INTO personal_data_erasure_run (retention_days, cutoff, by_user_id, by_role, seniors_erased) VALUES ($1, $2, $3, $4, $5) RETURNING id::text AS id, run_at`,
        [days, cutoff, by.userId, by.role, due.length],
      );
      for (const s of due) {
        const requestsErased = await this.erasePersonalRows(m, s.id);
        await m.query(
          `INSERT INTO personal_data_erasure (senior_id, municipality_code, kind, reason_code, by_user_id, by_role, run_id, requests_erased, consents_withdrawn)
           VALUES ($1, $2, 'scheduled', 'retention_period_ended', $3, $4, $5, $6, 0)`,
          [s.id, s.municipality_code, by.userId, by.role, r.id, requestsErased],
        );
      }
      return { id: r.id, runAt: r.run_at, retentionDays: days, cutoff, byUserId: by.userId, byRole: by.role, seniorsErased: due.length };
    });
    this.log.info({ runId: run.id, seniors: run.seniorsErased, retentionDays: days }, 'personal data past retention erased');
    return run;
  }

  /** Standing consents withdrawn through the consent flow (its hooks cancel referrals still waiting under them). */
  private async withdrawStandingConsents(m: EntityManager, seniorId: string, a: Actor, at: Date): Promise<number> {
    const ids: { id: string }[] = await m.query(`SELECT id FROM consent WHERE senior_id = $1 AND withdrawn_at IS NULL ORDER BY recorded_at, id FOR UPDATE`, [seniorId]);
    for (const { id } of ids) {
      await m.query(`UPDATE consent SET withdrawn_at = $2, withdrawn_by_user_id = $3, withdrawal_reason = NULL WHERE id = $1`, [id, at, a.sub]);
      await this.withdrawalHooks.run(m, (await this.consents.byId(id, m))!, a, at);
    }
    return ids.length;
  }

  /**
   * Irreversible: the identity columns become NULL, the 要配慮個人情報 rows are deleted, the
   * requests lose their town block and point, consents their giver's name and withdrawal reason,
   * and the stored shortlist words naming the exact care level are redacted. Returns the number
   * of the senior's requests.
   */
  private async erasePersonalRows(m: EntityManager, seniorId: string): Promise<number> {
    await m.query(
      `UPDATE senior SET full_name = NULL, full_name_kana = NULL, address_text = NULL, contact_phone = NULL, erased_at = now() WHERE id = $1`,
      [seniorId],
    );
    const requests: { id: string }[] = await m.query(`SELECT id FROM help_request WHERE senior_id = $1 ORDER BY id FOR UPDATE`, [seniorId]);
    const ids = requests.map((r) => r.id);
    await m.query(
      `UPDATE help_request SET town_block_code = NULL, location_lat = NULL, location_lng = NULL, personal_data_erased_at = now() WHERE id = ANY ($1::uuid[])`,
      [ids],
    );
    await m.query(`DELETE FROM help_request_sensitive WHERE request_id = ANY ($1::uuid[])`, [ids]);
    await m.query(`UPDATE consent SET given_by_name = NULL, withdrawal_reason = NULL, personal_data_erased_at = now() WHERE senior_id = $1`, [seniorId]);
    const shortlists: { id: string; excluded: unknown }[] = await m.query(`SELECT id, excluded FROM shortlist WHERE request_id = ANY ($1::uuid[])`, [ids]);
    for (const s of shortlists) {
      await m.query(`UPDATE shortlist SET excluded = $2::jsonb WHERE id = $1`, [s.id, JSON.stringify(redactCareLevelWords(s.excluded))]);
      const entries: { position: number; explanation: unknown }[] = await m.query(`SELECT position, explanation FROM shortlist_entry WHERE shortlist_id = $1`, [s.id]);
      for (const e of entries) {
        await m.query(`UPDATE shortlist_entry SET explanation = $3::jsonb WHERE shortlist_id = $1 AND position = $2`, [s.id, e.position, JSON.stringify(redactCareLevelWords(e.explanation))]);
      }
    }
    return ids.length;
  }

  onApplicationBootstrap(): void {
    this.job = new PeriodicJob(this.settings.retentionPurgeMs, () => this.eraseExpired(), (err) => this.log.error({ err: err.message }, 'scheduled erasure of personal data failed'));
    this.job.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.job?.stop();
  }
}
