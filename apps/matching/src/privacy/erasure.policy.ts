/**
 * Erasure of a senior's own personal data (APPI: 本人からの削除請求, and the schedule after their
 * requests close). Pure: who may ask, which reasons exist, the words shown in place of erased
 * values, and how the stored shortlist words that name the exact care level are redacted.
 */
import type { Actor } from '@sanpuku/platform';
import type { RequestAccessFacts } from '../access/access.policy';

/** Reasons staff can give (closed list, words: labels(kinds: ["ErasureReason"])). */
export const REQUESTED_ERASURE_REASONS = ['subject_request', 'representative_request', 'unlawful_handling', 'no_longer_needed'] as const;
export type RequestedErasureReason = (typeof REQUESTED_ERASURE_REASONS)[number];
/** Every reason an erasure record may carry: the schedule's own one besides. */
export const ERASURE_REASONS = [...REQUESTED_ERASURE_REASONS, 'retention_period_ended'] as const;
export type ErasureReason = (typeof ERASURE_REASONS)[number];
export const ERASURE_KINDS = ['on_request', 'scheduled'] as const;
export type ErasureKind = (typeof ERASURE_KINDS)[number];

/** The staff note on an erasure: a reference such as the number of the written request; no personal data. */
export const ERASURE_NOTE_MAX = 500;

/** What views show where an erased value was. */
export const ERASED = { ja: '削除済み', en: 'erased' } as const;

/** Request statuses that count as closed for the schedule (there is no cancelled or withdrawn request status). */
export const CLOSED_REQUEST_STATUSES = ['fulfilled', 'unmet'] as const;
/** Referral statuses under which a service is still being arranged or given: the senior's data is still needed. */
export const LIVE_REFERRAL_STATUSES = ['draft', 'requested', 'accepted', 'in_progress', 'on_hold'] as const;

export type ErasureDecision = { readonly allowed: true } | { readonly allowed: false; readonly hidden: boolean; readonly en: string; readonly ja: string };

/**
 * Municipal staff of the request's municipality, and admins, may erase; nobody else. Callers who
 * cannot see the request at all learn nothing about it (`hidden`: answered as NOT_FOUND); those who
 * can (the family that filed it, the care manager's office) are told they may not (FORBIDDEN) and
 * whom to ask.
 */
export function canEraseSeniorData(actor: Actor, request: RequestAccessFacts, canSee: boolean): ErasureDecision {
  if (actor.role === 'admin') return { allowed: true };
  if (actor.role === 'municipal_staff' && actor.municipalityCode === request.municipalityCode) return { allowed: true };
  if (!canSee) return { allowed: false, hidden: true, en: '', ja: '' };
  return {
    allowed: false,
    hidden: false,
    en: 'Only the municipality’s staff or an administrator can erase a senior’s personal data; ask the municipality’s desk',
    ja: 'ご本人の個人データの削除は、市区町村の職員または管理者だけが行えます。市区町村の窓口にご依頼ください',
  };
}

const CARE_LEVEL_REDACTED = {
  ja: '要介護度の条件を確認しました（ご本人の情報は削除済み）',
  en: 'The care-level condition was checked (the senior’s details are erased)',
} as const;

/**
 * A stored shortlist explanation (or exclusion list) with every care-level outcome's words
 * replaced: they name the senior's exact care level (要配慮個人情報). The outcome's filter, result
 * and code stay, so the shortlist's facts (who was shown, in which order, which filters passed)
 * still read the same.
 */
export function redactCareLevelWords<T>(stored: T): T {
  if (Array.isArray(stored)) return stored.map((x) => redactCareLevelWords(x)) as T;
  if (stored === null || typeof stored !== 'object') return stored;
  const o = stored as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(o)) out[k] = redactCareLevelWords(v);
  if (o.filter === 'care_level') {
    if (typeof o.ja === 'string') out.ja = CARE_LEVEL_REDACTED.ja;
    if (typeof o.en === 'string') out.en = CARE_LEVEL_REDACTED.en;
    if ('params' in o) delete out.params;
  }
  return out as T;
}
