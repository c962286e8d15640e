import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { Actor, conflict, forbidden, notFound, requireRole, UnitOfWork } from '@sanpuku/platform';
import { accessFactsForNewRequest, canFileRequest, canSeeRequest, requestVisibility } from '../access/access.policy';
import { valueOrThrow } from '../common/graphql-errors';
import { en, ja } from '../common/labels';
import { checkedLimit, LIST_LIMIT, NEXT_CANDIDATES_LIMIT } from '../common/limits';
import { DISCLOSURE_ITEMS, SENSITIVE_ITEMS } from '@sanpuku/matching-domain';
import { itemsShown, SENIOR_FIELD_ITEMS } from '../privacy/access-log.policy';
import { AccessLogRepository } from '../privacy/access-log.repository';
import { AreaSegmentRow, AreaSegmentView, toAreaSegmentView } from '../read-models/area-segment.model';
import { Shortlist, ShortlistEntry } from '../shortlists/shortlist.model';
import { ShortlistsService } from '../shortlists/shortlists.service';
import { FileHelpRequestInput, HelpRequest, NextStep, RequestNotice, SeniorDetails } from './help-request.model';
import { accessFactsOf, HelpRequestRepository, RequestRow, toHelpRequestView, toSeniorDetails } from './help-request.repository';
import { careLevelBand } from '@sanpuku/matching-domain';
import { validateFileHelpRequest } from './help-request.validation';

type NoticeKind = 'referral_expired' | 'referral_rejected' | 'referral_failed' | 'recorded_as_unmet' | 'rematched';

/**
 * Whom to contact when matching could not (fully) help. Generic on purpose: every municipality has
 * a 地域包括支援センター (community general support centre, the public first contact for older
 * people's care and living); matching keeps no directory of them, so it names the kind of office
 * and how to find it rather than a possibly wrong address.
 */
export const MUNICIPAL_CONTACT = {
  ja: 'お住まいの市区町村の地域包括支援センター（高齢者の暮らしと介護の総合相談窓口・相談無料）にご相談ください。担当のセンターは市区町村の高齢者福祉の窓口で案内しています',
  en: 'Contact the community general support centre (地域包括支援センター) of the senior’s municipality: the free public first contact for older people’s care and daily life. The municipality’s elderly-welfare desk tells you which centre serves the address',
};
const NOTICE_TEXT: Record<NoticeKind, (n: number) => { messageJa: string; messageEn: string }> = {
  referral_expired: (n) => ({
    messageJa: `事業者から期限内に応答がなかったため紹介は期限切れになりました。次の候補${n}件をご検討ください`,
    messageEn: `The operator did not answer in time, so the referral expired. ${n} next candidate(s) are offered`,
  }),
  referral_rejected: (n) => ({
    messageJa: `事業者が紹介をお断りしました。次の候補${n}件をご検討ください`,
    messageEn: `The operator declined the referral. ${n} next candidate(s) are offered`,
  }),
  referral_failed: (n) => ({
    messageJa: `サービスが成立しませんでした。次の候補${n}件をご検討ください`,
    messageEn: `The service did not work out. ${n} next candidate(s) are offered`,
  }),
  rematched: (n) => ({
    messageJa: `新しく掲載されたサービスで、もう一度候補を探しました。候補が${n}件見つかりました。候補一覧をご確認ください`,
    messageEn: `A newly published offering was matched against this request: ${n} candidate(s) found. Please look at the shortlist`,
  }),
  recorded_as_unmet: () => ({
    messageJa: '紹介できる候補がなくなったため、未充足ニーズとして記録しました（個人は特定されない集計にのみ使われます）',
    messageEn: 'No candidates are left, so the request was recorded as unmet demand (used only in aggregates that identify nobody)',
  }),
};

/**
 * Help requests: filed by a family member, a care manager or municipal staff for one senior.
 * Filing stores the senior's identity and care details apart from the matchable facts, records
 * the consent to collect the care details, and produces the first shortlist, in one transaction.
 */
@Injectable()
export class HelpRequestsService {
  constructor(
    private readonly ds: DataSource,
    private readonly tx: UnitOfWork,
    private readonly repo: HelpRequestRepository,
    private readonly shortlists: ShortlistsService,
    private readonly accessLog: AccessLogRepository,
  ) {}

  async file(actor: Actor | null, input: FileHelpRequestInput): Promise<HelpRequest> {
    const a = requireRole(actor, 'family', 'care_manager', 'municipal_staff', 'admin');
    const now = new Date();
    const d = valueOrThrow(validateFileHelpRequest(input, now, a.role));
    const may = canFileRequest(a, d.municipalityCode);
    if (!may.allowed) throw forbidden(may.en, may.ja);
    const access = accessFactsForNewRequest(a, d.municipalityCode);
    const requestId = randomUUID();
    const seniorId = randomUUID();

    const row = await this.tx.run(async (m) => {
      await m.query(
        `INSERT INTO senior (id, full_name, full_name_kana, address_text, contact_phone) VALUES ($1, $2, $3, $4, $5)`,
        [seniorId, d.senior.fullName, d.senior.fullNameKana, d.senior.addressText, d.senior.contactPhone],
      );
      await m.query(
        `INSERT INTO help_request (id, senior_id, filed_by_user_id, filed_by_role, office_id, municipality_code, town_block_code,
                                   location_lat, location_lng, age_band, care_level_band, living_situation, needs, coverage,
                                   budget_yen, preferred_days, language, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $18)`,
        [
          requestId,
          seniorId,
          access.filedByUserId,
          a.role,
          access.officeId,
          d.municipalityCode,
          d.location.townBlockCode,
          d.location.lat,
          d.location.lng,
          d.ageBand,
          careLevelBand(d.senior.careLevel),
          d.livingSituation,
          d.needs,
          d.preferences.coverage,
          d.preferences.budgetYen,
          d.preferences.preferredDays,
          d.preferences.language,
          now,
        ],
      );
      await m.query(
        `INSERT INTO help_request_sensitive (request_id, care_level, health_notes, needs_note) VALUES ($1, $2, $3, $4)`,
        [requestId, d.senior.careLevel, d.senior.healthNotes, d.needsNote],
      );
      const c = d.acquisitionConsent;
      await m.query(
        `INSERT INTO consent (id, senior_id, request_id, purpose, data_items, given_by, given_by_name, obtained_by_user_id, obtained_by_role, obtained_at, method, text_version)
         VALUES ($1, $2, $3, 'acquisition', $4, $5, $6, $7, $8, $9, $10, $11)`,
        [randomUUID(), seniorId, requestId, SENSITIVE_ITEMS, c.givenBy, c.givenByName, a.sub, a.role, c.obtainedAt, c.method, c.textVersion],
      );
      const r = (await this.repo.byId(requestId, m))!;
      await this.shortlists.generate(m, requestId, await this.repo.facts(m, r), now);
      return (await this.repo.byId(requestId, m))!;
    });
    return toHelpRequestView(row);
  }

  async list(actor: Actor | null, f: { status?: string | null; limit?: number | null }): Promise<HelpRequest[]> {
    const a = requireRole(actor);
    const limit = checkedLimit(f.limit, LIST_LIMIT);
    const rows = await this.repo.list(requestVisibility(a), { status: f.status ?? null, limit });
    return rows.map(toHelpRequestView);
  }

  /**
   * The request if the actor may see it; otherwise NOT_FOUND (as if it did not exist, so ids
   * of other people's requests reveal nothing).
   */
  async accessible(actor: Actor | null, id: string, m: EntityManager | DataSource = this.ds, lock = false): Promise<RequestRow> {
    const a = requireRole(actor);
    const r = /^[0-9a-f-]{36}$/i.test(id) ? await this.repo.byId(id, m, lock) : null;
    if (!r || !canSeeRequest(a, accessFactsOf(r))) throw notFound('help request', '相談依頼');
    return r;
  }

  /**
   * Refuses to act on a request whose senior's personal data was erased (new shortlists, consents,
   * referrals): there is nobody left to match or disclose. INVALID_TRANSITION, like other
   * refusals because of the current state.
   */
  refuseIfErased(r: RequestRow): void {
    if (r.personal_data_erased_at) {
      throw conflict(
        'INVALID_TRANSITION',
        'the senior’s personal data of this request has been erased, so nothing more can be done with it; file a new request if help is needed again',
        'この相談依頼のご本人の個人データは削除済みのため、これ以上の操作はできません。改めて支援が必要な場合は新しい相談依頼を登録してください',
        { currentStatus: 'personal_data_erased' },
      );
    }
  }

  async get(actor: Actor | null, id: string): Promise<HelpRequest> {
    return toHelpRequestView(await this.accessible(actor, id));
  }

  /**
   * The senior's personal details. Every view that shows any of them is logged first (who, which
   * items — from the fields the operation selected — and when): no log entry, no data.
   */
  async senior(actor: Actor | null, requestId: string, view: { fields: Iterable<string>; operationType: 'query' | 'mutation' | 'subscription' }): Promise<SeniorDetails> {
    const a = requireRole(actor);
    const r = await this.accessible(a, requestId);
    const p = await this.repo.personal(requestId);
    if (!p) throw notFound('senior of the help request', '相談依頼のご本人');
    // Once erased nothing personal is shown, so nothing is logged (the earlier log stays).
    const items = p.erased_at ? [] : itemsShown(view.fields, SENIOR_FIELD_ITEMS, DISCLOSURE_ITEMS);
    if (items.length) {
      await this.accessLog.append({ seniorId: r.senior_id, requestId: r.id, referralId: null, via: 'request_senior', items, viewer: a, operationType: view.operationType });
    }
    return toSeniorDetails(p);
  }

  async shortlist(actor: Actor | null, requestId: string): Promise<Shortlist | null> {
    await this.accessible(actor, requestId);
    return this.shortlists.latest(requestId);
  }

  /** Shortlist entries not referred yet, in shortlist order: what to refer next. */
  async nextCandidates(actor: Actor | null, requestId: string, limit: number): Promise<ShortlistEntry[]> {
    const n = checkedLimit(limit, NEXT_CANDIDATES_LIMIT);
    await this.accessible(actor, requestId);
    return this.shortlists.nextCandidates(requestId, n);
  }

  async notices(actor: Actor | null, requestId: string): Promise<RequestNotice[]> {
    await this.accessible(actor, requestId);
    const rows: { kind: NoticeKind; referral_id: string | null; offering_ids: string[]; created_at: Date }[] = await this.ds.query(
      `SELECT kind, referral_id, offering_ids::text[] AS offering_ids, created_at FROM request_notice WHERE request_id = $1 ORDER BY id`,
      [requestId],
    );
    return rows.map((r) => ({ kind: r.kind, kindLabelJa: ja('RequestNoticeKind', r.kind), kindLabelEn: en('RequestNoticeKind', r.kind), referralId: r.referral_id, offeringIds: r.offering_ids, createdAt: r.created_at, ...NOTICE_TEXT[r.kind](r.offering_ids.length) }));
  }

  /**
   * The next step when the latest shortlist has no candidate or leaves a need uncovered (or the
   * request is unmet after its referrals): whom to contact, and that the request is matched again
   * automatically when a new offering is published (see RematchService), with a notice.
   */
  async nextStep(actor: Actor | null, requestId: string): Promise<NextStep | null> {
    const r = await this.accessible(actor, requestId);
    const [s]: { entries: number; uncovered: number }[] = await this.ds.query(
      `SELECT (SELECT count(*)::int FROM shortlist_entry e WHERE e.shortlist_id = s.id) AS entries, cardinality(s.uncovered_needs) AS uncovered
         FROM shortlist s WHERE s.request_id = $1 ORDER BY s.round DESC LIMIT 1`,
      [requestId],
    );
    if (r.status === 'fulfilled') return null;
    const again = {
      ja: '新しいサービスが掲載されると、この依頼について自動でもう一度候補を探し、見つかったらこの依頼のお知らせでお伝えします。',
      en: 'When a new offering is published, this request is matched again automatically, and you are told in this request’s notices if candidates are found.',
    };
    if (r.status === 'unmet' || !s || s.entries === 0) {
      return {
        messageJa: `いまはご希望の条件に合うサービスが見つかっていません。${again.ja}`,
        messageEn: `No service matching the request has been found yet. ${again.en}`,
        contactJa: MUNICIPAL_CONTACT.ja,
        contactEn: MUNICIPAL_CONTACT.en,
      };
    }
    if (s.uncovered > 0) {
      return {
        messageJa: `ご希望の分野のうち${s.uncovered}分野には、まだ対応するサービスがありません。${again.ja}`,
        messageEn: `${s.uncovered} of the requested categories have no service yet. ${again.en}`,
        contactJa: MUNICIPAL_CONTACT.ja,
        contactEn: MUNICIPAL_CONTACT.en,
      };
    }
    return null;
  }

  /** The municipality's market-viability segment, from the region read model. */
  async marketSegment(actor: Actor | null, requestId: string): Promise<AreaSegmentView | null> {
    const r = await this.accessible(actor, requestId);
    const [s]: AreaSegmentRow[] = await this.ds.query(`SELECT * FROM area_segment_read_model WHERE municipality_code = $1`, [r.municipality_code]);
    return s ? toAreaSegmentView(s) : null;
  }

  /** A new shortlist round (e.g. after new offerings were published); counts as exposure. */
  async refreshShortlist(actor: Actor | null, requestId: string): Promise<Shortlist> {
    requireRole(actor, 'family', 'care_manager', 'municipal_staff', 'admin');
    const now = new Date();
    await this.tx.run(async (m) => {
      const r = await this.accessible(actor, requestId, m, true);
      this.refuseIfErased(r);
      await this.shortlists.generate(m, requestId, await this.repo.facts(m, r), now);
    });
    return (await this.shortlists.latest(requestId))!;
  }
}
