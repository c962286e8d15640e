import {
  REFERRAL_ACTION_LABELS,
  REFERRAL_ROLE_LABELS,
  REFERRAL_STATUS_LABELS,
  type ReferralAction,
  type ReferralActorRole,
  type ReferralStatus,
} from './referral.types';
import { inSentence } from './words';

export type ReferralErrorCode = 'invalid_transition' | 'actor_not_permitted' | 'reason_required' | 'invalid_reason';

// Sentences a person reads: statuses and actions in words, never a code or the referral's id
// (the codes stay in the error's fields: currentStatus, attemptedAction, allowedActions).
const statusJa = (s: ReferralStatus) => `「${REFERRAL_STATUS_LABELS[s]?.ja ?? '不明な状態'}」`;
const statusEn = (s: ReferralStatus) => `“${REFERRAL_STATUS_LABELS[s] ? inSentence(REFERRAL_STATUS_LABELS[s].en) : 'unknown'}”`;
const known = (a: string): a is ReferralAction => Object.prototype.hasOwnProperty.call(REFERRAL_ACTION_LABELS, a);
const actionJa = (a: string) => (known(a) ? `「${REFERRAL_ACTION_LABELS[a].ja}」` : '指定された操作');
const actionEn = (a: string) => (known(a) ? `“${inSentence(REFERRAL_ACTION_LABELS[a].en)}”` : 'the given action');

/**
 * Base of every referral transition error. `message` is "English / 日本語"; the two languages
 * are also available separately. Always names the current status and the attempted action.
 */
export abstract class ReferralTransitionError extends Error {
  abstract readonly code: ReferralErrorCode;

  protected constructor(
    readonly referralId: string,
    readonly currentStatus: ReferralStatus,
    readonly attemptedAction: string,
    readonly messageJa: string,
    readonly messageEn: string,
  ) {
    super(`${messageEn} / ${messageJa}`);
  }
}

/** The action is not possible from the current status (or is unknown). */
export class InvalidReferralTransitionError extends ReferralTransitionError {
  readonly code = 'invalid_transition' as const;

  constructor(
    referralId: string,
    currentStatus: ReferralStatus,
    attemptedAction: string,
    /** Target status of the attempted action, when the action is known. */
    readonly attemptedTo: ReferralStatus | null,
    /** Actions that are possible from the current status (any role). */
    readonly allowedActions: readonly ReferralAction[],
    hint?: { ja: string; en: string },
  ) {
    const targetJa = attemptedTo ? `（${statusJa(attemptedTo)}にする操作）` : '';
    const targetEn = attemptedTo ? ` (to ${statusEn(attemptedTo)})` : '';
    const allowedJa = allowedActions.length ? allowedActions.map(actionJa).join('、') : 'なし（終了状態）';
    const allowedEn = allowedActions.length ? allowedActions.map(actionEn).join(', ') : 'none (final status)';
    super(
      referralId,
      currentStatus,
      attemptedAction,
      `この紹介は現在${statusJa(currentStatus)}のため、${actionJa(attemptedAction)}${targetJa}はできません。可能な操作: ${allowedJa}${hint ? `。${hint.ja}` : ''}`,
      `This referral is ${statusEn(currentStatus)}: ${actionEn(attemptedAction)}${targetEn} is not possible now. Possible: ${allowedEn}${hint ? `. ${hint.en}` : ''}`,
    );
    this.name = 'InvalidReferralTransitionError';
  }
}

/** The action exists from this status but the actor's role may not perform it. */
export class ReferralActorNotPermittedError extends ReferralTransitionError {
  readonly code = 'actor_not_permitted' as const;

  constructor(
    referralId: string,
    currentStatus: ReferralStatus,
    attemptedAction: ReferralAction,
    readonly role: ReferralActorRole,
    readonly permittedRoles: readonly ReferralActorRole[],
  ) {
    const roleJa = REFERRAL_ROLE_LABELS[role]?.ja ?? role;
    const permittedJa = permittedRoles.map((r) => REFERRAL_ROLE_LABELS[r].ja).join('・');
    super(
      referralId,
      currentStatus,
      attemptedAction,
      `この紹介（現在${statusJa(currentStatus)}）の${actionJa(attemptedAction)}は${permittedJa}のみが行えます（操作者: ${roleJa}）`,
      `This referral is ${statusEn(currentStatus)}: only the ${permittedRoles.map((r) => inSentence(REFERRAL_ROLE_LABELS[r].en)).join(' or the ')} may ${actionEn(attemptedAction)} it, not the ${inSentence(REFERRAL_ROLE_LABELS[role]?.en ?? 'unknown')}`,
    );
    this.name = 'ReferralActorNotPermittedError';
  }
}

/** A reason code is required (reject, fail) or the given one is not in the kernel's ReferralReasonCode list. */
export class ReferralReasonError extends ReferralTransitionError {
  readonly code: 'reason_required' | 'invalid_reason';

  constructor(
    referralId: string,
    currentStatus: ReferralStatus,
    attemptedAction: ReferralAction,
    readonly given: string | null | undefined,
  ) {
    const missing = given == null || given === '';
    super(
      referralId,
      currentStatus,
      attemptedAction,
      missing
        ? `この紹介（現在${statusJa(currentStatus)}）の${actionJa(attemptedAction)}には理由の選択が必要です`
        : `この紹介（現在${statusJa(currentStatus)}）の${actionJa(attemptedAction)}: 理由は用意された選択肢から選んでください`,
      missing
        ? `This referral is ${statusEn(currentStatus)}: ${actionEn(attemptedAction)} needs a reason`
        : `This referral is ${statusEn(currentStatus)}: choose the reason for ${actionEn(attemptedAction)} from the listed reasons`,
    );
    this.code = missing ? 'reason_required' : 'invalid_reason';
    this.name = 'ReferralReasonError';
  }
}
