import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Actor, forbidden, notFound, requireRole, UnitOfWork } from '@sanpuku/platform';
import { accessFactsForNewRequest, canFileRequest, requestVisibility } from '../access/access.policy';
import { valueOrThrow } from '../common/graphql-errors';
import { en, ja } from '../common/labels';
import { checkedLimit, LIST_LIMIT, NEXT_CANDIDATES_LIMIT } from '../common/limits';
import { DISCLOSURE_ITEMS, SENSITIVE_ITEMS } from '@sanpuku/matching-domain';
import { itemsShown, SENIOR_FIELD_ITEMS } from '../privacy/access-log.policy';
import { AccessLogRepository } from '../privacy/access-log.repository';
import { AreaSegmentView, toAreaSegmentView } from '../read-models/area-segment.model';
import { Shortlist, ShortlistEntry } from '../shortlists/shortlist.model';
import { ShortlistsService } from '../shortlists/shortlists.service';
import { HelpRequest, NextStep, RequestNotice, SeniorDetails } from './help-request.model';
import { FileHelpRequestInput } from './help-request.input';
import { HelpRequestRepository, NewRequest, RequestRow, toHelpRequestView, toSeniorDetails } from './help-request.repository';
import { careLevelBand } from '@sanpuku/matching-domain';
import { validateFileHelpRequest } from './help-request.validation';
import { RequestAccess } from './request-access';
import { NoticeKind, RequestNoticeRepository } from './request-notice.repository';
import { ConsentRepository } from '../consent/consent.repository';
import { ReferralRepository } from '../referrals/referral.repository';
import { AreaSegmentRepository } from '../read-models/area-segment.repository';


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
    private readonly tx: UnitOfWork,
    private readonly repo: HelpRequestRepository,
    private readonly shortlists: ShortlistsService,
    private readonly accessLog: AccessLogRepository,
    private readonly access: RequestAccess,
    private readonly consents: ConsentRepository,
    private readonly notes: RequestNoticeRepository,
    private readonly referrals: ReferralRepository,
    private readonly segments: AreaSegmentRepository,
  ) {}

  /** A new shortlist round for the request, in the caller's unit of work; the request's status follows. */
  private async newShortlistRound(m: EntityManager, r: RequestRow, now: Date): Promise<void> {
    const round = await this.shortlists.prepare(m, r.id, await this.repo.facts(m, r), now);
    await this.repo.setStatusAfterShortlist(m, r.id, round.hasCandidates);
    await this.shortlists.store(m, round);
  }

  async file(actor: Actor | null, input: FileHelpRequestInput): Promise<HelpRequest> {
    const a = requireRole(actor, 'family', 'care_manager', 'municipal_staff', 'admin');
    const now = new Date();
    const d = valueOrThrow(validateFileHelpRequest(input, now, a.role));
    const may = canFileRequest(a, d.municipalityCode);
    if (!may.allowed) throw forbidden(may.en, may.ja);
    const access = accessFactsForNewRequest(a, d.municipalityCode);
    const requestId = randomUUID();
    const seniorId = randomUUID();

    const request: NewRequest = {
      id: requestId,
      seniorId,
      senior: d.senior,
      filedByUserId: access.filedByUserId,
      filedByRole: a.role,
      officeId: access.officeId,
      municipalityCode: d.municipalityCode,
      townBlockCode: d.location.townBlockCode,
      lat: d.location.lat,
      lng: d.location.lng,
      ageBand: d.ageBand,
      careLevelBand: careLevelBand(d.senior.careLevel),
      livingSituation: d.livingSituation,
      needs: d.needs,
      coverage: d.preferences.coverage,
      budgetYen: d.preferences.budgetYen,
      preferredDays: d.preferences.preferredDays,
      language: d.preferences.language,
      needsNote: d.needsNote,
      at: now,
    };
    // The round is computed from the input before anything is written (the request's status
    // follows from it), and the rotation lock is the last thing the transaction takes.
    const { row, stored } = await this.tx.run(async (m) => {
      const round = await this.shortlists.prepare(m, requestId, this.repo.factsOfNew(request), now, { firstRound: true });
      const inserted = await this.repo.insert(m, request, round.hasCandidates ? 'open' : 'unmet');
      const c = d.acquisitionConsent;
      await this.consents.insertAcquisition(m, {
        id: randomUUID(),
        seniorId,
        requestId,
        dataItems: SENSITIVE_ITEMS,
        givenBy: c.givenBy,
        givenByName: c.givenByName,
        by: { userId: a.sub, role: a.role },
        obtainedAt: c.obtainedAt,
        method: c.method,
        textVersion: c.textVersion,
      });
      return { row: inserted, stored: await this.shortlists.store(m, round) };
    });
    return { ...toHelpRequestView(row), firstShortlist: stored.view };
  }

  async list(actor: Actor | null, f: { status?: string | null; limit?: number | null }): Promise<HelpRequest[]> {
    const a = requireRole(actor);
    const limit = checkedLimit(f.limit, LIST_LIMIT);
    const rows = await this.repo.list(requestVisibility(a), { status: f.status ?? null, limit });
    return rows.map(toHelpRequestView);
  }

  async get(actor: Actor | null, id: string): Promise<HelpRequest> {
    return toHelpRequestView(await this.access.visible(actor, id));
  }

  /**
   * The senior's personal details. Every view that shows any of them is logged first (who, which
   * items — from the fields the operation selected — and when): no log entry, no data.
   */
  async senior(actor: Actor | null, requestId: string, view: { fields: Iterable<string>; operationType: 'query' | 'mutation' | 'subscription' }): Promise<SeniorDetails> {
    const a = requireRole(actor);
    const r = await this.access.visible(a, requestId);
    const p = await this.repo.personal(requestId);
    if (!p) throw notFound('senior of the help request', '相談依頼のご本人');
    // Once erased nothing personal is shown, so nothing is logged (the earlier log stays).
    const items = p.erased_at ? [] : itemsShown(view.fields, SENIOR_FIELD_ITEMS, DISCLOSURE_ITEMS);
    if (items.length) {
      await this.accessLog.append({ seniorId: r.senior_id, requestId: r.id, referralId: null, via: 'request_senior', items, viewer: a, operationType: view.operationType });
    }
    return toSeniorDetails(p);
  }

  /**
   * The latest shortlist. On the request a filing returns it is the one just stored (its filer
   * may see it: filing checked that), so nothing is read back.
   */
  async shortlist(actor: Actor | null, r: Pick<HelpRequest, 'id' | 'firstShortlist'>): Promise<Shortlist | null> {
    if (r.firstShortlist) return r.firstShortlist();
    await this.access.visible(actor, r.id);
    return this.shortlists.latest(r.id);
  }

  /** Shortlist entries not referred yet, in shortlist order: what to refer next. */
  async nextCandidates(actor: Actor | null, requestId: string, limit: number): Promise<ShortlistEntry[]> {
    const n = checkedLimit(limit, NEXT_CANDIDATES_LIMIT);
    await this.access.visible(actor, requestId);
    return this.shortlists.nextCandidates(requestId, await this.referrals.offeringIdsOfRequest(requestId), n);
  }

  async notices(actor: Actor | null, requestId: string): Promise<RequestNotice[]> {
    await this.access.visible(actor, requestId);
    const rows = await this.notes.ofRequest(requestId);
    return rows.map((r) => ({ kind: r.kind, kindLabelJa: ja('RequestNoticeKind', r.kind), kindLabelEn: en('RequestNoticeKind', r.kind), referralId: r.referral_id, offeringIds: r.offering_ids, createdAt: r.created_at, ...NOTICE_TEXT[r.kind](r.offering_ids.length) }));
  }

  /**
   * The next step when the latest shortlist has no candidate or leaves a need uncovered (or the
   * request is unmet after its referrals): whom to contact, and that the request is matched again
   * automatically when a new offering is published (see RematchService), with a notice.
   */
  async nextStep(actor: Actor | null, requestId: string): Promise<NextStep | null> {
    const r = await this.access.visible(actor, requestId);
    const s = await this.shortlists.latestCounts(requestId);
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
    const r = await this.access.visible(actor, requestId);
    const s = await this.segments.of(r.municipality_code);
    return s ? toAreaSegmentView(s) : null;
  }

  /** A new shortlist round (e.g. after new offerings were published); counts as exposure. */
  async refreshShortlist(actor: Actor | null, requestId: string): Promise<Shortlist> {
    requireRole(actor, 'family', 'care_manager', 'municipal_staff', 'admin');
    const now = new Date();
    await this.tx.run(async (m) => {
      const r = await this.access.visibleIn(m, actor, requestId, { lock: true });
      this.access.refuseIfErased(r);
      await this.newShortlistRound(m, r, now);
    });
    return (await this.shortlists.latest(requestId))!;
  }
}
