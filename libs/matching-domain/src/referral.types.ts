import type { Bilingual } from './senior-profile.types';
import { wordsOf } from './words';

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

/** The words of each status, action and actor kind: from the kernel's label registry. */
export const REFERRAL_STATUS_LABELS: Readonly<Record<ReferralStatus, Bilingual>> = wordsOf('ReferralStatus', REFERRAL_STATUSES);
export const REFERRAL_ACTION_LABELS: Readonly<Record<ReferralAction, Bilingual>> = wordsOf('ReferralAction', REFERRAL_ACTIONS);
export const REFERRAL_ROLE_LABELS: Readonly<Record<ReferralActorRole, Bilingual>> = wordsOf('ReferralActorKind', ['requester', 'operator', 'system'] as const);
