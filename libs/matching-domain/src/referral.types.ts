import type { Bilingual } from './senior-profile.types';

/** Same values as the `ReferralStatus` enum in @sanpuku/contracts (matching.referral events). */
export const REFERRAL_STATUSES = [
  'draft',
  'requested',
  'accepted',
  'rejected',
  'in_progress',
  'on_hold',
  'completed',
  'failed',
  'cancelled',
  'expired',
] as const;
export type ReferralStatus = (typeof REFERRAL_STATUSES)[number];

/** Statuses a referral can be put on hold from (and returns to on resume). */
export type HoldableStatus = 'requested' | 'accepted' | 'in_progress';
export const TERMINAL_REFERRAL_STATUSES: readonly ReferralStatus[] = [
  'rejected',
  'completed',
  'failed',
  'cancelled',
  'expired',
];

export const REFERRAL_ACTIONS = [
  'send',
  'cancel',
  'accept',
  'reject',
  'start',
  'complete',
  'fail',
  'hold',
  'resume',
  'expire',
] as const;
export type ReferralAction = (typeof REFERRAL_ACTIONS)[number];

export type ReferralActorRole = 'requester' | 'operator' | 'system';

export interface ReferralActor {
  readonly role: ReferralActorRole;
  /** Who: user id of the requester (senior, family, care manager, municipal staff), operator user id, or a system job id. */
  readonly id: string;
}

/** The state the machine needs. History is returned per transition for the service to append. */
export interface ReferralState {
  readonly id: string;
  readonly status: ReferralStatus;
  /** ISO-8601 instant the current status was entered. */
  readonly statusSince: string;
  /** While on_hold: the status to resume to; otherwise null. */
  readonly heldFrom: HoldableStatus | null;
  /** Reason code of the transition into the current status (null if none given). */
  readonly reasonCode: string | null;
  /** 1 at creation, +1 per transition (= `version` of ReferralStatusChangedV1). */
  readonly version: number;
}

export interface ReferralHistoryEntry {
  readonly referralId: string;
  /** The referral's version after this entry. */
  readonly version: number;
  readonly action: ReferralAction | 'create';
  readonly actor: ReferralActor;
  /** ISO-8601. */
  readonly at: string;
  readonly from: ReferralStatus | null;
  readonly to: ReferralStatus;
  readonly reasonCode: string | null;
}

export interface ReferralTransitionResult {
  readonly referral: ReferralState;
  readonly entry: ReferralHistoryEntry;
}

export const REFERRAL_STATUS_LABELS: Readonly<Record<ReferralStatus, Bilingual>> = {
  draft: { ja: '下書き', en: 'draft' },
  requested: { ja: '依頼中', en: 'requested' },
  accepted: { ja: '受諾済み', en: 'accepted' },
  rejected: { ja: 'お断り', en: 'rejected' },
  in_progress: { ja: 'サービス提供中', en: 'in progress' },
  on_hold: { ja: '保留中', en: 'on hold' },
  completed: { ja: '完了', en: 'completed' },
  failed: { ja: '不成立', en: 'failed' },
  cancelled: { ja: '取消', en: 'cancelled' },
  expired: { ja: '期限切れ（事業者の応答なし）', en: 'expired (no operator response)' },
};

export const REFERRAL_ACTION_LABELS: Readonly<Record<ReferralAction, Bilingual>> = {
  send: { ja: '依頼を送信', en: 'send' },
  cancel: { ja: '取り消し', en: 'cancel' },
  accept: { ja: '受諾', en: 'accept' },
  reject: { ja: 'お断り', en: 'reject' },
  start: { ja: '提供開始', en: 'start' },
  complete: { ja: '完了', en: 'complete' },
  fail: { ja: '不成立', en: 'fail' },
  hold: { ja: '保留', en: 'put on hold' },
  resume: { ja: '再開', en: 'resume' },
  expire: { ja: '期限切れ処理', en: 'expire' },
};

export const REFERRAL_ROLE_LABELS: Readonly<Record<ReferralActorRole, Bilingual>> = {
  requester: { ja: '依頼者', en: 'requester' },
  operator: { ja: '事業者', en: 'operator' },
  system: { ja: 'システム', en: 'system' },
};
