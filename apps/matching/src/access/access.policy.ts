/**
 * Who may see and do what in the matching service. Pure functions over the verified actor and
 * the facts that decide access (never over personal data), so every rule has a scenario test
 * and the services apply exactly these rules, in SQL filters and in single-item checks alike.
 *
 * - family: only the requests they filed themselves.
 * - care_manager: only requests of their office's clients (filed by a care manager of that office).
 * - municipal_staff: only requests in their municipality; the neutrality report and unmet demand
 *   for that municipality.
 * - operator: only referrals to their own organization (pseudonymous summary until accepted);
 *   unmet-demand aggregates of every municipality (that is what they need to plan services).
 * - admin: everything.
 */
import type { Actor, Role } from '@sanpuku/platform';

/** The facts of a help request that decide who may see it. */
export interface RequestAccessFacts {
  readonly filedByUserId: string;
  readonly officeId: string | null;
  readonly municipalityCode: string;
}

/** Which requests an actor may see, as a filter the repository turns into SQL. */
export type RequestVisibility =
  | { readonly kind: 'all' }
  | { readonly kind: 'filed_by'; readonly userId: string }
  | { readonly kind: 'office'; readonly officeId: string }
  | { readonly kind: 'municipality'; readonly municipalityCode: string }
  | { readonly kind: 'none' };

export interface Denial {
  readonly allowed: false;
  readonly en: string;
  readonly ja: string;
}
export type Decision = { readonly allowed: true } | Denial;

const allow: Decision = { allowed: true };
const deny = (en: string, ja: string): Denial => ({ allowed: false, en, ja });

/** The roles that act for the senior (file requests, record consent, send referrals). */
export const REQUESTER_ROLES: readonly Role[] = ['family', 'care_manager', 'municipal_staff', 'admin'];

export function requestVisibility(actor: Actor): RequestVisibility {
  switch (actor.role) {
    case 'admin':
      return { kind: 'all' };
    case 'family':
      return { kind: 'filed_by', userId: actor.sub };
    case 'care_manager':
      return actor.officeId ? { kind: 'office', officeId: actor.officeId } : { kind: 'none' };
    case 'municipal_staff':
      return actor.municipalityCode ? { kind: 'municipality', municipalityCode: actor.municipalityCode } : { kind: 'none' };
    default:
      return { kind: 'none' };
  }
}

export function canSeeRequest(actor: Actor, request: RequestAccessFacts): boolean {
  const v = requestVisibility(actor);
  switch (v.kind) {
    case 'all':
      return true;
    case 'filed_by':
      return request.filedByUserId === v.userId;
    case 'office':
      return request.officeId === v.officeId;
    case 'municipality':
      return request.municipalityCode === v.municipalityCode;
    case 'none':
      return false;
  }
}

/** Whether the actor may file a help request for a senior living in `municipalityCode`. */
export function canFileRequest(actor: Actor, municipalityCode: string): Decision {
  switch (actor.role) {
    case 'family':
    case 'care_manager':
    case 'admin':
      return allow;
    case 'municipal_staff':
      return actor.municipalityCode === municipalityCode
        ? allow
        : deny(
            `municipal staff file requests only for their own municipality (${actor.municipalityCode ?? '-'})`,
            `自治体職員は所属市区町村（${actor.municipalityCode ?? '-'}）の依頼のみ登録できます`,
          );
    default:
      return deny('operators cannot file help requests', '事業者は相談依頼を登録できません');
  }
}

/** The access facts a new request gets from the actor who files it. */
export function accessFactsForNewRequest(actor: Actor, municipalityCode: string): RequestAccessFacts {
  return {
    filedByUserId: actor.sub,
    officeId: actor.role === 'care_manager' ? (actor.officeId ?? null) : null,
    municipalityCode,
  };
}

/** The side an actor takes on a referral: the requester side, the receiving operator, or none. */
export type ReferralParty = 'requester' | 'operator';

export interface ReferralAccessFacts {
  readonly organizationId: string;
  readonly request: RequestAccessFacts;
}

/**
 * Requester side = anyone who may see the request (admin included: it acts for the requester
 * side, never as an operator). Operator = an operator of the receiving organization.
 * null = not a party: the referral must look as if it did not exist.
 */
export function referralPartyOf(actor: Actor, referral: ReferralAccessFacts): ReferralParty | null {
  if (actor.role === 'operator') return actor.organizationId === referral.organizationId ? 'operator' : null;
  return canSeeRequest(actor, referral.request) ? 'requester' : null;
}

/** Which referrals appear in an actor's inbox: an operator's own organization, or all for admin. */
export type InboxVisibility = { readonly kind: 'all' } | { readonly kind: 'organization'; readonly organizationId: string } | { readonly kind: 'none' };

export function inboxVisibility(actor: Actor): InboxVisibility {
  if (actor.role === 'admin') return { kind: 'all' };
  if (actor.role === 'operator' && actor.organizationId) return { kind: 'organization', organizationId: actor.organizationId };
  return { kind: 'none' };
}

/** The neutrality report of a municipality: its own staff and admin. */
export function canSeeNeutralityReport(actor: Actor, municipalityCode: string): Decision {
  if (actor.role === 'admin') return allow;
  if (actor.role === 'municipal_staff') {
    return actor.municipalityCode === municipalityCode
      ? allow
      : deny(
          `municipal staff see the neutrality report of their own municipality (${actor.municipalityCode ?? '-'}) only`,
          `中立性レポートは所属市区町村（${actor.municipalityCode ?? '-'}）のもののみ閲覧できます`,
        );
  }
  return deny('only municipal staff and administrators see neutrality reports', '中立性レポートは自治体職員と管理者のみ閲覧できます');
}

/** Which municipalities' unmet-demand aggregates an actor may read. */
export type DemandScope = { readonly kind: 'all' } | { readonly kind: 'municipality'; readonly municipalityCode: string } | Denial;

export function unmetDemandScope(actor: Actor, requestedMunicipality: string | null): DemandScope {
  if (actor.role === 'admin' || actor.role === 'operator') {
    return requestedMunicipality ? { kind: 'municipality', municipalityCode: requestedMunicipality } : { kind: 'all' };
  }
  if (actor.role === 'municipal_staff' && actor.municipalityCode) {
    if (requestedMunicipality && requestedMunicipality !== actor.municipalityCode) {
      return deny(
        `municipal staff see unmet demand of their own municipality (${actor.municipalityCode}) only`,
        `未充足ニーズは所属市区町村（${actor.municipalityCode}）のもののみ閲覧できます`,
      );
    }
    return { kind: 'municipality', municipalityCode: actor.municipalityCode };
  }
  return deny('unmet-demand aggregates are for operators and municipalities', '未充足ニーズの集計は事業者と自治体向けです');
}
