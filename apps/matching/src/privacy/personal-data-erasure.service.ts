import { Inject, Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Actor, forbidden, getLogger, notFound, requireRole, UnitOfWork, conflict, PeriodicJob } from '@sanpuku/platform';
import { canSeeRequest } from '../access/access.policy';
import { valueOrThrow } from '../common/graphql-errors';
import { MATCHING_SETTINGS, MatchingSettings } from '../config/matching.settings';
import { ConsentWithdrawalHooks } from '../consent/consent.service';
import { ConsentRepository } from '../consent/consent.repository';
import { ReferralRepository } from '../referrals/referral.repository';
import { accessFactsOf, HelpRequestRepository } from '../requests/help-request.repository';
import { ShortlistRepository } from '../shortlists/shortlist.repository';
import { CLOSED_REQUEST_STATUSES, canEraseSeniorData, type ErasureKind, type ErasureReason, LIVE_REFERRAL_STATUSES, redactCareLevelWords } from './erasure.policy';
import { ErasureRecordRow, ErasureRepository } from './erasure.repository';
import { validateEraseSeniorPersonalData } from './erasure.validation';

export type { ErasureRecordRow } from './erasure.repository';

/** Who erases, as `personal_data_erasure` records it. */
export interface ErasureActor {
  readonly userId: string;
  /** A platform role (municipal_staff, admin) or 'system'. */
  readonly role: string;
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
 *
 * This service orchestrates only: each feature erases its own rows through its repository
 * (requests: senior and requests; consent: the giver's name; shortlists: the stored words;
 * referrals: which requests are still active), all in the one unit of work.
 */
@Injectable()
export class PersonalDataErasureService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly log = getLogger('personal-data-erasure');
  /** Started at bootstrap (the settings are not there yet when fields initialise). */
  private job: PeriodicJob | null = null;

  constructor(
    private readonly uow: UnitOfWork,
    private readonly requests: HelpRequestRepository,
    private readonly consents: ConsentRepository,
    private readonly shortlists: ShortlistRepository,
    private readonly referrals: ReferralRepository,
    private readonly erasures: ErasureRepository,
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
      const s = (await this.requests.lockSenior(m, r.senior_id))!;
      if (s.erased_at) {
        throw conflict('INVALID_TRANSITION', 'this senior’s personal data has already been erased', 'このご本人の個人データはすでに削除されています', {
          currentStatus: 'personal_data_erased',
          erasedAt: s.erased_at,
        });
      }
      const at = new Date();
      const consentsWithdrawn = await this.withdrawStandingConsents(m, r.senior_id, a, at);
      const requestsErased = await this.erasePersonalRows(m, r.senior_id);
      return this.erasures.insertRecord(m, {
        seniorId: r.senior_id,
        requestId: r.id,
        municipalityCode: r.municipality_code,
        kind: 'on_request',
        reasonCode: d.reasonCode,
        note: d.note,
        by: { userId: a.sub, role: a.role },
        runId: null,
        requestsErased,
        consentsWithdrawn,
      });
    });
    this.log.info({ erasureId: record.id, seniorId: record.senior_id, reason: record.reason_code }, 'senior personal data erased on request');
    return record;
  }

  /** The erasure of the senior of a request, if any (the caller has checked access). */
  async recordOfSenior(seniorId: string): Promise<ErasureRecordRow | null> {
    return this.erasures.ofSenior(seniorId);
  }

  /**
   * The scheduled erasure: seniors whose requests all closed (fulfilled or unmet) more than
   * `personalDataRetentionDays` ago by the database clock, with no referral still live. Runs are
   * serialised across instances with a transaction-scoped advisory lock, and each is recorded in
   * `personal_data_erasure_run` (with one `personal_data_erasure` row per senior).
   */
  async eraseExpired(by: ErasureActor = SYSTEM): Promise<ErasureRun> {
    const days = this.settings.personalDataRetentionDays;
    const run = await this.uow.run(async (m) => {
      await this.erasures.lockScheduledRuns(m);
      const cutoff = await this.erasures.cutoff(m, days);
      const due = await this.seniorsDue(m, cutoff);
      const r = await this.erasures.insertRun(m, { retentionDays: days, cutoff, by, seniorsErased: due.length });
      for (const s of due) {
        const requestsErased = await this.erasePersonalRows(m, s.id);
        await this.erasures.insertRecord(m, {
          seniorId: s.id,
          requestId: null,
          municipalityCode: s.municipality_code,
          kind: 'scheduled',
          reasonCode: 'retention_period_ended',
          note: null,
          by,
          runId: r.id,
          requestsErased,
          consentsWithdrawn: 0,
        });
      }
      return { id: r.id, runAt: r.run_at, retentionDays: days, cutoff, byUserId: by.userId, byRole: by.role, seniorsErased: due.length };
    });
    this.log.info({ runId: run.id, seniors: run.seniorsErased, retentionDays: days }, 'personal data past retention erased');
    return run;
  }

  /**
   * Up to ERASURE_BATCH seniors, by id, whose requests all closed before `cutoff` (requests) and
   * whose referrals are neither live nor changed since (referrals), locked; a senior another
   * transaction holds is skipped (the next run takes it).
   */
  private async seniorsDue(m: EntityManager, cutoff: Date): Promise<{ id: string; municipality_code: string }[]> {
    const due: { id: string; municipality_code: string }[] = [];
    let after: string | null = null;
    while (due.length < ERASURE_BATCH) {
      const page = await this.requests.seniorsWithRequestsClosedBefore(m, { cutoff, closedStatuses: CLOSED_REQUEST_STATUSES, after, limit: ERASURE_BATCH });
      if (page.length === 0) break;
      after = page[page.length - 1].id;
      const active = await this.referrals.requestsActiveSince(m, page.flatMap((s) => s.request_ids), LIVE_REFERRAL_STATUSES, cutoff);
      const kept = page.filter((s) => !s.request_ids.some((id) => active.has(id))).slice(0, ERASURE_BATCH - due.length);
      const locked = await this.requests.lockSeniorsForErasure(m, kept.map((s) => s.id));
      due.push(...kept.filter((s) => locked.has(s.id)));
    }
    return due;
  }

  /** Standing consents withdrawn through the consent flow (its hooks cancel referrals still waiting under them). */
  private async withdrawStandingConsents(m: EntityManager, seniorId: string, a: Actor, at: Date): Promise<number> {
    const ids = await this.consents.standingOfSenior(m, seniorId);
    for (const id of ids) {
      await this.consents.markWithdrawn(m, id, { at, byUserId: a.sub, reason: null });
      await this.withdrawalHooks.run(m, (await this.consents.byId(id, m))!, a, at);
    }
    return ids.length;
  }

  /**
   * Irreversible, each feature its own rows: the identity columns become NULL, the 要配慮個人情報
   * rows are deleted, the requests lose their town block and point (requests), consents their
   * giver's name and withdrawal reason (consent), and the stored shortlist words naming the exact
   * care level are redacted (shortlists). Returns the number of the senior's requests.
   */
  private async erasePersonalRows(m: EntityManager, seniorId: string): Promise<number> {
    const ids = await this.requests.erasePersonalData(m, seniorId);
    await this.consents.erasePersonalData(m, seniorId);
    await this.shortlists.rewriteStoredWords(m, ids, redactCareLevelWords);
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
