import { labelKinds } from '@sanpuku/kernel';
import { assertValidNow, MatchingInputError, parseInstantMs } from './input.errors';
import {
  InvalidReferralTransitionError,
  ReferralActorNotPermittedError,
  ReferralReasonError,
} from './referral.errors';
import type {
  HoldableStatus,
  ReferralAction,
  ReferralActor,
  ReferralActorRole,
  ReferralState,
  ReferralStatus,
  ReferralTransitionResult,
} from './referral.types';
import { REFERRAL_ACTIONS } from './referral.types';

export interface ReferralTransitionRule {
  readonly action: ReferralAction;
  readonly from: readonly ReferralStatus[];
  /** 'previous' = the status the referral was held from. */
  readonly to: ReferralStatus | 'previous';
  readonly roles: readonly ReferralActorRole[];
  readonly reason: 'required' | 'optional';
}

/** The whole lifecycle, as data (the README table is this table). */
export const REFERRAL_TRANSITIONS: readonly ReferralTransitionRule[] = [
  { action: 'send', from: ['draft'], to: 'requested', roles: ['requester'], reason: 'optional' },
  {
    action: 'cancel',
    from: ['draft', 'requested', 'accepted', 'in_progress', 'on_hold'],
    to: 'cancelled',
    roles: ['requester'],
    reason: 'optional',
  },
  { action: 'accept', from: ['requested'], to: 'accepted', roles: ['operator'], reason: 'optional' },
  { action: 'reject', from: ['requested'], to: 'rejected', roles: ['operator'], reason: 'required' },
  { action: 'start', from: ['accepted'], to: 'in_progress', roles: ['operator'], reason: 'optional' },
  { action: 'complete', from: ['in_progress'], to: 'completed', roles: ['operator'], reason: 'optional' },
  { action: 'fail', from: ['in_progress'], to: 'failed', roles: ['operator'], reason: 'required' },
  {
    action: 'hold',
    from: ['requested', 'accepted', 'in_progress'],
    to: 'on_hold',
    roles: ['requester', 'operator'],
    reason: 'optional',
  },
  { action: 'resume', from: ['on_hold'], to: 'previous', roles: ['requester', 'operator'], reason: 'optional' },
  // Only through expireIfDue (it checks the deadline); applyReferralAction refuses it.
  { action: 'expire', from: ['requested'], to: 'expired', roles: ['system'], reason: 'required' },
];

/** Same format as `reasonCode` in ReferralStatusChangedV1. */
export const REASON_CODE_PATTERN = /^[a-z_]+$/;
/**
 * The reason codes a transition accepts: exactly the kernel's `ReferralReasonCode` kind, so every
 * reason a client can meet has words (served by the `labels` query).
 */
export const REFERRAL_REASON_CODES: readonly string[] = labelKinds(['ReferralReasonCode']).flatMap((k) => k.labels.map((l) => l.code));
export const isReferralReasonCode = (code: string): boolean => REASON_CODE_PATTERN.test(code) && REFERRAL_REASON_CODES.includes(code);
/** Reason code recorded when a referral expires. */
export const EXPIRY_REASON_CODE = 'operator_no_response';

const ruleFor = (action: string) => REFERRAL_TRANSITIONS.find((r) => r.action === action);

/** Actions possible from a status, optionally only those a role may perform. */
export function allowedReferralActions(status: ReferralStatus, role?: ReferralActorRole): ReferralAction[] {
  return REFERRAL_TRANSITIONS.filter((r) => r.from.includes(status) && (!role || r.roles.includes(role))).map(
    (r) => r.action,
  );
}

function checkActor(actor: ReferralActor): void {
  if (!actor || !['requester', 'operator', 'system'].includes(actor.role) || typeof actor.id !== 'string' || !actor.id) {
    throw new MatchingInputError('referral actor', ['actor needs a role (requester|operator|system) and a non-empty id']);
  }
}

/** A new referral in `draft`, created by the requester. */
export function createReferralDraft(referralId: string, actor: ReferralActor, now: Date): ReferralTransitionResult {
  if (typeof referralId !== 'string' || referralId.length === 0) {
    throw new MatchingInputError('referral', ['referralId must be a non-empty string']);
  }
  checkActor(actor);
  if (actor.role !== 'requester') {
    throw new MatchingInputError('referral', ['only a requester creates a referral draft']);
  }
  const at = new Date(assertValidNow(now, 'referral')).toISOString();
  return {
    referral: { id: referralId, status: 'draft', statusSince: at, heldFrom: null, reasonCode: null, version: 1 },
    entry: {
      referralId,
      version: 1,
      action: 'create',
      actor: { role: actor.role, id: actor.id },
      at,
      from: null,
      to: 'draft',
      reasonCode: null,
    },
  };
}

export interface ReferralCommand {
  readonly action: Exclude<ReferralAction, 'expire'>;
  readonly actor: ReferralActor;
  /** lower_snake_case; required for reject and fail. Never free text (no personal data). */
  readonly reasonCode?: string | null;
}

function transition(
  referral: ReferralState,
  action: ReferralAction,
  actor: ReferralActor,
  reasonCode: string | null | undefined,
  now: Date,
): ReferralTransitionResult {
  checkActor(actor);
  const nowMs = assertValidNow(now, 'referral transition');
  const rule = ruleFor(action);
  if (!rule || !rule.from.includes(referral.status)) {
    const to = rule ? (rule.to === 'previous' ? referral.heldFrom : rule.to) : null;
    throw new InvalidReferralTransitionError(
      referral.id,
      referral.status,
      String(action),
      to,
      allowedReferralActions(referral.status),
    );
  }
  if (!rule.roles.includes(actor.role)) {
    throw new ReferralActorNotPermittedError(referral.id, referral.status, rule.action, actor.role, rule.roles);
  }
  const reason = reasonCode == null || reasonCode === '' ? null : reasonCode;
  if ((rule.reason === 'required' && reason === null) || (reason !== null && !isReferralReasonCode(reason))) {
    throw new ReferralReasonError(referral.id, referral.status, rule.action, reasonCode);
  }
  let to: ReferralStatus;
  let heldFrom: HoldableStatus | null = null;
  if (rule.to === 'previous') {
    if (!referral.heldFrom) {
      throw new InvalidReferralTransitionError(referral.id, referral.status, action, null, [], {
        ja: '保留前の状態が記録されていません',
        en: 'the status it was held from is not recorded',
      });
    }
    to = referral.heldFrom;
  } else {
    to = rule.to;
    if (to === 'on_hold') heldFrom = referral.status as HoldableStatus;
  }
  const at = new Date(nowMs).toISOString();
  const version = referral.version + 1;
  return {
    referral: { id: referral.id, status: to, statusSince: at, heldFrom, reasonCode: reason, version },
    entry: {
      referralId: referral.id,
      version,
      action: rule.action,
      actor: { role: actor.role, id: actor.id },
      at,
      from: referral.status,
      to,
      reasonCode: reason,
    },
  };
}

/**
 * Applies a requester or operator action. Throws InvalidReferralTransitionError (not possible
 * from the current status), ReferralActorNotPermittedError (wrong role) or ReferralReasonError
 * (missing or malformed reason code). Returns the new state and the history entry.
 */
export function applyReferralAction(
  referral: ReferralState,
  command: ReferralCommand,
  now: Date,
): ReferralTransitionResult {
  const action = command.action as string;
  if (!(REFERRAL_ACTIONS as readonly string[]).includes(action) || action === 'expire') {
    const hint =
      action === 'expire'
        ? { ja: '期限切れは、応答期限を過ぎたときにシステムだけが行います', en: 'only the system expires a referral, once its response time has passed' }
        : undefined;
    throw new InvalidReferralTransitionError(
      referral.id,
      referral.status,
      action,
      action === 'expire' ? 'expired' : null,
      allowedReferralActions(referral.status),
      hint,
    );
  }
  return transition(referral, command.action, command.actor, command.reasonCode, now);
}

export interface ReferralExpiryConfig {
  /** The operator must accept, reject or hold within this many hours of the referral entering `requested`. */
  readonly respondWithinHours: number;
  /** Id recorded as the system actor; default 'referral-expiry'. */
  readonly systemActorId?: string;
}

export type ExpiryCheck =
  | { readonly expired: true; readonly dueAt: string; readonly referral: ReferralState; readonly entry: ReferralTransitionResult['entry'] }
  | { readonly expired: false; readonly dueAt: string | null; readonly why: 'not_awaiting_response' | 'not_yet_due' };

/**
 * When the operator's response is due: statusSince + respondWithinHours, while `requested`.
 * The window restarts whenever the referral (re-)enters `requested` (e.g. resumed from hold);
 * on_hold pauses it. Null when not awaiting a response.
 */
export function responseDueAt(referral: ReferralState, config: ReferralExpiryConfig): Date | null {
  if (!(config.respondWithinHours > 0) || !Number.isFinite(config.respondWithinHours)) {
    throw new MatchingInputError('referral expiry config', ['respondWithinHours must be > 0']);
  }
  if (referral.status !== 'requested') return null;
  const since = parseInstantMs(referral.statusSince);
  if (since === null) throw new MatchingInputError('referral', ['statusSince is not an ISO-8601 instant']);
  return new Date(since + config.respondWithinHours * 3_600_000);
}

/**
 * Expires a `requested` referral whose response window has passed (now ≥ due: at exactly the
 * deadline, time is up). Otherwise reports why not; never throws for a non-requested status.
 */
export function expireIfDue(referral: ReferralState, now: Date, config: ReferralExpiryConfig): ExpiryCheck {
  const nowMs = assertValidNow(now, 'expireIfDue');
  const due = responseDueAt(referral, config);
  if (!due) return { expired: false, dueAt: null, why: 'not_awaiting_response' };
  if (nowMs < due.getTime()) return { expired: false, dueAt: due.toISOString(), why: 'not_yet_due' };
  const r = transition(
    referral,
    'expire',
    { role: 'system', id: config.systemActorId ?? 'referral-expiry' },
    EXPIRY_REASON_CODE,
    now,
  );
  return { expired: true, dueAt: due.toISOString(), referral: r.referral, entry: r.entry };
}
