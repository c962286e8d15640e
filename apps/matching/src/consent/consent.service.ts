import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Actor, badInput, notFound, requireRole, UnitOfWork, conflict } from '@sanpuku/platform';
import { consentPurposeOf, consentTextOf, currentConsentText } from './consent-texts';
import { valueOrThrow } from '../common/graphql-errors';
import type { PersonalDataAccess } from '../privacy/access-log.model';
import { AccessLogRepository } from '../privacy/access-log.repository';
import { ReferralRepository } from '../referrals/referral.repository';
import { RequestAccess } from '../requests/request-access';
import { en, ja } from '../common/labels';
import { Consent, ConsentTextView, ProvisionRecord } from './consent.model';
import { RecordConsentInput } from './consent.input';
import { ConsentRepository, ConsentRow, toConsentView } from './consent.repository';
import { validateRecordConsent, validateWithdrawConsent } from './consent.validation';

export type ConsentWithdrawnHook = (m: EntityManager, consent: ConsentRow, actor: Actor, at: Date) => Promise<void>;

/**
 * Other features react to a withdrawal inside the withdrawing transaction (the referral feature
 * cancels referrals still waiting under that consent). A registry instead of an import keeps the
 * dependency one-way: referrals → consent.
 */
@Injectable()
export class ConsentWithdrawalHooks {
  private readonly hooks: ConsentWithdrawnHook[] = [];
  register(hook: ConsentWithdrawnHook): void {
    this.hooks.push(hook);
  }
  async run(m: EntityManager, consent: ConsentRow, actor: Actor, at: Date): Promise<void> {
    for (const h of this.hooks) await h(m, consent, actor, at);
  }
}

/**
 * Consent as a first-class record (APPI): who it is about, for which purpose and data items, to
 * which operators or categories of operators, given by whom on whose behalf, obtained by whom and
 * when, and its withdrawal. Only the requester side of the senior's request records, lists or
 * withdraws it.
 */
@Injectable()
export class ConsentService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly repo: ConsentRepository,
    private readonly access: RequestAccess,
    private readonly hooks: ConsentWithdrawalHooks,
    private readonly accessLog: AccessLogRepository,
    private readonly referrals: ReferralRepository,
  ) {}

  async record(actor: Actor | null, input: RecordConsentInput): Promise<Consent> {
    const a = requireRole(actor, 'family', 'care_manager', 'municipal_staff', 'admin');
    const d = valueOrThrow(validateRecordConsent(input, new Date(), a.role));
    const id = randomUUID();
    const row = await this.uow.run(async (m) => {
      const r = await this.access.visibleIn(m, a, d.requestId);
      this.access.refuseIfErased(r);
      await this.repo.insertProvision(m, {
        id,
        seniorId: r.senior_id,
        requestId: r.id,
        dataItems: d.dataItems,
        recipientOrganizationIds: d.recipientOrganizationIds,
        recipientCategories: d.recipientCategories,
        givenBy: d.given.givenBy,
        givenByName: d.given.givenByName,
        by: { userId: a.sub, role: a.role },
        obtainedAt: d.given.obtainedAt,
        method: d.given.method,
        textVersion: d.given.textVersion,
      });
      return (await this.repo.byId(id, m))!;
    });
    return toConsentView(row);
  }

  /** The current consent text of a purpose, or the version named; BAD_USER_INPUT for an unknown purpose or version. */
  consentText(purpose: string, version: string | null): ConsentTextView {
    const p = consentPurposeOf(purpose);
    if (!p) throw badInput('/purpose', 'no consent text for this purpose (acquisition or provision)', 'この目的の同意文はありません', 'not_allowed_value');
    const t = version ? consentTextOf(p, version) : currentConsentText(p);
    if (!t) throw badInput('/version', 'no such version of the consent text', 'この版の同意文はありません', 'unknown_consent_text_version');
    return { ...t, purposeLabelJa: ja('ConsentPurpose', t.purpose), purposeLabelEn: en('ConsentPurpose', t.purpose) };
  }

  async withdraw(actor: Actor | null, input: { consentId: string; reason?: string | null }): Promise<Consent> {
    const a = requireRole(actor, 'family', 'care_manager', 'municipal_staff', 'admin');
    const d = valueOrThrow(validateWithdrawConsent(input));
    const now = new Date();
    // A unit of work: the hooks (referrals cancelled under this consent) announce after the commit.
    const row = await this.uow.run(async (m) => {
      const c = await this.repo.byId(d.consentId, m, true);
      if (!c || !c.request_id) throw notFound('consent', '同意');
      await this.access.visibleIn(m, a, c.request_id).catch(() => {
        throw notFound('consent', '同意');
      });
      if (c.withdrawn_at) {
        throw conflict('ALREADY_WITHDRAWN', 'this consent was already withdrawn', 'この同意は既に撤回されています', { consentId: c.id });
      }
      // After the senior's personal data was erased the consent keeps no free text (the reason may name people).
      const reason = c.personal_data_erased_at ? null : d.reason;
      await this.repo.markWithdrawn(m, c.id, { at: now, byUserId: a.sub, reason });
      const updated = (await this.repo.byId(c.id, m))!;
      await this.hooks.run(m, updated, a, now);
      return updated;
    });
    return toConsentView(row);
  }

  async listForRequest(actor: Actor | null, requestId: string): Promise<Consent[]> {
    const r = await this.access.visible(actor, requestId);
    return (await this.repo.bySenior(r.senior_id, null)).map(toConsentView);
  }

  /** The senior's side can list every provision of the senior's data (APPI Art. 29 record). */
  async provisionsForRequest(actor: Actor | null, requestId: string): Promise<ProvisionRecord[]> {
    const r = await this.access.visible(actor, requestId);
    return this.repo.provisionsOfSenior(r.senior_id, (ids) => this.referrals.organizationNames(ids));
  }

  /** Every view of the senior's personal details (access log), for the senior's side. */
  async accessLogForRequest(actor: Actor | null, requestId: string): Promise<PersonalDataAccess[]> {
    const r = await this.access.visible(actor, requestId);
    return this.accessLog.ofSenior(r.senior_id);
  }
}
